package org.studypath.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.app.NotesExport;
import org.studypath.app.Services;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;

/** File → Export notes as Markdown files…: a folder is asked for, the vault written, and where it is said. */
class NotesExportViewModelTest {
    @TempDir
    Path data;
    @TempDir
    Path out;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    InlineTaskRunner runner = new InlineTaskRunner();
    NotesExportViewModel vm;

    @BeforeEach
    void setUp() {
        services = Services.open(data);
        vm = new NotesExportViewModel(new NotesExport(services.progress(), services.clock()), runner, dialogs,
                Messages.of(Locale.UK));
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void cancellingTheFolderDialogDoesNothing() {
        dialogs.folderAnswer = null;
        vm.export();
        assertThat(runner.ran).isEmpty();
        assertThat(dialogs.infos).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theNotesAreWrittenIntoANewFolderAndTheDialogSaysWhereAndHowToOpenThem() throws Exception {
        long resource = services.catalog().snapshot().resources().get(0).id();
        services.progress().saveResourceNote(resource, "Watch at $1.5\\times$");
        dialogs.folderAnswer = out;
        vm.export();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.infos).singleElement().asString().startsWith("Notes exported: Wrote 1 note on 1 resource into "
                + out.resolve("StudyPath notes ")).endsWith("choose Open folder as vault and pick that folder.");
        try (var files = Files.list(out)) {
            assertThat(files.toList()).singleElement().satisfies(f -> assertThat(Files.isDirectory(f)).isTrue());
        }
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void withoutNotesOneSentenceSaysSoAndNothingIsWritten() throws Exception {
        dialogs.folderAnswer = out;
        vm.export();
        assertThat(dialogs.errors).containsExactly("The notes were not exported: "
                + "There are no notes to export yet: write one on the Progress page first.");
        try (var files = Files.list(out)) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
