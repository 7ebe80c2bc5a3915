package org.studypath.domain.report;

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

    /** "12 May", or "12 May 2028" when not in {@code today}'s year. */
    public static String dayMonth(LocalDate date, LocalDate today, Locale locale) {
        if (date == null) {
            return "";
        }
        String pattern = date.getYear() == today.getYear() ? "d MMM" : "d MMM yyyy";
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** Where the learner stands, read at a glance: "3 h 20 min behind — projected finish 12 May, planned 28 Apr". */
    public static String standing(org.studypath.domain.progress.Standing standing, LocalDate today, Locale locale) {
        String projected = dayMonth(standing.projectedFinish(), today, locale);
        String planned = dayMonth(standing.plannedFinish(), today, locale);
        String finish = standing.projectedFinish() != null && standing.projectedFinish().equals(standing.plannedFinish())
                ? "finishes " + planned + " as planned"
                : "projected finish " + projected + ", planned " + planned;
        return switch (standing.state()) {
            case NO_PLAN -> standing.problem().toString();
            case FINISHED -> "Finished — every unit in this path is done or skipped";
            case NOT_STARTED -> "Not started yet — " + finish;
            case ON_TRACK -> "On track — " + finish;
            case AHEAD -> Durations.format(standing.minutesAhead()) + " ahead — " + finish;
            case BEHIND -> Durations.format(standing.minutesBehind()) + " behind — " + finish;
        };
    }

    /** "42 % · 12 h 30 min of 30 h done" */
    public static String progress(org.studypath.domain.progress.Progress progress) {
        if (progress.totalMinutes() == 0) {
            return "Nothing to do here";
        }
        return progress.percent() + " % · " + Durations.format(progress.doneMinutes()) + " of "
                + Durations.format(progress.totalMinutes()) + " done";
    }
}
