package org.studypath.ui.backup;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.BackupService;
import org.studypath.domain.backup.Snapshot;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.TaskRunner;

/**
 * File → Backups: the automatic copies of the database, newest first; take one now; restore one after confirmation
 * (a copy of the present state is taken first, so a restore can itself be undone).
 */
public final class BackupsViewModel {
    /** One line of the list. */
    public record Row(BackupService.Entry entry, String when, String why, String size) {
    }

    private final BackupService backups;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Runnable afterRestore;
    private final DateTimeFormatter format;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public BackupsViewModel(BackupService backups, TaskRunner runner, DialogService dialogs, Locale locale,
                            Runnable afterRestore) {
        this.backups = backups;
        this.runner = runner;
        this.dialogs = dialogs;
        this.afterRestore = afterRestore;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public BooleanBinding cannotRestore() {
        return Bindings.or(busy, selected.isNull());
    }

    public String folder() {
        return backups.folder().toString();
    }

    public void load() {
        busy.set(true);
        runner.run("list backups", backups::list, entries -> {
            rows.setAll(entries.stream().map(this::row).toList());
            busy.set(false);
            status.set(entries.isEmpty() ? "No backups yet. StudyPath takes one each day when you close it."
                    : entries.size() + (entries.size() == 1 ? " backup" : " backups") + " in " + folder());
        }, failure -> {
            busy.set(false);
            status.set("Cannot list the backups: " + failure.getMessage());
        });
    }

    public void backUpNow() {
        busy.set(true);
        status.set("Backing up…");
        runner.run("back up now", () -> backups.backUpNow(Snapshot.Reason.MANUAL), entry -> {
            busy.set(false);
            load();
        }, failure -> {
            busy.set(false);
            status.set("The backup failed: " + failure.getMessage());
            dialogs.showError("The backup failed", failure.getMessage());
        });
    }

    public void restoreSelected() {
        Row row = selected.get();
        if (row == null || busy.get()) {
            return;
        }
        boolean confirmed = dialogs.confirm("Restore this backup?",
                "Everything in StudyPath — paths, progress, notes, your resources and settings — goes back to how it "
                        + "was on " + row.when() + ". A copy of what is here now is kept first, as a \"before restore\" "
                        + "backup in this list, so you can come back to it.", "Restore");
        if (!confirmed) {
            return;
        }
        busy.set(true);
        status.set("Restoring the backup of " + row.when() + "…");
        runner.run("restore backup", () -> {
            backups.restore(row.entry());
            return row;
        }, done -> {
            busy.set(false);
            afterRestore.run();
            load();
            dialogs.showInfo("Backup restored", "StudyPath is back to how it was on " + row.when() + ".");
        }, failure -> {
            busy.set(false);
            status.set("The backup was not restored: " + failure.getMessage());
            dialogs.showError("The backup was not restored", failure.getMessage() + " Nothing was changed.");
        });
    }

    private Row row(BackupService.Entry entry) {
        String why = switch (entry.snapshot().reason()) {
            case DAILY -> "Daily, on closing";
            case BEFORE_UPGRADE -> "Before an update of StudyPath";
            case BEFORE_RESTORE -> "Before a restore";
            case MANUAL -> "Taken by you";
        };
        return new Row(entry, format.format(entry.snapshot().takenAt()), why, size(entry.bytes()));
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
