package org.studypath.domain.plan;

import org.studypath.domain.Notice;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewSettings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Plans a study path into dated sessions. Pure and deterministic: the same inputs always give the same plan.
 *
 * <p>Resources are taken in path order, except that a resource waits until every resource it needs (its
 * prerequisites in the same path) has been placed. Their included, unfinished units are placed one after another
 * into each day's minutes. A unit that fits in a day but not in what is left of the current day starts on the next
 * day with time; a unit longer than a whole day starts in what is left and is split across the following days.
 *
 * <p>It is a large class because the plan, the projection from today and the shown plan share one placing loop and the
 * prerequisite order; keeping them together keeps the three consistent.
 */
public final class Scheduler {
    /** Plans never look further ahead than this; a plan that needs more is reported as a problem. */
    public static final int HORIZON_DAYS = 366 * 50;

    private Scheduler() {
    }

    /**
     * The plan from the availability's start date: every included, unskipped unit not already done before the start.
     * Units done since the start keep their planned place, so progress can be measured against this plan.
     */
    public static Schedule plan(List<PlanItem> path, Availability availability, PaceFactors pace) {
        LocalDate start = availability.start();
        return place(path, availability, pace, start, 0, true, item -> item.unitsToPlan(start));
    }

    /**
     * Where the work left (units not done, not skipped) lands when study goes on from {@code today} (or from the
     * start, if that is later). {@code usedToday} minutes of today are already spent, for example on units ticked off
     * today. Its finish date is the projected finish.
     */
    public static Schedule project(List<PlanItem> path, Availability availability, PaceFactors pace, LocalDate today,
                                   int usedToday) {
        LocalDate from = today.isAfter(availability.start()) ? today : availability.start();
        int used = from.equals(today) ? Math.max(0, usedToday) : 0;
        return place(path, availability.withStart(from), pace, from, used, false, PlanItem::unitsLeft);
    }

    /**
     * The plan as the learner sees it, in the window and in every export alike: one computation, so Today, Schedule,
     * the calendar and the reports never disagree.
     *
     * <ul>
     *   <li>A done unit stays on the day it was done (a split unit's earlier parts planned before that day keep
     *   their days: the learner was working on it then), also
     *   when it was done before the plan's start: what was done is history, not something to plan again. A done unit
     *   without a known day is not shown.</li>
     *   <li>Open units take their place in {@code baseline} (the plan from the start date, {@link #plan}), never
     *   earlier, but later when done work already fills that day: a unit done ahead of time takes its room on the day
     *   it was done, and the open work that was planned there moves on. So no day holds more open work than the
     *   minutes it has left after what was done on it.</li>
     * </ul>
     * Open units planned before today and not done stay on their past day: they are overdue until the learner replans.
     */
    public static Schedule shown(List<PlanItem> path, Availability availability, PaceFactors pace, Schedule baseline) {
        return shown(path, availability, pace, baseline, ReviewSettings.OFF, ReviewHistory.EMPTY, baseline.start());
    }

