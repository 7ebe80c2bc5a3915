package org.studypath.exchange;

/** A catalog file that cannot be loaded; the message names the file, the resource and the field. */
public class CatalogFormatException extends Exception {
    public CatalogFormatException(String message) {
        super(message);
    }

    public CatalogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
