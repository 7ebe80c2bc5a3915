package org.studypath.store;

import java.nio.file.Path;

/** The database file is damaged, or is not a StudyPath database. It was left where it is, untouched. */
public final class DamagedDatabaseException extends StoreException {
    private final transient Path file;
    private final String reason;

    public DamagedDatabaseException(Path file, String reason, Throwable cause) {
        super("The database " + file + " cannot be used: " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
