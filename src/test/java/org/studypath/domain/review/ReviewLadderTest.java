package org.studypath.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ladder of decision 0013: 1, 3, 7, 16, 35 days, moved by ratings. */
class ReviewLadderTest {
    static final LocalDate DONE = LocalDate.of(2026, 3, 2);
    final ReviewSettings settings = ReviewSettings.DEFAULT;

    static ReviewHistory.Rated rated(LocalDate day, Rating rating) {
        return new ReviewHistory.Rated(0, 7, day, rating);
    }

    @Test
    void aUnitIsFirstReviewedTheDayAfterItWasDone() {
        ReviewLadder.State state = ReviewLadder.state(DONE, List.of(), settings);
        assertThat(state.due()).contains(DONE.plusDays(1));
        assertThat(state.number()).isEqualTo(1);
        assertThat(state.step()).isZero();
    }

    @Test
    void goodRatingsOnTheirDueDaysClimbTheLadderAndThenRetireTheUnit() {
        List<ReviewHistory.Rated> ratings = new ArrayList<>();
        List<Long> gaps = new ArrayList<>();
        LocalDate last = DONE;
        for (int i = 0; i < 5; i++) {
            LocalDate due = ReviewLadder.state(DONE, ratings, settings).due().orElseThrow();
            gaps.add(java.time.temporal.ChronoUnit.DAYS.between(last, due));
            ratings.add(rated(due, Rating.GOOD));
            last = due;
        }
        assertThat(gaps).containsExactly(1L, 3L, 7L, 16L, 35L);
        assertThat(ReviewLadder.state(DONE, ratings, settings).retired()).as("Good past the last step").isTrue();
    }

    @Test
    void againGoesBackToTheFirstStepCountedFromTheDayItWasGiven() {
        LocalDate day = DONE.plusDays(10);
        ReviewLadder.State state = ReviewLadder.state(DONE, List.of(rated(DONE.plusDays(1), Rating.GOOD),
                rated(DONE.plusDays(4), Rating.GOOD), rated(day, Rating.AGAIN)), settings);
        assertThat(state.step()).isZero();
        assertThat(state.due()).contains(day.plusDays(1));
        assertThat(state.number()).isEqualTo(4);
    }

    @Test
    void hardKeepsTheStepWithItsIntervalTimesOnePointTwo() {
        // step 2 (7 days) after two Goods; Hard: 7 × 1.2 = 8.4 → 8
        LocalDate day = DONE.plusDays(11);
        ReviewLadder.State state = ReviewLadder.state(DONE, List.of(rated(DONE.plusDays(1), Rating.GOOD),
                rated(DONE.plusDays(4), Rating.GOOD), rated(day, Rating.HARD)), settings);
        assertThat(state.step()).isEqualTo(2);
        assertThat(state.due()).contains(day.plusDays(8));
        assertThat(ReviewLadder.state(DONE, List.of(rated(DONE.plusDays(1), Rating.HARD)), settings).due())
                .as("1 × 1.2 rounds to 1: never shorter than the step").contains(DONE.plusDays(2));
    }

    @Test
    void easySkipsAStepWithThatIntervalTimesOnePointThree() {
        // from step 0, Easy goes to step 2 (7 days): 7 × 1.3 = 9.1 → 9
        LocalDate day = DONE.plusDays(1);
        ReviewLadder.State state = ReviewLadder.state(DONE, List.of(rated(day, Rating.EASY)), settings);
        assertThat(state.step()).isEqualTo(2);
        assertThat(state.due()).contains(day.plusDays(9));
        assertThat(ReviewLadder.nextInterval(DONE, List.of(), Rating.EASY, day, settings)).contains(9);
        assertThat(ReviewLadder.nextInterval(DONE, List.of(), Rating.GOOD, day, settings)).contains(3);
    }

    @Test
    void ratingsGivenBeforeTheUnitWasDoneAgainDoNotCount() {
        LocalDate reopenedAndDone = DONE.plusDays(20);
        ReviewLadder.State state = ReviewLadder.state(reopenedAndDone,
                List.of(rated(DONE.plusDays(1), Rating.GOOD), rated(DONE.plusDays(4), Rating.GOOD)), settings);
        assertThat(state.due()).contains(reopenedAndDone.plusDays(1));
        assertThat(state.number()).isEqualTo(1);
    }

    @Test
    void aReviewRatedTwiceOnOneDayCountsOnceWithTheLastRating() {
        LocalDate day = DONE.plusDays(1);
        ReviewLadder.State twice = ReviewLadder.state(DONE, List.of(rated(day, Rating.EASY), rated(day, Rating.GOOD)),
                settings);
        assertThat(twice).isEqualTo(ReviewLadder.state(DONE, List.of(rated(day, Rating.GOOD)), settings));
        assertThat(twice.number()).isEqualTo(2);
    }

    @Test
    void aChangedLadderIsUsed() {
        ReviewSettings two = settings.withIntervals(List.of(2, 10));
        assertThat(ReviewLadder.state(DONE, List.of(), two).due()).contains(DONE.plusDays(2));
        assertThat(ReviewLadder.state(DONE, List.of(rated(DONE.plusDays(2), Rating.GOOD)), two).due())
                .contains(DONE.plusDays(12));
    }

    @Test
    void aReviewTakesTenPercentOfThePlannedTimeBetweenFiveAndTwentyMinutes() {
        assertThat(ReviewLadder.minutes(10)).isEqualTo(5);
        assertThat(ReviewLadder.minutes(90)).isEqualTo(9);
        assertThat(ReviewLadder.minutes(120)).isEqualTo(12);
        assertThat(ReviewLadder.minutes(600)).isEqualTo(20);
    }

    @Test
    void settingsRefuseALadderThatDoesNotGrowAndACapOutOfRange() {
        assertThatThrownBy(() -> settings.withIntervals(List.of(3, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withIntervals(List.of(0, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withCap(4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReviewSettings.DEFAULT.on()).isTrue();
        assertThat(ReviewSettings.DEFAULT.dailyCapMinutes()).isEqualTo(30);
        assertThat(ReviewSettings.DEFAULT.scope()).isEqualTo(ReviewScope.UNITS);
        assertThat(ReviewSettings.DEFAULT.intervals()).containsExactly(1, 3, 7, 16, 35);
    }

    @Test
    void ratingsAndScopesReadTheirCodes() {
        assertThat(Rating.ofCode(" Good ")).contains(Rating.GOOD);
        assertThat(Rating.ofCode("meh")).isEmpty();
        assertThat(ReviewScope.ofCode("resources")).contains(ReviewScope.RESOURCES);
        assertThat(Rating.GOOD.recalled()).isTrue();
        assertThat(Rating.HARD.recalled()).isFalse();
    }
}
