package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.exchange.plan.IcsPlanWriterTest.events;
import static org.studypath.exchange.plan.IcsPlanWriterTest.ics;
import static org.studypath.exchange.plan.IcsPlanWriterTest.parse;
import static org.studypath.exchange.plan.IcsPlanWriterTest.value;
import static org.studypath.exchange.plan.PlanReportFixture.BERLIN;
import static org.studypath.exchange.plan.PlanReportFixture.DAY_START;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.studypath.domain.report.CalendarEvent;
import org.studypath.domain.report.PlanReport;

/** Reviews in the calendar, read back with iCal4j: their titles, times and UIDs, and what a later export does. */
class IcsReviewEventsTest {
    @Test
    void reviewsAreEventsOfTheirOwnTitledReviewFirstInTheirDay() throws IOException, ParserException {
        List<VEvent> events = events(parse(ics(PlanReportFixture.withReviews())));
        assertThat(events).hasSize(12);
        assertThat(events).extracting(e -> value(e, Property.UID)).doesNotHaveDuplicates().contains(
                "path-7-unit-101-review-1@studypath", "path-7-unit-102-review-1@studypath",
                "path-7-resource-1-review-2@studypath",
                // the study sessions keep the UIDs they always had, so re-imports update them
                "path-7-unit-101-part-1@studypath", "path-7-unit-201-part-1@studypath");
        VEvent rated = byUid(events, "path-7-unit-101-review-1@studypath");
        assertThat(value(rated, Property.SUMMARY)).isEqualTo("✓ Review: Essence of calculus: The Essence of Calculus");
        assertThat(value(rated, Property.DESCRIPTION)).startsWith("[x] Review: The Essence of Calculus (5 min) · rated Good Tue 13 Jan");
        // 13 Jan: the review at 19:00 Berlin (18:00 UTC), then the study session after its 5 minutes
        assertThat(value(rated, Property.DTSTART)).isEqualTo("20260113T180000Z");
        assertThat(value(rated, Property.DTEND)).isEqualTo("20260113T180500Z");
        assertThat(value(byUid(events, "path-7-unit-201-part-1@studypath"), Property.DTSTART)).isEqualTo("20260113T180500Z");
        assertThat(value(byUid(events, "path-7-unit-102-review-1@studypath"), Property.SUMMARY))
                .isEqualTo("Review: Essence of calculus: The paradox of the derivative");
        assertThat(value(byUid(events, "path-7-resource-1-review-2@studypath"), Property.SUMMARY))
                .isEqualTo("Review: Essence of calculus");
    }

    @Test
    void inChineseTheReviewsSaySo() throws IOException, ParserException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IcsPlanWriter(DAY_START, BERLIN, Locale.SIMPLIFIED_CHINESE).write(PlanReportFixture.withReviews(), out);
        List<VEvent> events = events(parse(out.toByteArray()));
        assertThat(value(byUid(events, "path-7-unit-102-review-1@studypath"), Property.SUMMARY))
                .isEqualTo("复习：Essence of calculus：The paradox of the derivative");
        assertThat(value(byUid(events, "path-7-unit-101-review-1@studypath"), Property.DESCRIPTION))
                .contains("复习：The Essence of Calculus").contains("评为“良好”");
    }

    @Test
    void aReviewThatMovesUpdatesItsEventAndOneNoLongerPlannedIsCancelled() throws IOException, ParserException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        List<CalendarEvent> ledger = new IcsPlanWriter(DAY_START, BERLIN).write(PlanReportFixture.withReviews(), List.of(), first);
        // the next export: the review of 15 Jan moved to 16 Jan, the whole-resource review is gone
        List<PlanReport.Row> rows = new ArrayList<>();
        for (PlanReport.Row row : PlanReportFixture.withReviews().sessions()) {
            if (row.kind() == org.studypath.domain.plan.SessionKind.RESOURCE_REVIEW) {
                continue;
            }
            rows.add(row.isReview() && row.date().equals(LocalDate.of(2026, 1, 15)) ? moved(row, LocalDate.of(2026, 1, 16)) : row);
        }
        rows.sort(java.util.Comparator.comparing(PlanReport.Row::date));
        PlanReport plain = PlanReportFixture.withReviews();
        PlanReport next = new PlanReport(plain.pathId(), plain.key(), plain.pathName(), plain.today(),
                plain.generatedAt().plusSeconds(60), plain.generator(), plain.state(), plain.standingText(),
                plain.plannedFinish(), plain.projectedFinish(), plain.target(), plain.progress(), plain.categories(),
                plain.resources(), rows);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new IcsPlanWriter(DAY_START, BERLIN).write(next, ledger, second);
        List<VEvent> events = events(parse(second.toByteArray()));
        VEvent movedEvent = byUid(events, "path-7-unit-102-review-1@studypath");
        assertThat(value(movedEvent, Property.DTSTART)).startsWith("20260116T");
        assertThat(value(movedEvent, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(events).filteredOn(e -> value(e, Property.UID).equals("path-7-unit-102-review-1@studypath")).hasSize(1);
        VEvent gone = byUid(events, "path-7-resource-1-review-2@studypath");
        assertThat(value(gone, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(gone, Property.SUMMARY)).isEqualTo("Cancelled: Review: Essence of calculus");
    }

    private static PlanReport.Row moved(PlanReport.Row row, LocalDate day) {
        return new PlanReport.Row(day, row.resourceId(), row.resource(), row.category(), row.url(), row.unitId(),
                row.unit(), row.part(), row.parts(), row.minutes(), row.status(), row.statusDate(), row.kind(),
                row.reviewNumber(), row.rating());
    }

    private static VEvent byUid(List<VEvent> events, String uid) {
        return events.stream().filter(e -> value(e, Property.UID).equals(uid)).findFirst().orElseThrow();
    }
}