    /**
     * The plan as shown, with reviews ({@link ReviewPlanner}): rated reviews on the days they were rated, and the
     * reviews due from {@code today} (or the start, if later) placed first in each day's minutes, within the review
     * cap, so open units move back by the review minutes. Within a day reviews come before study. With reviews off this
     * is exactly {@link #shown(List, Availability, PaceFactors, Schedule)}.
     */
    public static Schedule shown(List<PlanItem> path, Availability availability, PaceFactors pace, Schedule baseline,
                                 ReviewSettings reviews, ReviewHistory history, LocalDate today) {
        if (baseline.problem() != null) {
            return baseline;
        }
        Map<Long, List<Session>> planned = new java.util.LinkedHashMap<>();
        for (Session session : baseline.sessions()) {
            planned.computeIfAbsent(session.unitId(), k -> new ArrayList<>()).add(session);
        }
        List<Session> done = new ArrayList<>();
        Map<LocalDate, Integer> load = new HashMap<>();
        Map<Long, PlanItem.PlanUnit> open = new HashMap<>();
        for (PlanItem item : orderRespectingPrerequisites(path, new ArrayList<>())) {
            double factor = pace.factorFor(item.type(), item.paceOverride());
            for (PlanItem.PlanUnit unit : item.units()) {
                if (!unit.counts()) {
                    continue;
                }
                if (!unit.done()) {
                    open.put(unit.unitId(), unit);
                    continue;
                }
                if (unit.statusDate() == null) {
                    continue;
                }
                LocalDate day = unit.statusDate();
                List<Session> parts = planned.getOrDefault(unit.unitId(), List.of());
                if (parts.isEmpty()) {
                    parts = List.of(new Session(day, item.resourceId(), item.title(), unit.unitId(), unit.title(),
                            PaceFactors.planned(unit.minutes(), factor), 1, 1));
                }
                for (int i = 0; i < parts.size(); i++) {
                    Session part = parts.get(i);
                    // a split unit's earlier parts stay on their days, when the learner was working on it; the part
                    // that finished it (and any planned later) is on the day it was done
                    boolean earlierPart = i < parts.size() - 1 && part.date().isBefore(day);
                    Session pinned = earlierPart ? part : new Session(day, part.resourceId(),
                            part.resourceTitle(), part.unitId(), part.unitTitle(), part.minutes(), part.part(), part.parts());
                    done.add(pinned);
                    load.merge(pinned.date(), pinned.minutes(), Integer::sum);
                }
            }
        }
        LocalDate start = baseline.start();
        ReviewPlanner.Placement review = ReviewPlanner.place(path, availability, pace, reviews, history,
                today.isAfter(start) ? today : start, load);
        review.minutesByDay().forEach((date, minutes) -> load.merge(date, minutes, Integer::sum));
        List<Session> placed = new ArrayList<>();
        LocalDate horizon = start.plusDays(HORIZON_DAYS);
        LocalDate day = start;
        int used = load.getOrDefault(day, 0);
        for (Map.Entry<Long, List<Session>> entry : planned.entrySet()) {
            if (!open.containsKey(entry.getKey())) {
                continue;
            }
            Session first = entry.getValue().get(0);
            if (first.date().isAfter(day)) {
                day = first.date();
                used = load.getOrDefault(day, 0);
            }
            int left = entry.getValue().stream().mapToInt(Session::minutes).sum();
            List<Session> parts = new ArrayList<>();
            while (left > 0) {
                if (day.isAfter(horizon)) {
                    return Schedule.failed(start, baseline.target(), Notice.of("plan.tooLong", HORIZON_DAYS / 366));
                }
                int capacity = availability.minutesOn(day);
                int room = capacity - used;
                boolean splitting = !parts.isEmpty();
                // as in place(): a unit that fits in a day but not in what is left of this one starts the next day
                if (room <= 0 || (!splitting && left > room && left <= capacity && used > 0)) {
                    day = day.plusDays(1);
                    used = load.getOrDefault(day, 0);
                    continue;
                }
                int minutes = Math.min(left, room);
                parts.add(new Session(day, first.resourceId(), first.resourceTitle(), first.unitId(), first.unitTitle(),
                        minutes, 0, 0));
                used += minutes;
                left -= minutes;
            }
            for (int i = 0; i < parts.size(); i++) {
                Session p = parts.get(i);
                placed.add(new Session(p.date(), p.resourceId(), p.resourceTitle(), p.unitId(), p.unitTitle(),
                        p.minutes(), i + 1, parts.size()));
            }
        }
        // On each day the sessions keep the plan's order, done or not: a tick changes a row's mark, never its place,
        // so Today's rows do not move under the learner's keyboard and a calendar's events keep their times. (Done
        // units first made the ticked row jump to the top.) Units the baseline does not hold go after, stably.
        Map<Long, Integer> rank = new HashMap<>();
        for (Long unitId : planned.keySet()) {
            rank.putIfAbsent(unitId, rank.size());
        }
        List<Session> study = new ArrayList<>(done);
        study.addAll(placed);
        study.sort(java.util.Comparator.comparing(Session::date)
                .thenComparingInt(session -> rank.getOrDefault(session.unitId(), Integer.MAX_VALUE))
                .thenComparingInt(Session::part));
        List<Session> sessions = ReviewPlanner.firstInEachDay(review.all(), study);
        LocalDate finish = !placed.isEmpty() ? placed.get(placed.size() - 1).date()
                : study.isEmpty() ? null : study.get(study.size() - 1).date();
        List<Notice> notices = new ArrayList<>(baseline.notices());
        notices.addAll(review.notices());
        return new Schedule(sessions, start, finish, baseline.target(), notices, null);
    }

