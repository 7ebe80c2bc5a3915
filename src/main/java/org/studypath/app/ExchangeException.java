package org.studypath.app;

import java.util.concurrent.CancellationException;
import org.studypath.domain.Notice;
import org.studypath.domain.NoticedException;

/**
 * An export or import that could not be done; the message is one line for the user, naming the cause. Made with a
 * {@link Notice}, the message is its English sentence and the window says it in the learner's language.
 */
public class ExchangeException extends NoticedException {
    private static final long serialVersionUID = 1L;

    public ExchangeException(Notice notice, Throwable cause) {
        super(notice, cause);
    }

    public ExchangeException(Notice notice) {
        super(notice, null);
    }

    public ExchangeException(String message) {
        super(message, null);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the learner cancelled the work (nothing was changed): not a failure to show as an error. */
    public boolean cancelled() {
        return getCause() instanceof CancellationException;
    }
}
