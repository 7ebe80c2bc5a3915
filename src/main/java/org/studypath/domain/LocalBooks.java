package org.studypath.domain;

import java.util.Locale;

/**
 * The rule for a book's PDF on this computer, as text: an absolute path whose name ends in {@code .pdf}. Whether the
 * file is there and is a regular file (not a folder, not a link to something else) is checked where it is opened.
 */
public final class LocalBooks {
    private LocalBooks() {
    }

    public static boolean looksLikeBook(String path) {
        if (path == null || path.isBlank() || !path.strip().equals(path) || path.indexOf('\0') >= 0) {
            return false;
        }
        boolean absolute = path.startsWith("/") || path.matches("(?s)[A-Za-z]:[\\\\/].*") || path.startsWith("\\\\");
        return absolute && path.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }
}
