package org.studypath.exchange.cards;

/**
 * A note's text as a field, deck name or tag of Anki's text import (with {@code #html:true}): LaTeX in Anki's own
 * MathJax delimiters, HTML's special characters escaped, line breaks as {@code <br>}, and nothing that would end the
 * field or the line early.
 */
final class AnkiFields {
    /** The deck every card goes under, so StudyPath's cards never mix with the learner's own decks. */
    static final String ROOT = "StudyPath";

    private AnkiFields() {
    }

    /** A card's field: maths kept for MathJax, then escaped for HTML, with its line breaks as {@code <br>}. */
    static String field(String text) {
        String escaped = html(mathJax(text.replace("\r\n", "\n").replace('\r', '\n')));
        return escaped.replace("\t", " ").replace("\n", "<br>");
    }

    /** {@code StudyPath::<resource title>}; a {@code ::} in the title would make a sub-deck, so it becomes {@code :}. */
    static String deck(String resourceTitle) {
        return ROOT + "::" + oneLine(resourceTitle).replace("::", ":");
    }

    /**
     * A tag naming the resource, or the resource and the unit as Anki's hierarchical tag
     * ({@code StudyPath::Resource::Unit}): tags are separated by spaces, so every run of white space becomes
     * {@code _}; Chinese and other letters are kept.
     */
    static String tag(String resourceTitle, String unitTitle) {
        String tag = ROOT + "::" + tagPart(resourceTitle);
        return unitTitle == null ? tag : tag + "::" + tagPart(unitTitle);
    }

    private static String tagPart(String title) {
        String part = oneLine(title).replace("::", ":").replaceAll("[\\s\\u3000]+", "_");
        return part.isEmpty() ? "_" : part;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    /** {@code &}, {@code <}, {@code >} and {@code "} as entities, so Anki shows them as written. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code $$…$$} as {@code \[…\]} and {@code $…$} as {@code \(…\)}, the delimiters Anki's MathJax reads; the
     * LaTeX between them is kept as written. A dollar is maths only as the notes' renderers read it: an opening
     * {@code $} not followed by a space, a closing one not preceded by a space nor followed by a digit, on the same
     * line; so "it costs $5 and $6" stays prose. {@code \$} is a written dollar.
     */
    static String mathJax(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (c == '$' && text.startsWith("$$", i)) {
                int end = closingDisplay(text, i + 2);
                if (end < 0) {
                    out.append("$$");
                    i += 2;
                } else {
                    out.append("\\[").append(text, i + 2, end).append("\\]");
                    i = end + 2;
                }
            } else if (c == '$') {
                int end = closingInline(text, i + 1);
                if (end < 0) {
                    out.append('$');
                    i++;
                } else {
                    out.append("\\(").append(text, i + 1, end).append("\\)");
                    i = end + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int closingDisplay(String text, int from) {
        int end = text.indexOf("$$", from);
        while (end > 0 && text.charAt(end - 1) == '\\') {
            end = text.indexOf("$$", end + 1);
        }
        return end > from && !text.substring(from, end).isBlank() ? end : -1;
    }

    private static int closingInline(String text, int from) {
        if (from >= text.length() || Character.isWhitespace(text.charAt(from)) || text.charAt(from) == '$') {
            return -1;
        }
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == '\\') {
                j++;
                continue;
            }
            if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(text.charAt(j - 1));
                boolean digitAfter = j + 1 < text.length() && Character.isDigit(text.charAt(j + 1));
                if (!spaceBefore && !digitAfter) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * Anki's stock note types as an English Anki names them; Anki finds the note type by this name, so an Anki that
     * named them in another language asks for the note type (the user guide says so).
     */
    static String noteType(org.studypath.domain.cards.Flashcard.Type type) {
        return switch (type) {
            case BASIC -> "Basic";
            case CLOZE -> "Cloze";
        };
    }
}
