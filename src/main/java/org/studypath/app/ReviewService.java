package org.studypath.app;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.Notice;
import org.studypath.store.StoreException;
import org.studypath.domain.PlausibleDates;
import org.studypath.domain.plan.Session;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewSettings;
import org.studypath.store.ReviewRepository;

/**
 * Spaced review (decision 0013): the reviews due on a day, rating them, taking a rating back, and each path's review
 * settings. Every method that reads or writes does I/O: call it from a background task. Each change is one
 * transaction.
 */
public final class ReviewService {
    private final ReviewRepository reviews;

    public ReviewService(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    /** The reviews planned on {@code day} (rated or not), in their order on the day. Reads nothing. */
    public static List<Session> due(PlannedPath path, LocalDate day) {
        return path.reviewsOn(day);
    }

    /**
     * Rates a review on {@code day}. With {@code reopen} (only with {@link Rating#AGAIN}) the unit is also marked not
     * done, in the same transaction, so the plan places it as study again. Returns what undo needs.
     */
    public ReviewRepository.Rated rate(long unitId, Rating rating, LocalDate day, boolean reopen) {
        PlausibleDates.require(day);
        if (rating == null) {
            throw new StoreException(Notice.of("review.noRating"));
        }
        if (reopen && rating != Rating.AGAIN) {
            throw new StoreException(Notice.of("review.reopenOnlyAgain"));
        }
        return reviews.rate(unitId, rating, day, reopen);
    }

    /** Takes a rating back (and the reopening it did), in one transaction. */
    public void undo(ReviewRepository.Rated rated) {
        reviews.unrate(rated);
    }

    public ReviewSettings settings(long pathId) {
        return reviews.settings(pathId);
    }

    public void saveSettings(long pathId, ReviewSettings settings) {
        reviews.saveSettings(pathId, settings);
    }

    /** Days from {@code day} to the unit's next review in the plan as shown; empty when it has none (learned). */
    public static Optional<Long> nextInDays(PlannedPath path, long unitId, LocalDate day) {
        return Optional.ofNullable(path.nextReviews().get(unitId)).map(next -> ChronoUnit.DAYS.between(day, next));
    }
}
