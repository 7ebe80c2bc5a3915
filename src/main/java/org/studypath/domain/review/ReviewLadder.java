package org.studypath.domain.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rule for the next review (decision 0013): a fixed ladder of intervals, moved along by the ratings.
 *
 * <ul>
 *   <li>A unit done on day D is first reviewed on D + the first interval (1 day by default).</li>
 *   <li>Each rating, on the day it is given, sets the next review from that day: <b>Again</b> goes back to the first
 *   step; <b>Hard</b> stays on the step, its interval ×1.2; <b>Good</b> climbs one step; <b>Easy</b> climbs two steps,
 *   that interval ×1.3.</li>
 *   <li>Good or Easy past the last step retires the unit: it is learned, and not reviewed again.</li>
 * </ul>
 * A review takes 10 % of the unit's planned minutes, at least 5 and at most 20.
 */
public final class ReviewLadder {
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 20;
    static final double HARD_FACTOR = 1.2;
    static final double EASY_FACTOR = 1.3;

    private ReviewLadder() {
    }

    /**
     * Where a unit stands: {@code step} on the ladder (0 = first interval), the day its next review is due (empty once
     * retired), and {@code number}, which review that is (1 = the first after finishing the unit).
     */
    public record State(int step, Optional<LocalDate> due, int number, LocalDate lastDay) {
        public boolean retired() {
            return due.isEmpty();
        }
    }

    /**
     * The next review of a unit done on {@code doneDay} after {@code ratings} (oldest first; those before doneDay are
     * left out, and of several on one day only the last counts).
     */
    public static State state(LocalDate doneDay, List<ReviewHistory.Rated> ratings, ReviewSettings settings) {
        List<Integer> ladder = settings.intervals();
        int step = 0;
        int interval = ladder.get(0);
        LocalDate last = doneDay;
        int number = 1;
        for (int i = 0; i < ratings.size(); i++) {
            ReviewHistory.Rated rated = ratings.get(i);
            // a review rated twice on one day (the learner changed their mind) counts once, with the last rating
            if (rated.day().isBefore(doneDay) || i + 1 < ratings.size() && ratings.get(i + 1).day().equals(rated.day())) {
                continue;
            }
            last = rated.day();
            number++;
            switch (rated.rating()) {
                case AGAIN -> {
                    step = 0;
                    interval = ladder.get(0);
                }
                case HARD -> interval = scaled(ladder.get(step), HARD_FACTOR);
                case GOOD -> {
                    step++;
                    if (step >= ladder.size()) {
                        return new State(step, Optional.empty(), number, last);
                    }
                    interval = ladder.get(step);
                }
                case EASY -> {
                    step += 2;
                    if (step >= ladder.size()) {
                        return new State(step, Optional.empty(), number, last);
                    }
                    interval = scaled(ladder.get(step), EASY_FACTOR);
                }
            }
        }
        return new State(step, Optional.of(last.plusDays(interval)), number, last);
    }

    /** The days until the next review after rating {@code rating} on {@code day}; empty when it retires the unit. */
    public static Optional<Integer> nextInterval(LocalDate doneDay, List<ReviewHistory.Rated> ratings, Rating rating,
                                                 LocalDate day, ReviewSettings settings) {
        List<ReviewHistory.Rated> with = new java.util.ArrayList<>(ratings);
        with.add(new ReviewHistory.Rated(0, 0, day, rating));
        return state(doneDay, with, settings).due().map(due -> (int) java.time.temporal.ChronoUnit.DAYS.between(day, due));
    }

    /** A review's length: 10 % of the unit's planned minutes, at least 5 and at most 20. */
    public static int minutes(int plannedMinutes) {
        return Math.max(MIN_MINUTES, Math.min(MAX_MINUTES, (int) Math.round(plannedMinutes * 0.1)));
    }

    private static int scaled(int days, double factor) {
        return Math.max(days, (int) Math.round(days * factor));
    }
}
