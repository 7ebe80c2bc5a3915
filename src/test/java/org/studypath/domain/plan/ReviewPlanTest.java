package org.studypath.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.domain.plan.SchedulerTest.MONDAY;
import static org.studypath.domain.plan.SchedulerTest.every;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studypath.domain.ResourceType;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewScope;
import org.studypath.domain.review.ReviewSettings;

/** Reviews in the plan as shown (decision 0013): first in the day, within the cap, rolled and reported, never lost. */
class ReviewPlanTest {
    static final LocalDate TODAY = MONDAY.plusDays(7);

    /** Units of {@code minutes} each, ids 1000…; {@code done[i]} the day unit i was done, or null. */
    static List<PlanItem> path(int minutes, LocalDate... done) {
        List<PlanItem.PlanUnit> units = new ArrayList<>();
        for (int i = 0; i < done.length; i++) {
            units.add(new PlanItem.PlanUnit(1000 + i, "U" + i, minutes, true,
                    done[i] == null ? UnitStatus.NOT_STARTED : UnitStatus.DONE, done[i], 0));
        }
        return List.of(new PlanItem(1, "Book", ResourceType.BOOK, null, Set.of(), units));
    }

    static Schedule shown(List<PlanItem> path, Availability availability, ReviewSettings settings,
                          ReviewHistory history, LocalDate today) {
        Schedule baseline = Scheduler.plan(path, availability, PaceFactors.neutral());
        return Scheduler.shown(path, availability, PaceFactors.neutral(), baseline, settings, history, today);
    }

    static List<Session> reviews(Schedule schedule) {
        return schedule.sessions().stream().filter(Session::isReview).toList();
    }

    @Test
    void aUnitDoneYesterdayIsReviewedTodayFirstAndNewWorkMovesBack() {
        // 100-minute units, 110 minutes a day: U0 done yesterday; its 10-minute review comes first today
        LocalDate yesterday = TODAY.minusDays(1);
        List<PlanItem> path = path(100, yesterday, null, null);
        Availability availability = every(110).withStart(TODAY.minusDays(1));
        Schedule without = shown(path, availability, ReviewSettings.OFF, ReviewHistory.EMPTY, TODAY);
        Schedule with = shown(path, availability, ReviewSettings.DEFAULT, ReviewHistory.EMPTY, TODAY);
        List<Session> today = with.byDay().get(TODAY);
        assertThat(today.get(0).isReview()).as("the review first").isTrue();
        assertThat(today.get(0).unitId()).isEqualTo(1000);
        assertThat(today.get(0).minutes()).isEqualTo(10);
        assertThat(today.get(0).reviewNumber()).isEqualTo(1);
        assertThat(today.get(0).kind()).isEqualTo(SessionKind.REVIEW);
        assertThat(today.stream().mapToInt(Session::minutes).sum()).isLessThanOrEqualTo(110);
        assertThat(with.plannedMinutes() - without.plannedMinutes()).isEqualTo(10);
        // U1 (100 minutes) still fits today beside the 10-minute review
        assertThat(today).extracting(Session::unitId).containsExactly(1000L, 1001L);
        // with 105 minutes a day it no longer does: the new work moves back a day
        Schedule tight = shown(path, every(105).withStart(TODAY.minusDays(1)), ReviewSettings.DEFAULT,
                ReviewHistory.EMPTY, TODAY);
        assertThat(tight.sessions().stream().filter(s -> s.unitId() == 1001).findFirst().orElseThrow().date())
                .isAfter(without.sessions().stream().filter(s -> s.unitId() == 1001).findFirst().orElseThrow().date());
    }

    @Test
    void reviewsOverTheDailyCapRollToTheNextDayAndAreReported() {
        // six units done two days ago, each reviewed for 5 minutes; a 10-minute cap takes two a day
        LocalDate done = TODAY.minusDays(2);
        List<PlanItem> path = path(30, done, done, done, done, done, done);
        Schedule schedule = shown(path, every(120).withStart(done), ReviewSettings.DEFAULT.withCap(10),
                ReviewHistory.EMPTY, TODAY);
        List<Session> reviews = reviews(schedule);
        assertThat(reviews).hasSize(6);
        assertThat(reviews).extracting(Session::date).containsExactly(TODAY, TODAY, TODAY.plusDays(1),
                TODAY.plusDays(1), TODAY.plusDays(2), TODAY.plusDays(2));
        assertThat(reviews).extracting(Session::unitId).as("in path order")
                .containsExactly(1000L, 1001L, 1002L, 1003L, 1004L, 1005L);
        assertThat(schedule.notices()).extracting(n -> n.key()).contains("review.rolled");
        assertThat(schedule.notices().stream().filter(n -> n.key().equals("review.rolled")).findFirst()
                .orElseThrow().args().get(0)).isEqualTo(4);
    }

