package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.studypath.domain.ResourceSummary;
import org.testfx.util.WaitForAsyncUtils;
import org.studypath.domain.plan.PlanItem;

/** The real window, headless: build a path from the catalog, reorder it, fall behind and replan. */
class PathFlowTest extends AppWindowTest {
    @BeforeEach
    void openThePathEditor() throws Exception {
        clickOn("#pathsTab");
        waitUntil(() -> items().getItems().size() == 12);
    }

    private ListView<PlanItem> items() {
        return lookup("#pathItems").queryListView();
    }

    private Node pickerCell(String title) {
        return from(lookup("#catalogPicker")).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() instanceof ResourceSummary r && r.title().equals(title)).query();
    }

    private Node itemCell(int index) {
        return from(lookup("#pathItems")).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() != null && c.getIndex() == index).query();
    }

    @Test
    void starterPathIsPlannedOnFirstStart() {
        assertThat(lookup("#outcomeLabel").queryAs(Label.class).getText()).startsWith("Finishes ");
        assertThat(items().getItems().get(0).title()).isEqualTo("Essence of calculus");
    }

    @Test
    void everyPaneOfTheEditorIsHeadedInWordsNeverByAMessageKey() {
        Set<String> headings = lookup(".section-heading").queryAll().stream()
                .filter(node -> node.isVisible() && node instanceof Labeled).map(node -> ((Labeled) node).getText()).collect(Collectors.toSet());
        assertThat(headings).contains("Study paths", "Catalog").noneMatch(text -> text.startsWith("paths."));
    }

    @Test
    void twoResourcesWhoseTitlesStartAlikeCanBeToldApartInThePicker() {
        // "Mathematics for Machine Learning" (a book) and "...: Multivariate Calculus" (a course) were both cut to
        // "Mathematics for Machine Lear…" at 1180x720: each cell now has a second line with the type and creators.
        List<ListCell<?>> cells = from(lookup("#catalogPicker")).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() instanceof ResourceSummary r
                        && r.title().startsWith("Mathematics for Machine Learning")).queryAll()
                .stream().<ListCell<?>>map(n -> (ListCell<?>) n).toList();
        assertThat(cells).hasSize(2);
        Set<String> seconds = cells.stream().map(c -> ((Labeled) ((javafx.scene.layout.VBox) c.getGraphic())
                .getChildren().get(1)).getText()).collect(Collectors.toSet());
        assertThat(seconds).hasSize(2).anyMatch(t -> t.startsWith("Book · Marc Peter Deisenroth"));
    }

    @Test
    void buildAPathAndReorderItWithTheKeyboard() throws Exception {
        clickOn("#newPathButton");
        waitUntil(() -> lookup("#textInput").tryQuery().isPresent());
        clickOn("#textInput").push(KeyCode.CONTROL, KeyCode.A).write("Evenings").push(KeyCode.ENTER);
        waitUntil(() -> items().getItems().isEmpty() && lookup("#outcomeLabel").queryAs(Label.class).getText().contains("empty"));

        clickOn(pickerCell("Essence of linear algebra"));
        clickOn("#addPickedButton");
        waitUntil(() -> items().getItems().size() == 1);
        doubleClickOn(pickerCell("Essence of calculus"));
        waitUntil(() -> items().getItems().size() == 2);
        assertThat(items().getItems()).extracting(PlanItem::title).containsExactly("Essence of linear algebra", "Essence of calculus");

        clickOn(itemCell(0)).press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(() -> items().getItems().get(0).title().equals("Essence of calculus"));
        assertThat(lookup("#outcomeLabel").queryAs(Label.class).getText()).startsWith("Finishes ");
        ListView<?> paths = lookup("#pathList").queryListView();
        assertThat(paths.getItems()).hasSize(2);
    }

    @Test
    void fallBehindThenPreviewAndApplyTheReplan() throws Exception {
        LocalDate today = LocalDate.now();
        interact(() -> lookup("#startDatePicker").queryAs(DatePicker.class).setValue(today.minusDays(14)));
        waitUntil(() -> lookup("#whatIfLabel").queryAs(Label.class).getText().startsWith("With these changes"));
        clickOn("#saveAvailabilityButton");
        waitUntil(() -> lookup("#saveAvailabilityButton").query().isDisabled());

        clickOn("#replanButton");
        waitUntil(() -> lookup("#confirmList").tryQuery().isPresent());
        ListView<?> moves = lookup("#confirmList").queryListView();
        assertThat(moves.getItems()).isNotEmpty();
        assertThat(moves.getItems().get(0).toString()).contains("→").contains("Essence of calculus");
        clickOn("Replan");
        waitUntil(() -> today.equals(lookup("#startDatePicker").queryAs(DatePicker.class).getValue()));
    }

    /** The "Units 1 to N" boxes ignored typing, and jumped back to N after "Include only these". */
    @Test
    void theUnitRangeTakesTypingAndSaysWhatIsIncluded() throws Exception {
        clickOn(itemCell(0));
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> from = lookup("#includeFrom").queryAs(javafx.scene.control.Spinner.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> to = lookup("#includeTo").queryAs(javafx.scene.control.Spinner.class);
        int units = items().getItems().get(0).units().size();
        waitUntil(() -> to.getValue() == units);
        assertThat(from.getValue()).isEqualTo(1);

        // typed and committed by Enter; letters are not let in
        clickOn(to.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("5x").push(KeyCode.ENTER);
        assertThat(to.getEditor().getText()).isEqualTo("5");
        assertThat(to.getValue()).isEqualTo(5);
        // typed and committed by leaving the box; too large becomes the number of units
        clickOn(from.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("99");
        clickOn(to.getEditor());
        assertThat(from.getValue()).isEqualTo(units);
        assertThat(from.getEditor().getText()).isEqualTo(Integer.toString(units));
        clickOn(from.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("2");
        clickOn("#includeOnlyButton");
        waitUntil(() -> items().getItems().get(0).units().stream().filter(PlanItem.PlanUnit::included).count() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        // the boxes say what the list says: units 2 to 5
        assertThat(from.getValue()).isEqualTo(2);
        assertThat(to.getValue()).isEqualTo(5);
        assertThat(to.getEditor().getText()).isEqualTo("5");
    }
}
