package org.studypath.exchange.backup;

import org.studypath.domain.Notice;

/**
 * A backup file that cannot be restored; the message names the line, the table, the row and the field.
 * Made with a {@link Notice}, the message is its English sentence and the window says it in the learner's
 * language.
 */
public class BackupFormatException extends Exception implements Notice.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Notice notice;

    public BackupFormatException(Notice notice, Throwable cause) {
        super(notice.toString(), cause);
        this.notice = notice;
    }

    public BackupFormatException(Notice notice) {
        this(notice, null);
    }

    public BackupFormatException(String message) {
        super(message);
        this.notice = null;
    }

    public BackupFormatException(String message, Throwable cause) {
        super(message, cause);
        this.notice = null;
    }

    /** What to tell the learner, or {@code null} for a message in English only. */
    @Override
    public Notice notice() {
        return notice;
    }
}
