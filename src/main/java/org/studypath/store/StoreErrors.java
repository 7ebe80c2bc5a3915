package org.studypath.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;
import org.studypath.domain.Notice;

/** Turns SQLite's and the file system's errors into sentences a user can act on, as notices. */
public final class StoreErrors {
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int PERM = 3;
    private static final int NOTADB = 26;

    private StoreErrors() {
    }

    /** The primary SQLite result code of an error, or -1 when it did not come from SQLite. */
    static int code(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            return sqlite.getResultCode().code & 0xff;
        }
        return e.getErrorCode() > 0 ? e.getErrorCode() & 0xff : -1;
    }

    /** Whether the error says the file is damaged or is not a database at all. */
    static boolean isDamage(SQLException e) {
        int code = code(e);
        return code == CORRUPT || code == NOTADB;
    }

    /** Whether the error says another program holds the database. */
    public static boolean isLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (code(sql) == BUSY || code(sql) == LOCKED)) {
                return true;
            }
        }
        return false;
    }

    /** What went wrong, as the end of a sentence: "the disk is full, so the change could not be saved. …" */
    public static Notice explain(SQLException e) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        return switch (code(e)) {
            case FULL -> Notice.of("store.diskFull");
            case READONLY -> Notice.of("store.readOnly");
            case BUSY, LOCKED -> Notice.of("store.locked");
            case CANTOPEN -> Notice.of("store.cannotOpenFile");
            case PERM -> Notice.of("store.permissionDenied");
            case IOERR -> Notice.of("store.ioError", detail);
            case CORRUPT -> Notice.of("store.corrupt", detail);
            case NOTADB -> Notice.of("store.notADatabase");
            default -> e instanceof Notice.Carrier carrier && carrier.notice() != null ? carrier.notice()
                    : Notice.text(detail);
        };
    }

    /**
     * A file-system failure while doing something with a path: {@code key} names a sentence with the path as
     * {0} and the reason as {1}, e.g. {@code folder.cannotCreate}, "Cannot create the data folder /x: the disk is
     * full."
     */
    public static Notice folder(String key, Path path, java.io.IOException e) {
        return Notice.of(key, path, why(e));
    }

    /** Why a file-system operation failed: "permission denied", "the disk is full", or what the system said. */
    static Notice why(java.io.IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            return Notice.of("folder.why.permissionDenied");
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            why = fs.getReason().toLowerCase(java.util.Locale.ROOT);
        } else {
            why = String.valueOf(e.getMessage());
        }
        if (why.contains("read-only")) {
            return Notice.of("folder.why.readOnly");
        } else if (why.contains("no space")) {
            return Notice.of("folder.why.diskFull");
        }
        return Notice.text(why);
    }
}
