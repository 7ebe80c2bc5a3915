package org.studypath.app;

import org.studypath.domain.Notice;

/** The data folder cannot be used (it cannot be created or written); nothing in it was changed. */
public final class DataFolderException extends RuntimeException implements Notice.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Notice notice;

    DataFolderException(Notice notice, Throwable cause) {
        super(notice.toString(), cause);
        this.notice = notice;
    }

    DataFolderException(String message, Throwable cause) {
        super(message, cause);
        this.notice = null;
    }

    /** What to tell the learner, or {@code null} for a message in English only. */
    @Override
    public Notice notice() {
        return notice;
    }
}
