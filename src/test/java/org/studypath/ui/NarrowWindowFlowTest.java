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
}
