package org.studypath.ui.exchange;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.studypath.app.ExchangeException;
import org.studypath.app.ExchangeService;
import org.studypath.app.ExportFormat;
import org.studypath.app.FileNames;
import org.studypath.app.ImportFile;
import org.studypath.domain.catalog.PackMerge;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * File → Export, Import and Print. Exports the selected path (or backs up everything), restores a backup after a
 * preview of what it replaces, merges catalog packs, and prints the report. Long work shows progress in the status
 * strip and can be cancelled; a cancelled or failed import changes nothing.
 *
 * <p>Over 300 lines because it is the one place that sequences the file dialogs, the preview, the confirmation and
 * the background work for six exports and three kinds of import; the formats themselves live in {@code exchange}.
 */
public final class ExchangeViewModel {
    private final ExchangeService exchange;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ExportChooser chooser;
    private final ReportPrinter printer;
    private final ReadOnlyObjectProperty<PathSummary> selectedPath;
    private final Runnable afterImport;
    private final java.time.Clock clock;
    private final Messages messages;
    /** The window's first day of the week (Settings): the exported checklist's and reports' weeks start on it. */
    private final javafx.beans.property.ObjectProperty<java.time.DayOfWeek> firstDayOfWeek =
            new javafx.beans.property.SimpleObjectProperty<>(this, "firstDayOfWeek", java.time.DayOfWeek.MONDAY);

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private ExportChoice lastChoice = new ExportChoice(ExportFormat.ICS, false, ExchangeService.ExportOptions.DEFAULT_DAY_START);
    private Runnable cancel;

    public ExchangeViewModel(ExchangeService exchange, TaskRunner runner, DialogService dialogs, ExportChooser chooser,
                             ReportPrinter printer, ReadOnlyObjectProperty<PathSummary> selectedPath, java.time.Clock clock,
                             Messages messages, Runnable afterImport) {
        this.exchange = exchange;
        this.runner = runner;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.printer = printer;
        this.selectedPath = selectedPath;
        this.clock = clock;
        this.messages = messages;
        this.afterImport = afterImport;
    }

    /** File → Export…: the format, then the file, then the export in the background. */
    public void export() {
        if (busy.get()) {
            return;
        }
        PathSummary path = selectedPath.get();
        Optional<ExportChoice> choice = chooser.choose(path == null ? null : path.name(), lastChoice);
        if (choice.isEmpty()) {
            return;
        }
        ExportChoice chosen = choice.get();
        if (chosen.format() != ExportFormat.JSON && path == null) {
            dialogs.showError(messages.text("exchange.noPath.title"), messages.text("exchange.noPath.message"));
            return;
        }
        lastChoice = chosen;
        export(path, chosen);
    }

    /** File → Back up everything…: the JSON backup, straight to the file dialog. */
    public void backup() {
        if (!busy.get()) {
            export(selectedPath.get(), new ExportChoice(ExportFormat.JSON, false, lastChoice.dayStart()));
        }
    }

    private void export(PathSummary path, ExportChoice chosen) {
        ExportFormat format = chosen.format();
        String label = label(format);
        String base = format == ExportFormat.JSON
                ? messages.text("exchange.backupFileName", java.time.LocalDate.now(clock).toString())
                : FileNames.safe(path.name(), "study-path");
        Optional<Path> file = dialogs.chooseSaveFile(messages.text("exchange.save.title", label),
                base + "." + format.extension(), label, format.extension());
        if (file.isEmpty()) {
            return;
        }
        long pathId = path == null ? -1 : path.id();
        // the readable exports speak the UI's language; the CSV and the backup are the same in every language
        ExchangeService.ExportOptions options = new ExchangeService.ExportOptions(chosen.byteOrderMark(),
                chosen.dayStart() == null ? LocalTime.of(19, 0) : chosen.dayStart(), clock.getZone(), messages.locale(),
                firstDayOfWeek.get() == null ? java.time.DayOfWeek.MONDAY : firstDayOfWeek.get());
        start(messages.text("exchange.exporting", label), false);
        runner.run("export " + format.extension(), () -> {
            exchange.exportTo(pathId, format, options, file.get());
            return file.get();
        }, written -> finish(messages.text("exchange.exported", label, written.toString())),
                failure -> failed(messages.text("exchange.export.failed"), failure));
    }

