package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.exchange.plan.PlanReportFixture.BERLIN;
import static org.studypath.exchange.plan.PlanReportFixture.DAY_START;
import static org.studypath.exchange.plan.PlanReportFixture.GENERATED_AT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.report.PlanReport;

/** The .ics export against RFC 5545, and read back with iCal4j's own parser. */
class IcsPlanWriterTest {

    static byte[] ics(PlanReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IcsPlanWriter(DAY_START, BERLIN).write(report, out);
        return out.toByteArray();
    }

    static Calendar parse(byte[] ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    /** The content lines, unfolded (RFC 5545 3.1: a CRLF followed by one space or tab is removed). */
    static List<String> unfolded(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8).replaceAll("\r\n[ \t]", "");
        return List.of(text.split("\r\n"));
    }

    static String line(byte[] ics, String prefix) {
        return unfolded(ics).stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + prefix));
    }

    @Test
    void everyLineEndsWithCrlf() throws IOException {
        byte[] ics = ics(PlanReportFixture.report());
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).as("no bare LF or CR anywhere").doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void isValidUtf8() throws IOException {
        byte[] ics = ics(PlanReportFixture.report());
        assertThat(strictUtf8(ics)).contains("线性代数", "矩阵", "中文字符");
    }

    @Test
    void noLineIsLongerThan75Octets() throws IOException {
        byte[] ics = ics(PlanReportFixture.report());
        List<String> tooLong = new ArrayList<>();
        for (String line : new String(ics, StandardCharsets.UTF_8).split("\r\n")) {
            if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
                tooLong.add(line.getBytes(StandardCharsets.UTF_8).length + " octets: " + line);
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void asciiLinesAreFoldedAt75Octets() throws IOException {
        byte[] ics = ics(PlanReportFixture.report());
        for (String line : new String(ics, StandardCharsets.UTF_8).split("\r\n")) {
            if (line.chars().allMatch(c -> c < 128)) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(75);
            }
        }
        assertThat(new String(ics, StandardCharsets.UTF_8)).as("long summaries are folded").contains("\r\n ");
    }

    @Test
    void foldingNeverCutsACharacterInTwo() throws IOException, ParserException {
        String emoji = "🎓📐".repeat(60);
        for (String resource : List.of("E", "Em", "Emo", "Emoj")) { // every position of the pairs against the fold
            PlanReport report = single(new PlanReport.Row(LocalDate.of(2026, 1, 12), 1, resource, "", "", 1, emoji, 1, 1,
                    30, UnitStatus.NOT_STARTED, null));
            byte[] ics = ics(report);
            assertThat(strictUtf8(ics)).doesNotContain("?").doesNotContain("\uFFFD");
            assertThat(value(events(parse(ics)).get(0), Property.SUMMARY)).isEqualTo(resource + ": " + emoji);
        }
    }

    @Test
    void textIsEscaped() throws IOException {
        byte[] ics = ics(PlanReportFixture.report());
        assertThat(line(ics, "SUMMARY:=HYPERLINK")).isEqualTo("SUMMARY:=HYPERLINK(\"x\"): a\\, \"quoted\"\\; b\\nnewline");
        assertThat(line(ics, "SUMMARY:线性代数")).endsWith(": Vectors\\, spans\\; bases\\\\kernels");
        assertThat(line(ics, "DESCRIPTION:[ ] a\\,"))
                .isEqualTo("DESCRIPTION:[ ] a\\, \"quoted\"\\; b\\nnewline (20 min)\\n\\nStudy path: Maths for ML — "
                        + "数学\\, part 1\\; & <friends>");
    }

    @Test
    void calendarNameIsEscaped() throws IOException {
        byte[] ics = ics(PlanReportFixture.report());
        assertThat(line(ics, "X-WR-CALNAME:")).isEqualTo("X-WR-CALNAME:StudyPath: Maths for ML — 数学\\, part 1\\; & <friends>");
    }

    @Test
    void readsBackWithICal4j() throws IOException, ParserException {
        Calendar calendar = parse(ics(PlanReportFixture.report()));
        assertThat(calendar.<Property>getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        assertThat(calendar.<Property>getProperty(Property.PRODID).map(Property::getValue))
                .contains("-//StudyPath//StudyPath 9.9.9-test//EN");
        List<VEvent> events = events(calendar);
        // one event per session: 12 Jan two calculus units; 13 Jan linear algebra; 14 Jan linear algebra, then the
        // formula resource; 15 and 16 Jan the two parts of the split unit; 19 Jan two "+Plus resource" units
        assertThat(events).hasSize(9);
        assertThat(events).extracting(e -> value(e, Property.UID)).doesNotHaveDuplicates().containsExactly(
                "path-7-unit-101-part-1@studypath", "path-7-unit-102-part-1@studypath", "path-7-unit-201-part-1@studypath",
                "path-7-unit-202-part-1@studypath", "path-7-unit-301-part-1@studypath", "path-7-unit-401-part-1@studypath",
                "path-7-unit-401-part-2@studypath", "path-7-unit-501-part-1@studypath", "path-7-unit-502-part-1@studypath");
        assertThat(events).extracting(e -> value(e, Property.SUMMARY)).containsExactly(
                "✓ Essence of calculus: The Essence of Calculus",
                "✓ Essence of calculus: The paradox of the derivative",
                "线性代数 Linear algebra (中文): Vectors, spans; bases\\kernels",
                "线性代数 Linear algebra (中文): 矩阵 Matrices",
                "=HYPERLINK(\"x\"): a, \"quoted\"; b\nnewline",
                "<script>alert(1)</script>: " + PlanReportFixture.LONG_UNIT + " (part 1 of 2)",
                "<script>alert(1)</script>: " + PlanReportFixture.LONG_UNIT + " (part 2 of 2)",
                "+Plus resource: -2+3 warm-up",
                "+Plus resource: @SUM(A1:A2)");
        assertThat(value(events.get(0), Property.DESCRIPTION)).startsWith("[x] The Essence of Calculus (17 min)")
                .endsWith("\n\n" + PlanReportFixture.CALC_URL + "\n\nStudy path: " + PlanReportFixture.PATH_NAME);
        assertThat(events).allSatisfy(e -> assertThat(value(e, Property.STATUS)).isEqualTo("CONFIRMED"));
        assertThat(calendar.<Property>getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");
        assertThat(events).allSatisfy(e -> assertThat(value(e, Property.DTSTAMP)).isEqualTo("20260114T093000Z"));
    }

    @Test
    void timesAreUtcFromTheLocalDayStart() throws IOException, ParserException {
        List<VEvent> events = events(parse(ics(PlanReportFixture.report())));
        // Europe/Berlin is UTC+1 in January: 19:00 local is 18:00Z; same-day sessions follow one another
        assertThat(events).extracting(e -> value(e, Property.DTSTART) + "/" + value(e, Property.DTEND)).containsExactly(
                "20260112T180000Z/20260112T181700Z",
                "20260112T181700Z/20260112T183400Z",
                "20260113T180000Z/20260113T184500Z",
                "20260114T180000Z/20260114T183000Z",
                "20260114T183000Z/20260114T185000Z",
                "20260115T180000Z/20260115T190000Z",
                "20260116T180000Z/20260116T190000Z",
                "20260119T180000Z/20260119T182500Z",
                "20260119T182500Z/20260119T185000Z");
    }

    @Test
    void summerTimeMovesTheUtcTime() throws IOException, ParserException {
        PlanReport report = single(new PlanReport.Row(LocalDate.of(2026, 7, 1), 1, "Book", "", "", 1, "Chapter 1", 1, 1,
                30, UnitStatus.NOT_STARTED, null));
        VEvent event = events(parse(ics(report))).get(0);
        assertThat(value(event, Property.DTSTART)).isEqualTo("20260701T170000Z"); // CEST, UTC+2
    }

    @Test
    void onlyWebLinksBecomeUrls() throws IOException, ParserException {
        List<VEvent> events = events(parse(ics(PlanReportFixture.report())));
        assertThat(value(events.get(0), Property.URL)).isEqualTo(PlanReportFixture.CALC_URL);
        assertThat(value(events.get(4), Property.URL)).as("no link").isNull();
        assertThat(value(events.get(5), Property.URL)).as("javascript: is not a web link").isNull();
    }

    @Test
    void aLaterExportKeepsTheUidsAndRaisesTheSequence() throws IOException, ParserException {
        List<VEvent> first = events(parse(ics(PlanReportFixture.report(GENERATED_AT))));
        List<VEvent> second = events(parse(ics(PlanReportFixture.report(GENERATED_AT.plus(Duration.ofDays(3)).plusSeconds(17)))));
        assertThat(second).extracting(e -> value(e, Property.UID))
                .containsExactlyElementsOf(first.stream().map(e -> value(e, Property.UID)).toList());
        Map<String, Integer> before = sequences(first);
        Map<String, Integer> after = sequences(second);
        before.forEach((uid, sequence) -> assertThat(after.get(uid)).as(uid).isGreaterThan(sequence));
        assertThat(value(second.get(0), Property.DTSTAMP)).isEqualTo("20260117T093017Z");
    }

    @Test
    void exportsOfTheSameMomentAreIdentical() throws IOException {
        assertThat(ics(PlanReportFixture.report())).isEqualTo(ics(PlanReportFixture.report()));
    }

    @Test
    void sequenceNeverGoesBelowZero() throws IOException, ParserException {
        List<VEvent> events = events(parse(ics(PlanReportFixture.report(Instant.parse("2020-01-01T00:00:00Z")))));
        assertThat(events).allSatisfy(e -> assertThat(value(e, Property.SEQUENCE)).isEqualTo("0"));
    }

    @Test
    void everySessionIsItsOwnEventOneAfterAnother() throws IOException, ParserException {
        List<PlanReport.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(new PlanReport.Row(LocalDate.of(2026, 1, 12), 1, "Short videos", "", "", i, "Episode number " + i,
                    1, 1, 5, UnitStatus.NOT_STARTED, null));
        }
        List<VEvent> events = events(parse(ics(report(rows))));
        assertThat(events).hasSize(30);
        assertThat(value(events.get(29), Property.SUMMARY)).isEqualTo("Short videos: Episode number 30");
        assertThat(value(events.get(29), Property.DESCRIPTION)).startsWith("[ ] Episode number 30 (5 min)");
        assertThat(value(events.get(29), Property.DTEND)).isEqualTo("20260112T203000Z"); // 30 × 5 min from 18:00Z
    }

    @Test
    void whatEarlierExportsWroteAndIsNoLongerPlannedIsCancelled() throws IOException, ParserException {
        Instant start = Instant.parse("2026-01-10T18:00:00Z");
        List<org.studypath.domain.report.CalendarEvent> earlier = List.of(
                new org.studypath.domain.report.CalendarEvent("path-7-unit-101-part-1@studypath", start,
                        start.plusSeconds(600), "old", false),
                new org.studypath.domain.report.CalendarEvent("path-7-unit-999-part-3@studypath", start,
                        start.plusSeconds(1200), "Skipped unit", false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<org.studypath.domain.report.CalendarEvent> written = new IcsPlanWriter(DAY_START, BERLIN)
                .write(PlanReportFixture.report(), earlier, out);
        List<VEvent> events = events(parse(out.toByteArray()));
        assertThat(events).hasSize(10);
        VEvent cancelled = events.get(9);
        assertThat(value(cancelled, Property.UID)).isEqualTo("path-7-unit-999-part-3@studypath");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.SUMMARY)).isEqualTo("Cancelled: Skipped unit");
        assertThat(value(cancelled, Property.DTSTART)).isEqualTo("20260110T180000Z");
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo(value(events.get(0), Property.SEQUENCE));
        assertThat(written).hasSize(10).filteredOn(org.studypath.domain.report.CalendarEvent::cancelled).singleElement()
                .satisfies(e -> assertThat(e.summary()).as("kept as it was, for later exports").isEqualTo("Skipped unit"));
    }

    @Test
    void anEmptyPlanIsAnEmptyCalendar() throws IOException, ParserException {
        Calendar calendar = parse(ics(report(List.of())));
        assertThat(events(calendar)).isEmpty();
    }

    static PlanReport single(PlanReport.Row row) {
        return report(List.of(row));
    }

    static PlanReport report(List<PlanReport.Row> rows) {
        PlanReport base = PlanReportFixture.report();
        return new PlanReport(base.pathId(), base.key(), "Test path", base.today(), base.generatedAt(), base.generator(),
                base.state(), base.standingText(), base.plannedFinish(), base.projectedFinish(), base.target(),
                base.progress(), List.of(), List.of(), rows);
    }

    static Map<String, Integer> sequences(List<VEvent> events) {
        Map<String, Integer> map = new LinkedHashMap<>();
        events.forEach(e -> map.put(value(e, Property.UID), Integer.parseInt(value(e, Property.SEQUENCE))));
        return map;
    }

    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("not valid UTF-8: " + e, e);
        }
    }
}
