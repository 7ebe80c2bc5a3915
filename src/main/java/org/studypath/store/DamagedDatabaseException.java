package org.studypath.store;

import java.nio.file.Path;
import org.studypath.domain.Notice;

/** The database file is damaged, or is not a StudyPath database. It was left where it is, untouched. */
public final class DamagedDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final transient Notice reason;

    public DamagedDatabaseException(Path file, Notice reason, Throwable cause) {
        super(Notice.of("store.damaged", file, reason), cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** Why it cannot be used, e.g. "the file is not a database." */
    public Notice reason() {
        return reason;
    }
}
