package org.studypath.exchange;

import org.studypath.domain.Notice;
import org.studypath.domain.NoticedException;

/**
 * A catalog file that cannot be loaded; the message names the file, the resource and the field.
 * Made with a {@link Notice}, the message is its English sentence and the window says it in the learner's
 * language.
 */
public class CatalogFormatException extends NoticedException {
    private static final long serialVersionUID = 1L;

    public CatalogFormatException(Notice notice, Throwable cause) {
        super(notice, cause);
    }

    public CatalogFormatException(Notice notice) {
        super(notice, null);
    }

    public CatalogFormatException(String message) {
        super(message, null);
    }

    public CatalogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
