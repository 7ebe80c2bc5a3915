package org.studypath.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.app.Services;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;
import org.studypath.ui.path.PathsViewModel;
import org.studypath.ui.stats.StatisticsViewModel;
import org.studypath.ui.today.TodayViewModel;

/** Ticking, undo, time and notes without a screen: the real store, work run inline, a clock the test moves. */
class ProgressViewModelTest {
    /** A Tuesday: the starter path (created "today") plans 60 minutes of calculus videos. */
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;
    MovingClock clock = new MovingClock(NOW);
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    PathsViewModel paths;
    ProgressViewModel vm;
    TodayViewModel today;

    @BeforeEach
    void setUp() {
        services = Services.open(dir, clock);
        InlineTaskRunner runner = new InlineTaskRunner();
        paths = new PathsViewModel(services.plans(), runner, dialogs, clock, Messages.of(Locale.UK));
        vm = new ProgressViewModel(services.progress(), runner, dialogs, clock, Messages.of(Locale.UK), paths::load);
        vm.plannedProperty().bind(paths.plannedProperty());
        today = new TodayViewModel(vm, clock, Messages.of(Locale.UK));
        today.plannedProperty().bind(paths.plannedProperty());
        paths.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private PlanItem calculus() {
        return vm.items().get(0);
    }

    private ProgressViewModel.Row unitRow(int index) {
        return new ProgressViewModel.Row(calculus(), calculus().units().get(index));
    }

    @Test
    void tickingAUnitIsSavedThenShownAndMovesTheBarsByPlannedMinutes() {
        assertThat(Messages.plain(vm.summary().progressTextProperty().get())).startsWith("0 % · 0 min of ");
        assertThat(today.today()).hasSizeGreaterThan(0).noneMatch(TodayViewModel.Entry::done);
        TodayViewModel.Entry first = today.today().get(0);

        today.setDone(first, true);

        assertThat(calculus().units().get(0).status()).isEqualTo(UnitStatus.DONE);
        assertThat(calculus().units().get(0).statusDate()).isEqualTo(TODAY);
        assertThat(today.today().get(0).done()).isTrue();
        assertThat(vm.summary().ratioProperty().get()).isGreaterThan(0);
        int minutes = calculus().units().get(0).minutes();
        int total = vm.summary().progressOf(calculus()).totalMinutes();
        assertThat(vm.summary().progressOf(calculus()).doneMinutes()).isEqualTo(minutes);
        assertThat(total).isGreaterThan(minutes);
        assertThat(vm.noticeProperty().get()).startsWith("Marked “");
        assertThat(today.summaryProperty().get()).contains("1 of ");
        // done today, ahead of nothing: on track
        assertThat(today.standingProperty().get()).startsWith("On track");
    }

    @Test
    void thePagesOwnPickMovesOnWhenTodayTicksItButTheLearnersChoiceStays() {
        // Progress starts at the first unit left; the learner ticks it on Today before opening Progress
        assertThat(vm.selectedProperty().get().unit().unitId()).isEqualTo(unitRow(0).unit().unitId());
        today.setDone(today.today().get(0), true);
        assertThat(calculus().units().get(0).done()).isTrue();
        assertThat(vm.selectedProperty().get().unit().unitId()).as("opens on the first unit not done")
                .isEqualTo(unitRow(1).unit().unitId());

        // a tick on the page itself (Space) leaves the ticked unit selected
        vm.toggleSelected();
        assertThat(calculus().units().get(1).done()).isTrue();
        assertThat(vm.selectedProperty().get().unit().unitId()).isEqualTo(unitRow(1).unit().unitId());

        // a unit the learner picked stays picked when Today ticks another
        vm.selectedProperty().set(unitRow(3));
        vm.setDone(unitRow(2).unit().unitId(), true, TODAY);
        assertThat(calculus().units().get(2).done()).isTrue();
        assertThat(vm.selectedProperty().get().unit().unitId()).isEqualTo(unitRow(3).unit().unitId());
    }

    @Test
    void undoRestoresWhatWasThereBefore() {
        vm.selectedProperty().set(unitRow(1));
        vm.setSelectedStatus(UnitStatus.IN_PROGRESS);
        vm.toggleDone(unitRow(1));
        assertThat(calculus().units().get(1).status()).isEqualTo(UnitStatus.DONE);
        assertThat(vm.undoTextProperty().get()).startsWith("Undo: Marked “");

        vm.undo();
        assertThat(calculus().units().get(1).status()).isEqualTo(UnitStatus.IN_PROGRESS);
        vm.undo();
        assertThat(calculus().units().get(1).status()).isEqualTo(UnitStatus.NOT_STARTED);
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.undo();
        assertThat(vm.noticeProperty().get()).isEqualTo("Nothing to undo.");
    }

    @Test
    void aWholeResourceIsMarkedDoneAtOnceAndUndoneAtOnce() {
        vm.selectedProperty().set(unitRow(2));
        vm.setSelectedStatus(UnitStatus.SKIPPED);
        vm.selectedProperty().set(new ProgressViewModel.Row(calculus(), null));
        vm.markSelectedResourceDone();
        assertThat(calculus().units()).filteredOn(u -> u.unitId() != calculus().units().get(2).unitId())
                .allMatch(PlanItem.PlanUnit::done);
        assertThat(calculus().units().get(2).status()).as("a skipped unit stays skipped").isEqualTo(UnitStatus.SKIPPED);
        assertThat(vm.summary().progressOf(calculus()).complete()).isTrue();
        vm.undo();
        assertThat(calculus().units()).noneMatch(PlanItem.PlanUnit::done);
    }

    @Test
    void timeIsLoggedFromTypedTextOrTheTimerAndBadInputSaysWhy() {
        vm.selectedProperty().set(unitRow(0));
        vm.details().logInputProperty().set("forty minutes");
        vm.logTime();
        assertThat(vm.details().logErrorProperty().get()).contains("is not a duration");
        assertThat(vm.details().logInputProperty().get()).as("what was typed stays").isEqualTo("forty minutes");

        vm.details().logInputProperty().set("1 h 5");
        vm.logTime();
        assertThat(vm.details().logErrorProperty().get()).isEmpty();
        assertThat(vm.details().logInputProperty().get()).isEmpty();
        assertThat(vm.details().logs()).singleElement().satisfies(l -> assertThat(l.minutes()).isEqualTo(65));
        assertThat(calculus().units().get(0).loggedMinutes()).isEqualTo(65);

        vm.startTimer();
        assertThat(vm.stopwatch().elapsedText()).isEqualTo("0:00");
        clock.now = NOW.plus(Duration.ofMinutes(24).plusSeconds(40));
        assertThat(vm.stopwatch().elapsedText()).isEqualTo("24:40");
        vm.stopTimer();
        assertThat(vm.details().logs()).extracting(l -> l.minutes()).containsExactlyInAnyOrder(65, 25);
        assertThat(calculus().units().get(0).loggedMinutes()).isEqualTo(90);

        vm.undo(); // the timer's log
        assertThat(calculus().units().get(0).loggedMinutes()).isEqualTo(65);
        vm.details().deleteLog(vm.details().logs().get(0));
        assertThat(vm.details().logs()).isEmpty();
        vm.undo(); // the deletion
        assertThat(vm.details().logs()).singleElement().satisfies(l -> assertThat(l.minutes()).isEqualTo(65));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void notesAreSavedAndATypedNoteIsNotLostWhenTheSelectionMoves() {
        vm.selectedProperty().set(unitRow(0));
        vm.details().noteProperty().set("Derivative as a ratio of nudges");
        assertThat(vm.details().noteDirtyProperty().get()).isTrue();
        vm.selectedProperty().set(unitRow(1)); // saves the typed note first
        assertThat(vm.details().noteProperty().get()).isEmpty();
        vm.selectedProperty().set(unitRow(0));
        assertThat(vm.details().noteProperty().get()).isEqualTo("Derivative as a ratio of nudges");
        assertThat(vm.details().noteDirtyProperty().get()).isFalse();
        assertThat(org.studypath.TestSearch.find(services.catalog(), "nudges")).isNotEmpty();
    }

    @Test
    void aRunningTimerIsHandedToTheWindowBuiltForAnotherLanguage() {
        vm.selectedProperty().set(unitRow(0));
        vm.startTimer();
        clock.now = NOW.plus(Duration.ofMinutes(10));
        var running = vm.handOver();
        assertThat(running).isPresent();
        assertThat(vm.stopwatch().runningProperty().get()).as("the old window's timer is off").isNull();
        assertThat(vm.details().logs()).as("nothing logged by the hand-over").isEmpty();

        ProgressViewModel chinese = new ProgressViewModel(services.progress(), new InlineTaskRunner(), dialogs, clock,
                Messages.of(Locale.SIMPLIFIED_CHINESE), paths::load);
        chinese.plannedProperty().bind(paths.plannedProperty());
        chinese.resumeTimer(running.orElseThrow());
        clock.now = NOW.plus(Duration.ofMinutes(30));
        assertThat(chinese.stopwatch().elapsedText()).isEqualTo("30:00");
        chinese.stopTimer();
        assertThat(services.progress().logs(calculus().units().get(0).unitId())).singleElement()
                .satisfies(l -> assertThat(l.minutes()).as("counted from the first start").isEqualTo(30));
    }

    @Test
    void todayCanLookAtOtherDaysAndComeBack() {
        assertThat(today.sectionProperty().get()).isEqualTo("Today");
        List<TodayViewModel.Entry> tuesday = List.copyOf(today.today());
        today.nextDay();
        assertThat(today.date()).isEqualTo(TODAY.plusDays(1));
        assertThat(today.headingProperty().get()).isEqualTo("Wednesday 2 December");
        assertThat(today.sectionProperty().get()).isEqualTo("Planned for Wed 2 Dec");
        assertThat(today.showingTodayProperty().get()).isFalse();
        assertThat(today.today()).as("Wednesday's own sessions").isNotEmpty().doesNotContainAnyElementsOf(tuesday);
        assertThat(today.overdue()).as("Tuesday's open work is not 'overdue' when looking ahead").isEmpty();
        assertThat(today.summaryProperty().get()).doesNotContain("today");
        assertThat(today.next()).as("what is next belongs to today").isEmpty();
        assertThat(today.canTickProperty().get()).as("tomorrow's work is not ticked ahead").isFalse();
        today.setDone(today.today().get(0), true);
        assertThat(vm.items().stream().flatMap(i -> i.units().stream()).noneMatch(PlanItem.PlanUnit::done)).isTrue();
        today.previousDay();
        today.previousDay();
        assertThat(today.date()).isEqualTo(TODAY.minusDays(1));
        assertThat(today.canTickProperty().get()).as("yesterday's work may be ticked on yesterday").isTrue();
        today.showToday();
        assertThat(today.date()).isEqualTo(TODAY);
        assertThat(today.today()).isEqualTo(tuesday);
        assertThat(today.showingTodayProperty().get()).isTrue();
    }

    @Test
    void aTickOnAnEarlierDayCountsOnThatDay() {
        clock.now = NOW.plus(Duration.ofDays(2));
        paths.load();
        assertThat(today.overdue()).as("Tuesday's sessions are still open on Thursday").isNotEmpty();
        assertThat(today.standingProperty().get()).contains("behind");
        TodayViewModel.Entry open = today.overdue().get(0);
        vm.tickDateProperty().set(TODAY);
        vm.setDone(open.unitId(), true);
        assertThat(today.overdue()).noneMatch(e -> e.unitId() == open.unitId());
        assertThat(calculus().units().stream().filter(u -> u.unitId() == open.unitId()).findFirst().orElseThrow().statusDate())
                .isEqualTo(TODAY);
    }

    @Test
    void statisticsFollowTheTicksAndTheStreakIsOffUntilTurnedOn() {
        StatisticsViewModel stats = new StatisticsViewModel(services.progress(), new InlineTaskRunner(), dialogs,
                Messages.of(Locale.UK), paths::load);
        stats.plannedProperty().bind(paths.plannedProperty());
        assertThat(stats.statisticsProperty().get()).isNotNull();
        assertThat(stats.streakEnabledProperty().get()).isFalse();
        assertThat(stats.streakTextProperty().get()).isEmpty();
        // while the page is hidden a tick does not recompute the figures; showing it does
        stats.shownProperty().set(false);
        vm.toggleDone(unitRow(0));
        assertThat(stats.statisticsProperty().get().studiedMinutes()).isZero();
        stats.shownProperty().set(true);
        assertThat(stats.statisticsProperty().get().studiedMinutes()).isEqualTo(calculus().units().get(0).minutes());
        stats.streakEnabledProperty().set(true);
        assertThat(stats.streakTextProperty().get()).startsWith("0 weeks in a row");
        assertThat(services.progress().streakSettings().enabled()).isTrue();
        // without enough data the button is off (the note says what it takes); asked anyway, it still explains
        assertThat(stats.paceUsableProperty().get()).isFalse();
        stats.usePersonalPace();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Not enough data yet");
    }

    @Test
    void planWithMyPaceTurnsOnOnceATypeHasEnoughFinishedUnitsWithTime() {
        StatisticsViewModel stats = new StatisticsViewModel(services.progress(), new InlineTaskRunner(), dialogs,
                Messages.of(Locale.UK), paths::load);
        stats.plannedProperty().bind(paths.plannedProperty());
        assertThat(stats.paceUsableProperty().get()).isFalse();
        for (int i = 0; i < org.studypath.domain.progress.PaceEstimate.MIN_UNITS; i++) {
            long unit = calculus().units().get(i).unitId();
            services.progress().setStates(List.of(new org.studypath.domain.progress.UnitState(unit, UnitStatus.DONE, TODAY)));
            services.progress().logTime(unit, TODAY, 20);
        }
        paths.load();
        stats.shownProperty().set(true);
        assertThat(stats.paceUsableProperty().get()).isTrue();
    }

    @Test
    void undoingALogDeletionAndThenTheLogLeavesNothingBehind() {
        vm.selectedProperty().set(unitRow(0));
        vm.details().logInputProperty().set("30");
        vm.logTime();
        vm.details().deleteLog(vm.details().logs().get(0));
        vm.undo(); // the deletion: the log is back
        assertThat(vm.details().logs()).hasSize(1);
        vm.undo(); // the log itself
        assertThat(vm.details().logs()).isEmpty();
        assertThat(calculus().units().get(0).loggedMinutes()).isZero();
    }

    @Test
    void aNoteBeingTypedSurvivesLoggingTimeAndTheTimer() {
        vm.selectedProperty().set(unitRow(0));
        vm.startTimer();
        vm.details().noteProperty().set("Typed while the timer ran");
        clock.now = NOW.plus(Duration.ofMinutes(10));
        vm.stopTimer();
        vm.details().logInputProperty().set("5");
        vm.logTime();
        assertThat(vm.details().noteProperty().get()).isEqualTo("Typed while the timer ran");
        assertThat(vm.details().noteDirtyProperty().get()).isTrue();
        vm.flush();
        assertThat(services.progress().unitNote(calculus().units().get(0).unitId())).isEqualTo("Typed while the timer ran");
    }

    @Test
    void todaysTicksAreOnTodayWhateverDateTheProgressPageShows() {
        vm.tickDateProperty().set(TODAY.minusDays(5));
        today.setDone(today.today().get(0), true);
        assertThat(calculus().units().get(0).statusDate()).isEqualTo(TODAY);
    }

    @Test
    void theScheduleDoesNotCallDoneWorkOverdue() {
        org.studypath.ui.schedule.ScheduleViewModel schedule = new org.studypath.ui.schedule.ScheduleViewModel(clock, org.studypath.ui.common.Messages.of(Locale.UK));
        schedule.plannedProperty().bind(paths.plannedProperty());
        for (TodayViewModel.Entry entry : List.copyOf(today.today())) {
            today.setDone(entry, true);
        }
        clock.now = NOW.plus(Duration.ofDays(1));
        paths.load();
        assertThat(schedule.behindNoteProperty().get()).isEmpty();
        assertThat(today.overdue()).isEmpty();
        assertThat(schedule.isDone(calculus().units().get(0).unitId())).as("the calendar marks done sessions").isTrue();
        assertThat(schedule.isDone(calculus().units().get(calculus().units().size() - 1).unitId())).isFalse();
    }
}
