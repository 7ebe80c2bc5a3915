package org.studypath.ui.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.ScheduleChange;
import org.studypath.domain.plan.SessionKind;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewSettings;
import org.studypath.ui.common.PlanWording;

/** The replan preview with reviews: review moves get lines of their own, and reviews off means none. */
class ReplannerReviewTest extends PathPartsFixture {
    static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Test
    void aReviewThatMovesHasItsOwnLine() {
        Replanner replanner = new Replanner(work, new PlanWording(work.messages), this::planned, () -> START);
        List<String> lines = replanner.lines(List.of(
                new ScheduleChange(1, "Calculus", "Limits", START, START.plusDays(1)),
                new ScheduleChange(1, "Calculus", "Limits", START.plusDays(2), START.plusDays(3), SessionKind.REVIEW),
                new ScheduleChange(2, "Calculus", "Series", null, START.plusDays(4), SessionKind.REVIEW)));
        assertThat(lines).containsExactly("Tue 1 Dec → Wed 2 Dec   Calculus — Limits",
                "Thu 3 Dec → Fri 4 Dec   Review: Calculus — Limits",
                "not planned → Sat 5 Dec   Review: Calculus — Series");
    }

    @Test
    void theReviewMovesAreThoseOfThePlanShownOnceTheStartIsToday() {
        PlannedPath before = planned();
        long first = before.path().items().get(0).units().get(0).unitId();
        services.progress().setStates(List.of(new UnitState(first, UnitStatus.DONE, START)));
        LocalDate today = START.plusDays(10);
        PlannedPath base = planned();
        PlannedPath withReviews = new PlannedPath(base.path().withReviews(ReviewSettings.DEFAULT, ReviewHistory.EMPTY),
                base.pace(), today);
        var moved = withReviews.path().availability().withStart(today);
        // the review of the unit done on the first day is due since 2 Dec: it is placed today in both plans
        assertThat(withReviews.nextReviews()).containsEntry(first, today);
        assertThat(Replanner.reviewMoves(withReviews, moved, withReviews.whatIf(moved), today)).isEmpty();
        PlannedPath off = new PlannedPath(base.path().withReviews(ReviewSettings.OFF, ReviewHistory.EMPTY), base.pace(), today);
        assertThat(Replanner.reviewMoves(off, moved, off.whatIf(moved), today)).isEmpty();
        assertThat(off.nextReviews()).isEmpty();
    }
}
