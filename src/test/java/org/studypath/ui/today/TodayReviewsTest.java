package org.studypath.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.app.Services;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.domain.review.Rating;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Keys;
import org.studypath.ui.common.Messages;
import org.studypath.ui.path.PathsViewModel;
import org.studypath.ui.progress.ProgressViewModel;

/** Today's reviews: due first, rated with one key, the next interval shown, the plan moved, and undo taking it back. */
class TodayReviewsTest {
    static final Instant FIRST_START = Instant.parse("2026-12-01T09:00:00Z");
    static final LocalDate START = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;
    MovingClock clock = new MovingClock(FIRST_START);
    Services services;
    PathsViewModel paths;
    ProgressViewModel progress;
    TodayViewModel today;
    TodayViewModel chinese;
    List<PlanItem.PlanUnit> units;

    @BeforeEach
    void setUp() {
        services = Services.open(dir, clock);
        InlineTaskRunner runner = new InlineTaskRunner();
        RecordingDialogs dialogs = new RecordingDialogs();
        paths = new PathsViewModel(services.plans(), runner, dialogs, clock, Messages.of(Locale.UK));
        progress = new ProgressViewModel(services.progress(), runner, dialogs, clock, Messages.of(Locale.UK), paths::load);
        progress.plannedProperty().bind(paths.plannedProperty());
        today = open(Messages.of(Locale.UK));
        chinese = open(Messages.of(Locale.SIMPLIFIED_CHINESE));
        paths.load();
        // the learner finished the first two units on the first two days, and comes back on the fourth
        units = paths.plannedProperty().get().path().items().get(0).units();
        services.progress().setStates(List.of(new UnitState(units.get(0).unitId(), UnitStatus.DONE, START),
                new UnitState(units.get(1).unitId(), UnitStatus.DONE, START.plusDays(1))));
        clock.advance(Duration.ofDays(3));
        paths.load();
    }

