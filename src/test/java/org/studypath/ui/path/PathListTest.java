package org.studypath.ui.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.PathSummary;

/** The list of paths and the choice every page follows. */
class PathListTest extends PathPartsFixture {
    List<PlannedPath> shown = new ArrayList<>();
    List<PathSummary> chosen = new ArrayList<>();
    PathList list;

    @BeforeEach
    void load() {
        list = new PathList(work, () -> LocalDate.of(2026, 12, 1), shown::add);
        list.selectedProperty().addListener((o, a, b) -> chosen.add(b));
        list.load(null);
    }

    @Test
    void loadingChoosesTheFirstPathAndPlansIt() {
        assertThat(list.loadedProperty().get()).isTrue();
        assertThat(list.selectedProperty().get().name()).isEqualTo("Maths for ML — starter path");
        assertThat(shown).singleElement().satisfies(p -> assertThat(p.path().id()).isEqualTo(starter().id()));
    }

    @Test
    void aNewPathIsChosenAndRemembered() {
        dialogs.textAnswer = "Evenings";
        list.create();
        assertThat(list.selectedProperty().get().name()).isEqualTo("Evenings");
        assertThat(list.paths()).hasSize(2);
        assertThat(services.plans().currentPath()).contains(list.selectedProperty().get().id());
        assertThat(work.noticeProperty().get()).isEqualTo("Created “Evenings”. Add resources from the catalog.");
    }

    @Test
    void reloadingKeepsTheChoiceWithoutClearingIt() {
        dialogs.textAnswer = "Evenings";
        list.create();
        list.selectedProperty().set(list.paths().get(0));
        chosen.clear();
        list.load(null);
        assertThat(chosen).as("replacing the list is not a choice").doesNotContainNull();
        assertThat(list.selectedProperty().get().id()).isEqualTo(starter().id());
    }

    @Test
    void namesAreNumberedUntilFree() {
        assertThat(list.freeName("Fresh")).isEqualTo("Fresh");
        assertThat(list.freeName("maths for ml — starter path")).isEqualTo("maths for ml — starter path (2)");
    }

    @Test
    void deletingChoosesAnother() {
        dialogs.textAnswer = "Second";
        list.duplicate();
        assertThat(list.selectedProperty().get().name()).isEqualTo("Second");
        list.delete();
        assertThat(list.paths()).extracting(PathSummary::name).containsExactly("Maths for ML — starter path");
        assertThat(list.selectedProperty().get().name()).isEqualTo("Maths for ML — starter path");
    }
}
