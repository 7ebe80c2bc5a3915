package org.studypath.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.app.ExchangeService;
import org.studypath.app.ExportFormat;
import org.studypath.app.Services;
import org.studypath.domain.plan.Session;
import org.studypath.domain.report.PlanReport;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;
import org.studypath.ui.path.PathsViewModel;
import org.studypath.ui.progress.ProgressViewModel;
import org.studypath.ui.schedule.ScheduleViewModel;

/**
 * The same plan reads the same on Today, in Schedule and in every export: after a day missed and a unit done ahead of
 * time, today's units are today's everywhere, a done unit is on the day it was done, and no day of the calendar holds
 * more than the day's minutes.
 */
class TodayAndExportsAgreeTest {
    /** A Tuesday: the starter path (created today) plans 60 minutes a weekday. */
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;
    MovingClock clock = new MovingClock(NOW);
    Services services;
    PathsViewModel paths;
    TodayViewModel today;
    ScheduleViewModel schedule;

    @BeforeEach
    void setUp() {
        services = Services.open(dir, clock);
        InlineTaskRunner runner = new InlineTaskRunner();
        RecordingDialogs dialogs = new RecordingDialogs();
        Messages messages = Messages.of(Locale.UK);
        paths = new PathsViewModel(services.plans(), runner, dialogs, clock, messages);
        ProgressViewModel progress = new ProgressViewModel(services.progress(), runner, dialogs, clock, messages, paths::load);
        progress.plannedProperty().bind(paths.plannedProperty());
        today = new TodayViewModel(progress, clock, messages);
        today.plannedProperty().bind(paths.plannedProperty());
        schedule = new ScheduleViewModel(clock, messages);
        schedule.plannedProperty().bind(paths.plannedProperty());
        paths.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void todaysUnitsAreTodaysInEveryExportAfterAMissedDayAndWorkDoneAhead() throws Exception {
        for (TodayViewModel.Entry entry : List.copyOf(today.today())) {
            today.setDone(entry, true);
        }
        clock.advance(Duration.ofDays(2)); // Thursday; Wednesday was missed
        paths.load();
        assertThat(today.overdue()).as("Wednesday's units are still open").isNotEmpty();
        TodayViewModel.Entry ahead = today.next().get(0);
        today.setDone(ahead, true); // a unit planned for a later day, done today

        LocalDate thursday = LocalDate.of(2026, 12, 3);
        List<Long> onToday = today.today().stream().map(TodayViewModel.Entry::unitId).toList();
        assertThat(onToday).as("what was done today is on today").contains(ahead.unitId());
        assertThat(today.today()).filteredOn(e -> !e.done()).as("and there is still work today").isNotEmpty();

        // reviews come first in the day, then study, on Today, Schedule and in every export alike
        List<Long> reviewedToday = today.reviews().entries().stream().map(e -> e.unitId()).toList();
        assertThat(reviewedToday).as("units done on Monday and Tuesday are due for review").isNotEmpty();
        List<Long> wholeDay = new ArrayList<>(reviewedToday);
        wholeDay.addAll(onToday);
        ScheduleViewModel.Day scheduled = schedule.week().stream().filter(d -> d.date().equals(thursday)).findFirst()
                .orElseThrow();
        assertThat(scheduled.sessions()).extracting(Session::unitId).as("Schedule's Thursday")
                .containsExactlyElementsOf(wholeDay);

        long pathId = paths.plannedProperty().get().path().id();
        PlanReport report = services.exchange().report(pathId);
        assertThat(report.sessions()).filteredOn(r -> r.date().equals(thursday)).extracting(PlanReport.Row::unitId)
                .as("the report every export is written from").containsExactlyElementsOf(wholeDay);
        assertThat(report.sessions()).filteredOn(r -> r.date().equals(thursday)).extracting(PlanReport.Row::isReview)
                .as("reviews first").startsWith(true).endsWith(false);

        String csv = export(pathId, ExportFormat.CSV);
        Map<String, String> csvDay = new HashMap<>();
        for (var record : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv))) {
            csvDay.putIfAbsent(record.get("unit"), record.get("date"));
        }
        for (TodayViewModel.Entry entry : today.today()) {
            assertThat(csvDay.get(entry.unitTitle())).as("CSV day of %s", entry.unitTitle()).isEqualTo(thursday.toString());
        }

        String ics = export(pathId, ExportFormat.ICS).replace("\r\n ", "");
        Map<String, Integer> minutesByDay = new HashMap<>();
        List<String> starts = new ArrayList<>();
        String start = null;
        for (String line : ics.split("\r\n")) {
            if (line.startsWith("DTSTART:")) {
                start = line.substring(8);
                starts.add(start);
            } else if (line.startsWith("DTEND:") && start != null) {
                Instant from = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").parse(start, Instant::from);
                Instant to = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").parse(line.substring(6), Instant::from);
                minutesByDay.merge(start.substring(0, 8), (int) Duration.between(from, to).toMinutes(), Integer::sum);
            }
        }
        var availability = paths.plannedProperty().get().path().availability();
        minutesByDay.forEach((day, minutes) -> {
            LocalDate date = LocalDate.parse(day, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            assertThat(minutes).as("calendar minutes on %s", date).isLessThanOrEqualTo(availability.minutesOn(date));
        });
        assertThat(minutesByDay.get("20261203")).as("Thursday in the calendar").isEqualTo(
                today.today().stream().mapToInt(TodayViewModel.Entry::minutes).sum()
                        + today.reviews().entries().stream().mapToInt(e -> e.session().minutes()).sum());
    }

    private String export(long pathId, ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.exchange().export(pathId, format, new ExchangeService.ExportOptions(false, LocalTime.of(19, 0),
                ZoneOffset.UTC), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
