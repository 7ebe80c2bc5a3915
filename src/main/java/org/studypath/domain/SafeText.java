package org.studypath.domain;

import java.util.Optional;

/**
 * Text from outside (a file, a field, a setting, a library's message) made safe to show, and checked before it is
 * kept.
 *
 * <p>Showing: a message goes to a terminal as well as to the window, and a terminal obeys control characters: an
 * ESC sequence inside a title could retitle or clear it. So every character a reader cannot see is shown escaped
 * ({@code \e}, {@code \n}, {@code \u202E}), never passed on, and a quoted value is cut to a few dozen characters (its two ends) so
 * a 4,000-character address cannot fill the screen.
 *
 * <p>Keeping: Java strings can hold what is not Unicode (a lone half of a surrogate pair, decoded from a JSON
 * {@code \ud800} escape), which SQLite would silently store as {@code ?}. {@link #problem} says what is wrong with a
 * text so the field is refused instead.
 */
public final class SafeText {
    /** The most characters of a bad value a message quotes (half from each end). */
    public static final int QUOTE_LIMIT = 60;
    /** The most characters of any one argument of a message (a path, a library's reason). */
    public static final int ARGUMENT_LIMIT = 300;

    /** What is wrong with a text, for {@link #problem}. */
    public enum Problem {
        /** A lone surrogate or a noncharacter: the text is not valid Unicode. */
        NOT_UNICODE,
        /** A control character (or a line break) in a field of one line. */
        CONTROL_CHARACTER
    }

    private SafeText() {
    }

    /** {@code value} for quoting inside a message: invisible characters escaped, cut to {@value #QUOTE_LIMIT}. */
    public static String quote(String value) {
        return shown(value, QUOTE_LIMIT, true);
    }

    /**
     * {@code value} with every character that could act on a terminal or hide itself shown escaped, on one line, and
     * cut to {@code limit} characters: its first and last halves around "…".
     */
    public static String visible(String value, int limit) {
        return shown(value, limit, false);
    }

    /**
     * {@code spaces}: spaces other than the plain one are escaped too, for a quoted bad value, where a no-break or an
     * ideographic space at its end may be the very thing wrong; not in a message's other words, where a Chinese
     * title's ideographic space is just a space.
     */
    private static String shown(String value, int limit, boolean spaces) {
        if (value == null) {
            return "null";
        }
        int[] points = value.codePoints().toArray();
        StringBuilder out = new StringBuilder(Math.min(value.length(), limit) + 8);
        if (points.length <= limit) {
            append(out, points, 0, points.length, spaces);
        } else {
            // both ends: white space at the end of a long title, or a path's file name, is what a reader looks for
            append(out, points, 0, limit / 2, spaces);
            out.append('…');
            append(out, points, points.length - limit / 2, points.length, spaces);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, int[] points, int from, int to, boolean spaces) {
        for (int i = from; i < to; i++) {
            int cp = points[i];
            boolean odd = spaces && Character.getType(cp) == Character.SPACE_SEPARATOR && cp != ' ';
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF || hidden(cp) || odd) {
                escape(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
        }
    }

    /** A whole message made safe for a terminal and a one-line status: {@link #visible} with a generous limit. */
    public static String message(String text) {
        return visible(text, 1_000);
    }

    /**
     * What is wrong with {@code text} to keep it, or empty: any text must be valid Unicode; a field of one line (a
     * title, a name, an address) takes no control character at all, and one of several lines (a note) takes only
     * line breaks and tabs.
     */
    public static Optional<Problem> problem(String text, boolean singleLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (nonCharacter(text.codePointAt(i))) {
                        return Optional.of(Problem.NOT_UNICODE);
                    }
                    i++;
                    continue;
                }
                return Optional.of(Problem.NOT_UNICODE);
            }
            if (Character.isLowSurrogate(c) || nonCharacter(c)) {
                return Optional.of(Problem.NOT_UNICODE);
            }
            if (Character.getType(c) == Character.CONTROL) {
                if (singleLine || (c != '\n' && c != '\r' && c != '\t')) {
                    return Optional.of(Problem.CONTROL_CHARACTER);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses, with a sentence for the learner, text typed or pasted into the window that a backup could not carry:
     * a field's text filter drops C0 controls, but a paste can still bring C1 controls or a noncharacter.
     */
    public static String requireKeepable(String text, boolean singleLine) {
        if (problem(text, singleLine).isPresent()) {
            throw new Notice.Refused(Notice.of("input.oddCharacters", quote(text)));
        }
        return text;
    }

    /** U+FFFE, U+FFFF and the like, which Unicode reserves never to be text. */
    private static boolean nonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /**
     * Characters a reader cannot see or that act on the text around them: controls (C0, DEL, C1), format characters
     * (zero-width spaces and joiners, bidirectional overrides that reorder what follows, the byte order mark), line
     * and paragraph separators, noncharacters and private-use characters.
     */
    private static boolean hidden(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE || nonCharacter(cp);
    }

    private static void escape(StringBuilder out, int cp) {
        switch (cp) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x1B -> out.append("\\e");
            default -> {
                if (cp > 0xFFFF) {
                    out.append(String.format("\\u{%X}", cp));
                } else {
                    out.append(String.format("\\u%04X", cp));
                }
            }
        }
    }
}
