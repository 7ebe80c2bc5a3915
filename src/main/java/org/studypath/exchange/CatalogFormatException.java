package org.studypath.exchange;

import org.studypath.domain.Notice;

/**
 * A catalog file that cannot be loaded; the message names the file, the resource and the field.
 * Made with a {@link Notice}, the message is its English sentence and the window says it in the learner's
 * language.
 */
public class CatalogFormatException extends Exception implements Notice.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Notice notice;

    public CatalogFormatException(Notice notice, Throwable cause) {
        super(notice.toString(), cause);
        this.notice = notice;
    }

    public CatalogFormatException(Notice notice) {
        this(notice, null);
    }

    public CatalogFormatException(String message) {
        super(message);
        this.notice = null;
    }

    public CatalogFormatException(String message, Throwable cause) {
        super(message, cause);
        this.notice = null;
    }

    /** What to tell the learner, or {@code null} for a message in English only. */
    @Override
    public Notice notice() {
        return notice;
    }
}
