package org.studypath.domain.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rating the learner gave, by unit, oldest first. A whole-resource review is rated on its resource's anchor unit
 * (the last unit that counts, see {@code ReviewPlanner}). Ratings are history: reopening a unit keeps them, and only
 * those given on or after the unit's latest done day count for its next review.
 */
public final class ReviewHistory {
    /** One rating: which unit, on which day, how well it was recalled; {@code id} is the store's row (0 when new). */
    public record Rated(long id, long unitId, LocalDate day, Rating rating) {
        public Rated {
            if (day == null || rating == null) {
                throw new IllegalArgumentException("a rating needs a day and a rating");
            }
        }
    }

    public static final ReviewHistory EMPTY = new ReviewHistory(List.of());

    private final List<Rated> all;
    private final Map<Long, List<Rated>> byUnit = new HashMap<>();

    public ReviewHistory(List<Rated> ratings) {
        List<Rated> sorted = new ArrayList<>(ratings);
        sorted.sort(Comparator.comparing(Rated::day).thenComparingLong(Rated::id));
        this.all = List.copyOf(sorted);
        for (Rated rated : all) {
            byUnit.computeIfAbsent(rated.unitId(), k -> new ArrayList<>()).add(rated);
        }
    }

    /** Every rating, oldest first. */
    public List<Rated> all() {
        return all;
    }

    /** A unit's ratings, oldest first. */
    public List<Rated> of(long unitId) {
        return byUnit.getOrDefault(unitId, List.of());
    }

    /** A unit's ratings given on or after {@code since} (its latest done day); all of them when it is null. */
    public List<Rated> since(long unitId, LocalDate since) {
        List<Rated> ratings = of(unitId);
        if (since == null) {
            return ratings;
        }
        return ratings.stream().filter(r -> !r.day().isBefore(since)).toList();
    }

    /** The rating given to a unit on {@code day}, the last one when there are several. */
    public Optional<Rated> on(long unitId, LocalDate day) {
        List<Rated> ratings = of(unitId);
        for (int i = ratings.size() - 1; i >= 0; i--) {
            if (ratings.get(i).day().equals(day)) {
                return Optional.of(ratings.get(i));
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public int size() {
        return all.size();
    }
}
