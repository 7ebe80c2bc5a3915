package org.studypath.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.studypath.domain.ResourceType;

class SchedulerTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    static Availability every(int minutes) {
        Map<DayOfWeek, Integer> m = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            m.put(d, minutes);
        }
        return new Availability(m, MONDAY, null, Set.of());
    }

    static PlanItem item(long id, ResourceType type, int... minutes) {
        List<PlanItem.PlanUnit> units = new ArrayList<>();
        for (int i = 0; i < minutes.length; i++) {
            units.add(new PlanItem.PlanUnit(id * 1000 + i, "U" + i, minutes[i], true, false));
        }
        return new PlanItem(id, "R" + id, type, null, Set.of(), units);
    }

    @Test
    void unitsFillEachDayInPathOrder() {
        Schedule s = Scheduler.plan(List.of(item(1, ResourceType.BOOK, 20, 20, 20), item(2, ResourceType.BOOK, 30)),
                every(60), PaceFactors.neutral());
        assertThat(s.problemMessage()).isEmpty();
        assertThat(s.sessions()).extracting(Session::date).containsExactly(MONDAY, MONDAY, MONDAY, MONDAY.plusDays(1));
        assertThat(s.finishDate()).hasValue(MONDAY.plusDays(1));
    }

    @Test
    void aUnitThatFitsADayButNotWhatIsLeftStartsTheNextDay() {
        Schedule s = Scheduler.plan(List.of(item(1, ResourceType.BOOK, 40, 40)), every(60), PaceFactors.neutral());
        assertThat(s.sessions()).extracting(Session::date).containsExactly(MONDAY, MONDAY.plusDays(1));
        assertThat(s.sessions()).allMatch(x -> !x.isSplit());
    }

    @Test
    void aUnitLongerThanADayIsSplitAcrossDays() {
        Schedule s = Scheduler.plan(List.of(item(1, ResourceType.BOOK, 30, 150)), every(60), PaceFactors.neutral());
        assertThat(s.sessions()).extracting(Session::minutes).containsExactly(30, 30, 60, 60);
        assertThat(s.sessions().subList(1, 4)).extracting(Session::part).containsExactly(1, 2, 3);
        assertThat(s.sessions().get(3).parts()).isEqualTo(3);
        assertThat(s.finishDate()).hasValue(MONDAY.plusDays(2));
    }

    @Test
    void daysOffAndZeroMinuteDaysAreSkipped() {
        Availability a = Availability.typical(MONDAY); // Mon-Fri 60, Sat 180, Sun 0
        a = new Availability(a.minutesPerWeekday(), MONDAY, null, Set.of(MONDAY.plusDays(1)));
        Schedule s = Scheduler.plan(List.of(item(1, ResourceType.BOOK, 60, 60, 60, 60, 60, 60, 60, 60)), a, PaceFactors.neutral());
        assertThat(s.sessions()).extracting(Session::date).doesNotContain(MONDAY.plusDays(1), MONDAY.plusDays(6));
        // Mon, Wed, Thu, Fri, Sat x3, next Mon
        assertThat(s.finishDate()).hasValue(MONDAY.plusDays(7));
    }

    @Test
    void paceFactorsTurnEstimatesIntoPlannedMinutes() {
        PaceFactors pace = PaceFactors.neutral().with(ResourceType.VIDEO_SERIES, 0.75).with(ResourceType.BOOK, 2.0);
        Schedule s = Scheduler.plan(List.of(item(1, ResourceType.VIDEO_SERIES, 20), item(2, ResourceType.BOOK, 10)),
                every(600), pace);
        assertThat(s.sessions()).extracting(Session::minutes).containsExactly(15, 20);
        PlanItem override = new PlanItem(3, "R3", ResourceType.BOOK, 1.5, Set.of(), item(3, ResourceType.BOOK, 10).units());
        assertThat(Scheduler.plan(List.of(override), every(600), pace).sessions().get(0).minutes()).isEqualTo(15);
    }

    @Test
    void prerequisitesComeFirstAndTheEditorIsWarned() {
        PlanItem needsTwo = new PlanItem(1, "Deep Learning", ResourceType.BOOK, null, Set.of(2L), item(1, ResourceType.BOOK, 30).units());
        PlanItem two = item(2, ResourceType.BOOK, 30);
        Schedule s = Scheduler.plan(List.of(needsTwo, two), every(60), PaceFactors.neutral());
        assertThat(s.sessions()).extracting(Session::resourceId).containsExactly(2L, 1L);
        assertThat(Scheduler.orderWarnings(List.of(needsTwo, two))).singleElement().asString()
                .contains("“Deep Learning” comes before “R2”");
        assertThat(Scheduler.readyToStart(List.of(needsTwo, two))).containsExactly(2L);
    }

    @Test
    void doneAndExcludedUnitsAreNotPlanned() {
        PlanItem item = new PlanItem(1, "R", ResourceType.BOOK, null, Set.of(), List.of(
                new PlanItem.PlanUnit(1, "a", 10, true, true),
                new PlanItem.PlanUnit(2, "b", 10, false, false),
                new PlanItem.PlanUnit(3, "c", 10, true, false)));
        assertThat(Scheduler.plan(List.of(item), every(60), PaceFactors.neutral()).sessions())
                .extracting(Session::unitId).containsExactly(3L);
    }

    @Test
    void targetDateMetOrMissedByDays() {
        List<PlanItem> path = List.of(item(1, ResourceType.BOOK, 60, 60, 60, 60, 60));
        Schedule met = Scheduler.plan(path, every(60).withTarget(MONDAY.plusDays(10)), PaceFactors.neutral());
        assertThat(met.targetMet()).isTrue();
        assertThat(met.daysLate()).isZero();
        Schedule missed = Scheduler.plan(path, every(60).withTarget(MONDAY.plusDays(1)), PaceFactors.neutral());
        assertThat(missed.targetMet()).isFalse();
        assertThat(missed.daysLate()).isEqualTo(3);
    }

    @Test
    void clearProblemsForImpossibleInputs() {
        assertThat(Scheduler.plan(List.of(item(1, ResourceType.BOOK, 10)), every(0), PaceFactors.neutral()).problemMessage())
                .hasValueSatisfying(m -> assertThat(m).contains("No study time"));
        assertThat(Scheduler.plan(List.of(), every(60), PaceFactors.neutral()).problemMessage())
                .hasValueSatisfying(m -> assertThat(m).contains("empty"));
        assertThat(Scheduler.plan(List.of(item(1, ResourceType.BOOK, 10)), every(60).withTarget(MONDAY.minusDays(1)),
                PaceFactors.neutral()).problemMessage()).hasValueSatisfying(m -> assertThat(m).contains("before the start"));
    }

    @Test
    void replanShowsWhatMoves() {
        List<PlanItem> path = List.of(item(1, ResourceType.BOOK, 60, 60));
        Schedule before = Scheduler.plan(path, every(60), PaceFactors.neutral());
        Schedule after = Scheduler.plan(path, every(60).withStart(MONDAY.plusDays(7)), PaceFactors.neutral());
        List<ScheduleChange> changes = ScheduleChange.between(before, after);
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).before()).isEqualTo(MONDAY);
        assertThat(changes.get(0).after()).isEqualTo(MONDAY.plusDays(7));
        assertThat(ScheduleChange.between(before, before)).isEmpty();
    }

    /** Property-style: random paths and availabilities, checked against the scheduler's promises. */
    @RepeatedTest(200)
    void randomPlansKeepEveryPromise(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition() * 7919L);
        Map<DayOfWeek, Integer> minutes = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            minutes.put(d, random.nextInt(4) == 0 ? 0 : 15 + random.nextInt(240));
        }
        if (minutes.values().stream().allMatch(m -> m == 0)) {
            minutes.put(DayOfWeek.MONDAY, 30);
        }
        Set<LocalDate> off = new HashSet<>();
        for (int i = 0; i < random.nextInt(20); i++) {
            off.add(MONDAY.plusDays(random.nextInt(200)));
        }
        Availability a = new Availability(minutes, MONDAY, null, off);
        int resources = 1 + random.nextInt(15);
        List<PlanItem> path = new ArrayList<>();
        for (int r = 1; r <= resources; r++) {
            List<PlanItem.PlanUnit> units = new ArrayList<>();
            for (int u = 0; u < 1 + random.nextInt(12); u++) {
                units.add(new PlanItem.PlanUnit(r * 1000L + u, "u", 1 + random.nextInt(300), random.nextInt(8) != 0, false));
            }
            Set<Long> prereqs = new HashSet<>();
            if (r > 1 && random.nextBoolean()) {
                prereqs.add((long) (1 + random.nextInt(resources)));
            }
            prereqs.remove((long) r);
            path.add(new PlanItem(r, "R" + r, ResourceType.values()[random.nextInt(5)], null, prereqs, units));
        }
        PaceFactors pace = PaceFactors.neutral().with(ResourceType.BOOK, 1.5);
        Schedule s = Scheduler.plan(path, a, pace);
        assertThat(s.problemMessage()).isEmpty();

        // every included unit exactly once (its parts add up to its planned minutes), excluded ones never
        Map<Long, Integer> plannedByUnit = new HashMap<>();
        s.sessions().forEach(x -> plannedByUnit.merge(x.unitId(), x.minutes(), Integer::sum));
        for (PlanItem item : path) {
            for (PlanItem.PlanUnit unit : item.units()) {
                if (unit.included()) {
                    assertThat(plannedByUnit.get(unit.unitId()))
                            .isEqualTo(PaceFactors.planned(unit.minutes(), pace.factorFor(item.type(), null)));
                } else {
                    assertThat(plannedByUnit).doesNotContainKey(unit.unitId());
                }
            }
        }
        // no day over its minutes, nothing on a day off or before the start
        s.byDay().forEach((day, sessions) -> {
            assertThat(sessions.stream().mapToInt(Session::minutes).sum()).isLessThanOrEqualTo(a.minutesOn(day));
            assertThat(day).isAfterOrEqualTo(MONDAY);
        });
        // dates never go backwards, and units of a resource stay in order
        for (int i = 1; i < s.sessions().size(); i++) {
            assertThat(s.sessions().get(i).date()).isAfterOrEqualTo(s.sessions().get(i - 1).date());
        }
        // prerequisites (without cycles) finish before the resource that needs them starts
        if (s.warnings().stream().noneMatch(w -> w.contains("circle"))) {
            Map<Long, Integer> firstIndex = new HashMap<>();
            Map<Long, Integer> lastIndex = new HashMap<>();
            for (int i = 0; i < s.sessions().size(); i++) {
                firstIndex.putIfAbsent(s.sessions().get(i).resourceId(), i);
                lastIndex.put(s.sessions().get(i).resourceId(), i);
            }
            for (PlanItem item : path) {
                for (long needed : item.prerequisites()) {
                    if (firstIndex.containsKey(item.resourceId()) && lastIndex.containsKey(needed)) {
                        assertThat(lastIndex.get(needed)).isLessThan(firstIndex.get(item.resourceId()));
                    }
                }
            }
        }
        // deterministic
        assertThat(Scheduler.plan(path, a, pace)).isEqualTo(s);
    }
}
