package org.studypath.domain;

/**
 * A checked failure to tell the learner about: made with a {@link Notice}, its message is the English sentence and the
 * window says it in the learner's language; made with a plain message, it is English only ({@link #notice()} null).
 */
public abstract class NoticedException extends Exception implements Notice.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Notice notice;

    protected NoticedException(Notice notice, Throwable cause) {
        super(notice.toString(), cause);
        this.notice = notice;
    }

    protected NoticedException(String message, Throwable cause) {
        super(message, cause);
        this.notice = null;
    }

    /** What to tell the learner, or {@code null} for a message in English only. */
    @Override
    public Notice notice() {
        return notice;
    }
}
