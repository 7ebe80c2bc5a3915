package org.studypath.domain.review;

import java.util.Locale;
import java.util.Optional;

/** How well the learner recalled a unit at a review; the next interval grows or shrinks with it. */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    /** The word kept in the database and in backups ("again", "good"…). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Rating> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Rating rating : values()) {
            if (rating.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }

    /** Good or Easy: the unit was recalled (the recall share of the statistics). */
    public boolean recalled() {
        return this == GOOD || this == EASY;
    }
}
