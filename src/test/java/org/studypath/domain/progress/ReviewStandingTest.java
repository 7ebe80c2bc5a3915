package org.studypath.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.domain.progress.ProgressMathTest.BOOKS;
import static org.studypath.domain.progress.ProgressMathTest.MONDAY;
import static org.studypath.domain.progress.ProgressMathTest.daily;
import static org.studypath.domain.progress.ProgressMathTest.item;
import static org.studypath.domain.progress.ProgressMathTest.open;
import static org.studypath.domain.progress.ProgressMathTest.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.PlanItem.PlanUnit;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.Scheduler;
import org.studypath.domain.plan.Session;
import org.studypath.domain.plan.SessionKind;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewSettings;

/** The ahead/behind line with reviews: a review done counts as done work of its minutes; one not done, as nothing. */
class ReviewStandingTest {
    static final Availability HOUR_A_DAY = daily(60, MONDAY);
    static final LocalDate THURSDAY = MONDAY.plusDays(3);

    static List<PlanItem> book(int doneUnits) {
        List<PlanUnit> units = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            units.add(i <= doneUnits ? unit(i, 60, UnitStatus.DONE, MONDAY.plusDays(i - 1)) : open(i, 60));
        }
        return List.of(item(1, ResourceType.BOOK, BOOKS, units.toArray(PlanUnit[]::new)));
    }

    @Test
    void reviewsDoneMakeUpForTheStudyTheyTookTheMinutesOf() {
        List<PlanItem> items = book(2);
        Schedule baseline = Scheduler.plan(items, HOUR_A_DAY, PaceFactors.neutral());
        Standing without = Standing.of(items, baseline, HOUR_A_DAY, PaceFactors.neutral(), THURSDAY);
        assertThat(without.state()).isEqualTo(Standing.State.BEHIND);
        assertThat(without.minutesBehind()).isEqualTo(60);

        Standing halfMadeUp = Standing.of(items, baseline, HOUR_A_DAY, PaceFactors.neutral(), THURSDAY,
                new Standing.ReviewsDone(25, 0));
        assertThat(halfMadeUp.state()).isEqualTo(Standing.State.BEHIND);
        assertThat(halfMadeUp.minutesBehind()).isEqualTo(35);

        Standing madeUp = Standing.of(items, baseline, HOUR_A_DAY, PaceFactors.neutral(), THURSDAY,
                new Standing.ReviewsDone(60, 0));
        assertThat(madeUp.state()).isEqualTo(Standing.State.ON_TRACK);
        assertThat(madeUp.minutesBehind()).isZero();
    }

    @Test
    void reviewsDoneTodayAreMinutesOfTodayAlreadySpent() {
        List<PlanItem> items = book(3);
        Schedule baseline = Scheduler.plan(items, HOUR_A_DAY, PaceFactors.neutral());
        Standing fresh = Standing.of(items, baseline, HOUR_A_DAY, PaceFactors.neutral(), THURSDAY);
        Standing afterReviews = Standing.of(items, baseline, HOUR_A_DAY, PaceFactors.neutral(), THURSDAY,
                new Standing.ReviewsDone(20, 20));
        assertThat(fresh.projectedFinish()).isEqualTo(THURSDAY.plusDays(2));
        assertThat(afterReviews.projectedFinish()).as("40 minutes left today for three hours of study")
                .isEqualTo(THURSDAY.plusDays(3));
    }

    @Test
    void onlyReviewsRatedOnTheirDayUpToTodayCount() {
        ReviewHistory history = new ReviewHistory(List.of(
                new ReviewHistory.Rated(1, 1, MONDAY.plusDays(1), Rating.GOOD),
                new ReviewHistory.Rated(2, 2, THURSDAY, Rating.AGAIN)));
        List<Session> shown = List.of(
                review(MONDAY.plusDays(1), 1, 6), // rated
                study(MONDAY.plusDays(1), 3, 54),
                review(THURSDAY, 2, 6), // rated today, Again still counts: it was done
                review(THURSDAY, 3, 8), // not rated
                review(THURSDAY.plusDays(3), 1, 6)); // later
        assertThat(Standing.ReviewsDone.in(shown, history, THURSDAY)).isEqualTo(new Standing.ReviewsDone(12, 6));
        assertThat(Standing.ReviewsDone.in(shown, ReviewHistory.EMPTY, THURSDAY)).isEqualTo(Standing.ReviewsDone.NONE);
    }

    @Test
    void followingThePlanShownWithItsReviewsIsOnTrack() {
        // units 1-3 done Monday-Wednesday; the review of unit 1 due Tuesday was done Tuesday, before its study
        List<PlanItem> items = book(3);
        ReviewHistory history = new ReviewHistory(List.of(new ReviewHistory.Rated(1, 1, MONDAY.plusDays(1), Rating.GOOD)));
        Schedule baseline = Scheduler.plan(items, HOUR_A_DAY, PaceFactors.neutral());
        Schedule shown = Scheduler.shown(items, HOUR_A_DAY, PaceFactors.neutral(), baseline, ReviewSettings.DEFAULT,
                history, THURSDAY);
        assertThat(shown.sessions()).filteredOn(Session::isReview).first()
                .satisfies(s -> assertThat(s.date()).isEqualTo(MONDAY.plusDays(1)));
        Standing standing = Standing.of(items, baseline, HOUR_A_DAY, PaceFactors.neutral(), THURSDAY,
                Standing.ReviewsDone.in(shown.sessions(), history, THURSDAY));
        assertThat(standing.state()).isIn(Standing.State.ON_TRACK, Standing.State.AHEAD);
        assertThat(standing.doneMinutes()).isGreaterThan(180);
    }

    static Session review(LocalDate day, long unitId, int minutes) {
        return new Session(day, 1, "R1", unitId, "U" + unitId, minutes, 1, 1, SessionKind.REVIEW, 1);
    }

    static Session study(LocalDate day, long unitId, int minutes) {
        return new Session(day, 1, "R1", unitId, "U" + unitId, minutes, 1, 1);
    }
}
