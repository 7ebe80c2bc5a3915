package org.studypath.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.domain.plan.SchedulerTest.MONDAY;
import static org.studypath.domain.plan.SchedulerTest.every;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studypath.domain.ResourceType;

/** The plan as shown (Today, Schedule and every export): done units where they were done, no day over its minutes. */
class ShownPlanTest {
    /** Units of 30 minutes each, ids 1000…; {@code done[i]} the day unit i was done, or null. */
    static List<PlanItem> path(LocalDate... done) {
        List<PlanItem.PlanUnit> units = new ArrayList<>();
        for (int i = 0; i < done.length; i++) {
            units.add(new PlanItem.PlanUnit(1000 + i, "U" + i, 30, true,
                    done[i] == null ? UnitStatus.NOT_STARTED : UnitStatus.DONE, done[i], 0));
        }
        return List.of(new PlanItem(1, "Book", ResourceType.BOOK, null, Set.of(), units));
    }

    static Schedule shown(List<PlanItem> path, Availability availability) {
        Schedule baseline = Scheduler.plan(path, availability, PaceFactors.neutral());
        return Scheduler.shown(path, availability, PaceFactors.neutral(), baseline);
    }

    static LocalDate dayOf(Schedule schedule, long unitId) {
        return schedule.sessions().stream().filter(s -> s.unitId() == unitId).findFirst().orElseThrow().date();
    }

    @Test
    void aUnitDoneAheadIsOnTheDayItWasDoneAndTheDayStaysWithinItsMinutes() {
        // 60 minutes a day: U0, U1 on Monday, U2, U3 on Tuesday. On Monday U0 and U2 (Tuesday's) were done.
        List<PlanItem> path = path(MONDAY, null, MONDAY, null, null, null);
        Schedule schedule = shown(path, every(60));
        assertThat(dayOf(schedule, 1000)).isEqualTo(MONDAY);
        assertThat(dayOf(schedule, 1002)).as("done ahead: on the day it was done").isEqualTo(MONDAY);
        assertThat(dayOf(schedule, 1001)).as("no room left on Monday").isEqualTo(MONDAY.plusDays(1));
        Map<LocalDate, List<Session>> byDay = schedule.byDay();
        byDay.forEach((day, sessions) -> assertThat(sessions.stream().mapToInt(Session::minutes).sum())
                .as("minutes on %s", day).isLessThanOrEqualTo(60));
        assertThat(byDay.get(MONDAY)).extracting(Session::unitId).as("done work first").containsExactly(1000L, 1002L);
    }

    @Test
    void aTickChangesARowsMarkNeverItsPlaceInTheDay() {
        // 60 minutes a day: U0, U1 on Monday. U1 ticked on Monday, U0 not yet: Monday still reads U0, U1 (the done
        // unit first made the ticked row jump to the top of Today, under the learner's keyboard focus)
        Schedule schedule = shown(path(null, MONDAY, null), every(60));
        assertThat(schedule.byDay().get(MONDAY)).extracting(Session::unitId).containsExactly(1000L, 1001L);
    }

    @Test
    void openWorkNeverMovesEarlierThanThePlanPutIt() {
        // U0, U1 both done on Monday (ahead): Tuesday's U2 and U3 stay on Tuesday, not pulled into a past gap
        Schedule schedule = shown(path(MONDAY, MONDAY, null, null), every(30));
        assertThat(dayOf(schedule, 1002)).isEqualTo(MONDAY.plusDays(2));
        assertThat(dayOf(schedule, 1003)).isEqualTo(MONDAY.plusDays(3));
    }

    @Test
    void aUnitDoneLateIsOnTheDayItWasDoneAndUnitsNotDoneStayOverdueWhereTheyWere() {
        LocalDate wednesday = MONDAY.plusDays(2);
        // U0 (Monday's) done on Wednesday; U1 (Tuesday's) not done: overdue on Tuesday
        Schedule schedule = shown(path(wednesday, null, null), every(30));
        assertThat(dayOf(schedule, 1000)).isEqualTo(wednesday);
        assertThat(dayOf(schedule, 1001)).isEqualTo(MONDAY.plusDays(1));
        assertThat(dayOf(schedule, 1002)).as("Wednesday is full with U0").isEqualTo(MONDAY.plusDays(3));
    }

    @Test
    void workDoneBeforeTheStartIsShownOnItsDayAndNeedsNoTimeOfThePlan() {
        List<PlanItem> path = path(MONDAY.minusDays(7), null);
        Schedule schedule = shown(path, every(30));
        assertThat(dayOf(schedule, 1000)).isEqualTo(MONDAY.minusDays(7));
        assertThat(dayOf(schedule, 1001)).isEqualTo(MONDAY);
    }

    @Test
    void aSplitUnitKeepsItsEarlierPartsAndEndsOnTheDayItWasDone() {
        PlanItem.PlanUnit longUnit = new PlanItem.PlanUnit(7, "Long", 90, true, UnitStatus.DONE, MONDAY.plusDays(1), 0);
        List<PlanItem> path = List.of(new PlanItem(1, "Book", ResourceType.BOOK, null, Set.of(), List.of(longUnit)));
        Schedule schedule = shown(path, every(30));
        assertThat(schedule.sessions()).extracting(s -> s.date() + " " + s.part())
                .containsExactly(MONDAY + " 1", MONDAY.plusDays(1) + " 2", MONDAY.plusDays(1) + " 3");
    }

    @Test
    void aPlanThatCannotBeMadeIsShownAsItsProblem() {
        Schedule schedule = shown(path((LocalDate) null), every(0));
        assertThat(schedule.problem()).isNotNull();
        assertThat(schedule.sessions()).isEmpty();
    }
}
