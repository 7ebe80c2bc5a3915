package org.studypath.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.app.Services;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;
import org.studypath.ui.progress.ProgressViewModel.Row;

/** Time logs, typed time and notes of one row, on the real store with work run inline. */
class UnitDetailsTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    int reloads;
    int notesSaved;
    ProgressChanges changes;
    UnitDetails details;
    PlanItem calculus;

    @BeforeEach
    void setUp() {
        services = Services.open(dir, new MovingClock(Instant.parse("2026-12-01T09:00:00Z")));
        Messages messages = Messages.of(Locale.UK);
        InlineTaskRunner runner = new InlineTaskRunner();
        changes = new ProgressChanges(runner, dialogs, messages, () -> reloads++);
        details = new UnitDetails(services.progress(), runner, messages, changes, resourceId -> notesSaved++);
        long path = services.plans().paths().get(0).id();
        calculus = services.plans().planned(path).orElseThrow().path().items().get(0);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private Row unit(int index) {
        return new Row(calculus, calculus.units().get(index));
    }

    @Test
    void typedTimeIsLoggedOrRefusedWithTheReason() {
        details.show(unit(0));
        details.logInputProperty().set("an hour or so");
        details.logTyped(unit(0), DAY);
        assertThat(details.logErrorProperty().get()).contains("is not a duration");
        assertThat(details.logInputProperty().get()).as("what was typed stays").isEqualTo("an hour or so");

        details.logInputProperty().set("1:15");
        details.logTyped(unit(0), DAY);
        assertThat(details.logErrorProperty().get()).isEmpty();
        assertThat(details.logInputProperty().get()).isEmpty();
        assertThat(details.logs()).singleElement().satisfies(l -> assertThat(l.minutes()).isEqualTo(75));
        assertThat(Messages.plain(changes.noticeProperty().get())).isEqualTo("Logged 1 h 15 min on “" + unit(0).unit().title() + "”.");
        assertThat(reloads).as("the path is read again").isEqualTo(1);

        details.logTyped(new Row(calculus, null), DAY);
        assertThat(details.logErrorProperty().get()).isEqualTo("Choose a unit to log time on.");
        details.logTyped(null, DAY);
        assertThat(details.logErrorProperty().get()).isEqualTo("Choose a unit to log time on.");
    }

    @Test
    void aDeletedLogComesBackWithUndo() {
        details.show(unit(0));
        details.log(unit(0).unit().unitId(), unit(0).unit().title(), DAY, 20, () -> { });
        details.deleteLog(details.logs().get(0));
        assertThat(details.logs()).isEmpty();
        changes.undo(details::reloadLogs);
        assertThat(details.logs()).singleElement().satisfies(l -> assertThat(l.minutes()).isEqualTo(20));
    }

    @Test
    void timeLoggedOnAnotherUnitLeavesTheShownLogsAlone() {
        details.show(unit(1));
        details.log(unit(0).unit().unitId(), unit(0).unit().title(), DAY, 20, () -> { });
        assertThat(details.logs()).isEmpty();
        assertThat(services.progress().logs(unit(0).unit().unitId())).hasSize(1);
    }

    @Test
    void aNoteIsDirtyUntilSavedAndReadBackWhenShownAgain() {
        details.show(unit(0));
        assertThat(details.noteProperty().get()).isEmpty();
        details.noteProperty().set("  ");
        assertThat(details.noteDirtyProperty().get()).as("blank is no change").isFalse();
        details.noteProperty().set("Epsilon first");
        assertThat(details.noteDirtyProperty().get()).isTrue();
        details.saveNoteIfChanged();
        assertThat(details.noteDirtyProperty().get()).isFalse();
        assertThat(notesSaved).isEqualTo(1);
        assertThat(changes.noticeProperty().get()).isEqualTo("Saved the note on “" + unit(0).unit().title() + "”.");
        details.saveNoteIfChanged();
        assertThat(notesSaved).as("nothing changed: nothing saved").isEqualTo(1);

        details.show(unit(1));
        assertThat(details.noteProperty().get()).isEmpty();
        details.show(unit(0));
        assertThat(details.noteProperty().get()).isEqualTo("Epsilon first");
        assertThat(services.progress().unitNote(unit(0).unit().unitId())).isEqualTo("Epsilon first");
    }

    @Test
    void aResourceHasANoteButNoLogs() {
        details.show(new Row(calculus, null));
        details.noteProperty().set("The whole series");
        details.saveNote();
        assertThat(services.progress().resourceNote(calculus.resourceId())).isEqualTo("The whole series");
        assertThat(details.logs()).isEmpty();
    }

    @Test
    void nothingShownClearsEverything() {
        details.show(unit(0));
        details.log(unit(0).unit().unitId(), unit(0).unit().title(), DAY, 20, () -> { });
        details.noteProperty().set("typed");
        details.show(null);
        assertThat(details.logs()).isEmpty();
        assertThat(details.noteProperty().get()).isEmpty();
        assertThat(details.noteDirtyProperty().get()).isFalse();
        details.noteProperty().set("typed with nothing shown");
        assertThat(details.noteDirtyProperty().get()).isFalse();
        details.saveNote();
        assertThat(notesSaved).isZero();
    }
}
