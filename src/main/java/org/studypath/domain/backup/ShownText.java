package org.studypath.domain.backup;

/**
 * A text from a backup as a message quotes it: on one line, with control, format and space characters other than the
 * plain space written as escapes ({@code \t}, {@code \u3000}), so that white space at an end can be seen, and a long
 * text cut in the middle, keeping both ends.
 */
public final class ShownText {
    /** Characters kept at each end of a longer text. */
    private static final int END = 30;

    private ShownText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        int[] points = text.codePoints().toArray();
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            if (points.length > 2 * END + 1 && i == END) {
                shown.append('…');
                i = points.length - END;
            }
            shown.append(escaped(points[i]));
        }
        return shown.toString();
    }

    private static String escaped(int point) {
        return switch (point) {
            case ' ' -> " ";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> switch (Character.getType(point)) {
                case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                        Character.SPACE_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED ->
                        String.format("\\u%04X", point);
                default -> Character.toString(point);
            };
        };
    }
}
