package org.studypath.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import org.studypath.app.FileNames;
import org.studypath.app.ImportFile;
import org.studypath.app.PathFileService;
import org.studypath.app.WorkProgress;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.pathfile.PathImport;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * File → Export path… and Import path…: a study path as one {@code .studypath} file to hand to a friend. Export asks
 * for the path and whether to include progress, notes and time logs, then for the file. Import reads and checks
 * the file in the background, holds what it would do ({@link #previewProperty()}), shows it, and imports after the
 * learner confirms, with what of the sender's progress, notes and logs they agreed to; a refused file changes
 * nothing.
 */
public final class PathFileViewModel {
    private final PathFileService pathFiles;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final PathExportChooser chooser;
    private final PathImportConfirmer confirmer;
    private final ObservableList<PathSummary> paths;
    private final ReadOnlyObjectProperty<PathSummary> selectedPath;
    private final StatusLine status;
    private final Messages messages;
    private final Runnable afterImport;
    private final ReadOnlyObjectWrapper<PathImport> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private PathFile.Includes lastIncludes = PathFile.Includes.NONE;

    public PathFileViewModel(PathFileService pathFiles, TaskRunner runner, DialogService dialogs, PathExportChooser chooser,
                             PathImportConfirmer confirmer, ObservableList<PathSummary> paths,
                             ReadOnlyObjectProperty<PathSummary> selectedPath, StatusLine status, Messages messages,
                             Runnable afterImport) {
        this.pathFiles = pathFiles;
        this.runner = runner;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.confirmer = confirmer;
        this.paths = paths;
        this.selectedPath = selectedPath;
        this.status = status;
        this.messages = messages;
        this.afterImport = afterImport;
    }

    /** File → Export path…: the path and what to include, then the file, then the export in the background. */
    public void exportPath() {
        if (status.busy()) {
            return;
        }
        if (paths.isEmpty()) {
            dialogs.showError(messages.text("pathFile.export.noPaths.title"), messages.text("pathFile.export.noPaths.message"));
            return;
        }
        Optional<PathExportChoice> choice = chooser.choose(List.copyOf(paths), selectedPath.get(), lastIncludes);
        if (choice.isEmpty() || choice.get().path() == null) {
            return;
        }
        PathExportChoice chosen = choice.get();
        lastIncludes = chosen.includes();
        Optional<Path> file = dialogs.chooseSaveFile(messages.text("pathFile.export.save.title", chosen.path().name()),
                FileNames.safe(chosen.path().name(), "study-path") + "." + PathFile.EXTENSION,
                messages.text("pathFile.filter"), PathFile.EXTENSION);
        if (file.isEmpty()) {
            return;
        }
        status.start(messages.text("pathFile.exporting", chosen.path().name()));
        runner.run("export path file", () -> pathFiles.export(chosen.path().id(), chosen.includes(), file.get()),
                written -> status.finish(messages.text("pathFile.exported", written.name(), file.get().toString(),
                        written.resources().size())),
                failure -> status.failed(messages.text("pathFile.export.failed"), failure));
    }

    /** File → Import path…: a {@code .studypath} file, previewed, then imported after the learner confirms. */
    public void importPath() {
        if (status.busy()) {
            return;
        }
        Optional<Path> file = dialogs.chooseOpenFile(messages.text("pathFile.import.title"), messages.text("pathFile.filter"),
                List.of(PathFile.EXTENSION));
        if (file.isEmpty()) {
            return;
        }
        Path chosen = file.get();
        status.start(messages.text("exchange.reading", chosen.getFileName().toString()));
        runner.run("open path file", () -> ImportFile.open(chosen, WorkProgress.NONE), this::preview,
                failure -> status.failed(messages.text("exchange.import.cannot", chosen.getFileName().toString()), failure));
    }

    /** Reads and checks {@code input} in the background and shows what importing it would do; closes it when done. */
    public void preview(ImportFile input) {
        status.start(messages.text("exchange.reading", input.name()));
        runner.run("preview path file", () -> pathFiles.preview(input.path()), shown -> {
            status.finish("");
            preview.set(shown);
            confirm(input, shown);
        }, failure -> {
            input.close();
            status.failed(messages.text("exchange.import.cannot", input.name()), failure);
        });
    }

    private void confirm(ImportFile input, PathImport shown) {
        Optional<PathFile.Includes> agreed = confirmer.confirm(messages.text("pathFile.import.preview.title"),
                messages.text("pathFile.import.preview.message", input.name()), lines(shown), shown.requested());
        if (agreed.isEmpty()) {
            preview.set(null);
            input.close();
            return;
        }
        status.start(messages.text("exchange.importing", input.name()));
        runner.run("import path file", () -> {
            try (input) {
                return pathFiles.importFile(input.path(), agreed.get());
            }
        }, done -> {
            preview.set(null);
            status.finish(messages.text(done.renamed() ? "pathFile.imported.renamed" : "pathFile.imported",
                    done.pathName(), done.resources(), done.resourcesNew().size()));
            afterImport.run();
        }, failure -> {
            preview.set(null);
            status.failed(messages.text("pathFile.import.failed"), failure);
        });
    }

    /** What the import would do, a line each, for the preview. */
    public List<String> lines(PathImport shown) {
        List<String> lines = new ArrayList<>();
        lines.add(shown.renamed() ? messages.text("pathFile.preview.pathRenamed", shown.pathName(), shown.nameInFile())
                : messages.text("pathFile.preview.path", shown.pathName()));
        lines.add(messages.text("pathFile.preview.start", messages.date(shown.start())));
        lines.add(messages.text("pathFile.preview.resources", shown.resources(), shown.resourcesNew().size(),
                shown.resourcesKnown().size()));
        shown.resourcesNew().forEach(title -> lines.add(messages.text("exchange.pack.add", title)));
        shown.resourcesKnown().forEach(line -> lines.add(messages.text("exchange.pack.already", line)));
        lines.add(messages.text("pathFile.preview.units", shown.units(), shown.unitsNew()));
        if (shown.prerequisites().inFile() > 0) {
            lines.add(messages.text("pathFile.preview.prerequisites", shown.prerequisites().added(),
                    shown.prerequisites().kept()));
        }
        PathFile.Includes offered = shown.requested();
        if (!offered.any()) {
            lines.add(messages.text("pathFile.preview.nothingPersonal"));
        }
        if (offered.progress()) {
            lines.add(counts("pathFile.preview.progress", shown.progress()));
        }
        if (offered.notes()) {
            lines.add(counts("pathFile.preview.notes", shown.notes()));
        }
        if (offered.logs()) {
            lines.add(counts("pathFile.preview.logs", shown.logs()));
        }
        lines.add(messages.text("pathFile.preview.nothingChanged"));
        return lines;
    }

    private String counts(String key, PathImport.Counts counts) {
        return messages.text(key, counts.inFile(), counts.added(), counts.kept(), counts.unplaced());
    }

    /** What the file chosen to import would do, while the learner looks at it; null otherwise. */
    public ReadOnlyObjectProperty<PathImport> previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
