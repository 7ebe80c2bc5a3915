package org.studypath.ui.path;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.studypath.domain.Durations;
import org.studypath.domain.plan.Schedule;

/** How plans are put into words: "Finishes Tue 4 May 2027 — 11 days after the target (Fri 23 Apr 2027)". */
public final class PlanText {
    private PlanText() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale));
    }

    public static String shortDate(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("EEE d MMM", locale));
    }

    public static String outcome(Schedule schedule, Locale locale) {
        if (schedule.problemMessage().isPresent()) {
            return schedule.problemMessage().get();
        }
        if (schedule.finishDate().isEmpty()) {
            return schedule.warnings().isEmpty() ? "Nothing to plan." : schedule.warnings().get(0);
        }
        String finish = "Finishes " + date(schedule.finish(), locale) + " · " + Durations.format(schedule.plannedMinutes())
                + " planned";
        if (!schedule.hasTarget()) {
            return finish;
        }
        if (schedule.targetMet()) {
            return finish + " · meets the target (" + date(schedule.target(), locale) + ")";
        }
        long late = schedule.daysLate();
        return finish + " · " + late + (late == 1 ? " day" : " days") + " after the target (" + date(schedule.target(), locale) + ")";
    }
}
