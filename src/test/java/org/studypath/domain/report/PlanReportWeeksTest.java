package org.studypath.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.Progress;

/** An export's weeks start on the day the learner chose, as the Week view's do. */
class PlanReportWeeksTest {
    private static PlanReport.Row row(LocalDate date) {
        return new PlanReport.Row(date, 1, "Resource", "", "", date.toEpochDay(), "Unit", 1, 1, 30, UnitStatus.NOT_STARTED, null);
    }

    @Test
    void weeksStartOnTheChosenDay() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        LocalDate sunday = saturday.plusDays(1);
        LocalDate monday = saturday.plusDays(2);
        PlanReport report = new PlanReport(1, "path-1", "Path", saturday, Instant.EPOCH, "test", null, "", null, null,
                null, Progress.NONE, List.of(), List.of(), List.of(row(saturday), row(sunday), row(monday)));

        assertThat(report.byWeek(DayOfWeek.SUNDAY)).containsOnlyKeys(LocalDate.of(2026, 11, 29), sunday);
        assertThat(report.byWeek(DayOfWeek.SUNDAY).get(sunday)).extracting(PlanReport.Row::date).containsExactly(sunday, monday);
        assertThat(report.byWeek(DayOfWeek.MONDAY)).containsOnlyKeys(LocalDate.of(2026, 11, 30), monday);
        assertThat(report.byWeek(DayOfWeek.SATURDAY)).containsOnlyKeys(saturday);
        assertThat(report.byWeek()).isEqualTo(report.byWeek(DayOfWeek.MONDAY));
        assertThat(PlanReport.weekOf(monday, DayOfWeek.SUNDAY)).isEqualTo(sunday);
    }
}