    @Test
    void aReviewThatFindsNoRoomIsReportedNotDropped() {
        LocalDate done = TODAY.minusDays(2);
        List<PlanItem> path = path(30, done, null);
        // every day's minutes are taken by nothing, but there are none: Sunday-only availability with a day off… simpler:
        // a path whose days all have 3 minutes, less than a 5-minute review
        Schedule schedule = shown(path, every(3).withStart(done), ReviewSettings.DEFAULT, ReviewHistory.EMPTY, TODAY);
        assertThat(reviews(schedule)).isEmpty();
        assertThat(schedule.notices()).extracting(n -> n.key()).contains("review.notPlaced");
    }

    @Test
    void skippedUnitsAndUnitsDoneOnAnUnknownDayAreNeverReviewed() {
        List<PlanItem.PlanUnit> units = List.of(
                new PlanItem.PlanUnit(1, "Skipped", 60, true, UnitStatus.SKIPPED, TODAY.minusDays(3), 0),
                new PlanItem.PlanUnit(2, "Left out", 60, false, UnitStatus.DONE, TODAY.minusDays(3), 0),
                new PlanItem.PlanUnit(3, "Undated", 60, true, true),
                new PlanItem.PlanUnit(4, "Reviewed", 60, true, UnitStatus.DONE, TODAY.minusDays(3), 0),
                new PlanItem.PlanUnit(5, "Open", 60, true, false));
        List<PlanItem> path = List.of(new PlanItem(1, "Book", ResourceType.BOOK, null, Set.of(), units));
        Schedule schedule = shown(path, every(120).withStart(TODAY.minusDays(5)), ReviewSettings.DEFAULT,
                ReviewHistory.EMPTY, TODAY);
        assertThat(reviews(schedule)).extracting(Session::unitId).containsExactly(4L);
    }

    @Test
    void withReviewOffThePlanIsExactlyThePlanWithoutReviews() {
        LocalDate done = TODAY.minusDays(3);
        List<PlanItem> path = path(45, done, done, null, null, null);
        Availability availability = every(60).withStart(done);
        Schedule baseline = Scheduler.plan(path, availability, PaceFactors.neutral());
        Schedule old = Scheduler.shown(path, availability, PaceFactors.neutral(), baseline);
        ReviewHistory history = new ReviewHistory(List.of(new ReviewHistory.Rated(1, 1000, done.plusDays(1), Rating.GOOD)));
        assertThat(shown(path, availability, ReviewSettings.OFF, history, TODAY)).isEqualTo(old);
        assertThat(shown(path, availability, ReviewSettings.DEFAULT, history, TODAY)).isNotEqualTo(old);
    }

    @Test
    void aRatedReviewStaysOnTheDayItWasRatedAndTheNextOneFollowsTheLadder() {
        LocalDate done = TODAY.minusDays(4);
        List<PlanItem> path = path(60, done);
        ReviewHistory history = new ReviewHistory(List.of(new ReviewHistory.Rated(1, 1000, done.plusDays(1), Rating.GOOD)));
        Schedule schedule = shown(path, every(60).withStart(done), ReviewSettings.DEFAULT, history, TODAY);
        assertThat(reviews(schedule)).extracting(Session::date, Session::reviewNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(done.plusDays(1), 1),
                        org.assertj.core.groups.Tuple.tuple(done.plusDays(4), 2));
    }

    @Test
    void wholeResourcesAreReviewedOnceAllTheirUnitsAreDone() {
        LocalDate done = TODAY.minusDays(1);
        List<PlanItem> finished = path(100, done.minusDays(1), done);
        Schedule schedule = shown(finished, every(120).withStart(done.minusDays(2)),
                ReviewSettings.DEFAULT.withScope(ReviewScope.RESOURCES), ReviewHistory.EMPTY, TODAY);
        assertThat(reviews(schedule)).singleElement().satisfies(review -> {
            assertThat(review.kind()).isEqualTo(SessionKind.RESOURCE_REVIEW);
            assertThat(review.unitId()).as("the anchor: the last unit").isEqualTo(1001);
            assertThat(review.minutes()).as("10 % of 200").isEqualTo(20);
            assertThat(review.date()).isEqualTo(TODAY);
        });
        List<PlanItem> half = path(100, done, null);
        assertThat(reviews(shown(half, every(120).withStart(done), ReviewSettings.DEFAULT.withScope(ReviewScope.RESOURCES),
                ReviewHistory.EMPTY, TODAY))).as("not all done yet").isEmpty();
    }
}
