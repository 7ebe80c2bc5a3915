package org.studypath.domain.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studypath.domain.Notice;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewLadder;
import org.studypath.domain.review.ReviewScope;
import org.studypath.domain.review.ReviewSettings;

/**
 * Puts reviews into the plan (decision 0013): the reviews already rated, on the days they were rated, and each
 * reviewed unit's next review from {@code from} on. Pure and deterministic.
 *
 * <p>Reviews come first in a day's minutes, within the path's daily review cap and the minutes the day has left.
 * Reviews due together go in path order; a review that does not fit rolls to the next day with room, never dropped:
 * one that finds no room within {@link #ROLL_DAYS} days is reported in the notices. Only units done on a known day are
 * reviewed (a review is counted from that day); skipped units and units left out of the path never are. A unit's
 * later reviews appear once its next one is rated, since their days depend on the rating.
 */
public final class ReviewPlanner {
    /** How far a review may roll past its due day (or past {@code from}) before it is reported as not placed. */
    public static final int ROLL_DAYS = 366;

    private ReviewPlanner() {
    }

    /** A review to place: its session (dated on its due day) and its place in path order. */
    public record Due(Session session, int order) {
        public LocalDate due() {
            return session.date();
        }
    }

    /**
     * The reviews in the plan: {@code rated} on the days they were rated, {@code placed} from {@code from} on, the
     * review minutes added to each day ({@code minutesByDay}, rated and placed), and what the learner should know
     * ({@code notices}: reviews moved past their day by the cap, reviews that found no room).
     */
    public record Placement(List<Session> rated, List<Session> placed, Map<LocalDate, Integer> minutesByDay,
                            List<Notice> notices) {
        public static final Placement NONE = new Placement(List.of(), List.of(), Map.of(), List.of());

        public Placement {
            rated = List.copyOf(rated);
            placed = List.copyOf(placed);
            minutesByDay = Map.copyOf(minutesByDay);
            notices = List.copyOf(notices);
        }

        public List<Session> all() {
            List<Session> all = new ArrayList<>(rated);
            all.addAll(placed);
            return all;
        }
    }

    /**
     * The reviews of {@code path} from {@code from} on. {@code usedByDay} holds the minutes each day already spends on
     * done work; reviews take only what is left of a day. With reviews off there are none.
     */
    public static Placement place(List<PlanItem> path, Availability availability, PaceFactors pace,
                                  ReviewSettings settings, ReviewHistory history, LocalDate from,
                                  Map<LocalDate, Integer> usedByDay) {
        if (!settings.on()) {
            return Placement.NONE;
        }
        List<Session> rated = new ArrayList<>();
        List<Due> due = new ArrayList<>();
        collect(path, pace, settings, history, rated, due);
        Map<LocalDate, Integer> reviewMinutes = new HashMap<>();
        Map<LocalDate, Integer> used = new HashMap<>(usedByDay);
        for (Session session : rated) {
            reviewMinutes.merge(session.date(), session.minutes(), Integer::sum);
        }
        due.sort(Comparator.comparing(Due::due).thenComparingInt(Due::order));
        List<Session> placed = new ArrayList<>();
        List<Due> waiting = new ArrayList<>();
        int next = 0;
        int rolled = 0;
        LocalDate day = from;
        LocalDate lastDay = from.plusDays(ROLL_DAYS);
        while ((next < due.size() || !waiting.isEmpty()) && !day.isAfter(lastDay)) {
            if (waiting.isEmpty() && next < due.size() && due.get(next).due().isAfter(day)) {
                day = due.get(next).due(); // nothing waits: go straight to the next due day
                lastDay = later(lastDay, day.plusDays(ROLL_DAYS));
            }
            while (next < due.size() && !due.get(next).due().isAfter(day)) {
                waiting.add(due.get(next++));
            }
            int room = Math.min(settings.dailyCapMinutes() - reviewMinutes.getOrDefault(day, 0),
                    availability.minutesOn(day) - used.getOrDefault(day, 0) - reviewMinutes.getOrDefault(day, 0));
            List<Due> still = new ArrayList<>();
            for (Due review : waiting) {
                int minutes = review.session().minutes();
                if (minutes <= room) {
                    placed.add(review.session().on(day));
                    reviewMinutes.merge(day, minutes, Integer::sum);
                    room -= minutes;
                    if (day.isAfter(later(review.due(), from))) {
                        rolled++;
                    }
                } else {
                    still.add(review);
                }
            }
            waiting = still;
            day = day.plusDays(1);
        }
        int notPlaced = waiting.size() + due.size() - next;
        List<Notice> notices = new ArrayList<>();
        if (rolled > 0) {
            notices.add(Notice.of("review.rolled", rolled, settings.dailyCapMinutes()));
        }
        if (notPlaced > 0) {
            notices.add(Notice.of("review.notPlaced", notPlaced, ROLL_DAYS));
        }
        return new Placement(rated, placed, reviewMinutes, notices);
    }

