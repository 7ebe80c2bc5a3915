package org.studypath.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceType;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.progress.Standing;
import org.studypath.domain.progress.UnitState;

/** The maths of half a chapter: shares, parts, what counts as done, and what a plan still places. */
class PartialProgressTest {
    static final LocalDate MONDAY = SchedulerTest.MONDAY;

    private static PlanItem book(PlanItem.PlanUnit... units) {
        return new PlanItem(1, "Book", ResourceType.BOOK, null, Set.of(), List.of(units));
    }

    private static PlanItem.PlanUnit unit(long id, int minutes, UnitStatus status, LocalDate date, double share) {
        return new PlanItem.PlanUnit(id, "U" + id, minutes, true, status, date, 0, share, null, "");
    }

    @Test
    void tickingEveryPartOneByOneSumsToTheWholeUnitAndOnlyTheLastPartFinishesIt() {
        Random random = new Random(21);
        for (int round = 0; round < 500; round++) {
            int n = 2 + random.nextInt(8);
            List<Integer> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add(1 + random.nextInt(300));
            }
            int covered = parts.stream().mapToInt(Integer::intValue).sum();
            int full = covered + (random.nextBoolean() ? 0 : random.nextInt(200)); // some done before the plan
            double share = DoneShare.range(parts, full, 1, 1).from();
            assertThat(share).isEqualTo(DoneShare.round((full - covered) / (double) full));
            for (int k = 1; k <= n; k++) {
                DoneShare.Range part = DoneShare.range(parts, full, k, k);
                assertThat(part.from()).as("part %d starts where part %d ended", k, k - 1).isEqualTo(share);
                assertThat(part.doneAt(share)).isFalse();
                share = part.to();
                assertThat(part.doneAt(share)).isTrue();
                UnitState state = UnitState.atShare(7, share, MONDAY, true);
                assertThat(state.status()).as("done only at the last part").isEqualTo(k == n ? UnitStatus.DONE
                        : UnitStatus.IN_PROGRESS);
                // a part's minutes are what the share moved by, to a step of rounding
                assertThat(DoneShare.doneMinutes(full, part.to()) - DoneShare.doneMinutes(full, part.from()))
                        .isBetween(parts.get(k - 1) - 2, parts.get(k - 1) + 1);
            }
            assertThat(share).isEqualTo(1.0);
            DoneShare.Range all = DoneShare.range(parts, full, 1, n);
            assertThat(all.to()).isEqualTo(1.0);
        }
    }

    @Test
    void doneMinutesNeverReachTheWholeUnitBeforeItIsDone() {
        assertThat(DoneShare.doneMinutes(100, 0.5)).isEqualTo(50);
        assertThat(DoneShare.doneMinutes(100, 0.9999)).isEqualTo(99);
        assertThat(DoneShare.doneMinutes(3, 0.9999)).isEqualTo(2);
        assertThat(DoneShare.doneMinutes(1, 0.9)).isZero();
        assertThat(DoneShare.doneMinutes(100, 1)).isEqualTo(100);
        assertThat(DoneShare.doneMinutes(100, 0)).isZero();
        assertThat(DoneShare.doneMinutes(0, 0.5)).isZero();
        assertThat(DoneShare.round(1.0 / 3)).isEqualTo(0.3333);
        assertThat(DoneShare.round(-0.2)).isZero();
        assertThat(DoneShare.round(7)).isEqualTo(1.0);
    }

    @Test
    void progressCountsTheShareDoneWeightedByPlannedMinutes() {
        PlanItem item = book(unit(1, 60, UnitStatus.IN_PROGRESS, MONDAY, 0.5), unit(2, 40, UnitStatus.DONE, MONDAY, 0),
                unit(3, 100, UnitStatus.NOT_STARTED, null, 0));
        assertThat(Progress.of(item, PaceFactors.neutral())).isEqualTo(new Progress(30 + 40, 200));
        // the pace factor scales the planned minutes and the share with them
        assertThat(Progress.of(item, PaceFactors.neutral().with(ResourceType.BOOK, 2.0))).isEqualTo(new Progress(60 + 80, 400));
        // a share on a unit that is not in progress means nothing
        assertThat(unit(4, 60, UnitStatus.SKIPPED, MONDAY, 0.5).share()).isZero();
        assertThat(unit(4, 60, UnitStatus.DONE, MONDAY, 0.5).share()).isEqualTo(1.0);
    }

    @Test
    void sharesAreTypedAsMinutesOrPercentages() {
        assertThat(DoneShare.parse("40 %", 60)).isEqualTo(0.4);
        assertThat(DoneShare.parse("12.5%", 60)).isEqualTo(0.125);
        assertThat(DoneShare.parse("40％", 60)).isEqualTo(0.4);
        assertThat(DoneShare.parse("30", 60)).isEqualTo(0.5);
        assertThat(DoneShare.parse("1 h 30", 180)).isEqualTo(0.5);
        assertThat(DoneShare.parse("60", 60)).isEqualTo(1.0);
        assertThat(DoneShare.parse("100 %", 60)).isEqualTo(1.0);
        assertThat(DoneShare.parse("0", 60)).isZero();
        for (String[] bad : new String[][] {{"150 %", "share.percentRange"}, {"-5 %", "share.percentRange"},
                {"lots", "share.unreadable"}, {"x %", "share.unreadable"}, {"", "share.unreadable"},
                {"90", "share.tooMuch"}}) {
            assertThatThrownBy(() -> DoneShare.parse(bad[0], 60)).as(bad[0])
                    .isInstanceOfSatisfying(Notice.Refused.class, e -> assertThat(e.notice().key()).isEqualTo(bad[1]));
        }
    }

    @Test
    void theProjectionPlansOnlyWhatIsLeftOfAUnitInProgress() {
        PlanItem item = book(unit(1, 120, UnitStatus.IN_PROGRESS, MONDAY, 0.25), unit(2, 60, UnitStatus.NOT_STARTED, null, 0));
        Schedule projection = Scheduler.project(List.of(item), SchedulerTest.every(60), PaceFactors.neutral(),
                MONDAY.plusDays(1), 0);
        assertThat(projection.sessions()).extracting(Session::unitId, Session::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 60), org.assertj.core.groups.Tuple.tuple(1L, 30),
                        org.assertj.core.groups.Tuple.tuple(2L, 60));
        assertThat(projection.plannedMinutes()).isEqualTo(90 + 60);
    }

    @Test
    void aPlanFromAFreshStartPlansWhatIsLeftAndTheBaselineKeepsAUnitMovedOnSinceWhole() {
        // progress recorded before the start is history: replanning from today places only the rest
        PlanItem before = book(unit(1, 120, UnitStatus.IN_PROGRESS, MONDAY.minusDays(3), 0.5));
        assertThat(Scheduler.plan(List.of(before), SchedulerTest.every(60), PaceFactors.neutral()).plannedMinutes())
                .isEqualTo(60);
        // moved on since the start: the baseline keeps its whole place and the share counts as done in it
        PlanItem since = book(unit(1, 120, UnitStatus.IN_PROGRESS, MONDAY, 0.5));
        Schedule baseline = Scheduler.plan(List.of(since), SchedulerTest.every(60), PaceFactors.neutral());
        assertThat(baseline.plannedMinutes()).isEqualTo(120);
        Standing standing = Standing.of(List.of(since), SchedulerTest.every(60), PaceFactors.neutral(), MONDAY.plusDays(1));
        assertThat(standing.doneMinutes()).isEqualTo(60);
        assertThat(standing.plannedByYesterday()).isEqualTo(60);
        assertThat(standing.state()).isEqualTo(Standing.State.ON_TRACK);
        assertThat(standing.leftMinutes()).isEqualTo(60);
        // the same inputs always give the same plan
        assertThat(Scheduler.plan(List.of(since), SchedulerTest.every(60), PaceFactors.neutral())).isEqualTo(baseline);
    }

    @Test
    void halfAChapterMovesTheStandingFromBehindTowardsOnTrack() {
        PlanItem none = book(unit(1, 120, UnitStatus.NOT_STARTED, null, 0));
        PlanItem half = book(unit(1, 120, UnitStatus.IN_PROGRESS, MONDAY, 0.5));
        LocalDate wednesday = MONDAY.plusDays(2);
        Standing behind = Standing.of(List.of(none), SchedulerTest.every(60), PaceFactors.neutral(), wednesday);
        Standing better = Standing.of(List.of(half), SchedulerTest.every(60), PaceFactors.neutral(), wednesday);
        assertThat(behind.minutesBehind()).isEqualTo(120);
        assertThat(better.minutesBehind()).isEqualTo(60);
        assertThat(better.projection().plannedMinutes()).isEqualTo(60);
    }

    @Test
    void undoingAShareRestoresTheStateExactly() {
        UnitState before = new UnitState(5, UnitStatus.IN_PROGRESS, MONDAY, 0.3333);
        UnitState after = UnitState.atShare(5, 0.6667, MONDAY.plusDays(1), true);
        assertThat(after).isNotEqualTo(before);
        assertThat(new UnitState(5, UnitStatus.IN_PROGRESS, MONDAY, 1.0 / 3)).isEqualTo(before);
        assertThat(UnitState.atShare(5, 0, MONDAY, false)).isEqualTo(UnitState.notStarted(5));
        assertThat(UnitState.atShare(5, 0, MONDAY, true)).isEqualTo(new UnitState(5, UnitStatus.IN_PROGRESS, MONDAY, 0));
        assertThat(new UnitState(5, UnitStatus.DONE, MONDAY, 0.5).share()).isZero();
    }
}
