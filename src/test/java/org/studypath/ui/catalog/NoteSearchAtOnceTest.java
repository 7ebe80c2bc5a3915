package org.studypath.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.app.Services;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;
import org.studypath.ui.path.PathsViewModel;
import org.studypath.ui.progress.ProgressViewModel;

/**
 * A note saved on Progress is found by the catalog's search at once, and a removed note's words no longer are: the
 * catalog reads only that resource's text again into its search, it does not load the catalog again.
 */
class NoteSearchAtOnceTest {
    @TempDir
    Path dir;
    Services services;
    InlineTaskRunner runner = new InlineTaskRunner();
    CatalogViewModel catalog;
    ProgressViewModel progress;

    @BeforeEach
    void setUp() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-01T09:00:00Z"));
        services = Services.open(dir, clock);
        RecordingDialogs dialogs = new RecordingDialogs();
        catalog = new CatalogViewModel(services.catalog(), runner, dialogs, uri -> { }, Messages.of(Locale.UK));
        PathsViewModel paths = new PathsViewModel(services.plans(), runner, dialogs, clock, Messages.of(Locale.UK));
        progress = new ProgressViewModel(services.progress(), runner, dialogs, clock, Messages.of(Locale.UK), paths::load,
                catalog::noteChanged);
        progress.plannedProperty().bind(paths.plannedProperty());
        paths.load();
        catalog.load(); // the catalog is read before the notes exist
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private PlanItem calculus() {
        return progress.items().get(0);
    }

    private List<String> found(String query) {
        catalog.searchTextProperty().set(query);
        return catalog.resources().stream().map(ResourceSummary::title).toList();
    }

    private void saveNote(ProgressViewModel.Row row, String text) {
        progress.selectedProperty().set(row);
        progress.details().noteProperty().set(text);
        progress.details().saveNote();
    }

    @Test
    void aUnitNoteIsFoundAtOnceByAWordOnlyInItInEnglishAndChinese() {
        assertThat(found("quokkanote")).isEmpty();
        assertThat(found("链式法则")).isEmpty();
        runner.ran.clear();

        saveNote(new ProgressViewModel.Row(calculus(), calculus().units().get(1)),
                "quokkanote: the chain rule $\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}$\n\n链式法则");

        assertThat(found("quokkanote")).containsExactly("Essence of calculus");
        assertThat(found("链式法则")).containsExactly("Essence of calculus");
        assertThat(found("链")).as("one character of it").contains("Essence of calculus");
        assertThat(found("quokkanote calculus")).containsExactly("Essence of calculus");
        assertThat(runner.ran).as("one resource's text read again, not the catalog").contains("Search note")
                .doesNotContain("Load catalog");
    }

    @Test
    void aSearchTypedBeforeTheNoteIsSavedShowsItAtOnce() {
        assertThat(found("wombatnote")).isEmpty();
        saveNote(new ProgressViewModel.Row(calculus(), null), "wombatnote on the whole series");
        assertThat(catalog.resources()).extracting(ResourceSummary::title).containsExactly("Essence of calculus");
    }

    @Test
    void aRemovedNotesWordsNoLongerMatch() {
        ProgressViewModel.Row unit = new ProgressViewModel.Row(calculus(), calculus().units().get(0));
        saveNote(unit, "numbatnote 袋食蚁兽");
        saveNote(new ProgressViewModel.Row(calculus(), null), "kept resource note");
        assertThat(found("numbatnote")).containsExactly("Essence of calculus");
        runner.ran.clear();

        saveNote(unit, "");

        assertThat(found("numbatnote")).isEmpty();
        assertThat(found("袋食蚁兽")).isEmpty();
        assertThat(found("kept resource")).as("the resource's other note is still found").containsExactly("Essence of calculus");
        assertThat(runner.ran).doesNotContain("Load catalog");
    }
}
