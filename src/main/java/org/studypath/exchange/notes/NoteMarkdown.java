package org.studypath.exchange.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner's note (Markdown with {@code $…$} maths, written by hand) put inside a document of StudyPath's own
 * without breaking its structure. The note is kept as written except for two things:
 * <ul>
 *   <li>its headings are <em>demoted</em>: its highest heading becomes the level given (the one below the unit's or
 *       resource's own), the others keep their distance below it (never deeper than 6), so a note's {@code # Title}
 *       cannot start a new section of the document. A setext heading (a line of {@code ===} or {@code ---} under
 *       text) is written as an ATX one ({@code ### text}) for the same reason;</li>
 *   <li>what it leaves open at its end (a code fence, a {@code $$} maths block, an HTML comment, an Obsidian
 *       {@code %%} comment) is closed, so it cannot swallow the rest of the document.</li>
 * </ul>
 * Maths is never touched: {@code $…$} and the lines of a {@code $$} block stay byte for byte, so Obsidian and Typora
 * render them. The plan checklist also <em>quotes</em> the note ({@link #quoted}), which sets it apart from the
 * checklist's own lines; the notes vault writes it as the body ({@link #nested}).
 */
public final class NoteMarkdown {
    private static final Pattern ATX = Pattern.compile("^( {0,3})(#{1,6})(?=[ \\t]|$)(.*)$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    /** Lines that cannot be the text of a setext heading: they start blocks of their own. */
    private static final Pattern NOT_PARAGRAPH = Pattern.compile(
            "^( {4,}|\\t| {0,3}(>|#|[-*+](\\s|$)|\\d{1,9}[.)](\\s|$)|`{3,}|~{3,}|\\$\\$|<)).*");

    private NoteMarkdown() {
    }

    /**
     * The note as blockquote lines, each starting with {@code indent} and {@code >}, its headings demoted to start at
     * {@code topLevel}; ends with a line break. Empty for a blank note.
     */
    public static String quoted(String note, String indent, int topLevel) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(note, topLevel)) {
            out.append(indent).append('>');
            if (!line.isEmpty()) {
                out.append(' ').append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The note as plain lines, its headings demoted to start at {@code topLevel}; ends with a line break. */
    public static String nested(String note, int topLevel) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(note, topLevel)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The note's lines, demoted and closed (see the class comment); none for a blank note. */
    static List<String> lines(String note, int topLevel) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(note.strip().split("\\r\\n|\\r|\\n", -1)));
        boolean[] code = codeLines(lines);
        List<String> out = new ArrayList<>(lines.size() + 2);
        // setext headings become ATX ones first, so every heading's level is on its own line
        int paragraphStart = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (code[i]) {
                out.add(line);
                paragraphStart = -1;
                continue;
            }
            Matcher setext = SETEXT.matcher(line);
            if (setext.matches() && paragraphStart >= 0) {
                // the paragraph above (from paragraphStart in out) is the heading's text
                int level = setext.group(1).charAt(0) == '=' ? 1 : 2;
                List<String> text = out.subList(paragraphStart, out.size());
                String heading = "#".repeat(level) + " " + String.join(" ", text.stream().map(String::strip).toList());
                text.clear();
                out.add(heading);
                paragraphStart = -1;
                continue;
            }
            out.add(line);
            if (line.isBlank() || NOT_PARAGRAPH.matcher(line).matches() || setext.matches()) {
                paragraphStart = -1;
            } else if (paragraphStart < 0) {
                paragraphStart = out.size() - 1;
            }
        }
        boolean[] outCode = codeLines(out);
        int highest = 7;
        for (int i = 0; i < out.size(); i++) {
            Matcher atx = ATX.matcher(out.get(i));
            if (!outCode[i] && atx.matches()) {
                highest = Math.min(highest, atx.group(2).length());
            }
        }
        int shift = highest > 6 ? 0 : Math.max(0, topLevel - highest);
        for (int i = 0; i < out.size(); i++) {
            Matcher atx = ATX.matcher(out.get(i));
            if (shift > 0 && !outCode[i] && atx.matches()) {
                int level = Math.min(6, atx.group(2).length() + shift);
                out.set(i, atx.group(1) + "#".repeat(level) + atx.group(3));
            }
        }
        close(out);
        return out;
    }

    /**
     * Which lines are inside a code fence or a {@code $$} block (the fence and {@code $$} lines included): no heading
     * is read there.
     */
    private static boolean[] codeLines(List<String> lines) {
        boolean[] code = new boolean[lines.size()];
        String fence = null;
        boolean maths = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fence != null) {
                code[i] = true;
                if (closes(fence, line)) {
                    fence = null;
                }
                continue;
            }
            if (maths) {
                code[i] = true;
                maths = !line.strip().endsWith("$$");
                continue;
            }
            Matcher opening = FENCE.matcher(line);
            if (opening.matches() && !(opening.group(1).charAt(0) == '`' && opening.group(2).contains("`"))) {
                fence = opening.group(1);
                code[i] = true;
            } else if (line.strip().startsWith("$$")) {
                code[i] = true;
                String stripped = line.strip();
                maths = stripped.equals("$$") || !stripped.substring(2).endsWith("$$");
            }
        }
        return code;
    }

    /** Whether {@code line} closes a code fence opened with {@code fence}: as many of its character or more, alone. */
    private static boolean closes(String fence, String line) {
        String stripped = line.strip();
        return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** Closes a fence, a {@code $$} block or a comment the note leaves open. */
    private static void close(List<String> lines) {
        String fence = null;
        boolean maths = false;
        boolean html = false;
        boolean obsidian = false;
        for (String line : lines) {
            if (fence != null) {
                if (closes(fence, line)) {
                    fence = null;
                }
                continue;
            }
            if (maths) {
                maths = !line.strip().endsWith("$$");
                continue;
            }
            Matcher opening = FENCE.matcher(line);
            if (opening.matches() && !(opening.group(1).charAt(0) == '`' && opening.group(2).contains("`"))) {
                fence = opening.group(1);
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("$$")) {
                maths = stripped.equals("$$") || !stripped.substring(2).endsWith("$$");
                continue;
            }
            int at = 0;
            while (at < line.length()) {
                if (html) {
                    int end = line.indexOf("-->", at);
                    if (end < 0) {
                        break;
                    }
                    html = false;
                    at = end + 3;
                } else if (obsidian) {
                    int end = line.indexOf("%%", at);
                    if (end < 0) {
                        break;
                    }
                    obsidian = false;
                    at = end + 2;
                } else {
                    int comment = line.indexOf("<!--", at);
                    int percent = line.indexOf("%%", at);
                    if (comment < 0 && percent < 0) {
                        break;
                    }
                    if (percent < 0 || (comment >= 0 && comment < percent)) {
                        html = true;
                        at = comment + 4;
                    } else {
                        obsidian = true;
                        at = percent + 2;
                    }
                }
            }
        }
        if (fence != null) {
            lines.add(fence);
        } else if (maths) {
            lines.add("$$");
        }
        if (html) {
            lines.add("-->");
        }
        if (obsidian) {
            lines.add("%%");
        }
    }
}
