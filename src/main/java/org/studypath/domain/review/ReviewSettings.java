package org.studypath.domain.review;

import java.util.List;

/**
 * A path's review settings: on or off, the most minutes a day reviews may take, single units or whole resources, and
 * the ladder of intervals in days (decision 0013). Defaults: on, 30 minutes a day, single units, 1, 3, 7, 16, 35 days.
 */
public record ReviewSettings(boolean on, int dailyCapMinutes, ReviewScope scope, List<Integer> intervals) {
    public static final List<Integer> DEFAULT_INTERVALS = List.of(1, 3, 7, 16, 35);
    public static final int DEFAULT_CAP_MINUTES = 30;
    /** The cap can be no smaller than the shortest review, and no larger than a whole day. */
    public static final int MIN_CAP_MINUTES = ReviewLadder.MIN_MINUTES;
    public static final int MAX_CAP_MINUTES = 24 * 60;
    public static final int MAX_INTERVAL_DAYS = 3650;
    public static final ReviewSettings DEFAULT = new ReviewSettings(true, DEFAULT_CAP_MINUTES, ReviewScope.UNITS,
            DEFAULT_INTERVALS);
    /** Reviews off: the plan is exactly the plan without reviews. */
    public static final ReviewSettings OFF = DEFAULT.withOn(false);

    public ReviewSettings {
        if (scope == null) {
            throw new IllegalArgumentException("a review scope is required");
        }
        if (dailyCapMinutes < MIN_CAP_MINUTES || dailyCapMinutes > MAX_CAP_MINUTES) {
            throw new IllegalArgumentException("the daily review cap must be between " + MIN_CAP_MINUTES + " and "
                    + MAX_CAP_MINUTES + " minutes, was " + dailyCapMinutes);
        }
        intervals = List.copyOf(intervals == null || intervals.isEmpty() ? DEFAULT_INTERVALS : intervals);
        int previous = 0;
        for (int days : intervals) {
            // a ladder that does not climb would review as often after a good recall as before it
            if (days <= previous || days > MAX_INTERVAL_DAYS) {
                throw new IllegalArgumentException("review intervals must grow, from 1 to " + MAX_INTERVAL_DAYS
                        + " days: " + intervals);
            }
            previous = days;
        }
    }

    public ReviewSettings withOn(boolean newOn) {
        return new ReviewSettings(newOn, dailyCapMinutes, scope, intervals);
    }

    public ReviewSettings withCap(int minutes) {
        return new ReviewSettings(on, minutes, scope, intervals);
    }

    public ReviewSettings withScope(ReviewScope newScope) {
        return new ReviewSettings(on, dailyCapMinutes, newScope, intervals);
    }

    public ReviewSettings withIntervals(List<Integer> newIntervals) {
        return new ReviewSettings(on, dailyCapMinutes, scope, newIntervals);
    }
}
