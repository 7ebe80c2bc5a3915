package org.studypath.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/** Saving, undoing and refusing changes, with work run inline or held back by the test. */
class ProgressChangesTest {
    RecordingDialogs dialogs = new RecordingDialogs();
    List<String> events = new ArrayList<>();
    Runnable reload = () -> events.add("reload");

    private ProgressChanges changes(TaskRunner runner) {
        return new ProgressChanges(runner, dialogs, Messages.of(Locale.UK), reload);
    }

    /** Holds each piece of work until the test lets it finish. */
    static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void finishAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void aSavedChangeIsSaidReloadedAndKeptForUndo() {
        ProgressChanges changes = changes(new InlineTaskRunner());
        assertThat(changes.canUndoProperty().get()).isFalse();
        assertThat(changes.undoTextProperty().get()).isEqualTo("Undo");
        changes.save("Marked “Limits” done", () -> 42, result -> () -> events.add("revert " + result),
                result -> events.add("then " + result));
        assertThat(events).containsExactly("reload", "then 42");
        assertThat(changes.noticeProperty().get()).isEqualTo("Marked “Limits” done.");
        assertThat(changes.canUndoProperty().get()).isTrue();
        assertThat(changes.undoTextProperty().get()).isEqualTo("Undo: Marked “Limits” done");

        events.clear();
        changes.undo(() -> events.add("after undo"));
        assertThat(events).containsExactly("revert 42", "reload", "after undo");
        assertThat(changes.noticeProperty().get()).isEqualTo("Undone: Marked “Limits” done.");
        assertThat(changes.canUndoProperty().get()).isFalse();
        assertThat(changes.undoTextProperty().get()).isEqualTo("Undo");
        changes.undo(() -> events.add("never"));
        assertThat(changes.noticeProperty().get()).isEqualTo("Nothing to undo.");
        assertThat(events).doesNotContain("never");
    }

    @Test
    void aChangeThatChangedNothingIsReloadedButNotKept() {
        ProgressChanges changes = changes(new InlineTaskRunner());
        changes.save("Marked “Limits” done", () -> "same", result -> null, result -> { });
        assertThat(events).containsExactly("reload");
        assertThat(changes.canUndoProperty().get()).isFalse();
        assertThat(changes.noticeProperty().get()).isEmpty();
    }

    @Test
    void aFailedSaveIsExplainedAndReloaded() {
        ProgressChanges changes = changes(new InlineTaskRunner());
        changes.save("Logged 5 min", () -> {
            throw new IllegalStateException("disk full");
        }, result -> () -> null, result -> events.add("then"));
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not save your progress");
        assertThat(events).containsExactly("reload");
        assertThat(changes.canUndoProperty().get()).isFalse();
    }

    @Test
    void aFailedUndoStaysToBeTriedAgain() {
        ProgressChanges changes = changes(new InlineTaskRunner());
        changes.save("Logged 5 min", () -> 1, result -> () -> {
            throw new IllegalStateException("locked");
        }, result -> { });
        changes.undo(() -> events.add("after undo"));
        assertThat(dialogs.errors).hasSize(1);
        assertThat(events).doesNotContain("after undo");
        assertThat(changes.canUndoProperty().get()).isTrue();
        assertThat(changes.undoTextProperty().get()).isEqualTo("Undo: Logged 5 min");
    }

    @Test
    void aSecondTickWaitsForTheFirstToLand() {
        HeldRunner runner = new HeldRunner();
        ProgressChanges changes = changes(runner);
        changes.tick("first", () -> 1, result -> () -> null);
        changes.tick("second", () -> 2, result -> () -> null);
        assertThat(runner.held).as("the second was refused").hasSize(1);
        assertThat(changes.noticeProperty().get()).isEqualTo("Still saving the last change…");
        runner.finishAll();
        assertThat(changes.stillSaving()).isFalse();
        changes.tick("third", () -> 3, result -> () -> null);
        assertThat(runner.held).hasSize(1);
        runner.finishAll();
        assertThat(changes.undoTextProperty().get()).isEqualTo("Undo: third");
    }

    @Test
    void aFailedTickLetsTheNextOneThrough() {
        HeldRunner runner = new HeldRunner();
        ProgressChanges changes = changes(runner);
        changes.tick("first", () -> {
            throw new IllegalStateException("busy");
        }, result -> () -> null);
        runner.finishAll();
        changes.tick("second", () -> 2, result -> () -> null);
        assertThat(runner.held).hasSize(1);
    }

    @Test
    void saysWhatItIsTold() {
        ProgressChanges changes = changes(new InlineTaskRunner());
        changes.say("Saved the note.");
        assertThat(changes.noticeProperty().get()).isEqualTo("Saved the note.");
    }
}
