package org.studypath.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.app.Services;
import org.studypath.domain.ResumePoint;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;
import org.studypath.ui.path.PathsViewModel;
import org.studypath.ui.today.TodayViewModel;

/**
 * Setting where the learner stopped and ticking a split unit part by part, without a screen: the real store, work run
 * inline. With 10 minutes a day, the starter path's first 17-minute video is split over two days.
 */
class ResumeAndPartsTest {
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
    List<URI> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        services = Services.open(dir, clock);
        long path = services.plans().paths().get(0).id();
        Map<DayOfWeek, Integer> minutes = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            minutes.put(day, 10);
        }
        services.plans().saveAvailability(path, new Availability(minutes, TODAY, null, Set.of()));
        InlineTaskRunner runner = new InlineTaskRunner();
        paths = new PathsViewModel(services.plans(), runner, dialogs, clock, Messages.of(Locale.UK));
        vm = new ProgressViewModel(services.progress(), runner, dialogs, clock, Messages.of(Locale.UK), paths::load);
        vm.plannedProperty().bind(paths.plannedProperty());
        vm.edits().connectLinks(opened::add);
        today = new TodayViewModel(vm, clock, Messages.of(Locale.UK));
        today.plannedProperty().bind(paths.plannedProperty());
        paths.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private PlanItem.PlanUnit first() {
        return vm.items().get(0).units().get(0);
    }

    @Test
    void aSplitUnitIsTickedPartByPartAndUndoPutsBackExactlyWhatWasThere() {
        TodayViewModel.Entry part1 = today.today().get(0);
        assertThat(part1.unitId()).isEqualTo(first().unitId());
        assertThat(part1.detail()).contains("part 1 of 2");
        assertThat(part1.from()).isZero();
        assertThat(part1.to()).isBetween(0.5, 0.6);
        int before = vm.summary().progressOf(vm.items().get(0)).doneMinutes();

        today.setDone(part1, true);

        assertThat(first().status()).isEqualTo(UnitStatus.IN_PROGRESS);
        assertThat(first().doneShare()).isEqualTo(part1.to());
        assertThat(today.today().get(0).done()).isTrue();
        assertThat(vm.summary().progressOf(vm.items().get(0)).doneMinutes()).isEqualTo(before + 10);
        assertThat(vm.undoTextProperty().get()).contains("58 % done");

        vm.undo();
        assertThat(first().status()).isEqualTo(UnitStatus.NOT_STARTED);
        assertThat(first().doneShare()).isZero();
        assertThat(today.today().get(0).done()).isFalse();

        today.setDone(today.today().get(0), true);
        clock.advance(Duration.ofDays(1));
        today.showToday();
        TodayViewModel.Entry part2 = today.today().get(0);
        // part 1, ticked yesterday, is neither overdue on Today nor a reason to offer a replan
        assertThat(today.overdue()).isEmpty();
        assertThat(paths.plannedProperty().get().isBehind(TODAY.plusDays(1))).isFalse();
        assertThat(part2.unitId()).isEqualTo(first().unitId());
        assertThat(part2.detail()).contains("part 2 of 2");
        assertThat(part2.from()).isEqualTo(part1.to());
        assertThat(part2.to()).isEqualTo(1.0);
        assertThat(part2.done()).isFalse();
        today.setDone(part2, true);
        assertThat(first().status()).as("done when its last part is").isEqualTo(UnitStatus.DONE);
        assertThat(first().statusDate()).isEqualTo(TODAY.plusDays(1));
        vm.undo();
        assertThat(first().status()).isEqualTo(UnitStatus.IN_PROGRESS);
        assertThat(first().doneShare()).isEqualTo(part1.to());
        assertThat(first().statusDate()).isEqualTo(TODAY);
    }

    @Test
    void theResumePointIsSetInTheDetailShownOnTodayAndOpensTheVideoThere() {
        vm.selectedProperty().set(new ProgressViewModel.Row(vm.items().get(0), first()));
        UnitProgressEdits edits = vm.edits();

        edits.resumeInputProperty().set("p. -3");
        edits.saveResume();
        assertThat(edits.resumeErrorProperty().get()).isEqualTo("“p. -3” is not a page: pages go from 1 to 100000.");
        assertThat(first().resume()).isNull();
        edits.resumeInputProperty().set("99:99");
        edits.saveResume();
        assertThat(edits.resumeErrorProperty().get()).contains("under 60");
        assertThat(vm.canUndoProperty().get()).isFalse();

        edits.resumeInputProperty().set("12:34");
        edits.saveResume();
        assertThat(edits.resumeErrorProperty().get()).isEmpty();
        assertThat(first().resume()).isEqualTo(ResumePoint.time(754));
        assertThat(today.today().get(0).detail()).endsWith("continue at 12:34");
        assertThat(today.today().get(0).canOpen()).isTrue();

        today.open(today.today().get(0));
        assertThat(opened).singleElement().hasToString(first().url() + "&t=754s");
        assertThat(first().url()).startsWith("https://www.youtube.com/watch?v=");

        // Today's "Stopped at…": a page, in Chinese too
        dialogs.textAnswer = "第 43 页";
        today.askResume(today.today().get(0));
        assertThat(first().resume()).isEqualTo(ResumePoint.page(43));
        assertThat(today.today().get(0).detail()).endsWith("continue at p. 43");
        dialogs.textAnswer = "chapter four";
        today.askResume(today.today().get(0));
        assertThat(dialogs.errors).singleElement().asString().contains("neither a page nor a time");
        assertThat(first().resume()).isEqualTo(ResumePoint.page(43));

        vm.undo();
        assertThat(first().resume()).isEqualTo(ResumePoint.time(754));
        vm.undo();
        assertThat(first().resume()).isNull();
        assertThat(edits.resumeInputProperty().get()).isEmpty();
    }

    @Test
    void theShareIsTypedAsMinutesOrAPercentage() {
        vm.selectedProperty().set(new ProgressViewModel.Row(vm.items().get(0), first()));
        UnitProgressEdits edits = vm.edits();
        edits.shareInputProperty().set("half");
        edits.saveShare();
        assertThat(edits.shareErrorProperty().get()).contains("is not an amount done");
        assertThat(first().status()).isEqualTo(UnitStatus.NOT_STARTED);

        edits.shareInputProperty().set("50 %");
        edits.saveShare();
        assertThat(first().status()).isEqualTo(UnitStatus.IN_PROGRESS);
        assertThat(first().doneShare()).isEqualTo(0.5);
        assertThat(edits.shareTextProperty().get()).isEqualTo("50 % done");
        assertThat(today.today().get(0).done()).as("half of 17 minutes is not yet the first 10").isFalse();

        edits.shareInputProperty().set(Integer.toString(first().minutes()));
        edits.saveShare();
        assertThat(first().status()).isEqualTo(UnitStatus.DONE);
        vm.undo();
        assertThat(first().doneShare()).isEqualTo(0.5);
    }
}
