package org.studypath.domain.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.Session;

/**
 * What the statistics page draws, computed in one pass over the plan and the study history:
 * minutes per week against the plan, the burn-up of planned versus done, a year of study days, and the streak.
 *
 * <p>Study minutes of a day are the minutes logged that day, plus, for each unit finished that day with no time
 * logged, its estimate: a learner who never logs time still sees the work they ticked off.
 */
public record Statistics(List<Week> weeks, List<BurnPoint> burnUp, List<Day> year, int streakWeeks, int weeklyGoal,
                         int studiedMinutes, int studyDays) {
    public static final int WEEKS_BACK = 11;
    public static final int WEEKS_AHEAD = 4;
    public static final int YEAR_DAYS = 53 * 7;
    /** Burn-up charts with more points than this are drawn a week (or a month) per point. */
    static final int DAILY_POINTS = 120;

    /**
     * One week: planned minutes in the plan, minutes studied. {@code monday} is the week's first day, a Monday unless
     * the learner's weeks start on another day ({@link #compute(List, Schedule, Map, LocalDate, int, DayOfWeek)}).
     */
    public record Week(LocalDate monday, int plannedMinutes, int studiedMinutes) {
    }

    /** Cumulative planned and done minutes at the end of a day; {@code done} is null for days after today. */
    public record BurnPoint(LocalDate date, int planned, Integer done) {
    }

    /** One day of the year heatmap. */
    public record Day(LocalDate date, int minutes) {
    }

    public static LocalDate mondayOf(LocalDate date) {
        return weekOf(date, DayOfWeek.MONDAY);
    }

    /** The first day, {@code firstDay}, of the week {@code date} is in. */
    public static LocalDate weekOf(LocalDate date, DayOfWeek firstDay) {
        return date.with(TemporalAdjusters.previousOrSame(firstDay));
    }

    /** {@link #compute(List, Schedule, Map, LocalDate, int, DayOfWeek)} with weeks from Monday to Sunday. */
    public static Statistics compute(List<PlanItem> items, Schedule baseline, Map<LocalDate, Integer> activity,
                                     LocalDate today, int weeklyGoal) {
        return compute(items, baseline, activity, today, weeklyGoal, DayOfWeek.MONDAY);
    }

    /**
     * @param items      the path's resources with their units' progress
     * @param baseline   the path's plan from its start date ({@code Scheduler.plan})
     * @param activity   study minutes per day, over all paths
     * @param weeklyGoal minutes a week that count as a kept week for the streak (0: no streak)
     * @param firstDay   the day the learner's weeks start on (Settings): the weeks, the streak and the year's
     *                   columns are counted from it, as the schedule's are
     */
    public static Statistics compute(List<PlanItem> items, Schedule baseline, Map<LocalDate, Integer> activity,
                                     LocalDate today, int weeklyGoal, DayOfWeek firstDay) {
        java.util.function.UnaryOperator<LocalDate> mondayOf = date -> weekOf(date, firstDay);
        NavigableMap<LocalDate, Integer> studied = new TreeMap<>(activity);
        LocalDate thisMonday = mondayOf.apply(today);

        Map<LocalDate, Integer> plannedPerWeek = new HashMap<>();
        NavigableMap<LocalDate, Integer> plannedPerDay = new TreeMap<>();
        for (Session session : baseline.sessions()) {
            plannedPerWeek.merge(mondayOf.apply(session.date()), session.minutes(), Integer::sum);
            plannedPerDay.merge(session.date(), session.minutes(), Integer::sum);
        }
        Map<LocalDate, Integer> studiedPerWeek = new HashMap<>();
        studied.forEach((date, minutes) -> studiedPerWeek.merge(mondayOf.apply(date), minutes, Integer::sum));

        List<Week> weeks = new ArrayList<>();
        for (int i = -WEEKS_BACK; i <= WEEKS_AHEAD; i++) {
            LocalDate monday = thisMonday.plusWeeks(i);
            weeks.add(new Week(monday, plannedPerWeek.getOrDefault(monday, 0),
                    monday.isAfter(thisMonday) ? 0 : studiedPerWeek.getOrDefault(monday, 0)));
        }

        List<BurnPoint> burnUp = burnUp(items, baseline, plannedPerDay, today);

        List<Day> year = new ArrayList<>(YEAR_DAYS);
        LocalDate first = thisMonday.minusWeeks(52);
        for (int i = 0; i < YEAR_DAYS; i++) {
            LocalDate date = first.plusDays(i);
            year.add(new Day(date, date.isAfter(today) ? 0 : studied.getOrDefault(date, 0)));
        }

        int streak = 0;
        if (weeklyGoal > 0) {
            LocalDate monday = studiedPerWeek.getOrDefault(thisMonday, 0) >= weeklyGoal ? thisMonday : thisMonday.minusWeeks(1);
            while (studiedPerWeek.getOrDefault(monday, 0) >= weeklyGoal) {
                streak++;
                monday = monday.minusWeeks(1);
            }
        }
        int total = studied.values().stream().mapToInt(Integer::intValue).sum();
        int days = (int) studied.values().stream().filter(m -> m > 0).count();
        return new Statistics(List.copyOf(weeks), List.copyOf(burnUp), List.copyOf(year), streak, weeklyGoal, total, days);
    }

    private static List<BurnPoint> burnUp(List<PlanItem> items, Schedule baseline, NavigableMap<LocalDate, Integer> plannedPerDay,
                                          LocalDate today) {
        if (baseline.sessions().isEmpty() || baseline.start() == null) {
            return List.of();
        }
        Map<Long, Integer> plannedByUnit = new HashMap<>();
        for (Session session : baseline.sessions()) {
            plannedByUnit.merge(session.unitId(), session.minutes(), Integer::sum);
        }
        NavigableMap<LocalDate, Integer> donePerDay = new TreeMap<>();
        for (PlanItem item : items) {
            for (PlanItem.PlanUnit unit : item.units()) {
                Integer planned = plannedByUnit.get(unit.unitId());
                // a unit in progress brings its share on the day it was last moved on (as Standing counts it)
                double share = unit.done() ? 1 : unit.shareBefore(baseline.start()) > 0 ? 0 : unit.doneShare();
                if (planned != null && share > 0 && unit.statusDate() != null) {
                    LocalDate day = unit.statusDate().isBefore(baseline.start()) ? baseline.start() : unit.statusDate();
                    donePerDay.merge(day, org.studypath.domain.plan.DoneShare.doneMinutes(planned, share), Integer::sum);
                }
            }
        }
        LocalDate start = baseline.start();
        LocalDate end = baseline.finish();
        if (today.isAfter(end)) {
            end = today;
        }
        long span = ChronoUnit.DAYS.between(start, end) + 1;
        int step = span <= DAILY_POINTS ? 1 : span <= DAILY_POINTS * 7L ? 7 : 30;
        List<BurnPoint> points = new ArrayList<>();
        int planned = 0;
        int done = 0;
        for (LocalDate from = start; !from.isAfter(end); ) {
            LocalDate last = from.plusDays(step - 1L);
            if (last.isAfter(end)) {
                last = end;
            }
            planned += sum(plannedPerDay, from, last);
            done += sum(donePerDay, from, last);
            points.add(new BurnPoint(last, planned, last.isAfter(today) ? null : done));
            from = last.plusDays(1);
        }
        // a point for today, so the done line ends where the learner is
        if (!today.isBefore(start) && !today.isAfter(end) && points.stream().noneMatch(p -> p.date().equals(today))) {
            int plannedToday = sum(plannedPerDay, start, today);
            int doneToday = sum(donePerDay, start, today);
            points.add(new BurnPoint(today, plannedToday, doneToday));
            points.sort(java.util.Comparator.comparing(BurnPoint::date));
        }
        return points;
    }

    private static int sum(NavigableMap<LocalDate, Integer> perDay, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return perDay.subMap(from, true, to, true).values().stream().mapToInt(Integer::intValue).sum();
    }
}
