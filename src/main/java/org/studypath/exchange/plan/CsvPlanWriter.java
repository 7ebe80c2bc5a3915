package org.studypath.exchange.plan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.report.PlanReport;

/**
 * The plan as a spreadsheet: RFC 4180 CSV in UTF-8 (CRLF line ends, quotes where needed), one row per session and
 * unit (and one per review, its {@code kind} column saying {@code review}; {@code done_date} is then the day it was
 * rated). Optionally starts with a byte order mark, which Excel needs to read UTF-8 (Chinese titles) correctly.
 * Every cell that holds text from the plan or a date goes through {@link #neutralise(String)}, so that none is run as
 * a formula; the numbers, the status and the resume point are written by the app itself. The last two columns,
 * resume_at and done_share (0.00 to 1.00, rounded down, empty for a skipped unit), came with backup format 2.
 */
public final class CsvPlanWriter {
    public static final String[] HEADER = {"date", "resource", "category", "unit", "part", "parts", "planned_minutes",
            "status", "done_date", "url", "resume_at", "done_share", "kind"};

    private final boolean byteOrderMark;

    public CsvPlanWriter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    public void write(PlanReport report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (PlanReport.Row row : report.sessions()) {
            printer.printRecord(
                    // a date past 9999 or before year 0 is written +10000-01-01 or -0001-01-01
                    neutralise(row.date().toString()),
                    neutralise(row.resource()),
                    neutralise(row.category()),
                    neutralise(row.unit()),
                    row.part(),
                    row.parts(),
                    row.minutes(),
                    row.status().name().toLowerCase(java.util.Locale.ROOT),
                    row.done() && row.statusDate() != null ? neutralise(row.statusDate().toString()) : "",
                    neutralise(row.url()),
                    resumeAt(row),
                    row.status() == UnitStatus.SKIPPED ? "" : String.format(java.util.Locale.ROOT, "%.2f",
                            Math.floor(row.share() * 100) / 100),
                    // last, so programs that read the columns before it by position still do; study or review
                    row.kind().code());
        }
        printer.flush();
        writer.flush();
    }

    /**
     * Where the learner stopped: "p. 43", or a time as h:mm:ss ("0:12:34"), which spreadsheets read as a duration of
     * 12 minutes 34 seconds (written "12:34" they would read 12 hours 34 minutes); "" when none was said.
     */
    static String resumeAt(PlanReport.Row row) {
        if (row.resume() == null) {
            return "";
        }
        if (row.resume().isPage()) {
            return row.resume().text();
        }
        int seconds = row.resume().seconds();
        return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /**
     * A cell a spreadsheet would run as a formula ("CSV injection") gets a leading apostrophe, which Excel,
     * LibreOffice and Google Sheets show as plain text: a cell whose first visible character is {@code = + - @} or its
     * full-width form {@code ＝ ＋ － ＠} (U+FF1D, U+FF0B, U+FF0D, U+FF20, which a spreadsheet may take for them),
     * after any run of characters a spreadsheet skips or does not show: white space (tabs, line breaks, no-break and
     * ideographic spaces, U+2000–U+200A, ...), invisible format characters (Unicode category Cf: zero-width spaces and
     * joiners U+200B–U+200D, U+2060, the byte order mark U+FEFF, bidi controls) and other control characters. A cell
     * that starts with a tab or a line break gets one whatever follows, as spreadsheets may drop it and read on.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int first = text.codePointAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return "'" + text;
        }
        int i = 0;
        while (i < text.length() && skipped(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i < text.length() && formulaSign(text.codePointAt(i)) ? "'" + text : text;
    }

    /** Characters a spreadsheet may skip before a formula, or that cannot be seen: white space, Cf and Cc. */
    private static boolean skipped(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                || type == Character.CONTROL;
    }

    private static boolean formulaSign(int c) {
        return switch (c) {
            case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
