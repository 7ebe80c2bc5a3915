package org.studypath.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.app.Services;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.pathfile.PathImport;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;

/** File → Export path… and Import path… without a screen: real services on temporary folders, work run inline. */
class PathFileViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    ObservableList<PathSummary> paths = FXCollections.observableArrayList();
    SimpleObjectProperty<PathSummary> selected = new SimpleObjectProperty<>();
    Messages messages = Messages.of(java.util.Locale.UK);
    PathExportChoice exportAnswer;
    Optional<PathFile.Includes> importAnswer = Optional.of(PathFile.Includes.NONE);
    List<List<String>> shownLines = new ArrayList<>();
    List<PathFile.Includes> offered = new ArrayList<>();
    List<PathImport> previewWhileAsked = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int reloads;
    PathFileViewModel vm;

    @BeforeEach
    void open() {
        services = Services.open(home.resolve("data"), CLOCK);
        paths.setAll(services.plans().paths());
        selected.set(paths.get(0));
        StatusLine status = new StatusLine() {
            @Override
            public boolean busy() {
                return false;
            }

            @Override
            public void start(String message) {
                statuses.add("… " + message);
            }

            @Override
            public void finish(String message) {
                statuses.add(message);
            }

            @Override
            public void failed(String title, Throwable failure) {
                failures.add(title + ": " + messages.reason(failure));
            }
        };
        vm = new PathFileViewModel(services.pathFiles(), new InlineTaskRunner(), dialogs,
                (all, chosen, previous) -> Optional.ofNullable(exportAnswer),
                (title, message, lines, offer) -> {
                    shownLines.add(lines);
                    offered.add(offer);
                    previewWhileAsked.add(vm.previewProperty().get());
                    return importAnswer;
                }, paths, selected, status, messages, () -> reloads++);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void exportsTheChosenPathWithWhatWasTicked() throws Exception {
        exportAnswer = new PathExportChoice(paths.get(0), new PathFile.Includes(true, false, false));
        dialogs.fileAnswer = home.resolve("shared.studypath");
        vm.exportPath();
        assertThat(failures).isEmpty();
        assertThat(dialogs.suggestedNames.get(0)).endsWith(".studypath");
        String json = Files.readString(dialogs.fileAnswer);
        assertThat(json).contains("\"progress\" : true").contains("\"notes\" : false");
        assertThat(statuses.get(statuses.size() - 1)).startsWith("Exported \"" + paths.get(0).name() + "\" to ");
    }

    @Test
    void importShowsThePreviewHoldsItWhileAskingAndImportsOnConfirm() throws Exception {
        exportAnswer = new PathExportChoice(paths.get(0), PathFile.Includes.ALL);
        dialogs.fileAnswer = home.resolve("shared.studypath");
        vm.exportPath();
        int pathsBefore = services.plans().paths().size();

        vm.importPath();
        assertThat(failures).isEmpty();
        assertThat(previewWhileAsked).hasSize(1).doesNotContainNull();
        assertThat(vm.previewProperty().get()).as("cleared once done").isNull();
        assertThat(offered.get(0)).isEqualTo(PathFile.Includes.ALL);
        assertThat(shownLines.get(0)).contains("New path: \"" + paths.get(0).name() + " (2)\" (you already have a path called \""
                + paths.get(0).name() + "\")")
                .anyMatch(line -> line.matches("\\d+ resources: 0 new, \\d+ already in the catalog"))
                .anyMatch(line -> line.startsWith("Already there: "))
                .contains("Your own paths, ticks, notes and time logs stay exactly as they are.");
        assertThat(services.plans().paths()).hasSize(pathsBefore + 1);
        assertThat(reloads).isEqualTo(1);
        assertThat(statuses.get(statuses.size() - 1)).startsWith("Imported the path as \"" + paths.get(0).name() + " (2)\"");
    }

    @Test
    void cancellingThePreviewChangesNothing() throws Exception {
        exportAnswer = new PathExportChoice(paths.get(0), PathFile.Includes.NONE);
        dialogs.fileAnswer = home.resolve("shared.studypath");
        vm.exportPath();
        importAnswer = Optional.empty();
        vm.importPath();
        assertThat(shownLines).hasSize(1);
        assertThat(shownLines.get(0)).contains("The file holds no progress, notes or time logs: only the path.");
        assertThat(services.plans().paths()).hasSize(1);
        assertThat(reloads).isZero();
        assertThat(vm.previewProperty().get()).isNull();
    }

    @Test
    void aBadFileIsOneSentenceAndNoPreview() throws Exception {
        dialogs.fileAnswer = Files.writeString(home.resolve("broken.studypath"), "{\"format\": \"studypath-path\"");
        vm.importPath();
        assertThat(shownLines).isEmpty();
        assertThat(failures).containsExactly("Cannot import broken.studypath: broken.studypath: not valid JSON at line 1, "
                + "column 28: the file ends in the middle of the data (is it complete?)");
        assertThat(services.plans().paths()).hasSize(1);
    }

    @Test
    void withNoPathThereIsNothingToExport() {
        paths.clear();
        vm.exportPath();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.suggestedNames).isEmpty();
    }
}
