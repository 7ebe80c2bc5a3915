package org.studypath.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.studypath.app.NotesExport;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * File → Export notes as Markdown files…: asks for a folder, writes every note into a new folder inside it in the
 * background ({@link NotesExport}), then says where they are and how to open them in Obsidian. Nothing already in the
 * chosen folder is touched, so nothing needs confirming.
 */
public final class NotesExportViewModel {
    private final NotesExport notes;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public NotesExportViewModel(NotesExport notes, TaskRunner runner, DialogService dialogs, Messages messages) {
        this.notes = notes;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void export() {
        if (busy.get()) {
            return;
        }
        Optional<Path> folder = dialogs.chooseFolder(messages.text("notesExport.choose.title"));
        if (folder.isEmpty()) {
            return;
        }
        busy.set(true);
        runner.run("export notes", () -> notes.exportTo(folder.get(), messages.locale()), written -> {
            busy.set(false);
            dialogs.showInfo(messages.text("notesExport.done.title"), messages.text("notesExport.done.message",
                    written.notes(), written.resources(), written.folder().toString()));
        }, failure -> {
            busy.set(false);
            dialogs.showError(messages.text("notesExport.failed.title"), messages.reason(failure));
        });
    }

    /** True while notes are being written: the menu item waits. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
