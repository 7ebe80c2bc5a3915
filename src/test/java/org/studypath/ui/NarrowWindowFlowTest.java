package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** The real window at its smallest size (720 x 480), headless: what must stay whole there. */
class NarrowWindowFlowTest extends AppWindowTest {
    private void smallest() throws Exception {
        Window main = lookup(".tab-pane").query().getScene().getWindow();
        interact(() -> {
            main.setWidth(720);
            main.setHeight(480);
        });
        waitUntil(() -> main.getWidth() == 720);
    }

    private static String widths(javafx.scene.Parent parent) {
        StringBuilder b = new StringBuilder("width " + ((javafx.scene.layout.Region) parent).getWidth() + ":");
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            b.append(' ').append(n.getId()).append('=').append(n.getLayoutBounds().getWidth())
                    .append("/min ").append(n.minWidth(-1)).append("/pref ").append(n.prefWidth(-1));
        }
        return b.toString();
    }

    /**
     * The catalog's filters, "Show hidden" and "Add resource" read "…", "All…", "Sh…" and "+ …" at 720 px: the
     * filters stay whole, "Add resource" shows its icon only (named by its tooltip) and nothing leaves the window;
     * wide again, the button shows its label.
     */
    @Test
    void theCatalogToolbarKeepsEveryLabelWholeAtTheSmallestWindow() throws Exception {
        clickOn("#catalogTab");
        smallest();
        waitUntil(() -> lookup("#addResourceButton").query().getLayoutBounds().getWidth() > 0);
        javafx.scene.control.Button add = lookup("#addResourceButton").queryAs(javafx.scene.control.Button.class);
        waitUntil(() -> add.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        double sceneWidth = add.getScene().getWidth();
        for (String id : new String[] {"#typeFilter", "#topicFilter", "#showHiddenToggle", "#addResourceButton"}) {
            Control control = lookup(id).queryAs(Control.class);
            assertThat(control.getWidth()).as(id + " width").isGreaterThanOrEqualTo(control.prefWidth(-1) - 0.5);
            Bounds inScene = control.localToScene(control.getLayoutBounds());
            assertThat(inScene.getMaxX()).as(id + " right edge; toolbar: " + widths(control.getParent()))
                    .isLessThanOrEqualTo(sceneWidth);
            for (javafx.scene.Node n : control.lookupAll(".text")) {
                if (n.isVisible() && n.getScene() != null) {
                    assertThat(((Text) n).getText()).as(id).doesNotEndWith("…").doesNotEndWith("...");
                }
            }
        }
        assertThat(add.getTooltip().getText()).isNotBlank();
        assertThat(add.getAccessibleText()).isEqualTo(add.getText()).isNotBlank();
        assertThat(lookup("#searchField").queryAs(Control.class).getWidth()).isGreaterThanOrEqualTo(149);

        Window main = add.getScene().getWindow();
        interact(() -> main.setWidth(1180));
        waitUntil(() -> add.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    /**
     * The Study paths page at 720 x 480 squeezed the path list to nothing and cut the plan's rows to "3. Cal…"
     * beside "8/8 units · ≈ 7…": the list keeps two rows' height, and a row too narrow for both puts its facts
     * under its title, each whole.
     */
    @Test
    void theStudyPathsPageKeepsItsListAndWholeRowsAtTheSmallestWindow() throws Exception {
        clickOn("#pathsTab");
        smallest();
        javafx.scene.control.ListView<?> items = lookup("#pathItems").queryListView();
        waitUntil(() -> items.getItems().size() == 12);
        assertThat(lookup("#pathList").queryAs(Control.class).getHeight()).isGreaterThanOrEqualTo(60);
        javafx.scene.control.ListCell<?> third = from(items).lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null && c.getIndex() == 2).query();
        waitUntil(() -> third.getGraphic() != null && third.getGraphic().lookupAll(".text").stream()
                .filter(n -> !((Text) n).getText().isEmpty()).count() >= 2);
        java.util.List<String> shown = third.getGraphic().lookupAll(".text").stream()
                .map(n -> ((Text) n).getText()).toList();
        assertThat(shown).as("the third row's texts at width " + third.getWidth()).anyMatch(t -> t.equals("3.  Calculus 1"))
                .anyMatch(t -> t.startsWith("8 of 8 units") && !t.endsWith("…"));
    }
}
