package org.studypath.notes;

import java.util.Objects;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * One formula of a note: its TeX as written, whether it stands on its own ({@code $$…$$}) or within a line, and what
 * JLaTeXMath makes of it. A formula that cannot be drawn has a {@link FormulaError} instead of a box, so one mistake
 * costs that formula only, never the note.
 *
 * <p>JLaTeXMath forgives much (an unclosed brace is quietly closed) and fails badly on some input (deep nesting
 * overflows its stack), so the TeX is checked first: its length, how deep its braces go and whether they match.
 */
public final class Formula {
    /** Longer TeX is not laid out: no note needs it, and layout time grows with it. */
    public static final int MAX_LENGTH = 2_000;
    /** Deeper braces are refused before JLaTeXMath's recursive parser could run out of stack. */
    public static final int MAX_DEPTH = 40;

    private final String tex;
    private final boolean display;
    private volatile Object parsed;
    /** The last layout made, kept: the window lays a formula out in the background and draws it on the FX thread. */
    private volatile FormulaBox laidOut;

    public Formula(String tex, boolean display) {
        this.tex = Objects.requireNonNull(tex);
        this.display = display;
    }

    public String tex() {
        return tex;
    }

    /** Written as {@code $$…$$}: drawn larger and, alone in a paragraph, on a line of its own. */
    public boolean display() {
        return display;
    }

    /** Why the formula cannot be drawn, or null when it can. */
    public FormulaError error() {
        return parsed() instanceof FormulaError error ? error : null;
    }

    /**
     * The formula laid out at {@code size} (pixels or points per em), or null when it cannot be drawn (see
     * {@link #error()}).
     */
    public FormulaBox layout(float size) {
        if (!(parsed() instanceof TeXFormula formula)) {
            return null;
        }
        FormulaBox last = laidOut;
        if (last != null && last.size() == size) {
            return last;
        }
        try {
            TeXIcon icon = formula.createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, size);
            FormulaBox box = new FormulaBox(icon, size);
            laidOut = box;
            return box;
        } catch (RuntimeException | StackOverflowError e) {
            // a layout failure is this formula's problem alone
            parsed = new FormulaError(FormulaError.Kind.INVALID, message(e));
            return null;
        }
    }

    private Object parsed() {
        Object result = parsed;
        if (result == null) {
            result = parse(tex);
            parsed = result;
        }
        return result;
    }

    private static Object parse(String tex) {
        FormulaError problem = check(tex);
        if (problem != null) {
            return problem;
        }
        try {
            return new TeXFormula(tex);
        } catch (RuntimeException | StackOverflowError e) {
            return new FormulaError(FormulaError.Kind.INVALID, message(e));
        }
    }

    /** The problems JLaTeXMath would not report, or would report by failing badly; null when there is none. */
    static FormulaError check(String tex) {
        if (tex.length() > MAX_LENGTH) {
            return new FormulaError(FormulaError.Kind.TOO_LONG, Integer.toString(MAX_LENGTH));
        }
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++; // \{ and \} are braces to draw, not groups
            } else if (c == '{') {
                depth++;
                if (depth > MAX_DEPTH) {
                    return new FormulaError(FormulaError.Kind.TOO_DEEP, Integer.toString(MAX_DEPTH));
                }
            } else if (c == '}') {
                depth--;
                if (depth < 0) {
                    return new FormulaError(FormulaError.Kind.UNOPENED_BRACE, "");
                }
            }
        }
        return depth > 0 ? new FormulaError(FormulaError.Kind.UNCLOSED_BRACE, "") : null;
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        if (e instanceof StackOverflowError || message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // JLaTeXMath's messages are one line; a stray newline would break the sentence they are put in
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public String toString() {
        return (display ? "$$" : "$") + tex + (display ? "$$" : "$");
    }
}
