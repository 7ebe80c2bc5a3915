package org.studypath.ui.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.PlanItem;

/** The selected resource as the editor shows and changes it. */
class PathItemsTest extends PathPartsFixture {
    PlannedPath shown;
    PathItems items;

    @BeforeEach
    void showTheStarterPath() {
        shown = planned();
        items = new PathItems(work, this::starter, () -> shown);
        work.reloadWith(() -> {
            shown = planned();
            items.show(shown);
        });
        items.show(shown);
    }

    @Test
    void selectingAResourceFillsTheRangeThePaceAndTheChoices() {
        PlanItem book = items.items().get(10); // Deep Learning, 20 chapters
        items.selectedProperty().set(book);
        assertThat(items.unitCountProperty().get()).isEqualTo(20);
        assertThat(items.includeFromProperty().get()).isEqualTo(1);
        assertThat(items.includeToProperty().get()).isEqualTo(20);
        assertThat(items.paceDraftProperty().get()).isNull();
        assertThat(items.prerequisiteChoices()).hasSize(11).doesNotContain(book);
    }

    @Test
    void theChosenRangeIsKeptEitherWayRoundAndShownAgain() {
        items.selectedProperty().set(items.items().get(10));
        items.includeFromProperty().set(5);
        items.includeToProperty().set(2);
        items.includeOnlyChosenUnits();
        PlanItem book = items.selectedProperty().get();
        assertThat(book.units().stream().filter(PlanItem.PlanUnit::included).count()).isEqualTo(4);
        assertThat(items.includeFromProperty().get()).as("after the reload the boxes say 2 to 5").isEqualTo(2);
        assertThat(items.includeToProperty().get()).isEqualTo(5);
        assertThat(PathItems.includedRange(book)).containsExactly(2, 5);
    }

    @Test
    void whatAChooserReportsWhileItIsFilledIsNotAChoice() {
        List<String> saved = new ArrayList<>();
        // a chooser that reports "nothing checked" whenever its choices are replaced, as a check box list does
        items.prerequisiteChoices().addListener((ListChangeListener<PlanItem>) c -> items.prerequisitesChosen(Set.of()));
        items.selectedProperty().set(items.items().get(0));
        runner.ran.stream().filter(d -> d.equals("Set prerequisites")).forEach(saved::add);
        assertThat(saved).isEmpty();
        items.prerequisitesChosen(Set.of(items.items().get(6).resourceId()));
        assertThat(runner.ran).contains("Set prerequisites");
        assertThat(items.isPrerequisite(items.items().get(6))).isTrue();
    }

    @Test
    void aTypedPaceIsSavedOrExplained() {
        items.selectedProperty().set(items.items().get(0));
        items.paceDraftProperty().set(Double.NaN);
        items.applyPaceDraft();
        assertThat(dialogs.errors).singleElement().asString().contains("between");
        items.paceDraftProperty().set(0.75);
        items.applyPaceDraft();
        assertThat(items.items().get(0).paceOverride()).isEqualTo(0.75);
        assertThat(items.paceDraftProperty().get()).as("shown again after the reload").isEqualTo(0.75);
    }

    @Test
    void aRowsFactsComeFromHere() {
        PlanItem first = items.items().get(0);
        ItemFacts facts = items.facts(first, 1);
        assertThat(facts.title()).isEqualTo("1.  " + first.title());
        assertThat(facts.accessible()).startsWith("1. " + first.title() + ", ");
    }

    @Test
    void movingKeepsTheMovedResourceSelected() {
        PlanItem second = items.items().get(1);
        items.selectedProperty().set(second);
        items.moveSelected(-1);
        assertThat(items.items().get(0).resourceId()).isEqualTo(second.resourceId());
        assertThat(items.selectedProperty().get().resourceId()).isEqualTo(second.resourceId());
        items.move(0, 99);
        assertThat(items.items().get(0).resourceId()).as("out of range: nothing moves").isEqualTo(second.resourceId());
    }
}
