package org.studypath.exchange;

import org.studypath.domain.Notice;
import org.studypath.domain.NoticedException;

/** A file of units (a playlist, a list, a book) that cannot be read; the notice is one sentence naming the file. */
public class CourseFormatException extends NoticedException {
    private static final long serialVersionUID = 1L;

    public CourseFormatException(Notice notice, Throwable cause) {
        super(notice, cause);
    }

    public CourseFormatException(Notice notice) {
        super(notice, null);
    }
}
