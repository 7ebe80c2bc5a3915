package org.studypath.exchange.backup;

/** A backup file that cannot be restored; the message names the line, the table, the row and the field. */
public class BackupFormatException extends Exception {
    public BackupFormatException(String message) {
        super(message);
    }

    public BackupFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
