package org.studypath.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;

/** The replan preview's review moves: reviews still to do whose day changes, named by unit, kind and number. */
class ReviewMovesTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static Session review(LocalDate day, long unit, int number) {
        return new Session(day, 1, "Calculus", unit, "Unit " + unit, 6, 1, 1, SessionKind.REVIEW, number);
    }

    static Session study(LocalDate day, long unit) {
        return new Session(day, 1, "Calculus", unit, "Unit " + unit, 30, 1, 1);
    }

    static Schedule schedule(Session... sessions) {
        return new Schedule(List.of(sessions), DAY, DAY.plusDays(9), null, List.of(), null);
    }

    @Test
    void aReviewWhoseDayChangesIsListedOnceAndStudyIsNot() {
        Schedule before = schedule(review(DAY, 1, 2), study(DAY, 5), review(DAY.plusDays(1), 2, 1), study(DAY.plusDays(2), 6));
        Schedule after = schedule(review(DAY, 1, 2), study(DAY.plusDays(1), 5), review(DAY.plusDays(2), 2, 1),
                review(DAY.plusDays(3), 3, 1), study(DAY.plusDays(3), 6));
        List<ScheduleChange> moves = ScheduleChange.reviewsBetween(before, after, ReviewHistory.EMPTY);
        assertThat(moves).containsExactly(
                new ScheduleChange(2, "Calculus", "Unit 2", DAY.plusDays(1), DAY.plusDays(2), SessionKind.REVIEW),
                new ScheduleChange(3, "Calculus", "Unit 3", null, DAY.plusDays(3), SessionKind.REVIEW));
        assertThat(moves).allMatch(ScheduleChange::isReview);
        assertThat(ScheduleChange.between(before, after)).extracting(ScheduleChange::unitId).containsExactly(5L, 6L)
                .as("study moves stay what they were");
    }

    @Test
    void aRatedReviewNeverMovesAndANewNumberIsANewReview() {
        ReviewHistory rated = new ReviewHistory(List.of(new ReviewHistory.Rated(1, 1, DAY.minusDays(1), Rating.GOOD)));
        Schedule before = schedule(review(DAY.minusDays(1), 1, 1), review(DAY.plusDays(2), 1, 2));
        Schedule after = schedule(review(DAY.minusDays(1), 1, 1), review(DAY.plusDays(2), 1, 2));
        assertThat(ScheduleChange.reviewsBetween(before, after, rated)).isEmpty();
        Schedule renumbered = schedule(review(DAY.minusDays(1), 1, 1), review(DAY.plusDays(2), 1, 3));
        assertThat(ScheduleChange.reviewsBetween(before, renumbered, rated)).singleElement()
                .satisfies(c -> assertThat(c.before()).isNull());
    }
}
