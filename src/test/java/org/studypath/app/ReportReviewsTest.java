package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.app.ExchangeFixture.CLOCK;
import static org.studypath.app.ExchangeFixture.TODAY;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.plan.SessionKind;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.domain.report.PlanReport;
import org.studypath.domain.review.Rating;

/**
 * A learner who finished units last week and rated a review: the report, the CSV and the calendar hold the reviews,
 * rated and to do, from the real store and plan.
 */
class ReportReviewsTest {
    @TempDir
    Path dir;

    @Test
    void theReviewsOfUnitsDoneLastWeekAreInTheReportTheCsvAndTheCalendar() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            long path = services.plans().paths().get(0).id();
            var items = services.plans().planned(path).orElseThrow().path().items();
            long first = items.get(0).units().get(0).unitId();
            long second = items.get(0).units().get(1).unitId();
            services.progress().setStates(List.of(new UnitState(first, UnitStatus.DONE, TODAY.minusDays(7)),
                    new UnitState(second, UnitStatus.DONE, TODAY.minusDays(6))));
            // the first review of the first unit, due the day after, was done that day
            services.reviews().rate(first, Rating.GOOD, TODAY.minusDays(6), false);

            PlanReport report = services.exchange().report(path);
            assertThat(report.sessions()).filteredOn(r -> r.unitId() == first && r.isReview()).first().satisfies(r -> {
                assertThat(r.date()).isEqualTo(TODAY.minusDays(6));
                assertThat(r.status()).isEqualTo(UnitStatus.DONE);
                assertThat(r.rating()).isEqualTo(Rating.GOOD);
                assertThat(r.reviewNumber()).isEqualTo(1);
                assertThat(r.kind()).isEqualTo(SessionKind.REVIEW);
            });
            assertThat(report.sessions()).filteredOn(r -> r.unitId() == second && r.isReview()).singleElement()
                    .satisfies(r -> {
                        assertThat(r.date()).as("overdue since the day after: placed first today").isEqualTo(TODAY);
                        assertThat(r.status()).isEqualTo(UnitStatus.NOT_STARTED);
                        assertThat(r.rating()).isNull();
                    });
            assertThat(report.sessions()).filteredOn(r -> r.date().equals(TODAY)).first()
                    .satisfies(r -> assertThat(r.isReview()).as("reviews first in the day").isTrue());

            ExchangeService.ExportOptions options = new ExchangeService.ExportOptions(false,
                    ExchangeService.ExportOptions.DEFAULT_DAY_START, ZoneOffset.UTC);
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            services.exchange().export(path, ExportFormat.CSV, options, csv);
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.toString(StandardCharsets.UTF_8))).getRecords();
            assertThat(records.get(0).getParser().getHeaderNames()).last().isEqualTo("kind");
            assertThat(records).extracting(r -> r.get("kind")).containsOnly("study", "review").contains("review");
            assertThat(records).filteredOn(r -> r.get("kind").equals("review") && r.get("status").equals("done"))
                    .singleElement().satisfies(r -> assertThat(r.get("done_date")).isEqualTo(TODAY.minusDays(6).toString()));

            ByteArrayOutputStream ics = new ByteArrayOutputStream();
            services.exchange().export(path, ExportFormat.ICS, options, ics);
            Calendar calendar = new CalendarBuilder().build(new java.io.ByteArrayInputStream(ics.toByteArray()));
            List<VEvent> events = calendar.<VEvent>getComponents(Component.VEVENT);
            List<String> reviews = events.stream().map(e -> e.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .filter(summary -> summary.contains("Review: ")).toList();
            // the rated one, the first unit's second review (due three days after the rating) and the second unit's
            assertThat(reviews).hasSize(3);
            assertThat(reviews.get(0)).startsWith("✓ Review: ");
            assertThat(events).extracting(e -> e.<Property>getProperty(Property.UID).orElseThrow().getValue())
                    .doesNotHaveDuplicates()
                    .contains("path-" + path + "-unit-" + first + "-review-1@studypath",
                            "path-" + path + "-unit-" + first + "-review-2@studypath",
                            "path-" + path + "-unit-" + second + "-review-1@studypath",
                            "path-" + path + "-unit-" + first + "-part-1@studypath");
        }
    }
}
