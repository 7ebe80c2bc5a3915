package org.studypath.app;

import java.util.concurrent.CancellationException;
import org.studypath.domain.Notice;

/**
 * An export or import that could not be done; the message is one line for the user, naming the cause. Made with a
 * {@link Notice}, the message is its English sentence and the window says it in the learner's language.
 */
public class ExchangeException extends Exception implements Notice.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Notice notice;

    public ExchangeException(Notice notice, Throwable cause) {
        super(notice.toString(), cause);
        this.notice = notice;
    }

    public ExchangeException(Notice notice) {
        this(notice, null);
    }

    public ExchangeException(String message) {
        super(message);
        this.notice = null;
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
        this.notice = null;
    }

    /** What to tell the learner, or {@code null} for a message in English only. */
    @Override
    public Notice notice() {
        return notice;
    }

    /** Whether the learner cancelled the work (nothing was changed): not a failure to show as an error. */
    public boolean cancelled() {
        return getCause() instanceof CancellationException;
    }
}
