package org.studypath.exchange.notes;

/**
 * YAML front matter values: every string double-quoted, so nothing in a title (a colon, a leading dash or quote,
 * "yes", a number, Chinese) is read as anything but the text, with what a double-quoted YAML string must escape
 * escaped (backslash, quote, line breaks and every other control or invisible line separator).
 */
final class YamlText {
    private YamlText() {
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
