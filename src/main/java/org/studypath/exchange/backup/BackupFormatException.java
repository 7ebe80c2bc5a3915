package org.studypath.exchange.backup;

import org.studypath.domain.Notice;
import org.studypath.domain.NoticedException;

/**
 * A backup file that cannot be restored; the message names the line, the table, the row and the field.
 * Made with a {@link Notice}, the message is its English sentence and the window says it in the learner's
 * language.
 */
public class BackupFormatException extends NoticedException {
    private static final long serialVersionUID = 1L;

    public BackupFormatException(Notice notice, Throwable cause) {
        super(notice, cause);
    }

    public BackupFormatException(Notice notice) {
        super(notice, null);
    }

    public BackupFormatException(String message) {
        super(message, null);
    }

    public BackupFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