    /** File → Import…: a backup (restore after a preview) or a catalog pack (merge after a preview). */
    public void importFile() {
        if (busy.get()) {
            return;
        }
        Optional<Path> file = dialogs.chooseOpenFile(messages.text("exchange.import.title"),
                messages.text("exchange.import.filter"), List.of("json", org.studypath.domain.pathfile.PathFile.EXTENSION));
        if (file.isEmpty()) {
            return;
        }
        Path chosen = file.get();
        start(messages.text("exchange.reading", chosen.getFileName().toString()), true);
        cancel = runner.runCancellable("check import", work -> {
            // read once: a pipe is copied, and the preview and the import read the same bytes
            ImportFile input = exchange.open(chosen, work);
            try {
                ExchangeService.ImportKind kind = exchange.detect(input.path());
                if (kind == ExchangeService.ImportKind.PATH_FILE) {
                    return new Checked(input, kind); // previewed by the path file's own view model
                }
                return new Checked(input, kind == ExchangeService.ImportKind.BACKUP
                        ? (Object) exchange.previewRestore(input.path(), work)
                        : exchange.previewPack(input.path()));
            } catch (Exception | Error e) {
                input.close();
                throw e;
            }
        }, progress::set, checked -> {
            finish("");
            if (checked.preview() == ExchangeService.ImportKind.PATH_FILE) {
                pathFiles.accept(checked.input());
            } else if (checked.preview() instanceof ExchangeService.RestorePreview restore) {
                confirmRestore(checked.input(), restore);
            } else {
                confirmPack(checked.input(), (PackMerge) checked.preview());
            }
        }, failure -> failed(messages.text("exchange.import.cannot", chosen.getFileName().toString()), failure));
    }

    /** What previews and imports a path file chosen under File → Import (the path files' view model); it closes it. */
    private java.util.function.Consumer<ImportFile> pathFiles = ImportFile::close;

    /** Hands a {@code .studypath} file chosen under File → Import to {@code importer}, which closes it when done. */
    public void onPathFile(java.util.function.Consumer<ImportFile> importer) {
        pathFiles = importer;
    }

    /**
     * The status strip and the busy state, for the work of File → Export path… and Import path…, which show in the
     * same strip and keep the other exports and imports from starting meanwhile.
     */
    public StatusLine statusLine() {
        return new StatusLine() {
            @Override
            public boolean busy() {
                return busy.get();
            }

            @Override
            public void start(String message) {
                ExchangeViewModel.this.start(message, false);
            }

            @Override
            public void finish(String message) {
                ExchangeViewModel.this.finish(message);
            }

            @Override
            public void failed(String title, Throwable failure) {
                ExchangeViewModel.this.failed(title, failure);
            }
        };
    }

    /** A file to import, read and checked, and what importing it would do. */
    private record Checked(ImportFile input, Object preview) {
    }

    private void confirmRestore(ImportFile input, ExchangeService.RestorePreview preview) {
        String from = preview.generator().strip();
        String when = preview.exportedAt().isBlank() ? "" : preview.exportedAt().replace('T', ' ')
                .replaceAll("\\.\\d+", "").replace("Z", " UTC");
        String backup;
        if (when.isEmpty()) {
            backup = from.isEmpty() ? messages.text("exchange.restore.backup") : messages.text("exchange.restore.backupFrom", from);
        } else {
            backup = from.isEmpty() ? messages.text("exchange.restore.backupMade", when)
                    : messages.text("exchange.restore.backupMadeFrom", when, from);
        }
        boolean restore = dialogs.confirmList(messages.text("exchange.restore.title"),
                messages.text("exchange.restore.message", backup), changes(preview),
                messages.text("exchange.restore.confirm"));
        if (!restore) {
            input.close();
            return;
        }
        String name = input.name();
        start(messages.text("exchange.restoring", name), true);
        cancel = runner.runCancellable("restore", work -> {
            try (input) {
                return exchange.restore(input.path(), work);
            }
        }, progress::set, restored -> {
            finish(messages.text("exchange.restored", name, restored.before().toString()));
            afterImport.run();
            restored.warnings().stream().filter(w -> !w.key().startsWith("settings.")).forEach(w ->
                    dialogs.showError(messages.text("exchange.restore.afterProblem.title"), messages.notice(w)));
            List<String> lines = restored.warnings().stream().filter(w -> w.key().startsWith("settings."))
                    .map(messages::notice).toList();
            if (!lines.isEmpty()) {
                dialogs.showInfo(messages.text("exchange.restore.settingsLeftOut.title"),
                        messages.text("exchange.restore.settingsLeftOut.message", String.join("\n", lines)));
            }
        }, failure -> failed(messages.text("exchange.restore.failed"), failure));
    }

