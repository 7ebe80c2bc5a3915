package org.studypath.ui.progress;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.app.ProgressService;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * Ticking off the units of the selected path, and what the page's selection leads to. Every change is saved in the
 * background first ({@link ProgressChanges}, which keeps it for undo); the tree shows it once the path is read again
 * from the database. The path's totals ({@link ProgressSummary}), the selected row's time and note
 * ({@link UnitDetails}), the resume point and share done ({@link UnitProgressEdits}) and the timer ({@link Stopwatch})
 * are parts of their own. Touches no control. A little over 300 lines: ticking, time and the parts' wiring share the
 * selection and the tick date, and splitting them further would pass both around.
 */
public final class ProgressViewModel {
    /** A row of the progress tree: a resource ({@code unit} null) or one of its units. */
    public record Row(PlanItem item, PlanItem.PlanUnit unit) {
        public boolean isResource() {
            return unit == null;
        }

        public boolean sameAs(Row other) {
            return other != null && item.resourceId() == other.item.resourceId()
                    && Objects.equals(unit == null ? null : unit.unitId(), other.unit == null ? null : other.unit.unitId());
        }
    }

    /** A running timer: when it started, and on which unit; handed from one window to the next ({@link #handOver}). */
    public record RunningTimer(Instant started, long unitId, String unitTitle) {
    }

    private final ProgressService progress;
    private final DialogService dialogs;
    private final Clock clock;
    private final Messages messages;
    private final ProgressChanges changes;
    private final ProgressSummary summary;
    private final UnitDetails details;
    private final Stopwatch stopwatch;
    private final UnitProgressEdits edits;

    private final ProgressSelection selection = new ProgressSelection();
    private final ObjectProperty<PlannedPath> planned = new SimpleObjectProperty<>(this, "planned");
    /** Each reviewed unit's next review still to do, from the plan shown. */
    private Map<Long, LocalDate> nextReviews = Map.of();
    private final ObjectProperty<LocalDate> tickDate = new SimpleObjectProperty<>(this, "tickDate");
    /** The first day of the week chosen in Settings (resolved), for the date picker's calendar; null: the language's. */
    private final ObjectProperty<DayOfWeek> firstDayOfWeek = new SimpleObjectProperty<>(this, "firstDayOfWeek");

    public ProgressViewModel(ProgressService progress, TaskRunner runner, DialogService dialogs, Clock clock, Messages messages,
                             Runnable reload) {
        this(progress, runner, dialogs, clock, messages, reload, resourceId -> { });
    }

