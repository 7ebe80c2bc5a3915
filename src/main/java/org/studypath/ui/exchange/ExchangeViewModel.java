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
import org.studypath.domain.catalog.PackMerge;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.TaskRunner;

/**
 * File → Export, Import and Print. Exports the selected path (or backs up everything), restores a backup after a
 * preview of what it replaces, merges catalog packs, and prints the report. Long work shows progress in the status
 * strip and can be cancelled; a cancelled or failed import changes nothing.
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

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private ExportChoice lastChoice = new ExportChoice(ExportFormat.ICS, false, ExchangeService.ExportOptions.DEFAULT_DAY_START);
    private Runnable cancel;

    public ExchangeViewModel(ExchangeService exchange, TaskRunner runner, DialogService dialogs, ExportChooser chooser,
                             ReportPrinter printer, ReadOnlyObjectProperty<PathSummary> selectedPath, java.time.Clock clock,
                             Runnable afterImport) {
        this.exchange = exchange;
        this.runner = runner;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.printer = printer;
        this.selectedPath = selectedPath;
        this.clock = clock;
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
            dialogs.showError("Nothing to export", "Create or choose a study path first; a full backup needs none.");
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
        String base = format == ExportFormat.JSON ? "StudyPath backup " + java.time.LocalDate.now(clock)
                : FileNames.safe(path.name(), "study-path");
        Optional<Path> file = dialogs.chooseSaveFile("Export " + format.label(), base + "." + format.extension(),
                format.label(), format.extension());
        if (file.isEmpty()) {
            return;
        }
        long pathId = path == null ? -1 : path.id();
        ExchangeService.ExportOptions options = new ExchangeService.ExportOptions(chosen.byteOrderMark(),
                chosen.dayStart() == null ? LocalTime.of(19, 0) : chosen.dayStart(), clock.getZone());
        start("Exporting " + format.label() + "…", false);
        runner.run("export " + format.extension(), () -> {
            exchange.exportTo(pathId, format, options, file.get());
            return file.get();
        }, written -> finish("Exported " + format.label() + " to " + written), failure -> failed("Export failed", failure));
    }

    /** File → Import…: a backup (restore after a preview) or a catalog pack (merge after a preview). */
    public void importFile() {
        if (busy.get()) {
            return;
        }
        Optional<Path> file = dialogs.chooseOpenFile("Import a backup or catalog pack", "StudyPath backups and catalog packs",
                List.of("json"));
        if (file.isEmpty()) {
            return;
        }
        Path chosen = file.get();
        start("Reading " + chosen.getFileName() + "…", true);
        cancel = runner.runCancellable("check import", work -> {
            ExchangeService.ImportKind kind = exchange.detect(chosen);
            return kind == ExchangeService.ImportKind.BACKUP
                    ? (Object) exchange.previewRestore(chosen, work)
                    : exchange.previewPack(chosen);
        }, progress::set, preview -> {
            finish("");
            if (preview instanceof ExchangeService.RestorePreview restore) {
                confirmRestore(chosen, restore);
            } else {
                confirmPack(chosen, (PackMerge) preview);
            }
        }, failure -> failed("Cannot import " + chosen.getFileName(), failure));
    }

    private void confirmRestore(Path file, ExchangeService.RestorePreview preview) {
        String from = preview.generator().isBlank() ? "" : " (" + preview.generator() + ")";
        String when = preview.exportedAt().isBlank() ? "" : " made " + preview.exportedAt().replace('T', ' ')
                .replaceAll("\\.\\d+", "").replace("Z", " UTC");
        boolean restore = dialogs.confirmList("Restore this backup?",
                "Restoring replaces everything in StudyPath — paths, progress, notes, your resources and settings — with "
                        + "the backup" + when + from + ". What is here now is not kept; back it up first if you may want it.",
                preview.changes(), "Replace everything");
        if (!restore) {
            return;
        }
        start("Restoring " + file.getFileName() + "…", true);
        cancel = runner.runCancellable("restore", work -> {
            exchange.restore(file, work);
            return file;
        }, progress::set, done -> {
            finish("Restored the backup " + file.getFileName());
            afterImport.run();
        }, failure -> failed("The backup was not restored", failure));
    }

    private void confirmPack(Path file, PackMerge preview) {
        if (preview.resourcesAdded().isEmpty()) {
            dialogs.showInfo("Nothing new in this pack", "Every resource in " + file.getFileName()
                    + " is already in the catalog (" + preview.duplicates().size() + " resources).");
            return;
        }
        List<String> lines = new ArrayList<>();
        preview.resourcesAdded().forEach(title -> lines.add("Add: " + title));
        preview.duplicates().forEach(line -> lines.add("Already there: " + line));
        boolean merge = dialogs.confirmList("Import catalog pack?", "The pack \"" + preview.packId() + "\" adds "
                + preview.resourcesAdded().size() + " resources" + (preview.categoriesAdded() == 0 ? ""
                : " in " + preview.categoriesAdded() + " new categories") + " to the catalog. Nothing is removed.",
                lines, "Import");
        if (!merge) {
            return;
        }
        start("Importing " + file.getFileName() + "…", false);
        runner.run("import pack", () -> exchange.importPack(file), merged -> {
            finish("Added " + merged.resourcesAdded().size() + " resources from " + file.getFileName());
            afterImport.run();
        }, failure -> failed("The catalog pack was not imported", failure));
    }

    /** File → Print…: the selected path's report through the system print dialog. */
    public void print() {
        PathSummary path = selectedPath.get();
        if (busy.get()) {
            return;
        }
        if (path == null) {
            dialogs.showError("Nothing to print", "Create or choose a study path first.");
            return;
        }
        start("Preparing the report…", false);
        runner.run("report", () -> exchange.report(path.id()), report -> {
            finish("");
            switch (printer.print(report)) {
                case PRINTED -> status.set("Sent " + path.name() + " to the printer");
                case NO_PRINTER -> dialogs.showError("No printer", "No printer is set up on this computer. "
                        + "Export the report as PDF (File → Export…) and print that instead.");
                case FAILED -> dialogs.showError("Printing failed", "The printer did not accept the report. "
                        + "Export it as PDF (File → Export…) and print that instead.");
                case CANCELLED -> status.set("");
            }
        }, failure -> failed("Cannot print", failure));
    }

    /** Stops the import under way; it changes nothing. */
    public void cancel() {
        if (cancel != null) {
            cancel.run();
            status.set("Cancelling…");
        }
    }

    /** Hides the last message of the status strip. */
    public void dismissStatus() {
        if (!busy.get()) {
            status.set("");
        }
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
        String message = failure instanceof ExchangeException ? failure.getMessage()
                : failure.getMessage() == null ? failure.toString() : failure.getMessage();
        if (failure instanceof ExchangeException && message.startsWith("Cancelled")) {
            status.set(message);
            return;
        }
        dialogs.showError(title, message);
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