    private void confirmPack(ImportFile input, PackMerge preview) {
        String name = input.name();
        if (preview.resourcesAdded().isEmpty()) {
            dialogs.showInfo(messages.text("exchange.pack.nothingNew.title"), messages.text(
                    "exchange.pack.nothingNew.message", name, preview.duplicates().size()));
            input.close();
            return;
        }
        List<String> lines = new ArrayList<>();
        preview.resourcesAdded().forEach(title -> lines.add(messages.text("exchange.pack.add", title)));
        preview.duplicates().forEach(line -> lines.add(messages.text("exchange.pack.already", line)));
        String message = preview.categoriesAdded() == 0
                ? messages.text("exchange.pack.message", preview.packId(), preview.resourcesAdded().size())
                : messages.text("exchange.pack.messageWithCategories", preview.packId(), preview.resourcesAdded().size(),
                        preview.categoriesAdded());
        boolean merge = dialogs.confirmList(messages.text("exchange.pack.title"), message, lines,
                messages.text("exchange.pack.confirm"));
        if (!merge) {
            input.close();
            return;
        }
        start(messages.text("exchange.importing", name), false);
        runner.run("import pack", () -> {
            try (input) {
                return exchange.importPack(input.path());
            }
        }, merged -> {
            finish(messages.text("exchange.pack.added", merged.resourcesAdded().size(), name));
            afterImport.run();
        }, failure -> failed(messages.text("exchange.pack.failed"), failure));
    }

    /** File → Print…: the selected path's report through the system print dialog. */
    public void print() {
        PathSummary path = selectedPath.get();
        if (busy.get()) {
            return;
        }
        if (path == null) {
            dialogs.showError(messages.text("exchange.print.noPath.title"), messages.text("exchange.print.noPath.message"));
            return;
        }
        start(messages.text("exchange.print.preparing"), false);
        runner.run("report", () -> exchange.report(path.id(), messages.locale()), report -> {
            finish("");
            switch (printer.print(report)) {
                case PRINTED -> status.set(messages.text("exchange.print.sent", path.name()));
                case NO_PRINTER -> dialogs.showError(messages.text("exchange.print.noPrinter.title"),
                        messages.text("exchange.print.noPrinter.message"));
                case FAILED -> dialogs.showError(messages.text("exchange.print.failed.title"),
                        messages.text("exchange.print.failed.message"));
                case CANCELLED -> status.set("");
            }
        }, failure -> failed(messages.text("exchange.print.cannot"), failure));
    }

    /** Stops the import under way; it changes nothing. */
    public void cancel() {
        if (cancel != null) {
            cancel.run();
            status.set(messages.text("exchange.cancelling"));
        }
    }

    /** Hides the last message of the status strip. */
    public void dismissStatus() {
        if (!busy.get()) {
            status.set("");
        }
    }

    /** The format's name in the UI's language: "Spreadsheet (CSV)". */
    public static String label(ExportFormat format, Messages messages) {
        return switch (format) {
            case ICS -> messages.text("exchange.format.ics");
            case CSV -> messages.text("exchange.format.csv");
            case MD -> messages.text("exchange.format.md");
            case HTML -> messages.text("exchange.format.html");
            case PDF -> messages.text("exchange.format.pdf");
            case JSON -> messages.text("exchange.format.json");
        };
    }

    private String label(ExportFormat format) {
        return label(format, messages);
    }

    /** "Study paths: 2 now, 1 in the backup", for the tables a learner knows. */
    private List<String> changes(ExchangeService.RestorePreview preview) {
        List<String> lines = new ArrayList<>();
        for (String[] table : new String[][] {{"study_path", "exchange.restore.table.studyPaths"},
                {"resource", "exchange.restore.table.resources"}, {"unit_progress", "exchange.restore.table.unitProgress"},
                {"time_log", "exchange.restore.table.timeLogs"}, {"unit_note", "exchange.restore.table.unitNotes"},
                {"resource_note", "exchange.restore.table.resourceNotes"}, {"setting", "exchange.restore.table.settings"}}) {
            lines.add(messages.text("exchange.restore.change", messages.text(table[1]),
                    preview.current().getOrDefault(table[0], 0L), preview.backup().getOrDefault(table[0], 0L)));
        }
        return lines;
    }

    private void start(String message, boolean canCancel) {
        busy.set(true);
        cancellable.set(canCancel);
        progress.set(-1);
        status.set(message);
    }

    private void finish(String message) {
        busy.set(false);
        cancellable.set(false);
        cancel = null;
        status.set(message);
    }

    private void failed(String title, Throwable failure) {
        finish("");
        String message = messages.reason(failure);
        if (failure instanceof ExchangeException exchange && exchange.cancelled()) {
            status.set(message);
            return;
        }
        dialogs.showError(title, message);
    }

    public javafx.beans.property.ObjectProperty<java.time.DayOfWeek> firstDayOfWeekProperty() {
        return firstDayOfWeek;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
