package org.studypath.ui.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.app.ProgressService;
import org.studypath.domain.Category;
import org.studypath.domain.Durations;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.progress.TimeLog;
import org.studypath.domain.progress.UnitState;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PlanWording;
import org.studypath.ui.common.TaskRunner;

/**
 * Ticking off units, logging time, notes and undo, for the selected path. Every change is committed in the
 * background first; the tree shows it once the path is reloaded from the database. Touches no control.
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

    /** Progress of one category of the path. */
    public record CategoryProgress(String name, Progress progress) {
    }

    private record Undo(String description, Callable<?> revert) {
    }

    public static final int UNDO_DEPTH = 50;

    private final ProgressService progress;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final Messages messages;
    private final PlanWording wording;
    private final Runnable reload;
    private final Runnable notesSaved;

    private final ObjectProperty<PlannedPath> planned = new SimpleObjectProperty<>(this, "planned");
    private final ObservableList<PlanItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<LocalDate> tickDate = new SimpleObjectProperty<>(this, "tickDate");
    /** The first day of the week chosen in Settings (resolved), for the date picker's calendar; null: the language's. */
    private final ObjectProperty<java.time.DayOfWeek> firstDayOfWeek = new SimpleObjectProperty<>(this, "firstDayOfWeek");
    private final ReadOnlyStringWrapper pathProgressText = new ReadOnlyStringWrapper(this, "pathProgressText", "");
    private final ReadOnlyDoubleWrapper pathRatio = new ReadOnlyDoubleWrapper(this, "pathRatio");
    private final ReadOnlyStringWrapper standingText = new ReadOnlyStringWrapper(this, "standingText", "");
    private final ReadOnlyStringWrapper standingState = new ReadOnlyStringWrapper(this, "standingState", "");
    private final javafx.beans.property.BooleanProperty gentle =
            new javafx.beans.property.SimpleBooleanProperty(this, "gentle", false);
    private final ObservableList<CategoryProgress> categories = FXCollections.observableArrayList();
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final StringProperty logInput = new SimpleStringProperty(this, "logInput", "");
    private final ReadOnlyStringWrapper logError = new ReadOnlyStringWrapper(this, "logError", "");
    private final ObservableList<TimeLog> logs = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyBooleanWrapper noteDirty = new ReadOnlyBooleanWrapper(this, "noteDirty");
    private final ReadOnlyObjectWrapper<Instant> timerStart = new ReadOnlyObjectWrapper<>(this, "timerStart");
    private final ReadOnlyStringWrapper timerUnit = new ReadOnlyStringWrapper(this, "timerUnit", "");
    private String savedNote = "";
    /** A tick is being saved: a second one before it lands would read the old state, so it waits. */
    private boolean saving;
    private Row noteTarget;
    /**
     * The selection is the learner's (picked in the tree, or worked on here), not the first unit left that the page
     * chose for them: a reload keeps the learner's, but moves the page's own pick on once that unit is done elsewhere
     * (on Today), so Progress opens on the first unit not done.
     */
    private boolean chosen;
    /** The page is choosing the first unit left itself: not the learner's choice. */
    private boolean picking;
    private Long timerUnitId;

    public ProgressViewModel(ProgressService progress, TaskRunner runner, DialogService dialogs, Clock clock, Messages messages,
                             Runnable reload) {
        this(progress, runner, dialogs, clock, messages, reload, () -> { });
    }

    /**
     * @param reload     reads the path again after a change could not be saved
     * @param notesSaved told on the FX thread after a note was saved: the catalog's search reads notes too, so it
     *                   must read them again to find the new words at once
     */
    public ProgressViewModel(ProgressService progress, TaskRunner runner, DialogService dialogs, Clock clock, Messages messages,
                             Runnable reload, Runnable notesSaved) {
        this.notesSaved = notesSaved;
        this.progress = progress;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.messages = messages;
        this.wording = new PlanWording(messages);
        this.reload = reload;
        undoText.set(messages.text("progress.undo"));
        tickDate.set(today());
        planned.addListener((o, old, now) -> show(now));
        gentle.addListener((o, old, now) -> show(planned.get()));
        selected.addListener((o, old, now) -> {
            if (!picking) {
                chosen = now != null;
            }
            selectionChanged(old, now);
        });
        note.addListener((o, old, now) -> noteDirty.set(noteTarget != null && !now.strip().equals(savedNote.strip())));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void show(PlannedPath path) {
        Row keep = selected.get();
        items.setAll(path == null ? List.of() : path.path().items());
        if (path == null) {
            pathProgressText.set("");
            pathRatio.set(0);
            standingText.set("");
            standingState.set("");
            categories.clear();
            selected.set(null);
            return;
        }
        Progress total = path.progress();
        pathProgressText.set(wording.progress(total));
        pathRatio.set(total.ratio());
        boolean quiet = gentle.get() && path.standing().state() == org.studypath.domain.progress.Standing.State.BEHIND;
        standingText.set(wording.standing(path.standing(), path.today(), gentle.get()));
        standingState.set(quiet ? "" : path.standing().state().name()); // the gentle mode: not styled as behind
        Map<Category, Progress> byCategory = Progress.by(path.path().items(), path.pace(), PlanItem::category);
        categories.setAll(byCategory.entrySet().stream().map(e -> new CategoryProgress(
                e.getKey() == null ? messages.text("progress.category.other") : categoryName(e.getKey().name()),
                e.getValue())).toList());
        Optional<Row> same = chosen && keep != null ? find(keep) : Optional.empty();
        if (same.isPresent()) {
            selected.set(same.get());
        } else {
            // nothing chosen by the learner (or it is gone): start at the first unit still to study
            picking = true;
            try {
                selected.set(firstUnitLeft().orElse(null));
            } finally {
                picking = false;
            }
        }
    }

    /** The learner works on the selected row here: a reload keeps it selected even once it is done. */
    private void keepSelection() {
        chosen = selected.get() != null;
    }

    /** Both names of a category, the UI's language first: "Maths · 数学" or "数学 · Maths". */
    private String categoryName(LocalizedText name) {
        String first = messages.chinese() ? name.zh() : name.en();
        String second = messages.chinese() ? name.en() : name.zh();
        if (first.isBlank() || second.isBlank() || first.equals(second)) {
            return name.in(messages.locale());
        }
        return messages.text("progress.category.bothNames", first, second);
    }

    private Optional<Row> firstUnitLeft() {
        for (PlanItem item : items) {
            for (PlanItem.PlanUnit unit : item.units()) {
                if (unit.counts() && !unit.done()) {
                    return Optional.of(new Row(item, unit));
                }
            }
        }
        return Optional.empty();
    }

    /** The row for the same resource or unit in the current items (a reload brings new records). */
    public Optional<Row> find(Row row) {
        for (PlanItem item : items) {
            if (item.resourceId() != row.item().resourceId()) {
                continue;
            }
            if (row.isResource()) {
                return Optional.of(new Row(item, null));
            }
            return item.units().stream().filter(u -> u.unitId() == row.unit().unitId()).findFirst().map(u -> new Row(item, u));
        }
        return Optional.empty();
    }

    public Progress progressOf(PlanItem item) {
        PlannedPath path = planned.get();
        return path == null ? Progress.NONE : path.progress(item);
    }

    // ---- ticking ----

    /** Done becomes not started; anything else becomes done (Space, double-click, the checkbox). */
    public void toggleDone(Row row) {
        keepSelection();
        if (row == null) {
            return;
        }
        if (row.isResource()) {
            markResourceDone(row.item());
        } else {
            setStatus(row.unit(), row.unit().done() ? UnitStatus.NOT_STARTED : UnitStatus.DONE);
        }
    }

    public void toggleSelected() {
        keepSelection();
        toggleDone(selected.get());
    }

    /** Marks a unit of the current path done or not done, on the tick date. */
    public void setDone(long unitId, boolean done) {
        setDone(unitId, done, tickDate.get() == null ? today() : tickDate.get());
    }

    /** Marks a unit of the current path done or not done on {@code day} (the Today page ticks on today). */
    public void setDone(long unitId, boolean done, LocalDate day) {
        unit(unitId).ifPresent(u -> setStatus(u, done ? UnitStatus.DONE : UnitStatus.NOT_STARTED, day));
    }

    public void setSelectedStatus(UnitStatus status) {
        keepSelection();
        Row row = selected.get();
        if (row != null && !row.isResource()) {
            setStatus(row.unit(), status);
        }
    }

    private void setStatus(PlanItem.PlanUnit unit, UnitStatus status) {
        setStatus(unit, status, tickDate.get() == null ? today() : tickDate.get());
    }

    private Optional<PlanItem.PlanUnit> unit(long unitId) {
        return items.stream().flatMap(i -> i.units().stream()).filter(u -> u.unitId() == unitId).findFirst();
    }

    private void setStatus(PlanItem.PlanUnit unit, UnitStatus status, LocalDate day) {
        if (unit.status() == status || stillSaving()) {
            return;
        }
        String description = switch (status) {
            case DONE -> messages.text("progress.change.done", unit.title());
            case NOT_STARTED -> messages.text("progress.change.notStarted", unit.title());
            case IN_PROGRESS -> messages.text("progress.change.inProgress", unit.title());
            case SKIPPED -> messages.text("progress.change.skipped", unit.title());
        };
        List<UnitState> change = List.of(new UnitState(unit.unitId(), status, day));
        saving = true;
        runner.run(description, () -> progress.setStates(change), before -> {
            saving = false;
            if (before.equals(change)) {
                reload.run(); // nothing changed: nothing to undo
            } else {
                changed(description, () -> progress.setStates(before));
            }
        }, this::fail);
    }

    private boolean stillSaving() {
        if (saving) {
            notice.set(messages.text("progress.notice.stillSaving"));
        }
        return saving;
    }

    /** Marks every unit of the selected resource done at once (skipped units stay skipped). */
    public void markSelectedResourceDone() {
        keepSelection();
        Row row = selected.get();
        if (row != null) {
            markResourceDone(row.item());
        }
    }

    private void markResourceDone(PlanItem item) {
        long left = item.units().stream().filter(u -> u.counts() && !u.done()).count();
        if (left == 0) {
            notice.set(messages.text("progress.notice.allDoneAlready", item.title()));
            return;
        }
        if (stillSaving()) {
            return;
        }
        LocalDate day = tickDate.get() == null ? today() : tickDate.get();
        String description = messages.text("progress.change.resourceDone", item.title(), left);
        saving = true;
        runner.run(description, () -> progress.markResourceDone(item, day), before -> {
            saving = false;
            changed(description, () -> progress.setStates(before));
        }, this::fail);
    }

    private void changed(String description, Callable<?> revert) {
        undo.push(new Undo(description, revert));
        while (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
        updateUndo();
        notice.set(messages.text("progress.notice.changed", description));
        reload.run();
    }

    // ---- undo ----

    /** Undoes the most recent change (Ctrl+Z). */
    public void undo() {
        Undo last = undo.poll();
        updateUndo();
        if (last == null) {
            notice.set(messages.text("progress.notice.nothingToUndo"));
            return;
        }
        runner.run("Undo", last.revert(), ignored -> {
            notice.set(messages.text("progress.notice.undone", last.description()));
            reload.run();
            reloadLogs();
        }, error -> {
            undo.push(last); // still there to try again
            updateUndo();
            fail(error);
        });
    }

    private void updateUndo() {
        canUndo.set(!undo.isEmpty());
        undoText.set(undo.isEmpty() ? messages.text("progress.undo") : messages.text("progress.undo.named", undo.peek().description()));
    }

    // ---- time ----

    /** Logs the typed time ("45", "1 h 30") on the selected unit, on the tick date. */
    public void logTime() {
        keepSelection();
        Row row = selected.get();
        if (row == null || row.isResource()) {
            logError.set(messages.text("progress.log.chooseUnit"));
            return;
        }
        int minutes;
        try {
            minutes = Durations.parse(logInput.get());
        } catch (IllegalArgumentException e) {
            logError.set(messages.reason(e));
            return;
        }
        logError.set("");
        log(row.unit().unitId(), row.unit().title(), tickDate.get() == null ? today() : tickDate.get(), minutes,
                () -> logInput.set(""));
    }

    private void log(long unitId, String title, LocalDate day, int minutes, Runnable then) {
        String description = messages.text("progress.change.logged", messages.duration(minutes), title);
        runner.run(description, () -> progress.logTime(unitId, day, minutes), id -> {
            then.run();
            changed(description, () -> {
                progress.deleteLog(id);
                return null;
            });
            reloadLogs();
        }, this::fail);
    }

    public void deleteLog(TimeLog log) {
        String description = messages.text("progress.change.logRemoved", messages.duration(log.minutes()),
                messages.shortDate(log.day()));
        runner.run(description, () -> {
            progress.deleteLog(log.id());
            return null;
        }, ignored -> {
            changed(description, () -> {
                progress.restoreLog(log);
                return null;
            });
            reloadLogs();
        }, this::fail);
    }

    public void startTimer() {
        keepSelection();
        Row row = selected.get();
        if (row == null || row.isResource() || timerStart.get() != null) {
            return;
        }
        timerUnitId = row.unit().unitId();
        timerUnit.set(row.unit().title());
        timerStart.set(clock.instant());
    }

    /** Stops the timer and logs the time (rounded to the nearest minute, at least one) on the unit it was started for. */
    public void stopTimer() {
        Instant started = timerStart.get();
        if (started == null) {
            return;
        }
        long seconds = Duration.between(started, clock.instant()).getSeconds();
        int minutes = (int) Math.max(1, Math.round(seconds / 60.0));
        Long unitId = timerUnitId;
        String title = timerUnit.get();
        timerStart.set(null);
        timerUnit.set("");
        timerUnitId = null;
        if (minutes > 24 * 60) {
            dialogs.showError(messages.text("progress.timer.tooLong.title"),
                    messages.text("progress.timer.tooLong.message", messages.duration(minutes)));
            return;
        }
        // progress belongs to the unit, so the time is logged even if another path is shown now
        log(unitId, title, today(), minutes, () -> { });
    }

    /** Before the app closes: a running timer is stopped and logged, a changed note is saved. */
    public void flush() {
        stopTimer();
        if (noteDirty.get()) {
            saveNote();
        }
    }

    /** A running timer: when it started, and on which unit. */
    public record RunningTimer(Instant started, long unitId, String unitTitle) {
    }

    /**
     * Before the window is built again (a language change): a changed note is saved, and a running timer is handed
     * over rather than stopped, so the new window's timer goes on counting ({@link #resumeTimer}).
     */
    public java.util.Optional<RunningTimer> handOver() {
        java.util.Optional<RunningTimer> running = timerStart.get() == null || timerUnitId == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new RunningTimer(timerStart.get(), timerUnitId, timerUnit.get()));
        timerStart.set(null);
        timerUnit.set("");
        timerUnitId = null;
        if (noteDirty.get()) {
            saveNote();
        }
        return running;
    }

    /** Takes over a timer that was running in the window before ({@link #handOver}). */
    public void resumeTimer(RunningTimer running) {
        timerUnitId = running.unitId();
        timerUnit.set(running.unitTitle());
        timerStart.set(running.started());
    }

    /** The running timer as "12:05", or "" when stopped. */
    public String elapsedText() {
        Instant started = timerStart.get();
        if (started == null) {
            return "";
        }
        long seconds = Math.max(0, Duration.between(started, clock.instant()).getSeconds());
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    // ---- notes and details ----

    private void selectionChanged(Row old, Row now) {
        if (old != null && now != null && old.sameAs(now)) {
            return; // the same row after a reload
        }
        if (noteDirty.get()) {
            saveNote();
        }
        tickDate.set(today());
        loadDetails(now);
    }

    /** Reloads the selected unit's time logs, leaving a note being typed alone. */
    private void reloadLogs() {
        Row row = selected.get();
        if (row == null || row.isResource()) {
            return;
        }
        runner.run("Load time logs", () -> progress.logs(row.unit().unitId()), list -> {
            Row now = selected.get();
            if (now != null && now.sameAs(row)) {
                logs.setAll(list);
            }
        }, this::fail);
    }

    private void loadDetails(Row row) {
        noteTarget = row;
        logError.set("");
        if (row == null) {
            logs.clear();
            savedNote = "";
            note.set("");
            return;
        }
        record Details(String note, List<TimeLog> logs) {
        }
        runner.run("Load notes", () -> row.isResource()
                ? new Details(progress.resourceNote(row.item().resourceId()), List.of())
                : new Details(progress.unitNote(row.unit().unitId()), progress.logs(row.unit().unitId())), details -> {
                    if (noteTarget != row) {
                        return;
                    }
                    logs.setAll(details.logs());
                    savedNote = details.note();
                    note.set(details.note());
                    noteDirty.set(false);
                }, this::fail);
    }

    /** Saves the note of the selected unit or resource; an empty note is removed. */
    public void saveNote() {
        Row row = noteTarget;
        if (row == null) {
            return;
        }
        String text = note.get();
        runner.run("Save note", () -> {
            if (row.isResource()) {
                progress.saveResourceNote(row.item().resourceId(), text);
            } else {
                progress.saveUnitNote(row.unit().unitId(), text);
            }
            return null;
        }, ignored -> {
            if (noteTarget == row) {
                savedNote = text;
                noteDirty.set(false);
            }
            notice.set(messages.text("progress.notice.noteSaved", row.isResource() ? row.item().title() : row.unit().title()));
            notesSaved.run();
        }, this::fail);
    }

    private void fail(Throwable error) {
        saving = false;
        String reason = messages.reason(error);
        dialogs.showError(messages.text("progress.error.save"), reason);
        reload.run();
    }

    // ---- properties ----

    public ObjectProperty<PlannedPath> plannedProperty() {
        return planned;
    }

    public ObservableList<PlanItem> items() {
        return items;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> tickDateProperty() {
        return tickDate;
    }

    public ObjectProperty<java.time.DayOfWeek> firstDayOfWeekProperty() {
        return firstDayOfWeek;
    }

    public ReadOnlyStringProperty pathProgressTextProperty() {
        return pathProgressText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty pathRatioProperty() {
        return pathRatio.getReadOnlyProperty();
    }

    /** The standing's state name (BEHIND, AHEAD…), for styling. */
    public ReadOnlyStringProperty standingStateProperty() {
        return standingState.getReadOnlyProperty();
    }

    /** The gentle mode of Settings: the standing never says how far behind. */
    public javafx.beans.property.BooleanProperty gentleProperty() {
        return gentle;
    }

    public ReadOnlyStringProperty standingTextProperty() {
        return standingText.getReadOnlyProperty();
    }

    public ObservableList<CategoryProgress> categories() {
        return categories;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public StringProperty logInputProperty() {
        return logInput;
    }

    public ReadOnlyStringProperty logErrorProperty() {
        return logError.getReadOnlyProperty();
    }

    public ObservableList<TimeLog> logs() {
        return logs;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty noteDirtyProperty() {
        return noteDirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> timerStartProperty() {
        return timerStart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timerUnitProperty() {
        return timerUnit.getReadOnlyProperty();
    }

    /** The UI's words, for the views built on this view model. */
    public Messages messages() {
        return messages;
    }
}