    private static Schedule place(List<PlanItem> path, Availability availability, PaceFactors pace, LocalDate start,
                                  int usedOnStart, boolean checkTarget,
                                  java.util.function.Function<PlanItem, List<PlanItem.PlanUnit>> unitsOf) {
        LocalDate target = availability.target();
        if (checkTarget && target != null && target.isBefore(start)) {
            return Schedule.failed(start, target, Notice.of("plan.targetBeforeStart", target.toString(), start.toString()));
        }
        if (path.isEmpty()) {
            return Schedule.failed(start, target, Notice.of("plan.empty"));
        }
        if (availability.minutesPerWeek() == 0) {
            return Schedule.failed(start, target, Notice.of("plan.noTime"));
        }
        List<Notice> warnings = new ArrayList<>();
        List<PlanItem> order = orderRespectingPrerequisites(path, warnings);
        List<Session> sessions = new ArrayList<>();
        LocalDate day = start;
        int used = usedOnStart;
        LocalDate horizon = start.plusDays(HORIZON_DAYS);
        for (PlanItem item : order) {
            double factor = pace.factorFor(item.type(), item.paceOverride());
            for (PlanItem.PlanUnit unit : unitsOf.apply(item)) {
                int left = PaceFactors.planned(unit.minutes(), factor);
                List<Session> parts = new ArrayList<>();
                while (left > 0) {
                    if (day.isAfter(horizon)) {
                        return Schedule.failed(start, target, Notice.of("plan.tooLong", HORIZON_DAYS / 366));
                    }
                    int capacity = availability.minutesOn(day);
                    int room = capacity - used;
                    boolean splitting = !parts.isEmpty();
                    if (room <= 0 || (!splitting && left > room && left <= capacity && used > 0)) {
                        day = day.plusDays(1);
                        used = 0;
                        continue;
                    }
                    int minutes = Math.min(left, room);
                    parts.add(new Session(day, item.resourceId(), item.title(), unit.unitId(), unit.title(), minutes, 0, 0));
                    used += minutes;
                    left -= minutes;
                }
                for (int i = 0; i < parts.size(); i++) {
                    Session p = parts.get(i);
                    sessions.add(new Session(p.date(), p.resourceId(), p.resourceTitle(), p.unitId(), p.unitTitle(),
                            p.minutes(), i + 1, parts.size()));
                }
            }
        }
        LocalDate finish = sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).date();
        if (sessions.isEmpty()) {
            warnings.add(Notice.of("plan.nothingLeft"));
        }
        return new Schedule(sessions, start, finish, target, warnings, null);
    }

    /**
     * Path order, except that a resource comes after the resources it needs. Prerequisites outside the path are
     * reported and ignored; a cycle is reported and the resources in it keep path order.
     */
    static List<PlanItem> orderRespectingPrerequisites(List<PlanItem> path, List<Notice> warnings) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < path.size(); i++) {
            index.putIfAbsent(path.get(i).resourceId(), i);
        }
        int[] waitingFor = new int[path.size()];
        Map<Integer, List<Integer>> dependents = new HashMap<>();
        for (int i = 0; i < path.size(); i++) {
            PlanItem item = path.get(i);
            for (long needed : item.prerequisites()) {
                Integer at = index.get(needed);
                if (at == null) {
                    warnings.add(Notice.of("plan.prerequisiteMissing", item.title()));
                } else if (at != i) {
                    waitingFor[i]++;
                    dependents.computeIfAbsent(at, k -> new ArrayList<>()).add(i);
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < path.size(); i++) {
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        List<PlanItem> order = new ArrayList<>(path.size());
        Set<Integer> placed = new HashSet<>();
        while (placed.size() < path.size()) {
            if (ready.isEmpty()) {
                // a cycle: take the earliest unplaced resource in path order and go on
                int first = 0;
                while (placed.contains(first)) {
                    first++;
                }
                warnings.add(Notice.of("plan.prerequisiteCircle", path.get(first).title()));
                waitingFor[first] = 0;
                ready.add(first);
            }
            int next = ready.poll();
            if (!placed.add(next)) {
                continue;
            }
            order.add(path.get(next));
            for (int dependent : dependents.getOrDefault(next, List.of())) {
                if (--waitingFor[dependent] == 0 && !placed.contains(dependent)) {
                    ready.add(dependent);
                }
            }
        }
        return order;
    }

    /** Resources placed in the path before a resource they need; the path editor warns about these. */
    public static List<Notice> orderWarnings(List<PlanItem> path) {
        List<Notice> warnings = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < path.size(); i++) {
            index.putIfAbsent(path.get(i).resourceId(), i);
        }
        for (int i = 0; i < path.size(); i++) {
            for (long needed : path.get(i).prerequisites()) {
                Integer at = index.get(needed);
                if (at != null && at > i) {
                    warnings.add(Notice.of("plan.prerequisiteLater", path.get(i).title(), path.get(at).title()));
                }
            }
        }
        return warnings;
    }

    /** Resources whose prerequisites in the path are all finished (or that have none): ready to start. */
    public static Set<Long> readyToStart(List<PlanItem> path) {
        Map<Long, PlanItem> byId = new HashMap<>();
        path.forEach(item -> byId.putIfAbsent(item.resourceId(), item));
        Set<Long> ready = new HashSet<>();
        for (PlanItem item : path) {
            boolean allDone = item.prerequisites().stream().map(byId::get).filter(p -> p != null)
                    .allMatch(p -> p.units().stream().filter(PlanItem.PlanUnit::counts).allMatch(PlanItem.PlanUnit::done));
            if (allDone) {
                ready.add(item.resourceId());
            }
        }
        return ready;
    }
}
