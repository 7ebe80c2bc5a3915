package org.studypath.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.ui.progress.ProgressViewModel.Row;

/** Which row is selected after a reload: the learner's choice stays, the page's own pick moves on. */
class ProgressSelectionTest {
    static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 12, 1);
    ProgressSelection selection = new ProgressSelection();

    /** A book with three chapters, the first {@code done} of them done, the second skipped when asked. */
    private static List<PlanItem> book(int done, boolean secondSkipped) {
        List<PlanItem.PlanUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UnitStatus status = i < done ? UnitStatus.DONE : i == 1 && secondSkipped ? UnitStatus.SKIPPED : UnitStatus.NOT_STARTED;
            units.add(new PlanItem.PlanUnit(10 + i, "Chapter " + (i + 1), 30, true, status, DAY, 0));
        }
        PlanItem book = new PlanItem(1, "Book", ResourceType.BOOK, null, Set.of(), units);
        PlanItem video = new PlanItem(2, "Video", ResourceType.BOOK, null, Set.of(),
                List.of(new PlanItem.PlanUnit(20, "Part 1", 20, true, false)));
        return List.of(book, video);
    }

    private long selectedUnit() {
        return selection.selectedProperty().get().unit().unitId();
    }

    @Test
    void opensOnTheFirstUnitLeftAndMovesOnWhenItIsDoneElsewhere() {
        selection.show(book(0, false));
        assertThat(selection.items()).hasSize(2);
        assertThat(selectedUnit()).isEqualTo(10);
        selection.show(book(1, false)); // ticked on Today
        assertThat(selectedUnit()).isEqualTo(11);
        selection.show(book(1, true)); // a skipped unit is not one to study
        assertThat(selectedUnit()).isEqualTo(12);
        selection.show(book(3, false));
        assertThat(selectedUnit()).as("the next resource's first unit").isEqualTo(20);
    }

    @Test
    void theLearnersChoiceStaysAcrossReloads() {
        selection.show(book(0, false));
        Row third = new Row(selection.items().get(0), selection.items().get(0).units().get(2));
        selection.selectedProperty().set(third);
        selection.show(book(1, false));
        assertThat(selectedUnit()).isEqualTo(12);
        assertThat(selection.selectedProperty().get().unit().status()).as("the new record").isEqualTo(UnitStatus.NOT_STARTED);
        assertThat(selection.selectedProperty().get()).isNotSameAs(third);
    }

    @Test
    void aRowWorkedOnStaysSelectedOnceItIsDone() {
        selection.show(book(0, false));
        selection.keep(); // ticked here
        selection.show(book(1, false));
        assertThat(selectedUnit()).isEqualTo(10);
    }

    @Test
    void noPathSelectsNothingAndForgetsTheChoice() {
        selection.show(book(0, false));
        selection.selectedProperty().set(new Row(selection.items().get(1), null));
        selection.show(null);
        assertThat(selection.items()).isEmpty();
        assertThat(selection.selectedProperty().get()).isNull();
        selection.show(book(0, false));
        assertThat(selectedUnit()).isEqualTo(10);
        selection.show(book(1, false));
        assertThat(selectedUnit()).as("the page's own pick again, so it moves on").isEqualTo(11);
    }

    @Test
    void findsTheSameResourceOrUnitInNewRecords() {
        selection.show(book(0, false));
        Row resource = new Row(selection.items().get(1), null);
        Row unit = new Row(selection.items().get(0), selection.items().get(0).units().get(1));
        selection.show(book(2, false));
        assertThat(selection.find(resource)).get().satisfies(r -> assertThat(r.isResource()).isTrue())
                .satisfies(r -> assertThat(r.sameAs(resource)).isTrue());
        assertThat(selection.find(unit)).get().satisfies(r -> assertThat(r.unit().done()).isTrue());
        assertThat(selection.find(new Row(new PlanItem(9, "Gone", ResourceType.BOOK, null, Set.of(), List.of()), null))).isEmpty();
        assertThat(selection.unit(11)).get().extracting(PlanItem.PlanUnit::title).isEqualTo("Chapter 2");
        assertThat(selection.unit(99)).isEmpty();
    }
}
