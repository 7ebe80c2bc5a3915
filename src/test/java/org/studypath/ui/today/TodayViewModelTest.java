package org.studypath.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.app.Services;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;
import org.studypath.ui.path.PathsViewModel;
import org.studypath.ui.progress.ProgressViewModel;

/** Today after falling behind, its replan, the gentle mode and the welcome, without a screen. */
class TodayViewModelTest {
    /** The first start: the starter path is planned from this Tuesday. */
    static final Instant FIRST_START = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;
    MovingClock clock = new MovingClock(FIRST_START);
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    PathsViewModel paths;
    ProgressViewModel progress;
    TodayViewModel today;
    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        services = Services.open(dir, clock);
        InlineTaskRunner runner = new InlineTaskRunner();
        paths = new PathsViewModel(services.plans(), runner, dialogs, clock, Messages.of(Locale.UK));
        progress = new ProgressViewModel(services.progress(), runner, dialogs, clock, Messages.of(Locale.UK), paths::load);
        progress.plannedProperty().bind(paths.plannedProperty());
        today = open(Messages.of(Locale.UK));
        paths.load();
    }

    private TodayViewModel open(Messages messages) {
        TodayViewModel model = new TodayViewModel(progress, clock, messages);
        model.plannedProperty().bind(paths.plannedProperty());
        model.connect(new TodayViewModel.Actions() {
            @Override
            public void replan(Consumer<String> tell) {
                paths.replanFromToday(tell);
            }

            @Override
            public void dismissWelcome() {
                calls.add("dismissWelcome");
            }

            @Override
            public void openCatalog() {
                calls.add("openCatalog");
            }

            @Override
            public void openExport() {
                calls.add("openExport");
            }
        });
        return model;
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void daysLater(int days) {
        clock.advance(Duration.ofDays(days));
        paths.load();
    }

    @Test
    void threeWeeksBehindIsOneLineWithTheListFoldedInEitherLanguage() {
        TodayViewModel chinese = open(Messages.of(Locale.SIMPLIFIED_CHINESE));
        daysLater(21);
        int units = today.overdue().size();
        assertThat(units).isGreaterThan(10);
        int minutes = today.overdue().stream().mapToInt(TodayViewModel.Entry::minutes).sum();
        String duration = Messages.of(Locale.UK).duration(minutes);
        assertThat(today.overdueSummaryProperty().get()).isEqualTo(units + " units, " + duration + " overdue");
        assertThat(today.overdueHeadingProperty().get()).isEqualTo("Still open from earlier days");
        assertThat(today.overdueShownProperty().get()).as("folded until asked").isFalse();
        assertThat(chinese.overdueSummaryProperty().get()).isEqualTo("逾期 " + units + " 个单元，共 "
                + Messages.of(Locale.SIMPLIFIED_CHINESE).duration(minutes));
        assertThat(today.standingProperty().get()).contains("behind");
    }

    @Test
    void replanOnTodayWithNothingOverdueSaysWhyAndShowsNoPreview() {
        assertThat(today.overdue()).isEmpty();
        today.replanFromToday();
        assertThat(dialogs.lists).isEmpty();
        assertThat(today.replanNoteProperty().get())
                .isEqualTo("Nothing to replan: every session planned before today is done, so the plan stays as it is.");
    }

    @Test
    void replanOnTodayIsThePathEditorsReplan() {
        daysLater(21);
        dialogs.answer = true;
        today.replanFromToday();
        assertThat(dialogs.lists).hasSize(1);
        assertThat(today.replanNoteProperty().get()).isEqualTo("Replanned from today.");
        assertThat(today.overdue()).isEmpty();
        assertThat(paths.startProperty().get()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(today.standingProperty().get()).doesNotContain("behind");
    }

    @Test
    void thePreviewCountsOnlyUnitsNotDone() {
        daysLater(10);
        dialogs.answer = false;
        today.replanFromToday();
        List<String> before = dialogs.lists.get(0);
        TodayViewModel.Entry ticked = today.overdue().get(0);
        today.setDone(ticked, true); // done today: it stays where it was done, it does not move
        today.replanFromToday();
        List<String> after = dialogs.lists.get(1);
        assertThat(after).hasSize(before.size() - 1)
                .noneMatch(line -> line.endsWith(ticked.resourceTitle() + " — " + ticked.unitTitle()));
    }

    @Test
    void theGentleModeSaysWhatIsNextAndNeverBehind() {
        TodayViewModel chinese = open(Messages.of(Locale.SIMPLIFIED_CHINESE));
        daysLater(21);
        today.gentleProperty().set(true);
        chinese.gentleProperty().set(true);
        TodayViewModel.Entry first = today.today().isEmpty() ? today.overdue().get(0) : today.today().get(0);
        assertThat(today.standingProperty().get()).isEqualTo("Next: " + first.resourceTitle() + " — " + first.unitTitle());
        assertThat(today.standingStateProperty().get()).as("not styled as behind").isEmpty();
        assertThat(today.overdueHeadingProperty().get()).isEqualTo("From earlier days");
        assertThat(today.overdueSummaryProperty().get()).endsWith(" in all").doesNotContain("overdue");
        for (String text : List.of(today.standingProperty().get(), today.overdueSummaryProperty().get(),
                today.overdueHeadingProperty().get(), today.summaryProperty().get(), today.todayEmptyProperty().get())) {
            assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("behind").doesNotContain("overdue");
        }
        for (String text : List.of(chinese.standingProperty().get(), chinese.overdueSummaryProperty().get(),
                chinese.overdueHeadingProperty().get())) {
            assertThat(text).doesNotContain("落后").doesNotContain("逾期");
        }
        assertThat(chinese.standingProperty().get()).startsWith("接下来：");
        today.gentleProperty().set(false);
        assertThat(today.standingProperty().get()).contains("behind");

        // the Progress page's standing follows the same mode
        assertThat(progress.summary().standingTextProperty().get()).contains("behind");
        progress.gentleProperty().set(true);
        assertThat(progress.summary().standingTextProperty().get()).startsWith("From today on — projected finish ")
                .doesNotContain("behind");
        assertThat(progress.summary().standingStateProperty().get()).isEmpty();
    }

    @Test
    void theWelcomeGoesForGoodWhenDismissedAndLeadsToTheCatalogAndTheExport() {
        today.welcomeShownProperty().set(true);
        today.openCatalog();
        today.openExport();
        today.dismissWelcome();
        today.dismissWelcome();
        assertThat(today.welcomeShownProperty().get()).isFalse();
        assertThat(calls).containsExactly("openCatalog", "openExport", "dismissWelcome");
    }
}
