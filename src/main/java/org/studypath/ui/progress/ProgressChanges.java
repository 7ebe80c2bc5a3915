package org.studypath.ui.progress;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * Saves the progress page's changes in the background and keeps each one for undo. Once a change is saved the learner
 * is told what changed and the path is read again, so the tree shows what the database holds; when saving fails the
 * learner is told why and the path is read again too. Touches no control.
 */
final class ProgressChanges {
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable reload;
    private final UndoHistory history = new UndoHistory();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    /** A tick is being saved: a second one before it lands would read the old state, so it waits. */
    private boolean saving;

    /** @param reload reads the path again, after a change was saved or could not be */
    ProgressChanges(TaskRunner runner, DialogService dialogs, Messages messages, Runnable reload) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.reload = reload;
        updateUndo();
    }

    /**
     * Saves {@code change} in the background. Once it is saved, {@code revertOf} turns its result into the work that
     * undoes it (null when nothing changed, so there is nothing to undo), and {@code then} runs after the reload.
     */
    <T> void save(String description, Callable<T> change, Function<? super T, Callable<?>> revertOf,
                  Consumer<? super T> then) {
        runner.run(description, change, result -> {
            saving = false;
            Callable<?> revert = revertOf.apply(result);
            if (revert != null) {
                history.push(new UndoHistory.Change(description, revert));
                updateUndo();
                notice.set(messages.text("progress.notice.changed", description));
            }
            reload.run();
            then.accept(result);
        }, this::fail);
    }

    /** Saves a change of status like {@link #save}, unless another is still being saved (then the learner is told). */
    <T> void tick(String description, Callable<T> change, Function<? super T, Callable<?>> revertOf) {
        if (stillSaving()) {
            return;
        }
        saving = true;
        save(description, change, revertOf, result -> { });
    }

    /** True, with a notice saying so, while a tick is being saved. */
    boolean stillSaving() {
        if (saving) {
            notice.set(messages.text("progress.notice.stillSaving"));
        }
        return saving;
    }

    /** Undoes the most recent change; {@code then} runs once it is undone and the path read again. */
    void undo(Runnable then) {
        Optional<UndoHistory.Change> last = history.take();
        updateUndo();
        if (last.isEmpty()) {
            notice.set(messages.text("progress.notice.nothingToUndo"));
            return;
        }
        UndoHistory.Change change = last.get();
        runner.run("Undo", change.revert(), ignored -> {
            notice.set(messages.text("progress.notice.undone", change.description()));
            reload.run();
            then.run();
        }, error -> {
            history.push(change); // still there to try again
            updateUndo();
            fail(error);
        });
    }

    private void updateUndo() {
        canUndo.set(!history.isEmpty());
        undoText.set(history.latest().map(c -> messages.text("progress.undo.named", c.description()))
                .orElseGet(() -> messages.text("progress.undo")));
    }

    /** Tells the learner something in the page's status line. */
    void say(String text) {
        notice.set(text);
    }

    /** Something could not be saved or read: the learner is told why, and the path is read again. */
    void fail(Throwable error) {
        saving = false;
        dialogs.showError(messages.text("progress.error.save"), messages.reason(error));
        reload.run();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** "Undo" or "Undo: <what the newest change did>". */
    ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