    /**
     * @param reload     reads the path again, after a change was saved or could not be
     * @param notesSaved told on the FX thread, with the resource's id, after a note on it or on one of its units was
     *                   saved or removed: the catalog's search reads notes too, so it reads that resource's text again
     *                   to find the new words (and no longer the removed ones) at once
     */
    public ProgressViewModel(ProgressService progress, TaskRunner runner, DialogService dialogs, Clock clock, Messages messages,
                             Runnable reload, java.util.function.LongConsumer notesSaved) {
        this.progress = progress;
        this.dialogs = dialogs;
        this.clock = clock;
        this.messages = messages;
        this.changes = new ProgressChanges(runner, dialogs, messages, reload);
        this.summary = new ProgressSummary(messages);
        this.details = new UnitDetails(progress, runner, messages, changes, notesSaved);
        this.stopwatch = new Stopwatch(clock);
        this.edits = new UnitProgressEdits(progress, changes, dialogs, messages, this::tickDay, selection::unit);
        selection.selectedProperty().addListener((o, old, now) -> edits.show(now)); // a reload shows what was saved
        tickDate.set(today());
        planned.addListener((o, old, now) -> show(now));
        selection.selectedProperty().addListener((o, old, now) -> selectionChanged(old, now));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate tickDay() {
        return tickDate.get() == null ? today() : tickDate.get();
    }

    private void show(PlannedPath path) {
        // before the rows: the tree reads each unit's next review when the new rows arrive
        nextReviews = path == null ? Map.of() : path.nextReviews();
        summary.show(path);
        selection.show(path == null ? null : path.path().items());
    }

    private void selectionChanged(Row old, Row now) {
        if (old != null && now != null && old.sameAs(now)) {
            return; // the same row after a reload
        }
        details.saveNoteIfChanged();
        tickDate.set(today());
        details.show(now);
    }

    // ---- ticking ----

    /** Done becomes not started; anything else becomes done (Space, double-click, the checkbox). */
    public void toggleDone(Row row) {
        selection.keep();
        if (row == null) {
            return;
        }
        if (row.isResource()) {
            markResourceDone(row.item());
        } else {
            setStatus(row.unit(), row.unit().done() ? UnitStatus.NOT_STARTED : UnitStatus.DONE, tickDay());
        }
    }

    public void toggleSelected() {
        toggleDone(selection.selectedProperty().get());
    }

    /** Marks a unit of the current path done or not done, on the tick date. */
    public void setDone(long unitId, boolean done) {
        setDone(unitId, done, tickDay());
    }

    /** Marks a unit of the current path done or not done on {@code day} (the Today page ticks on today). */
    public void setDone(long unitId, boolean done, LocalDate day) {
        selection.unit(unitId).ifPresent(u -> setStatus(u, done ? UnitStatus.DONE : UnitStatus.NOT_STARTED, day));
    }

    public void setSelectedStatus(UnitStatus status) {
        selection.keep();
        Row row = selection.selectedProperty().get();
        if (row != null && !row.isResource()) {
            setStatus(row.unit(), status, tickDay());
        }
    }

    private void setStatus(PlanItem.PlanUnit unit, UnitStatus status, LocalDate day) {
        if (unit.status() == status) {
            return;
        }
        String description = switch (status) {
            case DONE -> messages.text("progress.change.done", unit.title());
            case NOT_STARTED -> messages.text("progress.change.notStarted", unit.title());
            case IN_PROGRESS -> messages.text("progress.change.inProgress", unit.title());
            case SKIPPED -> messages.text("progress.change.skipped", unit.title());
        };
        List<UnitState> change = List.of(new UnitState(unit.unitId(), status, day));
        // a state saved again as it was changed nothing: there is nothing to undo
        changes.tick(description, () -> progress.setStates(change),
                before -> before.equals(change) ? null : () -> progress.setStates(before));
    }

    /** Marks every unit of the selected resource done at once (skipped units stay skipped). */
    public void markSelectedResourceDone() {
        selection.keep();
        Row row = selection.selectedProperty().get();
        if (row != null) {
            markResourceDone(row.item());
        }
    }

    private void markResourceDone(PlanItem item) {
        long left = item.units().stream().filter(u -> u.counts() && !u.done()).count();
        if (left == 0) {
            changes.say(messages.text("progress.notice.allDoneAlready", item.title()));
            return;
        }
        LocalDate day = tickDay();
        String description = messages.text("progress.change.resourceDone", item.title(), left);
        changes.tick(description, () -> progress.markResourceDone(item, day), before -> () -> progress.setStates(before));
    }

    /**
     * Saves another page's change of progress (a review's rating on Today) in the background, in the same undo history
     * as the ticks, so Ctrl+Z takes back whichever came last; {@code revertOf} turns the result into its undo.
     */
    public <T> void saveUndoable(String description, java.util.concurrent.Callable<T> change,
                                 java.util.function.Function<? super T, java.util.concurrent.Callable<?>> revertOf) {
        changes.tick(description, change, revertOf);
    }

    /** Undoes the most recent change (Ctrl+Z). */
    public void undo() {
        changes.undo(details::reloadLogs);
    }

    // ---- time ----

    /** Logs the typed time ({@link UnitDetails#logInputProperty}) on the selected unit, on the tick date. */
    public void logTime() {
        selection.keep();
        details.logTyped(selection.selectedProperty().get(), tickDay());
    }

    public void startTimer() {
        selection.keep();
        Row row = selection.selectedProperty().get();
        if (row != null && !row.isResource()) {
            stopwatch.start(row.unit().unitId(), row.unit().title());
        }
    }

    /** Stops the timer and logs its time on the unit it was started for; a timer left on for over a day is refused. */
    public void stopTimer() {
        stopwatch.stop().ifPresent(lap -> {
            if (lap.tooLong()) {
                dialogs.showError(messages.text("progress.timer.tooLong.title"),
                        messages.text("progress.timer.tooLong.message", messages.duration(lap.minutes())));
                return;
            }
            // progress belongs to the unit, so the time is logged even if another path is shown now
            details.log(lap.unitId(), lap.unitTitle(), today(), lap.minutes(), () -> { });
        });
    }

    /** Before the app closes: a running timer is stopped and logged, a changed note is saved. */
    public void flush() {
        stopTimer();
        details.saveNoteIfChanged();
    }

    /**
     * Before the window is built again (a language change): a changed note is saved, and a running timer is handed
     * over rather than stopped, so the new window's timer goes on counting ({@link #resumeTimer}).
     */
    public Optional<RunningTimer> handOver() {
        Optional<RunningTimer> running = stopwatch.handOver();
        details.saveNoteIfChanged();
        return running;
    }

    /** Takes over a timer that was running in the window before ({@link #handOver}). */
    public void resumeTimer(RunningTimer running) {
        stopwatch.resume(running);
    }

    // ---- properties and parts ----

    /** The day of the unit's next review still to do; empty when none is planned (not done, skipped, reviews off). */
    public java.util.Optional<LocalDate> nextReview(long unitId) {
        return java.util.Optional.ofNullable(nextReviews.get(unitId));
    }

    public ObjectProperty<PlannedPath> plannedProperty() {
        return planned;
    }

    public ObservableList<PlanItem> items() {
        return selection.items();
    }

    public ObjectProperty<Row> selectedProperty() {
        return selection.selectedProperty();
    }

    /** The day a tick or typed time counts on; back to today whenever another row is selected. */
    public ObjectProperty<LocalDate> tickDateProperty() {
        return tickDate;
    }

    public ObjectProperty<DayOfWeek> firstDayOfWeekProperty() {
        return firstDayOfWeek;
    }

    /** The gentle mode of Settings ({@link ProgressSummary#gentleProperty}). */
    public BooleanProperty gentleProperty() {
        return summary.gentleProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return changes.canUndoProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return changes.undoTextProperty();
    }

    /** What was last done or refused, for the status line. */
    public ReadOnlyStringProperty noticeProperty() {
        return changes.noticeProperty();
    }

    /** The path's totals, standing and categories. */
    public ProgressSummary summary() {
        return summary;
    }

    /** The selected row's time logs, typed time and note. */
    public UnitDetails details() {
        return details;
    }

    /** Where the learner stopped in a unit, the share done, Today's part ticks and Open. */
    public UnitProgressEdits edits() {
        return edits;
    }

    public Stopwatch stopwatch() {
        return stopwatch;
    }

    /** The UI's words, for the views built on this view model. */
    public Messages messages() {
        return messages;
    }
}
