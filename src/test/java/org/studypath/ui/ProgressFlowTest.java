package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.progress.ProgressViewModel;

/** The real window, headless: tick units off in the progress tree, see the bars move, undo, log time. */
class ProgressFlowTest extends AppWindowTest {
    private TreeView<ProgressViewModel.Row> tree() {
        return lookup("#progressTree").query();
    }

    private TreeItem<ProgressViewModel.Row> calculus() {
        return tree().getRoot().getChildren().get(0);
    }

    private PlanItem.PlanUnit unit(int index) {
        return calculus().getValue().item().units().get(index);
    }

    private double pathBar() {
        return lookup("#pathProgressBar").queryAs(ProgressBar.class).getProgress();
    }

    /** The visible cell showing a row of the tree. */
    private Node cell(java.util.function.Predicate<ProgressViewModel.Row> row) {
        return from(lookup("#progressTree")).lookup(".tree-cell")
                .match((TreeCell<ProgressViewModel.Row> c) -> c.isVisible() && c.getItem() != null && row.test(c.getItem()))
                .query();
    }

    private String resourcePercent() {
        Node resourceCell = cell(r -> r.isResource() && r.item().title().equals("Essence of calculus"));
        return from(resourceCell).lookup(".label").match((Label l) -> l.getText().endsWith(" %")).queryAs(Label.class).getText();
    }

    @Test
    void tickAUnitSeeTheBarsMoveUndoItAndLogTime() throws Exception {
        waitUntil(() -> lookup("#todayView").query().isVisible());
        // the standing is written once the data has loaded, which may be a pulse or two after the page shows
        waitUntil(() -> !lookup("#todayStanding").queryAs(Label.class).getText().isBlank());
        clickOn("#progressTab");
        waitUntil(() -> tree().getRoot().getChildren().size() == 12);
        assertThat(pathBar()).isZero();
        assertThat(resourcePercent()).isEqualTo("0 %");

        // the first unit to study is selected and shown; Space ticks it
        waitUntil(() -> tree().getSelectionModel().getSelectedItem() != null);
        assertThat(tree().getSelectionModel().getSelectedItem().getValue().unit().unitId()).isEqualTo(unit(0).unitId());
        assertThat(lookup("#progressDetailTitle").queryAs(Label.class).getText()).isEqualTo(unit(0).title());
        clickOn(cell(r -> !r.isResource() && r.unit().unitId() == unit(0).unitId()));
        type(KeyCode.SPACE);
        waitUntil(() -> unit(0).done());
        assertThat(pathBar()).isGreaterThan(0);
        assertThat(resourcePercent()).isNotEqualTo("0 %");
        assertThat(lookup("#progressNotice").queryAs(Label.class).getText()).startsWith("Marked “" + unit(0).title());

        // Ctrl+Z undoes it
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> !unit(0).done());
        assertThat(pathBar()).isZero();
        assertThat(resourcePercent()).isEqualTo("0 %");

        // the checkbox of the second unit ticks it too
        String second = unit(1).title();
        Node secondCell = cell(r -> !r.isResource() && r.unit().title().equals(second));
        clickOn(from(secondCell).lookup(".check-box").queryAs(CheckBox.class));
        waitUntil(() -> unit(1).done());
        assertThat(from(cell(r -> !r.isResource() && r.unit().title().equals(second))).lookup(".check-box")
                .queryAs(CheckBox.class).isSelected()).isTrue();

