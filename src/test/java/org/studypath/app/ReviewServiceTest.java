package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.domain.Notice;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.domain.review.Rating;
import org.studypath.store.StoreException;

/** The review service: what is due, rating and its undo, and one plain sentence for what it refuses. */
class ReviewServiceTest {
    @TempDir
    Path dir;

    @Test
    void aUnitDoneLastWeekIsDueTodayAndARatingMovesItsNextReview() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-08T09:00:00Z"));
        LocalDate today = LocalDate.of(2026, 12, 8);
        try (Services services = Services.open(dir, clock)) {
            long pathId = services.plans().paths().get(0).id();
            var path = services.plans().planned(pathId).orElseThrow();
            long unit = path.path().items().get(0).units().get(0).unitId();
            services.progress().setStates(List.of(new UnitState(unit, UnitStatus.DONE, today.minusDays(6))));
            var planned = services.plans().planned(pathId).orElseThrow();
            assertThat(ReviewService.due(planned, today)).extracting(s -> s.unitId()).containsExactly(unit);
            assertThat(ReviewService.nextInDays(planned, unit, today)).contains(0L);

            var rated = services.reviews().rate(unit, Rating.GOOD, today, false);
            planned = services.plans().planned(pathId).orElseThrow();
            assertThat(planned.nextReviews()).containsEntry(unit, today.plusDays(3));
            assertThat(planned.isDone(ReviewService.due(planned, today).get(0))).as("rated today").isTrue();
            services.reviews().undo(rated);
            planned = services.plans().planned(pathId).orElseThrow();
            assertThat(planned.nextReviews()).containsEntry(unit, today);

            assertThatThrownBy(() -> services.reviews().rate(unit, Rating.GOOD, today, true))
                    .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).notice().key())
                    .isEqualTo("review.reopenOnlyAgain");
            assertThatThrownBy(() -> services.reviews().rate(unit, null, today, false))
                    .isInstanceOf(StoreException.class);
            assertThat(Notice.of("review.reopenOnlyAgain").toString()).isEqualTo("Only \"Again\" can reopen a unit.");
            assertThat(services.plans().planned(pathId).orElseThrow().path().reviewHistory().isEmpty()).isTrue();
        }
    }
}
