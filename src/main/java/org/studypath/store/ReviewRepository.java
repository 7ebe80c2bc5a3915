package org.studypath.store;

import java.time.LocalDate;
import org.studypath.domain.progress.UnitState;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewSettings;

/** Review ratings and each path's review settings (decision 0013). Every change is committed before it returns. */
public interface ReviewRepository {
    /**
     * What a rating changed: the rating as stored, and the unit's state before, when the rating reopened it (null
     * otherwise): what an undo puts back.
     */
    record Rated(ReviewHistory.Rated rating, UnitState reopenedFrom) {
    }

    /** A path's review settings; the defaults for a path that never changed them. */
    ReviewSettings settings(long pathId);

    /** Saves a path's review settings (one row). */
    void saveSettings(long pathId, ReviewSettings settings);

    /** Every rating of every unit, oldest first. */
    ReviewHistory history();

    /** Keeps a rating; with {@code reopen}, also marks the unit not started, in the same transaction. */
    Rated rate(long unitId, Rating rating, LocalDate day, boolean reopen);

    /** Takes a rating back: deletes it and, when it reopened the unit, puts the unit's state back, in one transaction. */
    void unrate(Rated rated);
}
