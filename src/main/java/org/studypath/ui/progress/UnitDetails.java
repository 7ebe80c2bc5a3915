package org.studypath.ui.progress;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.ProgressService;
import org.studypath.domain.Durations;
import org.studypath.domain.progress.TimeLog;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;
import org.studypath.ui.progress.ProgressViewModel.Row;

/**
 * What the progress page keeps about the selected unit or resource besides its status: the time logged on a unit,
 * the time being typed for it, and the note. A note being typed is never lost: the view model saves it before the
 * selection moves on or the window goes. Touches no control.
 */
public final class UnitDetails {
    private final ProgressService progress;
    private final TaskRunner runner;
    private final Messages messages;
    private final ProgressChanges changes;
    private final java.util.function.LongConsumer notesSaved;
    private final StringProperty logInput = new SimpleStringProperty(this, "logInput", "");
    private final ReadOnlyStringWrapper logError = new ReadOnlyStringWrapper(this, "logError", "");
    private final ObservableList<TimeLog> logs = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyBooleanWrapper noteDirty = new ReadOnlyBooleanWrapper(this, "noteDirty");
    private String savedNote = "";
    /** The row shown; replaced only when another row is selected, not when a reload brings the same one again. */
    private Row target;

    UnitDetails(ProgressService progress, TaskRunner runner, Messages messages, ProgressChanges changes,
                java.util.function.LongConsumer notesSaved) {
        this.progress = progress;
        this.runner = runner;
        this.messages = messages;
        this.changes = changes;
        this.notesSaved = notesSaved;
        note.addListener((o, old, now) -> noteDirty.set(target != null && !now.strip().equals(savedNote.strip())));
    }

    /** Shows {@code row} (null: nothing selected): its note and, for a unit, its time logs, read in the background. */
    void show(Row row) {
        target = row;
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
                    if (target != row) {
                        return;
                    }
                    logs.setAll(details.logs());
                    savedNote = details.note();
                    note.set(details.note());
                    noteDirty.set(false);
                }, changes::fail);
    }

    /** Reads the shown unit's time logs again, leaving a note being typed alone. */
    void reloadLogs() {
        Row row = target;
        if (row == null || row.isResource()) {
            return;
        }
        runner.run("Load time logs", () -> progress.logs(row.unit().unitId()), list -> {
            if (target != null && target.sameAs(row)) {
                logs.setAll(list);
            }
        }, changes::fail);
    }

    /** Logs the typed time ("45", "1 h 30") on {@code row}'s unit on {@code day}; what cannot be read is said why. */
    void logTyped(Row row, LocalDate day) {
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
        log(row.unit().unitId(), row.unit().title(), day, minutes, () -> logInput.set(""));
    }

    /** Logs {@code minutes} on a unit, which need not be on the path shown; {@code then} runs once it is saved. */
    void log(long unitId, String title, LocalDate day, int minutes, Runnable then) {
        String description = messages.text("progress.change.logged", messages.duration(minutes), title);
        changes.save(description, () -> progress.logTime(unitId, day, minutes), id -> () -> {
            progress.deleteLog(id);
            return null;
        }, id -> {
            then.run();
            reloadLogs();
        });
    }

    /** Removes a time log; undo brings it back. */
    public void deleteLog(TimeLog log) {
        String description = messages.text("progress.change.logRemoved", messages.duration(log.minutes()),
                messages.shortDate(log.day()));
        changes.save(description, () -> {
            progress.deleteLog(log.id());
            return null;
        }, ignored -> () -> {
            progress.restoreLog(log);
            return null;
        }, ignored -> reloadLogs());
    }

    /** Saves the note of the unit or resource shown; an empty note is removed. */
    public void saveNote() {
        Row row = target;
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
            if (target == row) {
                savedNote = text;
                noteDirty.set(false);
            }
            changes.say(messages.text("progress.notice.noteSaved", row.isResource() ? row.item().title() : row.unit().title()));
            notesSaved.accept(row.item().resourceId());
        }, changes::fail);
    }

    /** Saves the note if it was changed since it was read or saved. */
    void saveNoteIfChanged() {
        if (noteDirty.get()) {
            saveNote();
        }
    }

    /** The time as typed, read when it is logged. */
    public StringProperty logInputProperty() {
        return logInput;
    }

    /** Why the typed time was not logged, or "". */
    public ReadOnlyStringProperty logErrorProperty() {
        return logError.getReadOnlyProperty();
    }

    public ObservableList<TimeLog> logs() {
        return logs;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The note differs from what was read or saved. */
    public ReadOnlyBooleanProperty noteDirtyProperty() {
        return noteDirty.getReadOnlyProperty();
    }
}
