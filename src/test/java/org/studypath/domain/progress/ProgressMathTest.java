package org.studypath.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studypath.domain.Category;
import org.studypath.domain.Durations;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.PlanItem.PlanUnit;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.Scheduler;
import org.studypath.domain.plan.UnitStatus;

class ProgressMathTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final Category VIDEOS = new Category(1, "v", new LocalizedText("Videos", "视频"), 0);
    static final Category BOOKS = new Category(2, "b", new LocalizedText("Books", "书"), 1);

    static PlanUnit unit(long id, int minutes, UnitStatus status, LocalDate date) {
        return new PlanUnit(id, "U" + id, minutes, true, status, date, 0);
    }

    static PlanUnit open(long id, int minutes) {
        return unit(id, minutes, UnitStatus.NOT_STARTED, null);
    }

    static PlanItem item(long id, ResourceType type, Category category, PlanUnit... units) {
        return new PlanItem(id, "R" + id, type, category, null, Set.of(), List.of(units));
    }

    static Availability daily(int minutes, LocalDate start) {
        Map<DayOfWeek, Integer> m = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            m.put(d, minutes);
        }
        return new Availability(m, start, null, Set.of());
    }

    @Test
    void progressIsWeightedByPlannedMinutesNotUnitCount() {
        // one long unit done out of four: 120 of 150 minutes, not 25 %
        PlanItem book = item(1, ResourceType.BOOK, BOOKS, unit(1, 120, UnitStatus.DONE, MONDAY), open(2, 10), open(3, 10), open(4, 10));
        Progress progress = Progress.of(book, PaceFactors.neutral());
        assertThat(progress).isEqualTo(new Progress(120, 150));
        assertThat(progress.percent()).isEqualTo(80);
        // with books planned at ×2 the weights double alike, the share stays
        assertThat(Progress.of(book, PaceFactors.neutral().with(ResourceType.BOOK, 2.0))).isEqualTo(new Progress(240, 300));
    }

    @Test
    void skippedAndLeftOutUnitsAreOnNeitherSideAndNeverCountAsDone() {
        PlanItem item = item(1, ResourceType.VIDEO_SERIES, VIDEOS,
                unit(1, 30, UnitStatus.DONE, MONDAY),
                unit(2, 30, UnitStatus.SKIPPED, MONDAY),
                unit(3, 30, UnitStatus.IN_PROGRESS, MONDAY),
                new PlanUnit(4, "left out", 30, false, UnitStatus.DONE, MONDAY, 0));
        Progress progress = Progress.of(item, PaceFactors.neutral());
        assertThat(progress).isEqualTo(new Progress(30, 60));
        assertThat(progress.percent()).isEqualTo(50);
        assertThat(progress.complete()).isFalse();
        PlanItem allSkippedButOne = item(2, ResourceType.VIDEO_SERIES, VIDEOS, unit(5, 10, UnitStatus.SKIPPED, MONDAY),
                unit(6, 10, UnitStatus.DONE, MONDAY));
        assertThat(Progress.of(allSkippedButOne, PaceFactors.neutral()).complete()).isTrue();
        assertThat(Progress.of(allSkippedButOne, PaceFactors.neutral()).percent()).isEqualTo(100);
    }

    @Test
    void progressPerCategoryAndPathAddsUpPlannedMinutes() {
        List<PlanItem> items = List.of(
                item(1, ResourceType.VIDEO_SERIES, VIDEOS, unit(1, 20, UnitStatus.DONE, MONDAY), open(2, 20)),
                item(2, ResourceType.BOOK, BOOKS, open(3, 60)),
                item(3, ResourceType.VIDEO_SERIES, VIDEOS, unit(4, 10, UnitStatus.DONE, MONDAY)));
        Map<Category, Progress> byCategory = Progress.by(items, PaceFactors.neutral(), PlanItem::category);
        assertThat(byCategory.keySet()).containsExactly(VIDEOS, BOOKS);
        assertThat(byCategory.get(VIDEOS)).isEqualTo(new Progress(30, 50));
        assertThat(byCategory.get(BOOKS)).isEqualTo(new Progress(0, 60));
        assertThat(Progress.of(items, PaceFactors.neutral())).isEqualTo(new Progress(30, 110));
        assertThat(new Progress(0, 0).percent()).isZero();
        assertThat(new Progress(99, 100).percent()).as("99.x % is not shown as done").isEqualTo(99);
        assertThatThrownBy(() -> new Progress(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void personalPaceComesFromLoggedTimeOnFinishedUnits() {
        List<PaceEstimate.UnitActual> actuals = List.of(
                new PaceEstimate.UnitActual(ResourceType.BOOK, 60, 90),
                new PaceEstimate.UnitActual(ResourceType.BOOK, 60, 80),
                new PaceEstimate.UnitActual(ResourceType.BOOK, 30, 40),
                new PaceEstimate.UnitActual(ResourceType.VIDEO_SERIES, 20, 10));
        List<PaceEstimate> estimates = PaceEstimate.from(actuals);
        PaceEstimate books = estimates.stream().filter(e -> e.type() == ResourceType.BOOK).findFirst().orElseThrow();
        assertThat(books.units()).isEqualTo(3);
        assertThat(books.estimatedMinutes()).isEqualTo(150);
        assertThat(books.actualMinutes()).isEqualTo(210);
        assertThat(books.factor()).isEqualTo(1.4);
        assertThat(books.enoughData()).isTrue();
        PaceEstimate videos = estimates.stream().filter(e -> e.type() == ResourceType.VIDEO_SERIES).findFirst().orElseThrow();
        assertThat(videos.factor()).isEqualTo(0.5);
        assertThat(videos.enoughData()).as("one unit is not enough to change the plan").isFalse();

        PaceFactors applied = PaceEstimate.apply(PaceFactors.neutral().with(ResourceType.VIDEO_SERIES, 0.75), estimates);
        assertThat(applied.factorFor(ResourceType.BOOK, null)).isEqualTo(1.4);
        assertThat(applied.factorFor(ResourceType.VIDEO_SERIES, null)).isEqualTo(0.75);
        assertThat(new PaceEstimate(ResourceType.BOOK, 5, 10, 500).factor()).as("kept within the scheduler's range")
                .isEqualTo(PaceFactors.MAX);
    }

    @Test
    void standingComparesDoneWorkWithThePlanAsOfToday() {
        // 60 min a day from Monday; six 60-minute units: one a day Monday..Saturday
        List<PlanUnit> units = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            units.add(open(i, 60));
        }
        Availability availability = daily(60, MONDAY);
        LocalDate thursday = MONDAY.plusDays(3);

        // Thursday, only Monday's unit done: Tuesday and Wednesday are missing, 2 h behind
        units.set(0, unit(1, 60, UnitStatus.DONE, MONDAY));
        Standing behind = Standing.of(List.of(item(1, ResourceType.BOOK, BOOKS, units.toArray(PlanUnit[]::new))),
                availability, PaceFactors.neutral(), thursday);
        assertThat(behind.state()).isEqualTo(Standing.State.BEHIND);
        assertThat(behind.minutesBehind()).isEqualTo(120);
        assertThat(behind.plannedFinish()).isEqualTo(MONDAY.plusDays(5));
        // five units left from Thursday: Thursday..Monday
        assertThat(behind.projectedFinish()).isEqualTo(thursday.plusDays(4));

        // Monday..Wednesday done: on track, whether or not today's unit is done yet
        units.set(1, unit(2, 60, UnitStatus.DONE, MONDAY.plusDays(1)));
        units.set(2, unit(3, 60, UnitStatus.DONE, MONDAY.plusDays(2)));
        Standing onTrack = Standing.of(List.of(item(1, ResourceType.BOOK, BOOKS, units.toArray(PlanUnit[]::new))),
                availability, PaceFactors.neutral(), thursday);
        assertThat(onTrack.state()).isEqualTo(Standing.State.ON_TRACK);
        assertThat(onTrack.projectedFinish()).isEqualTo(onTrack.plannedFinish());

        // Thursday's and Friday's units done on Thursday: ahead by an hour, and today's time is used up
        units.set(3, unit(4, 60, UnitStatus.DONE, thursday));
        units.set(4, unit(5, 60, UnitStatus.DONE, thursday));
        Standing ahead = Standing.of(List.of(item(1, ResourceType.BOOK, BOOKS, units.toArray(PlanUnit[]::new))),
                availability, PaceFactors.neutral(), thursday);
        assertThat(ahead.state()).isEqualTo(Standing.State.AHEAD);
        assertThat(ahead.minutesAhead()).isEqualTo(60);
        assertThat(ahead.projectedFinish()).isEqualTo(thursday.plusDays(1));

        // a skipped unit leaves the plan: nothing left is finished
        units.set(5, unit(6, 60, UnitStatus.SKIPPED, thursday));
        Standing finished = Standing.of(List.of(item(1, ResourceType.BOOK, BOOKS, units.toArray(PlanUnit[]::new))),
                availability, PaceFactors.neutral(), thursday);
        assertThat(finished.state()).isEqualTo(Standing.State.FINISHED);
        assertThat(finished.leftMinutes()).isZero();
    }

    @Test
    void unitsDoneBeforeTheStartAreNotPartOfThePlanAndAPathNotStartedYetSaysSo() {
        LocalDate start = MONDAY.plusWeeks(1);
        List<PlanItem> items = List.of(item(1, ResourceType.BOOK, BOOKS, unit(1, 60, UnitStatus.DONE, MONDAY), open(2, 60)));
        Schedule plan = Scheduler.plan(items, daily(60, start), PaceFactors.neutral());
        assertThat(plan.sessions()).extracting(s -> s.unitId()).containsExactly(2L);
        Standing standing = Standing.of(items, daily(60, start), PaceFactors.neutral(), MONDAY);
        assertThat(standing.state()).isEqualTo(Standing.State.NOT_STARTED);
        assertThat(standing.projectedFinish()).isEqualTo(start);
        Standing noPlan = Standing.of(List.of(), daily(60, start), PaceFactors.neutral(), MONDAY);
        assertThat(noPlan.state()).isEqualTo(Standing.State.NO_PLAN);
        assertThat(noPlan.problem().toString()).contains("empty");
        assertThat(noPlan.problem().in(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("这条路径是空的。请从资源目录中添加资源后再规划。");
    }

    @Test
    void statisticsCountStudyPerWeekBurnUpHeatmapAndStreak() {
        LocalDate today = MONDAY.plusWeeks(3).plusDays(2); // a Wednesday
        Availability availability = daily(60, MONDAY);
        List<PlanUnit> units = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            units.add(i <= 10 ? unit(i, 60, UnitStatus.DONE, MONDAY.plusDays(i - 1)) : open(i, 60));
        }
        List<PlanItem> items = List.of(item(1, ResourceType.BOOK, BOOKS, units.toArray(PlanUnit[]::new)));
        Schedule baseline = Scheduler.plan(items, availability, PaceFactors.neutral());
        Map<LocalDate, Integer> activity = new java.util.TreeMap<>();
        for (int week = 0; week < 4; week++) {
            // 300 min in each of the first three weeks, 100 so far this week
            LocalDate monday = MONDAY.plusWeeks(week);
            activity.put(monday, week == 3 ? 100 : 200);
            if (week < 3) {
                activity.put(monday.plusDays(2), 100);
            }
        }
        activity.put(MONDAY.minusWeeks(2), 500); // an older week, after a gap

        Statistics stats = Statistics.compute(items, baseline, activity, today, 300);
        assertThat(stats.weeks()).hasSize(Statistics.WEEKS_BACK + 1 + Statistics.WEEKS_AHEAD);
        Statistics.Week thisWeek = stats.weeks().get(Statistics.WEEKS_BACK);
        assertThat(thisWeek.monday()).isEqualTo(MONDAY.plusWeeks(3));
        assertThat(thisWeek.plannedMinutes()).isEqualTo(7 * 60);
        assertThat(thisWeek.studiedMinutes()).isEqualTo(100);
        assertThat(stats.weeks().get(Statistics.WEEKS_BACK + 1).studiedMinutes()).isZero();
        // three full weeks met 300 min; this week is not met yet but does not break the streak; the gap does
        assertThat(stats.streakWeeks()).isEqualTo(3);
        assertThat(Statistics.compute(items, baseline, activity, today, 0).streakWeeks()).as("no goal, no streak").isZero();
        assertThat(stats.studiedMinutes()).isEqualTo(3 * 300 + 100 + 500);
        assertThat(stats.studyDays()).isEqualTo(8);

        assertThat(stats.year()).hasSize(Statistics.YEAR_DAYS);
        assertThat(stats.year().get(stats.year().size() - 1).date()).isEqualTo(Statistics.mondayOf(today).plusDays(6));
        assertThat(stats.year()).filteredOn(d -> d.date().equals(MONDAY)).singleElement()
                .satisfies(d -> assertThat(d.minutes()).isEqualTo(200));

        // burn-up: planned rises 60 a day for 40 days; done follows the ten ticked units and stops at today
        List<Statistics.BurnPoint> burn = stats.burnUp();
        assertThat(burn.get(0).date()).isEqualTo(MONDAY);
        assertThat(burn.get(burn.size() - 1).planned()).isEqualTo(40 * 60);
        Statistics.BurnPoint atToday = burn.stream().filter(p -> p.date().equals(today)).findFirst().orElseThrow();
        assertThat(atToday.done()).isEqualTo(600);
        assertThat(atToday.planned()).isEqualTo(24 * 60);
        assertThat(burn.stream().filter(p -> p.date().isAfter(today))).allMatch(p -> p.done() == null);
    }

    @Test
    void theStatisticsWeeksStartOnTheLearnersFirstDay() {
        List<PlanItem> items = List.of(item(1, ResourceType.BOOK, BOOKS, open(1, 60), open(2, 60), open(3, 60)));
        Schedule baseline = Scheduler.plan(items, daily(60, MONDAY), PaceFactors.neutral());
        LocalDate sunday = MONDAY.minusDays(1);
        // studied on a Sunday and the Monday after it: one week when weeks start on Sunday, two when on Monday
        Map<LocalDate, Integer> activity = Map.of(sunday, 200, MONDAY, 100);
        LocalDate today = MONDAY.plusDays(1);

        Statistics fromSunday = Statistics.compute(items, baseline, activity, today, 300, java.time.DayOfWeek.SUNDAY);
        Statistics.Week thisWeek = fromSunday.weeks().get(Statistics.WEEKS_BACK);
        assertThat(thisWeek.monday()).as("the week's first day").isEqualTo(sunday);
        assertThat(thisWeek.studiedMinutes()).isEqualTo(300);
        assertThat(thisWeek.plannedMinutes()).as("Monday to Wednesday of the plan").isEqualTo(180);
        assertThat(fromSunday.streakWeeks()).as("300 min in one week meets the goal").isEqualTo(1);
        assertThat(fromSunday.year().get(0).date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(fromSunday.year().get(fromSunday.year().size() - 1).date()).isEqualTo(sunday.plusDays(6));

        Statistics fromMonday = Statistics.compute(items, baseline, activity, today, 300);
        assertThat(fromMonday.weeks().get(Statistics.WEEKS_BACK).monday()).isEqualTo(MONDAY);
        assertThat(fromMonday.weeks().get(Statistics.WEEKS_BACK).studiedMinutes()).isEqualTo(100);
        assertThat(fromMonday.weeks().get(Statistics.WEEKS_BACK - 1).studiedMinutes()).isEqualTo(200);
        assertThat(fromMonday.streakWeeks()).isZero();
    }

    @Test
    void longPlansAreDrawnAWeekPerPoint() {
        List<PlanUnit> units = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            units.add(open(i, 60));
        }
        List<PlanItem> items = List.of(item(1, ResourceType.BOOK, BOOKS, units.toArray(PlanUnit[]::new)));
        Schedule baseline = Scheduler.plan(items, daily(60, MONDAY), PaceFactors.neutral());
        Statistics stats = Statistics.compute(items, baseline, Map.of(), MONDAY.plusDays(10), 0);
        assertThat(stats.burnUp().size()).isBetween(50, 70);
        assertThat(stats.burnUp().get(stats.burnUp().size() - 1).planned()).isEqualTo(400 * 60);
        assertThat(stats.burnUp()).anyMatch(p -> p.date().equals(MONDAY.plusDays(10)) && p.done() == 0);
    }

    @Test
    void durationsAreReadTheWayPeopleTypeThem() {
        assertThat(Durations.parse("45")).isEqualTo(45);
        assertThat(Durations.parse(" 45 min ")).isEqualTo(45);
        assertThat(Durations.parse("1h")).isEqualTo(60);
        assertThat(Durations.parse("1 h 30")).isEqualTo(90);
        assertThat(Durations.parse("1h30m")).isEqualTo(90);
        assertThat(Durations.parse("1:05")).isEqualTo(65);
        assertThat(Durations.parse("1.5 h")).isEqualTo(90);
        assertThat(Durations.parse("1,5h")).isEqualTo(90);
        assertThat(Durations.parse("90分钟")).isEqualTo(90);
        assertThat(Durations.parse("2小时")).isEqualTo(120);
        for (String bad : new String[] {"", "abc", "0", "-5", "1:75", "25 h", "45 parsecs", "1e9", "1 30", "1.5"}) {
            assertThatThrownBy(() -> Durations.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("null");
        }
    }
}
