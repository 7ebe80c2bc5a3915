package org.studypath.domain.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studypath.domain.plan.Session;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;

/**
 * The review figures of the statistics page: reviews done per week, recall (the share of reviews rated Good or
 * Easy), and the review load of the next {@link #LOAD_DAYS} days. Pure arithmetic over two plain lists, the ratings
 * given and the reviews still planned, so it is tested without a plan.
 *
 * @param weeks          reviews rated per week, oldest first: the last {@link Statistics#WEEKS_BACK} weeks and this one
 * @param rated          every review rated (all time)
 * @param recalled       of those, rated Good or Easy
 * @param loadReviews    reviews planned and not yet rated from today through the next {@link #LOAD_DAYS} days
 * @param loadMinutes    their planned minutes
 */
public record ReviewStatistics(List<Week> weeks, int rated, int recalled, int loadReviews, int loadMinutes) {
    /** The review load looks this many days ahead, today included. */
    public static final int LOAD_DAYS = 30;

    public static final ReviewStatistics NONE = new ReviewStatistics(List.of(), 0, 0, 0, 0);

    /** Reviews rated in the week that starts on {@code start}. */
    public record Week(LocalDate start, int reviews) {
    }

    /** A review rated: on which day, how well it was recalled. */
    public record Done(LocalDate day, Rating rating) {
    }

    /** A review still to do: its day and planned minutes. */
    public record Planned(LocalDate day, int minutes) {
    }

    public ReviewStatistics {
        weeks = List.copyOf(weeks);
    }

    /** Whether there is anything to show: no review was ever rated and none is planned. */
    public boolean isEmpty() {
        return rated == 0 && loadReviews == 0;
    }

    /**
     * The recall share in whole per cent, rounded half up; -1 before the first rating (there is no share of
     * nothing, and 0 % would read as "forgot everything").
     */
    public int recallPercent() {
        return rated == 0 ? -1 : (int) Math.round(100.0 * recalled / rated);
    }

    /**
     * @param done     the ratings given, in any order; those after {@code today} are not counted
     * @param planned  the reviews still to do; only those from {@code today} to {@code today + LOAD_DAYS - 1} count
     * @param firstDay the day the learner's weeks start on (Settings), as the other charts' weeks do
     */
    public static ReviewStatistics compute(List<Done> done, List<Planned> planned, LocalDate today, DayOfWeek firstDay) {
        LocalDate thisWeek = Statistics.weekOf(today, firstDay);
        LocalDate firstWeek = thisWeek.minusWeeks(Statistics.WEEKS_BACK);
        Map<LocalDate, Integer> perWeek = new TreeMap<>();
        for (LocalDate week = firstWeek; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
            perWeek.put(week, 0);
        }
        int rated = 0;
        int recalled = 0;
        for (Done review : done) {
            if (review.day().isAfter(today)) {
                continue; // a rating dated in the future (a clock set back) is not a review done yet
            }
            rated++;
            if (review.rating().recalled()) {
                recalled++;
            }
            perWeek.computeIfPresent(Statistics.weekOf(review.day(), firstDay), (week, count) -> count + 1);
        }
        LocalDate end = today.plusDays(LOAD_DAYS);
        int loadReviews = 0;
        int loadMinutes = 0;
        for (Planned review : planned) {
            if (!review.day().isBefore(today) && review.day().isBefore(end)) {
                loadReviews++;
                loadMinutes += review.minutes();
            }
        }
        List<Week> weeks = new ArrayList<>();
        perWeek.forEach((start, count) -> weeks.add(new Week(start, count)));
        return new ReviewStatistics(weeks, rated, recalled, loadReviews, loadMinutes);
    }

    /**
     * The figures of a path: its ratings, and the reviews of its shown plan not yet rated ({@code shown} holds every
     * session; a review counts as rated when its unit was rated on its day).
     */
    public static ReviewStatistics of(ReviewHistory history, List<Session> shown, LocalDate today, DayOfWeek firstDay) {
        List<Done> done = history.all().stream().map(r -> new Done(r.day(), r.rating())).toList();
        List<Planned> planned = shown.stream()
                .filter(s -> s.isReview() && history.on(s.unitId(), s.date()).isEmpty())
                .map(s -> new Planned(s.date(), s.minutes())).toList();
        return compute(done, planned, today, firstDay);
    }
}
