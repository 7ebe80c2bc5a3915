package org.studypath.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Turns SQLite's and the file system's errors into sentences a user can act on. */
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

    public static String explain(SQLException e) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        return switch (code(e)) {
            case FULL -> "the disk is full, so the change could not be saved. Nothing was lost: free some space and "
                    + "try again.";
            case READONLY -> "the data file or its folder is read-only, so StudyPath cannot save changes. Nothing was "
                    + "lost: give yourself write permission to the data folder, or start StudyPath with another one "
                    + "(--data-dir).";
            case BUSY, LOCKED -> "the database is locked by another program (a database browser, a sync or backup "
                    + "tool). Close that program and try again; nothing was lost.";
            case CANTOPEN -> "the file cannot be opened: its folder is missing or you have no permission to it.";
            case PERM -> "permission denied.";
            case IOERR -> "the disk reported an error while reading or writing (" + detail + ").";
            case CORRUPT -> "the file is damaged (" + detail + ").";
            case NOTADB -> "the file is not a database.";
            default -> detail;
        };
    }

    /** A file-system failure while doing something with a path, e.g. "Cannot create the data folder /x: …". */
    public static String folder(String doing, Path path, java.io.IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            why = fs.getReason().toLowerCase(java.util.Locale.ROOT);
        } else {
            why = String.valueOf(e.getMessage());
        }
        if (why.contains("read-only")) {
            why = "the disk or folder is read-only";
        } else if (why.contains("no space")) {
            why = "the disk is full";
        }
        return "Cannot " + doing + " " + path + ": " + why + ".";
    }
}
