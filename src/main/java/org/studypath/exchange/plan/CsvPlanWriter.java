package org.studypath.exchange.plan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.studypath.domain.report.PlanReport;

/**
 * The plan as a spreadsheet: RFC 4180 CSV in UTF-8 (CRLF line ends, quotes where needed), one row per session and
 * unit. Optionally starts with a byte order mark, which Excel needs to read UTF-8 (Chinese titles) correctly.
 * Text that a spreadsheet would run as a formula is neutralised (see {@link #neutralise(String)}).
 */
public final class CsvPlanWriter {
    public static final String[] HEADER = {"date", "resource", "category", "unit", "part", "parts", "planned_minutes",
            "status", "done_date", "url"};

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
                    row.date().toString(),
                    neutralise(row.resource()),
                    neutralise(row.category()),
                    neutralise(row.unit()),
                    row.part(),
                    row.parts(),
                    row.minutes(),
                    row.status().name().toLowerCase(java.util.Locale.ROOT),
                    row.done() && row.statusDate() != null ? row.statusDate().toString() : "",
                    neutralise(row.url()));
        }
        printer.flush();
        writer.flush();
    }

    /**
     * A cell starting with {@code = + - @}, a tab or a carriage return would be run as a formula by Excel, LibreOffice
     * or Google Sheets ("CSV injection"); such text gets a leading apostrophe, which spreadsheets show as plain text.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
