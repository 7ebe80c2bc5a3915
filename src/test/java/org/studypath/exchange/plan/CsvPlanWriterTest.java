package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.report.PlanReport;

/** The CSV export read back with Commons CSV, as a spreadsheet would read it. */
class CsvPlanWriterTest {

    static byte[] csv(PlanReport report, boolean bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvPlanWriter(bom).write(report, out);
        return out.toByteArray();
    }

    static List<CSVRecord> read(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            assertThat(parser.getHeaderNames()).containsExactly(CsvPlanWriter.HEADER);
            return parser.getRecords();
        }
    }

    @Test
    void oneRecordPerSessionWithEveryValue() throws IOException {
        PlanReport report = PlanReportFixture.report();
        List<CSVRecord> records = read(csv(report, false));
        assertThat(records).hasSize(report.sessions().size());
        CSVRecord first = records.get(0);
        assertThat(first.toMap()).containsEntry("date", "2026-01-12").containsEntry("resource", "Essence of calculus")
                .containsEntry("category", "General math video series").containsEntry("unit", "The Essence of Calculus")
                .containsEntry("part", "1").containsEntry("parts", "1").containsEntry("planned_minutes", "17")
                .containsEntry("status", "done").containsEntry("done_date", "2026-01-12")
                .containsEntry("url", PlanReportFixture.CALC_URL);
        assertThat(records.get(1).get("done_date")).as("the day it was done, not the planned day").isEqualTo("2026-01-13");
        assertThat(records).extracting(r -> r.get("status")).containsExactly("done", "done", "in_progress", "skipped",
                "not_started", "not_started", "not_started", "not_started", "not_started");
        assertThat(records.get(2).get("done_date")).as("only done units have a done date").isEmpty();
        assertThat(records.get(3).get("done_date")).isEmpty();
        assertThat(records.get(5).get("part") + "/" + records.get(5).get("parts")).isEqualTo("1/2");
        assertThat(records.get(6).get("part") + "/" + records.get(6).get("parts")).isEqualTo("2/2");
    }

    @Test
    void textRoundTrips() throws IOException {
        List<CSVRecord> records = read(csv(PlanReportFixture.report(), false));
        assertThat(records.get(2).get("resource")).isEqualTo(PlanReportFixture.LINALG);
        assertThat(records.get(2).get("unit")).isEqualTo(PlanReportFixture.BACKSLASH_UNIT);
        assertThat(records.get(3).get("unit")).isEqualTo("矩阵 Matrices");
        assertThat(records.get(4).get("unit")).as("comma, quotes, semicolon and a newline in one cell")
                .isEqualTo(PlanReportFixture.TRICKY_UNIT);
        assertThat(records.get(5).get("unit")).isEqualTo(PlanReportFixture.LONG_UNIT);
        assertThat(records.get(5).get("resource")).isEqualTo(PlanReportFixture.SCRIPT);
        assertThat(records.get(4).get("url")).isEmpty();
    }

    @Test
    void formulaCellsStartWithAnApostrophe() throws IOException {
        List<CSVRecord> records = read(csv(PlanReportFixture.report(), false));
        assertThat(records.get(4).get("resource")).isEqualTo("'" + PlanReportFixture.FORMULA); // =
        assertThat(records.get(7).get("resource")).isEqualTo("'" + PlanReportFixture.PLUS); // +
        assertThat(records.get(7).get("unit")).isEqualTo("'" + PlanReportFixture.MINUS_UNIT); // -
        assertThat(records.get(7).get("category")).isEqualTo("'" + PlanReportFixture.AT_CATEGORY); // @
        assertThat(records.get(8).get("unit")).isEqualTo("'@SUM(A1:A2)");
        assertThat(records).allSatisfy(r -> r.forEach(cell ->
                assertThat(cell).as("no cell a spreadsheet would run").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r")));
    }

    @Test
    void neutraliseCoversEveryFormulaStart() {
        assertThat(CsvPlanWriter.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvPlanWriter.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvPlanWriter.neutralise("-1")).isEqualTo("'-1");
        assertThat(CsvPlanWriter.neutralise("@A1")).isEqualTo("'@A1");
        assertThat(CsvPlanWriter.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvPlanWriter.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvPlanWriter.neutralise("a=1")).isEqualTo("a=1");
        assertThat(CsvPlanWriter.neutralise("'=1")).isEqualTo("'=1");
        assertThat(CsvPlanWriter.neutralise("")).isEmpty();
        assertThat(CsvPlanWriter.neutralise(null)).isEmpty();
    }

    /** The signs a spreadsheet starts a formula with, and their full-width forms. */
    static final List<String> SIGNS = List.of("=", "+", "-", "@", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20");

    /**
     * Runs a spreadsheet skips, or that cannot be seen, before a formula: spaces of every kind, tabs and line breaks,
     * zero-width and other format characters (bidi controls, the byte order mark), control characters, and mixes.
     */
    static Stream<String> invisiblePrefixes() {
        return Stream.of("", " ", "   ", "\u00A0", "\u00A0\u00A0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003",
                "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200A", "\u2028", "\u2029", "\u202F",
                "\u205F", "\u3000", "\uFEFF", "\u200B", "\u200C", "\u200D", "\u2060", "\u180E", "\u00AD", "\u061C",
                "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
                "\u2069", "\t", "\r", "\n", "\r\n", "\u000B", "\u000C", "\u0000", "\u001F", "\u0085", "\u007F",
                " \u200B\u00A0\u3000\t", "\uFEFF\u202E ", "\uDB40\uDC01" /* U+E0001, a tag character (Cf) */);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" before a sign")
    @MethodSource("invisiblePrefixes")
    void aFormulaSignAfterAnythingInvisibleIsNeutralised(String prefix) {
        for (String sign : SIGNS) {
            for (String formula : List.of(sign + "1+1", sign + "HYPERLINK(\"https://evil.example\";\"x\")",
                    sign + "cmd|' /C calc'!A0", sign)) {
                String text = prefix + formula;
                assertThat(CsvPlanWriter.neutralise(text)).as("%s", text.codePoints()
                        .mapToObj(c -> String.format("U+%04X", c)).toList()).isEqualTo("'" + text);
            }
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"\tplain", "\rplain", "\nplain", "\t", "\n", "\r\n2026"})
    void aCellStartingWithATabOrALineBreakIsNeutralisedWhateverFollows(String text) {
        assertThat(CsvPlanWriter.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"a=1", "1-2", "x+y", "e@mail", " leading space", "\u00A0no-break first", "\u3000全角空格",
            "\u200Bzero width", "\uFEFFbom", "'=1", "'\uFF1D1", "\u2212minus sign", "(=1)", "https://example.org/?a=1",
            "2026-01-12", " ", "\u200B", "\uFF01", "．5"})
    void textWhoseFirstVisibleCharacterIsNoSignIsLeftAlone(String text) {
        assertThat(CsvPlanWriter.neutralise(text)).isEqualTo(text);
    }

    @Test
    void everyTextAndDateCellIsNeutralised() throws IOException {
        PlanReport base = PlanReportFixture.report();
        PlanReport report = new PlanReport(base.pathId(), base.key(), base.pathName(), base.today(), base.generatedAt(),
                base.generator(), base.state(), base.standingText(), base.plannedFinish(), base.projectedFinish(),
                base.target(), base.progress(), List.of(), List.of(), List.of(
                        new PlanReport.Row(LocalDate.of(10_000, 1, 1), 1, " =1+1", "\u200B@SUM(A1)",
                                "\u00A0+cmd", 11, "\uFF1DHYPERLINK(\"x\")", 1, 1, 10, UnitStatus.DONE,
                                LocalDate.of(-1, 12, 31)),
                        new PlanReport.Row(LocalDate.of(2026, 1, 12), 1, "\u3000\uFF0D2", "\uFEFF\uFF20x",
                                "\t=1", 12, "\u202E\uFF0B1", 1, 1, 10, UnitStatus.NOT_STARTED, null)));
        List<CSVRecord> records = read(csv(report, false));
        assertThat(records.get(0).get("date")).isEqualTo("'+10000-01-01");
        assertThat(records.get(0).get("done_date")).isEqualTo("'-0001-12-31");
        assertThat(records.get(0).get("resource")).isEqualTo("' =1+1");
        assertThat(records.get(0).get("category")).isEqualTo("'\u200B@SUM(A1)");
        assertThat(records.get(0).get("url")).isEqualTo("'\u00A0+cmd");
        assertThat(records.get(0).get("unit")).isEqualTo("'\uFF1DHYPERLINK(\"x\")");
        assertThat(records.get(1).get("date")).isEqualTo("2026-01-12");
        assertThat(records.get(1).get("resource")).isEqualTo("'\u3000\uFF0D2");
        assertThat(records.get(1).get("category")).isEqualTo("'\uFEFF\uFF20x");
        assertThat(records.get(1).get("url")).isEqualTo("'\t=1");
        assertThat(records.get(1).get("unit")).isEqualTo("'\u202E\uFF0B1");
        assertThat(records).allSatisfy(r -> r.forEach(cell -> assertThat(CsvPlanWriter.neutralise(cell))
                .as("no cell a spreadsheet would run: %s", cell).isEqualTo(cell)));
    }

    @Test
    void byteOrderMarkOnlyWhenAskedFor() throws IOException {
        byte[] plain = csv(PlanReportFixture.report(), false);
        byte[] bom = csv(PlanReportFixture.report(), true);
        assertThat(new String(plain, StandardCharsets.UTF_8)).startsWith("date,resource,");
        assertThat(bom[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bom[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bom[2] & 0xFF).isEqualTo(0xBF);
        assertThat(new String(bom, StandardCharsets.UTF_8)).startsWith("\uFEFFdate,resource,");
        // with the mark skipped, the same records
        byte[] skipped = java.util.Arrays.copyOfRange(bom, 3, bom.length);
        assertThat(read(skipped).stream().map(r -> List.of(r.values())).toList())
                .isEqualTo(read(plain).stream().map(r -> List.of(r.values())).toList());
    }

    @Test
    void recordsAreSeparatedByCrlf() throws IOException {
        String text = new String(csv(PlanReportFixture.report(), false), StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", CsvPlanWriter.HEADER) + "\r\n").endsWith("\r\n");
        // 1 header + 9 records, each ended by CRLF; the only other line break is the newline inside the quoted cell
        assertThat(text.split("\r\n", -1)).hasSize(11);
        assertThat(text.replace("\r\n", "")).containsOnlyOnce("\n").doesNotContain("\r");
        assertThat(text).contains("\"a, \"\"quoted\"\"; b\nnewline\"");
    }

    @Test
    void anEmptyPlanIsJustTheHeader() throws IOException {
        PlanReport base = PlanReportFixture.report();
        PlanReport empty = new PlanReport(base.pathId(), base.key(), base.pathName(), base.today(), base.generatedAt(),
                base.generator(), base.state(), base.standingText(), base.plannedFinish(), base.projectedFinish(),
                base.target(), base.progress(), List.of(), List.of(), List.of());
        assertThat(new String(csv(empty, false), StandardCharsets.UTF_8))
                .isEqualTo(String.join(",", CsvPlanWriter.HEADER) + "\r\n");
    }

    @Test
    void doneWithoutADateLeavesTheCellEmpty() throws IOException {
        PlanReport base = PlanReportFixture.report();
        PlanReport report = new PlanReport(base.pathId(), base.key(), base.pathName(), base.today(), base.generatedAt(),
                base.generator(), base.state(), base.standingText(), base.plannedFinish(), base.projectedFinish(),
                base.target(), base.progress(), List.of(), List.of(), List.of(new PlanReport.Row(LocalDate.of(2026, 1, 12),
                        1, "R", null, null, 1, "U", 1, 1, 10, UnitStatus.DONE, null)));
        CSVRecord record = read(csv(report, false)).get(0);
        assertThat(record.get("status")).isEqualTo("done");
        assertThat(record.get("done_date")).isEmpty();
        assertThat(record.get("category")).isEmpty();
        assertThat(record.get("url")).isEmpty();
    }
}