    /**
     * What each rating of {@code review} on {@code day} would do: the days to the next review, or empty when the
     * rating retires the unit (Today's buttons say it before the learner chooses). Empty map when the review's unit is
     * not a reviewed one of {@code path} (not done on a known day).
     */
    public static Map<org.studypath.domain.review.Rating, java.util.Optional<Integer>> outcomes(List<PlanItem> path,
            ReviewSettings settings, ReviewHistory history, Session review, LocalDate day) {
        Map<org.studypath.domain.review.Rating, java.util.Optional<Integer>> outcomes =
                new java.util.EnumMap<>(org.studypath.domain.review.Rating.class);
        for (PlanItem item : path) {
            if (item.resourceId() != review.resourceId()) {
                continue;
            }
            List<PlanItem.PlanUnit> counted = item.units().stream().filter(PlanItem.PlanUnit::counts).toList();
            List<PlanItem.PlanUnit> reviewed = review.kind() == SessionKind.RESOURCE_REVIEW ? counted
                    : counted.stream().filter(u -> u.unitId() == review.unitId()).toList();
            if (reviewed.isEmpty() || !reviewed.stream().allMatch(u -> u.done() && u.statusDate() != null)) {
                continue;
            }
            LocalDate doneDay = reviewed.stream().map(PlanItem.PlanUnit::statusDate).max(LocalDate::compareTo)
                    .orElseThrow();
            // a rating given earlier on the same day is replaced by the new one, as the history reads it
            List<ReviewHistory.Rated> before = history.since(review.unitId(), doneDay).stream()
                    .filter(r -> r.day().isBefore(day)).toList();
            for (org.studypath.domain.review.Rating rating : org.studypath.domain.review.Rating.values()) {
                outcomes.put(rating, ReviewLadder.nextInterval(doneDay, before, rating, day, settings));
            }
        }
        return outcomes;
    }

