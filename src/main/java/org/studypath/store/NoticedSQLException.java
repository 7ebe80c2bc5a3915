package org.studypath.store;

import java.sql.SQLException;
import org.studypath.domain.Notice;

/** An SQL failure StudyPath itself found (a restored row that breaks a rule), said as a notice. */
final class NoticedSQLException extends SQLException implements Notice.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Notice notice;

    NoticedSQLException(Notice notice, Throwable cause) {
        super(notice.toString(), cause);
        this.notice = notice;
    }

    @Override
    public Notice notice() {
        return notice;
    }
}
