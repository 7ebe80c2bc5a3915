package org.studypath.notes;

import java.util.Objects;

/**
 * Why a formula cannot be drawn. The window and the reports each say it in their own words ({@code kind}), with
 * {@code detail}: the limit for {@link Kind#TOO_LONG} and {@link Kind#TOO_DEEP}, JLaTeXMath's own message for
 * {@link Kind#INVALID}, "" otherwise.
 */
public record FormulaError(Kind kind, String detail) {
    public enum Kind {
        /** Longer than {@link Formula#MAX_LENGTH}. */
        TOO_LONG,
        /** Braces nested deeper than {@link Formula#MAX_DEPTH}. */
        TOO_DEEP,
        /** A { without its }. */
        UNCLOSED_BRACE,
        /** A } without its {. */
        UNOPENED_BRACE,
        /** JLaTeXMath could not read it (an unknown command, an environment not closed, …). */
        INVALID
    }

    public FormulaError {
        Objects.requireNonNull(kind);
        detail = detail == null ? "" : detail;
    }
}