    private TodayViewModel open(Messages messages) {
        TodayViewModel model = new TodayViewModel(progress, clock, messages);
        model.plannedProperty().bind(paths.plannedProperty());
        // as the window connects it (WindowAssembly)
        model.reviews().connect((review, rating, reopen, day, description) -> progress.saveUndoable(description,
                () -> services.reviews().rate(review.unitId(), rating, day, reopen),
                rated -> () -> {
                    services.reviews().undo(rated);
                    return null;
                }));
        return model;
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void unitsDoneDaysAgoAreReviewedFirstToday() {
        List<TodayReviews.Entry> reviews = today.reviews().entries();
        assertThat(reviews).extracting(TodayReviews.Entry::unitId)
                .containsExactly(units.get(0).unitId(), units.get(1).unitId());
        assertThat(reviews).allMatch(e -> e.rating().isEmpty() && e.canRate());
        assertThat(reviews.get(0).title()).endsWith(units.get(0).title());
        assertThat(reviews.get(0).detail()).endsWith(" · review 1");
        assertThat(reviews.get(0).outcomes().get(Rating.GOOD)).isEqualTo("Good: next review in 3 days");
        assertThat(today.reviews().headingProperty().get()).startsWith("Review · 2 due, ");
        assertThat(chinese.reviews().headingProperty().get()).startsWith("复习 · 待复习 2 项，");
        // the study lists hold no review, and today's minutes hold both
        assertThat(today.today()).noneMatch(e -> reviews.stream().anyMatch(r -> r.unitId() == e.unitId()));
        var shown = paths.plannedProperty().get().shown();
        LocalDate day = today.date();
        int minutes = shown.sessions().stream().filter(s -> s.date().equals(day)).mapToInt(s -> s.minutes()).sum();
        assertThat(minutes).isLessThanOrEqualTo(paths.plannedProperty().get().path().availability().minutesOn(day));
    }

    @Test
    void aRatingShowsTheNextReviewMovesThePlanAndUndoTakesItBack() {
        TodayReviews.Entry first = today.reviews().entries().get(0);
        int studyBefore = today.today().stream().mapToInt(TodayViewModel.Entry::minutes).sum();
        today.reviews().rate(first, Rating.GOOD, false);
        TodayReviews.Entry rated = today.reviews().entries().get(0);
        assertThat(rated.rating()).contains(Rating.GOOD);
        assertThat(rated.detail()).startsWith("Good · next review in 3 days, ");
        assertThat(chinese.reviews().entries().get(0).detail()).startsWith("良好 · 3 天后再复习，");
        assertThat(today.reviews().headingProperty().get()).startsWith("Review · 1 due, ");
        assertThat(services.plans().planned(paths.plannedProperty().get().path().id()).orElseThrow().nextReviews())
                .containsEntry(first.unitId(), today.date().plusDays(3));
        assertThat(progress.undoTextProperty().get()).contains("Rated “" + units.get(0).title() + "” Good");
        assertThat(today.today().stream().mapToInt(TodayViewModel.Entry::minutes).sum()).isEqualTo(studyBefore);

        today.undo();
        assertThat(today.reviews().entries().get(0).rating()).isEmpty();
        assertThat(services.reviews().settings(paths.plannedProperty().get().path().id()).on()).isTrue();
        assertThat(paths.plannedProperty().get().path().reviewHistory().isEmpty()).isTrue();
    }

    @Test
    void againCanReopenTheUnitSoItIsPlannedAgainAndUndoPutsItBack() {
        TodayReviews.Entry first = today.reviews().entries().get(0);
        today.reviews().rate(first, Rating.AGAIN, true);
        assertThat(paths.plannedProperty().get().isDone(first.unitId())).isFalse();
        assertThat(today.reviews().entries().get(0).detail()).isEqualTo("Again · back in the plan, to study again");
        today.undo();
        assertThat(paths.plannedProperty().get().isDone(first.unitId())).isTrue();
        assertThat(today.reviews().entries().get(0).rating()).isEmpty();
    }

    @Test
    void reviewsOnAnotherDayAreShownNotRated() {
        today.nextDay();
        today.reviews().entries().forEach(e -> assertThat(e.canRate()).isFalse());
        today.reviews().entries().stream().findFirst().ifPresent(e -> today.reviews().rate(e, Rating.GOOD, false));
        assertThat(paths.plannedProperty().get().path().reviewHistory().isEmpty()).isTrue();
    }

    @Test
    void switchedOffThereAreNoReviewsAndThePlanIsThePlanWithoutThem() {
        long pathId = paths.plannedProperty().get().path().id();
        int studyWith = today.today().stream().mapToInt(TodayViewModel.Entry::minutes).sum();
        services.reviews().saveSettings(pathId, services.reviews().settings(pathId).withOn(false));
        paths.load();
        assertThat(today.reviews().entries()).isEmpty();
        assertThat(today.reviews().headingProperty().get()).isEmpty();
        var planned = paths.plannedProperty().get();
        assertThat(planned.shown()).isEqualTo(org.studypath.domain.plan.Scheduler.shown(planned.path().items(),
                planned.path().availability(), planned.pace(), planned.schedule()));
        assertThat(today.today().stream().mapToInt(TodayViewModel.Entry::minutes).sum())
                .as("the review minutes go back to study").isGreaterThanOrEqualTo(studyWith);
    }

    @Test
    void theKeysOneToFourRateAndShiftOneReopens() {
        assertThat(Keys.rating(key(KeyCode.DIGIT1, false))).isZero();
        assertThat(Keys.rating(key(KeyCode.NUMPAD2, false))).isEqualTo(1);
        assertThat(Keys.rating(key(KeyCode.DIGIT3, false))).isEqualTo(2);
        assertThat(Keys.rating(key(KeyCode.DIGIT4, false))).isEqualTo(3);
        assertThat(Keys.rating(key(KeyCode.DIGIT5, false))).isEqualTo(-1);
        assertThat(Keys.rating(key(KeyCode.DIGIT1, true))).as("Shift+1 is Again and reopen").isEqualTo(-1);
        assertThat(Keys.AGAIN_AND_REOPEN.match(key(KeyCode.DIGIT1, true))).isTrue();
        assertThat(Keys.table()).extracting(Keys.Shortcut::actionKey).contains("shortcuts.rate", "shortcuts.againReopen");
    }

    private static KeyEvent key(KeyCode code, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false);
    }
}
