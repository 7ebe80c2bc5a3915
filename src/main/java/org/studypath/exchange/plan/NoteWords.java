package org.studypath.exchange.plan;

import org.studypath.domain.report.ReportWords;
import org.studypath.notes.Formula;
import org.studypath.notes.FormulaError;

/** What the reports say in place of a formula that cannot be drawn: its TeX and why, in the report's language. */
final class NoteWords {
    private NoteWords() {
    }

    static String error(ReportWords words, Formula formula, FormulaError error) {
        String reason = switch (error.kind()) {
            case TOO_LONG -> words.text("report.math.tooLong", error.detail());
            case TOO_DEEP -> words.text("report.math.tooDeep", error.detail());
            case UNCLOSED_BRACE -> words.text("report.math.unclosedBrace");
            case UNOPENED_BRACE -> words.text("report.math.unopenedBrace");
            case INVALID -> words.text("report.math.invalid", error.detail());
        };
        return words.text("report.math.error", formula.toString(), reason);
    }
}
