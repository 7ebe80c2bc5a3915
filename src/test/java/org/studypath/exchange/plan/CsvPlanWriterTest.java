package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
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
