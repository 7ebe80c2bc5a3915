package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.Session;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;

/**
 * A calendar that imports every .ics export of a path, merging by UID as Google Calendar, Thunderbird and Outlook do
 * (an event replaces the one with its UID, a cancelled one removes it, and an event a new file does not mention stays),
 * holds exactly the latest plan after every tick, skip, replan and change of study time: as many events, at the same
 * times, and nothing stale.
 */
class CalendarMergeTest {
    /** A Tuesday. */
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalTime DAY_START = LocalTime.of(19, 0);

    @TempDir
    Path dir;
    MovingClock clock = new MovingClock(NOW);
    Services services;
    long path;
    /** The calendar: events by UID, as merged so far. */
    final Map<String, Merged> calendar = new LinkedHashMap<>();

    record Merged(Instant start, Instant end, String summary, int sequence) {
    }

    @BeforeEach
    void setUp() {
        services = Services.open(dir, clock);
        path = services.plans().paths().get(0).id();
        // the merge of study events with reviews off; reviews' own events and UIDs: IcsReviewEventsTest, ReportReviewsTest
        services.plans().saveReviewSettings(path, org.studypath.domain.review.ReviewSettings.OFF);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void aMergedCalendarIsExactlyTheLatestPlanAfterEveryChange() throws Exception {
        importExport();
        assertCalendarIsThePlan("first export");

        PlanItem first = items().get(0);
        tick(first.units().get(0), UnitStatus.DONE, today());
        importExport();
        assertCalendarIsThePlan("after a tick");

        clock.advance(Duration.ofDays(2)); // Thursday: Wednesday's work was not done
        tick(items().get(0).units().get(1), UnitStatus.DONE, today());
        tick(items().get(0).units().get(5), UnitStatus.DONE, today()); // ahead of the plan
        importExport();
        assertCalendarIsThePlan("after ticks ahead, with work overdue");

        tick(items().get(0).units().get(2), UnitStatus.SKIPPED, today());
        importExport();
        assertCalendarIsThePlan("after a skip");

        Availability availability = availability();
        services.plans().saveAvailability(path, availability.withStart(today()));
        importExport();
        assertCalendarIsThePlan("after replanning from today");

        // 10 minutes a day splits every unit into parts: many new events, and many old ones to move
        Availability short_ = availability();
        for (DayOfWeek day : DayOfWeek.values()) {
            short_ = short_.withMinutes(day, 10);
        }
        services.plans().saveAvailability(path, short_);
        importExport();
        assertCalendarIsThePlan("after study time shrank to 10 minutes a day");
        int split = calendar.size();

        services.plans().saveAvailability(path, availability.withStart(today()));
        importExport();
        assertCalendarIsThePlan("after study time went back");
        assertThat(calendar.size()).as("the parts that are no longer needed are gone").isLessThan(split);

        tick(items().get(0).units().get(0), UnitStatus.NOT_STARTED, today());
        services.plans().setUnitIncluded(path, items().get(0).resourceId(), items().get(0).units().get(3).unitId(), false);
        importExport();
        assertCalendarIsThePlan("after an untick and a unit left out");
    }

    @Test
    void aCalendarThatMissedSomeExportsIsStillCleanedUpByTheLatest() throws Exception {
        importExport();
        tick(items().get(0).units().get(0), UnitStatus.SKIPPED, today());
        export(); // written, never imported
        tick(items().get(0).units().get(1), UnitStatus.SKIPPED, today());
        importExport();
        assertCalendarIsThePlan("after two skips, one export imported");
    }

    @Test
    void eventsKeepTheirUidWhenAnotherUnitIsTicked() throws Exception {
        importExport();
        Map<String, Merged> before = new LinkedHashMap<>(calendar);
        tick(items().get(0).units().get(0), UnitStatus.DONE, today());
        importExport();
        assertThat(calendar.keySet()).as("the same events, updated in place").containsExactlyElementsOf(before.keySet());
    }

    private List<PlanItem> items() {
        return services.plans().planned(path).orElseThrow().path().items();
    }

    private Availability availability() {
        return services.plans().planned(path).orElseThrow().path().availability();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private void tick(PlanItem.PlanUnit unit, UnitStatus status, LocalDate day) {
        services.progress().setStates(List.of(new UnitState(unit.unitId(), status, day)));
    }

    private byte[] export() throws Exception {
        clock.advance(Duration.ofSeconds(5)); // each export a little later, as in life
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.exchange().export(path, ExportFormat.ICS,
                new ExchangeService.ExportOptions(false, DAY_START, ZONE, Locale.UK), out);
        return out.toByteArray();
    }

    /** Imports an export into the calendar the way calendar applications merge a file. */
    private void importExport() throws Exception {
        Calendar file = new CalendarBuilder().build(new ByteArrayInputStream(export()));
        for (VEvent event : file.<VEvent>getComponents(Component.VEVENT)) {
            String uid = value(event, Property.UID);
            int sequence = Integer.parseInt(value(event, Property.SEQUENCE));
            Merged known = calendar.get(uid);
            if (known != null && known.sequence() > sequence) {
                continue; // an older version of the event than the calendar's
            }
            if ("CANCELLED".equals(value(event, Property.STATUS))) {
                calendar.remove(uid);
            } else {
                calendar.put(uid, new Merged(instant(event, Property.DTSTART), instant(event, Property.DTEND),
                        value(event, Property.SUMMARY), sequence));
            }
        }
    }

    /** The calendar holds one event per session of the plan as shown, at its time, and nothing else. */
    private void assertCalendarIsThePlan(String when) {
        var planned = services.plans().planned(path).orElseThrow();
        Map<String, Instant[]> expected = new LinkedHashMap<>();
        LocalDate day = null;
        Instant cursor = null;
        for (Session session : planned.shown().sessions()) {
            if (!session.date().equals(day)) {
                day = session.date();
                cursor = day.atTime(DAY_START).atZone(ZONE).toInstant();
            }
            Instant end = cursor.plus(Duration.ofMinutes(session.minutes()));
            expected.put("path-" + path + "-unit-" + session.unitId() + "-part-" + session.part() + "@studypath",
                    new Instant[] {cursor, end});
            cursor = end;
        }
        // first what the learner sees, whatever the UIDs look like: as many events as sessions, at the same times
        assertThat(calendar.values().stream().map(e -> e.start() + "–" + e.end()).sorted().toList())
                .as("the times of the calendar's events %s", when)
                .isEqualTo(expected.values().stream().map(t -> t[0] + "–" + t[1]).sorted().toList());
        assertThat(calendar.keySet()).as("the calendar's events %s", when).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((uid, times) -> {
            Merged event = calendar.get(uid);
            assertThat(event.start()).as("start of %s %s", uid, when).isEqualTo(times[0]);
            assertThat(event.end()).as("end of %s %s", uid, when).isEqualTo(times[1]);
        });
        assertThat(calendar).as("no two events overlap %s", when).hasSize(planned.shown().sessions().size());
        List<Merged> byStart = calendar.values().stream().sorted(java.util.Comparator.comparing(Merged::start)).toList();
        for (int i = 1; i < byStart.size(); i++) {
            assertThat(byStart.get(i).start()).as("%s overlaps the one before %s", byStart.get(i).summary(), when)
                    .isAfterOrEqualTo(byStart.get(i - 1).end());
        }
    }

    private static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    private static Instant instant(VEvent event, String name) {
        Temporal value = name.equals(Property.DTSTART) ? event.getDateTimeStart().getDate()
                : event.getDateTimeEnd().getDate();
        return Instant.from(value);
    }
}