    /**
     * The reviews and the study sessions (in day order) as one list in day order, each day's reviews first in the order
     * they were placed. A merge rather than one sort of both: years of rated reviews make the list long.
     */
    static List<Session> firstInEachDay(List<Session> reviews, List<Session> study) {
        if (reviews.isEmpty()) {
            return study;
        }
        List<Session> byDay = new ArrayList<>(reviews);
        byDay.sort(Comparator.comparing(Session::date)); // stable: each day keeps the placing order
        List<Session> merged = new ArrayList<>(byDay.size() + study.size());
        int r = 0;
        int s = 0;
        while (r < byDay.size() || s < study.size()) {
            if (s == study.size() || r < byDay.size() && !byDay.get(r).date().isAfter(study.get(s).date())) {
                merged.add(byDay.get(r++));
            } else {
                merged.add(study.get(s++));
            }
        }
        return merged;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Each reviewed subject's rated reviews, and its next review when it is not retired. */
    private static void collect(List<PlanItem> path, PaceFactors pace, ReviewSettings settings, ReviewHistory history,
                                List<Session> rated, List<Due> due) {
        int order = 0;
        for (PlanItem item : Scheduler.orderRespectingPrerequisites(path, new ArrayList<>())) {
            double factor = pace.factorFor(item.type(), item.paceOverride());
            List<PlanItem.PlanUnit> counted = item.units().stream().filter(PlanItem.PlanUnit::counts).toList();
            if (settings.scope() == ReviewScope.RESOURCES) {
                if (counted.isEmpty()) {
                    continue;
                }
                PlanItem.PlanUnit anchor = counted.get(counted.size() - 1);
                if (!counted.stream().allMatch(u -> u.done() && u.statusDate() != null)) {
                    history(item, anchor, SessionKind.RESOURCE_REVIEW, counted.stream()
                            .mapToInt(u -> PaceFactors.planned(u.minutes(), factor)).sum(), settings, history, rated);
                    continue;
                }
                LocalDate doneDay = counted.stream().map(PlanItem.PlanUnit::statusDate).max(LocalDate::compareTo)
                        .orElseThrow();
                int planned = counted.stream().mapToInt(u -> PaceFactors.planned(u.minutes(), factor)).sum();
                subject(item, anchor, doneDay, planned, SessionKind.RESOURCE_REVIEW, settings, history, order++,
                        rated, due);
            } else {
                for (PlanItem.PlanUnit unit : counted) {
                    if (unit.done() && unit.statusDate() != null) {
                        subject(item, unit, unit.statusDate(), PaceFactors.planned(unit.minutes(), factor),
                                SessionKind.REVIEW, settings, history, order++, rated, due);
                    } else {
                        history(item, unit, SessionKind.REVIEW, PaceFactors.planned(unit.minutes(), factor), settings,
                                history, rated);
                    }
                }
            }
        }
    }

    /**
     * The rated reviews of a unit that is not reviewed now (reopened by Again, or a resource not all done again): they
     * were done, so they stay on their days, at the length a review of it has.
     */
    private static void history(PlanItem item, PlanItem.PlanUnit unit, SessionKind kind, int plannedMinutes,
                                ReviewSettings settings, ReviewHistory history, List<Session> rated) {
        List<ReviewHistory.Rated> ratings = history.of(unit.unitId());
        if (!ratings.isEmpty()) {
            int minutes = Math.min(ReviewLadder.minutes(plannedMinutes), settings.dailyCapMinutes());
            addRated(item, unit, kind, minutes, ratings, rated);
        }
    }

    private static void addRated(PlanItem item, PlanItem.PlanUnit unit, SessionKind kind, int minutes,
                                 List<ReviewHistory.Rated> ratings, List<Session> rated) {
        int number = 1;
        for (int i = 0; i < ratings.size(); i++) {
            ReviewHistory.Rated r = ratings.get(i);
            if (i + 1 < ratings.size() && ratings.get(i + 1).day().equals(r.day())) {
                continue; // rated again that day: the last rating is the review
            }
            rated.add(new Session(r.day(), item.resourceId(), item.title(), unit.unitId(), unit.title(), minutes, 1, 1,
                    kind, number++));
        }
    }

    private static void subject(PlanItem item, PlanItem.PlanUnit unit, LocalDate doneDay, int plannedMinutes,
                                SessionKind kind, ReviewSettings settings, ReviewHistory history, int order,
                                List<Session> rated, List<Due> due) {
        // a review never takes longer than the day's cap, or it could never be placed
        int minutes = Math.min(ReviewLadder.minutes(plannedMinutes), settings.dailyCapMinutes());
        // ratings from before the latest done day (the unit was reopened since) stay on their days as history
        List<ReviewHistory.Rated> all = history.of(unit.unitId());
        List<ReviewHistory.Rated> ratings = history.since(unit.unitId(), doneDay);
        addRated(item, unit, kind, minutes, all.subList(0, all.size() - ratings.size()), rated);
        addRated(item, unit, kind, minutes, ratings, rated);
        ReviewLadder.State state = ReviewLadder.state(doneDay, ratings, settings);
        state.due().ifPresent(day -> due.add(new Due(new Session(day, item.resourceId(), item.title(), unit.unitId(),
                unit.title(), minutes, 1, 1, kind, state.number()), order)));
    }
}
