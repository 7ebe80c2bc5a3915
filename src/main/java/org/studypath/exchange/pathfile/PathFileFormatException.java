package org.studypath.exchange.pathfile;

import org.studypath.domain.Notice;
import org.studypath.domain.NoticedException;

/** A path file that cannot be imported; the notice names the file, the place in it and what is wrong, in one sentence. */
public final class PathFileFormatException extends NoticedException {
    private static final long serialVersionUID = 1L;

    public PathFileFormatException(Notice notice, Throwable cause) {
        super(notice, cause);
    }

    public PathFileFormatException(Notice notice) {
        super(notice, null);
    }
}
