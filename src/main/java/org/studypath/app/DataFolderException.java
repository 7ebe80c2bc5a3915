package org.studypath.app;

/** The data folder cannot be used (it cannot be created or written); nothing in it was changed. */
public final class DataFolderException extends RuntimeException {
    DataFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