        // log 45 minutes on the selected unit
        clickOn(cell(r -> !r.isResource() && r.unit().title().equals(unit(0).title())));
        clickOn("#logTimeField").write("45").type(KeyCode.ENTER);
        waitUntil(() -> unit(0).loggedMinutes() == 45);
        ListView<?> logs = lookup("#timeLogList").queryListView();
        waitUntil(() -> logs.getItems().size() == 1);
        assertThat(lookup("#logTimeField").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();

        // nonsense is refused with a message, and what was typed stays
        clickOn("#logTimeField").write("lots").type(KeyCode.ENTER);
        waitUntil(() -> !lookup("#logTimeError").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#logTimeError").queryAs(Label.class).getText()).contains("“lots” is not a duration");
        assertThat(unit(0).loggedMinutes()).isEqualTo(45);
    }

    @Test
    void aTickIsKeptAcrossARestart() throws Exception {
        clickOn("#progressTab");
        waitUntil(() -> tree().getRoot().getChildren().size() == 12);
        waitUntil(() -> tree().getSelectionModel().getSelectedItem() != null);
        clickOn(cell(r -> !r.isResource() && r.unit().unitId() == unit(0).unitId()));
        type(KeyCode.SPACE);
        waitUntil(() -> unit(0).done());
        close();
        launch();
        clickOn("#progressTab");
        waitUntil(() -> tree().getRoot().getChildren().size() == 12 && unit(0).done());
    }

    @Test
    void aSavedNoteIsFoundByTheCatalogSearchAtOnce() throws Exception {
        // the catalog is read before the note exists
        clickOn("#catalogTab");
        waitUntil(() -> lookup("#resourceTable").queryTableView().getItems().size() == 12);
        clickOn("#progressTab");
        waitUntil(() -> tree().getSelectionModel().getSelectedItem() != null);
        clickOn("#noteArea").write("quokkanote");
        clickOn("#saveNoteButton");
        waitUntil(() -> lookup("#progressNotice").queryAs(Label.class).getText().startsWith("Saved the note"));
        clickOn("#catalogTab");
        clickOn("#searchField").write("quokkanote");
        javafx.scene.control.TableView<org.studypath.domain.ResourceSummary> table = lookup("#resourceTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).title()).isEqualTo("Essence of calculus");
    }

    @Test
    void progressOpensOnTheFirstUnitNotDoneAfterTicksOnToday() throws Exception {
        waitUntil(() -> lookup("#todayView").query().isVisible());
        waitUntil(() -> !lookup("#todayStanding").queryAs(Label.class).getText().isBlank());
        // the first two units of the path are ticked on Today, then Progress is opened for the first time
        for (int i = 0; i < 2; i++) {
            CheckBox first = lookup(".check-box").match((CheckBox b) -> b.getId() != null && b.getId().startsWith("tick-")
                    && !b.isSelected() && b.isVisible()).queryAs(CheckBox.class);
            long id = Long.parseLong(first.getId().substring("tick-".length()));
            clickOn(first);
            waitUntil(() -> lookup("#tick-" + id).queryAs(CheckBox.class).isSelected());
        }
        clickOn("#progressTab");
        waitUntil(() -> tree().getRoot().getChildren().size() == 12 && unit(1).done());
        waitUntil(() -> tree().getSelectionModel().getSelectedItem() != null);
        assertThat(tree().getSelectionModel().getSelectedItem().getValue().unit().unitId()).isEqualTo(unit(2).unitId());
        assertThat(lookup("#progressDetailTitle").queryAs(Label.class).getText()).isEqualTo(unit(2).title());
    }

    private double sceneY(String query) {
        Node node = lookup(query).query();
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    @Test
    void theStatusButtonsAndTimeFieldStayPutWhenATitleWraps() throws Exception {
        clickOn("#progressTab");
        waitUntil(() -> tree().getSelectionModel().getSelectedItem() != null);
        Label title = lookup("#progressDetailTitle").queryAs(Label.class);
        clickOn(cell(r -> !r.isResource() && r.unit().title().equals("Taylor series")));
        waitUntil(() -> title.getText().equals("Taylor series"));
        double buttons = sceneY("#statusButtons");
        double field = sceneY("#logTimeField");
        // a title too long for one line of the detail pane at 1180×720
        String longTitle = "Limits, L'Hôpital's rule, and epsilon delta definitions";
        clickOn(cell(r -> !r.isResource() && r.unit().title().equals(longTitle)));
        waitUntil(() -> title.getText().equals(longTitle));
        javafx.scene.text.Text probe = new javafx.scene.text.Text(longTitle);
        probe.setFont(title.getFont());
        assertThat(probe.getLayoutBounds().getWidth()).as("the title needs two lines").isGreaterThan(title.getWidth());
        // and it is shown on its two lines, not cut to one
        javafx.scene.text.Text shownText = (javafx.scene.text.Text) title.lookup(".text");
        assertThat(shownText.getText()).doesNotContain("…");
        assertThat(sceneY("#statusButtons")).isEqualTo(buttons);
        assertThat(sceneY("#logTimeField")).isEqualTo(field);
    }
}
