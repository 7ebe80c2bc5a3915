package org.studypath.ui.backup;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
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
import org.studypath.ui.common.Messages;
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
    private final Messages messages;
    private final DateTimeFormatter format;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public BackupsViewModel(BackupService backups, TaskRunner runner, DialogService dialogs, Messages messages,
                            Runnable afterRestore) {
        this.backups = backups;
        this.runner = runner;
        this.dialogs = dialogs;
        this.afterRestore = afterRestore;
        this.messages = messages;
        this.format = messages.dates("format.dateTime");
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
            status.set(entries.isEmpty() ? messages.text("backup.status.empty")
                    : messages.text("backup.status.count", entries.size(), folder()));
        }, failure -> {
            busy.set(false);
            status.set(messages.text("backup.status.cannotList", messages.reason(failure)));
        });
    }

    public void backUpNow() {
        busy.set(true);
        status.set(messages.text("backup.backingUp"));
        runner.run("back up now", () -> backups.backUpNow(Snapshot.Reason.MANUAL), entry -> {
            busy.set(false);
            load();
        }, failure -> {
            busy.set(false);
            status.set(messages.text("backup.failed.status", messages.reason(failure)));
            dialogs.showError(messages.text("backup.failed"), messages.reason(failure));
        });
    }

    public void restoreSelected() {
        Row row = selected.get();
        if (row == null || busy.get()) {
            return;
        }
        boolean confirmed = dialogs.confirm(messages.text("backup.restore.title"),
                messages.text("backup.restore.message", row.when()), messages.text("backup.restore.confirm"));
        if (!confirmed) {
            return;
        }
        busy.set(true);
        status.set(messages.text("backup.restoring", row.when()));
        runner.run("restore backup", () -> backups.restore(row.entry()), before -> {
            busy.set(false);
            afterRestore.run();
            load();
            status.set(messages.text("backup.restored.status", row.when(), before.file().toString()));
            dialogs.showInfo(messages.text("backup.restored.title"), messages.text("backup.restored.message", row.when(),
                    before.file().toString()));
        }, failure -> {
            busy.set(false);
            status.set(messages.text("backup.restore.failed.status", messages.reason(failure)));
            dialogs.showError(messages.text("backup.restore.failed"),
                    messages.text("backup.restore.failed.message", messages.reason(failure)));
        });
    }

    private Row row(BackupService.Entry entry) {
        String why = switch (entry.snapshot().reason()) {
            case DAILY -> messages.text("backup.reason.daily");
            case BEFORE_UPGRADE -> messages.text("backup.reason.beforeUpgrade");
            case BEFORE_RESTORE -> messages.text("backup.reason.beforeRestore");
            case MANUAL -> messages.text("backup.reason.manual");
        };
        return new Row(entry, format.format(entry.snapshot().takenAt()), why, size(entry.bytes(), messages));
    }

    /** "512 KB", "3.3 MB": the unit symbols are the same in every language, the number is the locale's. */
    static String size(long bytes, Messages messages) {
        if (bytes < 1024 * 1024) {
            return messages.number(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        NumberFormat number = NumberFormat.getNumberInstance(messages.locale());
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
