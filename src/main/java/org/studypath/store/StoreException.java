package org.studypath.store;

import org.studypath.domain.Notice;

/**
 * A database problem, with a message that names what StudyPath was doing. Made with a {@link Notice}, the message is
 * its English sentence and the window says it in the learner's language.
 */
public class StoreException extends RuntimeException implements Notice.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Notice notice;

    public StoreException(Notice notice, Throwable cause) {
        super(notice.toString(), cause);
        this.notice = notice;
    }

    public StoreException(Notice notice) {
        this(notice, null);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.notice = null;
    }

    public StoreException(String message) {
        super(message);
        this.notice = null;
    }

    /** What to tell the learner, or {@code null} for a message in English only. */
    @Override
    public Notice notice() {
        return notice;
    }
}
