package org.studypath.domain.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.DoneShare;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.Scheduler;
import org.studypath.domain.plan.Session;

/**
 * Done work against the plan as of today. The plan (the baseline from the start date) says how many planned minutes
 * should be done by the end of yesterday and by the end of today; done units bring their planned minutes, units in
 * progress the share of them done. Less than
 * yesterday's mark is behind, more than today's is ahead, in between is on track.
 *
 * <p>Reviews: the baseline holds study only, while reviews are placed first in each day's minutes, so study done the
 * way the plan shows it falls behind the baseline by exactly the review minutes. Each review done (rated) on or before
 * today therefore counts as done work of its planned minutes; a review not done counts for nothing, neither as done nor
 * as owed (it waits, and moves study back, in the plan shown). Reviews done today are also minutes of today already
 * spent for the projection. The user guide says this rule in words.
 */
public record Standing(State state, int doneMinutes, int plannedByYesterday, int plannedByToday, int leftMinutes,
                       LocalDate plannedFinish, LocalDate projectedFinish, Schedule projection, org.studypath.domain.Notice problem) {
    public enum State { NO_PLAN, NOT_STARTED, ON_TRACK, AHEAD, BEHIND, FINISHED }

    /*
     * projection: where the work left lands from today on (Scheduler.project, with the minutes done today already
     * spent); its first sessions are "what to study next". With no plan it is the failed baseline.
     */

    public int minutesBehind() {
        return Math.max(0, plannedByYesterday - doneMinutes);
    }

    public int minutesAhead() {
        return Math.max(0, doneMinutes - plannedByToday);
    }

    public static Standing of(List<PlanItem> items, Availability availability, PaceFactors pace, LocalDate today) {
        return of(items, Scheduler.plan(items, availability, pace), availability, pace, today);
    }

    /** The planned minutes of the reviews rated up to today, and of those rated today. */
    public record ReviewsDone(int minutes, int minutesToday) {
        public static final ReviewsDone NONE = new ReviewsDone(0, 0);

        /** The reviews of a shown plan ({@code Scheduler.shown}) rated on their day, up to {@code today}. */
        public static ReviewsDone in(List<Session> shown, org.studypath.domain.review.ReviewHistory history,
                                     LocalDate today) {
            if (history.isEmpty()) {
                return NONE;
            }
            int minutes = 0;
            int minutesToday = 0;
            for (Session session : shown) {
                if (session.isReview() && !session.date().isAfter(today)
                        && history.on(session.unitId(), session.date()).isPresent()) {
                    minutes += session.minutes();
                    if (session.date().equals(today)) {
                        minutesToday += session.minutes();
                    }
                }
            }
            return new ReviewsDone(minutes, minutesToday);
        }
    }

    /** As {@link #of(List, Availability, PaceFactors, LocalDate)}, with the baseline plan already computed. */
    public static Standing of(List<PlanItem> items, Schedule baseline, Availability availability, PaceFactors pace,
                              LocalDate today) {
        return of(items, baseline, availability, pace, today, ReviewsDone.NONE);
    }

    /** As {@link #of(List, Schedule, Availability, PaceFactors, LocalDate)}, counting the reviews done. */
    public static Standing of(List<PlanItem> items, Schedule baseline, Availability availability, PaceFactors pace,
                              LocalDate today, ReviewsDone reviews) {
        if (baseline.problemMessage().isPresent()) {
            return new Standing(State.NO_PLAN, 0, 0, 0, 0, null, null, baseline, baseline.problem());
        }
        Map<Long, PlanItem.PlanUnit> units = new HashMap<>();
        items.forEach(item -> item.units().forEach(u -> units.put(u.unitId(), u)));
        int done = 0;
        int byYesterday = 0;
        int byToday = 0;
        int doneToday = 0;
        Map<Long, Integer> inProgress = new HashMap<>();
        for (Session session : baseline.sessions()) {
            PlanItem.PlanUnit unit = units.get(session.unitId());
            if (unit != null && unit.done()) {
                done += session.minutes();
                if (today.equals(unit.statusDate())) {
                    doneToday += session.minutes();
                }
            } else if (unit != null && unit.doneShare() > 0 && unit.shareBefore(baseline.start()) == 0) {
                inProgress.merge(unit.unitId(), session.minutes(), Integer::sum);
            }
            if (session.date().isBefore(today)) {
                byYesterday += session.minutes();
            }
            if (!session.date().isAfter(today)) {
                byToday += session.minutes();
            }
        }
        // a unit in progress brings its share of the minutes the baseline gives it; a share recorded before the
        // baseline's start was planned out of it (Scheduler.plan), so it is neither planned nor counted here
        for (Map.Entry<Long, Integer> unit : inProgress.entrySet()) {
            done += DoneShare.doneMinutes(unit.getValue(), units.get(unit.getKey()).doneShare());
        }
        done += reviews.minutes();
        doneToday += reviews.minutesToday();
        Schedule projection = Scheduler.project(items, availability, pace, today, doneToday);
        int left = projection.plannedMinutes();
        State state;
        if (left == 0) {
            state = State.FINISHED;
        } else if (done < byYesterday) {
            state = State.BEHIND;
        } else if (done > byToday) {
            state = State.AHEAD;
        } else if (today.isBefore(availability.start())) {
            state = State.NOT_STARTED;
        } else {
            state = State.ON_TRACK;
        }
        return new Standing(state, done, byYesterday, byToday, left, baseline.finish(), projection.finish(), projection, null);
    }
}
