package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.studypath.ui.progress.ProgressViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** A learner writes a note with a formula under a unit and sees the preview draw it, or say what is wrong with it. */
class MathsNoteFlowTest extends AppWindowTest {
    private static final String CHAIN_RULE = "the chain rule $\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}$";

    private Set<Node> formulas() {
        return lookup("#notePreview .note-formula").queryAll();
    }

    /** Visible with every parent up to the scene, as a learner needs it to be to type in it. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Set<Node> errors() {
        return lookup("#notePreview .note-math-error").queryAll();
    }

    @Test
    void aFormulaInAUnitsNoteIsDrawnInThePreview() throws Exception {
        clickOn("#progressTab");
        TreeView<ProgressViewModel.Row> tree = lookup("#progressTree").query();
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null
                && !tree.getSelectionModel().getSelectedItem().getValue().isResource());
        // the detail pane shows the unit once its details are read (on the worker): only then is there a note to write
        waitUntil(() -> lookup("#noteArea").tryQuery().map(MathsNoteFlowTest::shown).orElse(false));
        // focused rather than clicked: on a short window the note can sit below the pane's fold, where no click lands
        TextArea area = lookup("#noteArea").queryAs(TextArea.class);
        interact(area::requestFocus);
        write(CHAIN_RULE);
        assertThat(lookup("#noteArea").queryAs(TextArea.class).getText()).isEqualTo(CHAIN_RULE);

        waitUntil(() -> formulas().size() == 1);
        assertThat(errors()).isEmpty();
        Label formula = (Label) formulas().iterator().next();
        Canvas canvas = (Canvas) formula.getGraphic();
        assertThat(canvas.getWidth()).isGreaterThan(40);
        assertThat(canvas.getHeight()).isGreaterThan(15);
        assertThat(formula.getAccessibleText()).isEqualTo("\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}");
        // something was drawn: some of the canvas's pixels are not transparent
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(transparent(), null)).get();
        int inked = 0;
        for (int x = 0; x < (int) image.getWidth(); x++) {
            for (int y = 0; y < (int) image.getHeight(); y++) {
                inked += image.getPixelReader().getColor(x, y).getOpacity() > 0.3 ? 1 : 0;
            }
        }
        assertThat(inked).isGreaterThan(30);
        assertThat(lookup("#notePreview .note-text").match((Text t) -> t.getText().contains("the chain rule")).tryQuery())
                .isPresent();

        // a broken formula: its mistake is said in place, the rest of the note is still drawn
        WaitForAsyncUtils.asyncFx(() -> lookup("#noteArea").queryAs(TextArea.class).setText("good $x^2$ then $\\frac{a$ end"));
        waitUntil(() -> errors().size() == 1 && formulas().size() == 1);
        Text error = (Text) errors().iterator().next();
        assertThat(error.getText()).contains("\\frac{a").contains("opens a brace that is never closed");

        // Preview only, then back to Edit: the editor hides and comes back with the text
        clickOn("#noteModePreview");
        waitUntil(() -> !lookup("#noteArea").query().isVisible() && lookup("#notePreview").query().isVisible());
        clickOn("#noteModeEdit");
        waitUntil(() -> lookup("#noteArea").query().isVisible() && !lookup("#notePreview").query().isVisible());
        assertThat(lookup("#noteArea").queryAs(TextArea.class).getText()).startsWith("good $x^2$");
    }

    private static javafx.scene.SnapshotParameters transparent() {
        javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
        parameters.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return parameters;
    }
}
