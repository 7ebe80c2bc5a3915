package org.studypath.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studypath.domain.plan.Session;
import org.studypath.domain.plan.SessionKind;
import org.studypath.domain.progress.ReviewStatistics.Done;
import org.studypath.domain.progress.ReviewStatistics.Planned;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;

class ReviewStatisticsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 11); // a Wednesday

    @Test
    void reviewsArePerWeekForTheLastTwelveWeeksCountedFromTheLearnersFirstDay() {
        List<Done> done = List.of(new Done(TODAY, Rating.GOOD), new Done(TODAY.minusDays(2), Rating.AGAIN),
                new Done(TODAY.minusDays(3), Rating.EASY), new Done(TODAY.minusWeeks(11), Rating.HARD),
                new Done(TODAY.minusWeeks(12), Rating.GOOD));
        ReviewStatistics monday = ReviewStatistics.compute(done, List.of(), TODAY, DayOfWeek.MONDAY);
        assertThat(monday.weeks()).hasSize(Statistics.WEEKS_BACK + 1);
        assertThat(monday.weeks().get(0).start()).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(monday.weeks().get(11)).isEqualTo(new ReviewStatistics.Week(LocalDate.of(2026, 3, 9), 2));
        assertThat(monday.weeks().get(10).reviews()).as("Sunday 8 March").isEqualTo(1);
        assertThat(monday.weeks().get(0).reviews()).isEqualTo(1);
        assertThat(monday.weeks().stream().mapToInt(ReviewStatistics.Week::reviews).sum())
                .as("the review 12 weeks ago is before the chart but counts for recall").isEqualTo(4);
        ReviewStatistics sunday = ReviewStatistics.compute(done, List.of(), TODAY, DayOfWeek.SUNDAY);
        assertThat(sunday.weeks().get(11)).isEqualTo(new ReviewStatistics.Week(LocalDate.of(2026, 3, 8), 3));
    }

    @Test
    void recallIsTheShareOfGoodAndEasy() {
        List<Done> done = new ArrayList<>();
        done.add(new Done(TODAY, Rating.GOOD));
        done.add(new Done(TODAY, Rating.EASY));
        done.add(new Done(TODAY, Rating.HARD));
        ReviewStatistics three = ReviewStatistics.compute(done, List.of(), TODAY, DayOfWeek.MONDAY);
        assertThat(three.rated()).isEqualTo(3);
        assertThat(three.recalled()).isEqualTo(2);
        assertThat(three.recallPercent()).isEqualTo(67);
        done.add(new Done(TODAY, Rating.AGAIN));
        assertThat(ReviewStatistics.compute(done, List.of(), TODAY, DayOfWeek.MONDAY).recallPercent()).isEqualTo(50);
        assertThat(ReviewStatistics.compute(List.of(), List.of(), TODAY, DayOfWeek.MONDAY).recallPercent())
                .as("no share of nothing").isEqualTo(-1);
        assertThat(ReviewStatistics.compute(List.of(new Done(TODAY.plusDays(1), Rating.GOOD)), List.of(), TODAY,
                DayOfWeek.MONDAY).rated()).as("a rating dated after today").isZero();
    }

    @Test
    void theLoadIsTheReviewsPlannedFromTodayThroughTheNextThirtyDays() {
        List<Planned> planned = List.of(new Planned(TODAY.minusDays(1), 50), new Planned(TODAY, 5),
                new Planned(TODAY.plusDays(29), 10), new Planned(TODAY.plusDays(30), 20), new Planned(TODAY.plusDays(3), 7));
        ReviewStatistics stats = ReviewStatistics.compute(List.of(), planned, TODAY, DayOfWeek.MONDAY);
        assertThat(stats.loadReviews()).isEqualTo(3);
        assertThat(stats.loadMinutes()).isEqualTo(22);
        assertThat(stats.isEmpty()).isFalse();
        assertThat(ReviewStatistics.compute(List.of(), List.of(), TODAY, DayOfWeek.MONDAY).isEmpty()).isTrue();
    }

    @Test
    void aPathsFiguresComeFromItsRatingsAndTheReviewsOfItsPlanNotYetRated() {
        ReviewHistory history = new ReviewHistory(List.of(new ReviewHistory.Rated(1, 7, TODAY.minusDays(1), Rating.GOOD),
                new ReviewHistory.Rated(2, 8, TODAY, Rating.AGAIN)));
        List<Session> shown = List.of(
                review(TODAY.minusDays(1), 7, 5), // rated: done, not load
                study(TODAY, 9, 30),
                review(TODAY, 8, 6), // rated today: done
                review(TODAY.plusDays(2), 7, 5),
                review(TODAY.plusDays(4), 8, 8));
        ReviewStatistics stats = ReviewStatistics.of(history, shown, TODAY, DayOfWeek.MONDAY);
        assertThat(stats.rated()).isEqualTo(2);
        assertThat(stats.recallPercent()).isEqualTo(50);
        assertThat(stats.loadReviews()).isEqualTo(2);
        assertThat(stats.loadMinutes()).isEqualTo(13);
    }

    private static Session review(LocalDate day, long unitId, int minutes) {
        return new Session(day, 1, "R", unitId, "U" + unitId, minutes, 1, 1, SessionKind.REVIEW, 1);
    }

    private static Session study(LocalDate day, long unitId, int minutes) {
        return new Session(day, 1, "R", unitId, "U" + unitId, minutes, 1, 1);
    }
}
