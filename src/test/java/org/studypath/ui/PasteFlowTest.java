package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.studypath.app.Services;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.Unit;
import org.studypath.ui.editor.PasteUnitsViewModel.PreviewRow;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 20: a 10-unit course from a pasted list, previewed, added to the form and saved, in a few steps. */
class PasteFlowTest extends AppWindowTest {
    private static final String TEN_LECTURES = """
            1. The Geometry of Linear Equations 39:49
            2. Elimination with Matrices 47:41
            3. Multiplication and Inverse Matrices 46:48
            4. Factorization into A = LU 48:05
            5. Transposes, Permutations, Spaces R^n 47:41
            6. Column Space and Nullspace 46:01
            7. Solving Ax = 0: Pivot Variables, Special Solutions 43:14
            8. Solving Ax = b: Row Reduced Form R 47:18
            9. Independence, Basis, and Dimension 50:14
            """;

    private TableView<ResourceSummary> catalog() {
        return lookup("#resourceTable").queryTableView();
    }

    @Test
    void aPastedCourseIsPreviewedAddedToTheFormAndSaved() throws Exception {
        waitUntil(() -> lookup("#todayView").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        clickOn("#catalogTab");
        waitUntil(() -> catalog().getItems().size() == 12);
        clickOn("#addResourceButton");
        waitUntil(() -> lookup("#saveResourceButton").tryQuery().isPresent());
        clickOn("#titleField").write("MIT 18.06 Linear Algebra");
        // Ctrl+Shift+V opens the paste area from anywhere in the form
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#pasteArea").tryQuery().isPresent());
        TextArea area = lookup("#pasteArea").queryAs(TextArea.class);
        assertThat(area.isFocused()).isTrue();
        Button add = lookup("#addPastedButton").queryButton();
        assertThat(add.isDisabled()).isTrue();
        // what a paste puts in the area at once, then the learner types the last line
        interact(() -> area.replaceSelection(TEN_LECTURES));
        clickOn(area).push(KeyCode.CONTROL, KeyCode.END);
        write("10. The Four Fundamental Subspaces");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PreviewRow> preview = lookup("#pastePreview").queryTableView();
        assertThat(preview.getItems()).as(area.getText() + "|focus " + area.getScene().getFocusOwner()).hasSize(10);
        assertThat(preview.getItems().get(9)).isEqualTo(new PreviewRow(10, "10. The Four Fundamental Subspaces", "≈ 15 min", false));
        assertThat(lookup("#pasteSummary").queryAs(Label.class).getText())
                .isEqualTo("10 units, ≈ 7 h 12 min in all; 1 time is an estimate (≈).");
        assertThat(add.getText()).isEqualTo("Add 10 units");
        // a line that cannot be read holds the adding back, with its number and why
        write(" 0:00");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(add.isDisabled()).isTrue();
        assertThat(preview.getItems().get(9)).isEqualTo(new PreviewRow(10, "“0:00” is no time at all.", "", true));
        assertThat(lookup("#pasteProblem").queryAs(Label.class).isVisible()).isTrue();
        for (int i = 0; i < 5; i++) {
            type(KeyCode.BACK_SPACE);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(add.isDisabled()).isFalse();
        clickOn(add);
        waitUntil(() -> lookup("#pasteArea").tryQuery().isEmpty());
        // the form's empty first row made way for the ten units; nothing is saved yet
        assertThat(lookup("#unitTitle-9").tryQuery()).isPresent();
        assertThat(lookup("#unitTitle-10").tryQuery()).isEmpty();
        assertThat(catalog().getItems()).hasSize(12);
        clickOn("#saveResourceButton");
        waitUntil(() -> catalog().getItems().size() == 13);
        waitUntil(() -> "MIT 18.06 Linear Algebra".equals(lookup("#detailTitle").queryAs(Label.class).getText()));

        close();
        try (Services services = Services.open(dataDir)) {
            ResourceSummary summary = services.catalog().snapshot().resources().stream()
                    .filter(r -> r.title().equals("MIT 18.06 Linear Algebra")).findFirst().orElseThrow();
            Resource saved = services.catalog().resource(summary.id()).orElseThrow();
            assertThat(saved.units()).hasSize(10);
            assertThat(saved.units().get(0).minutes()).isEqualTo(40);
            assertThat(saved.units()).extracting(Unit::estimated).containsOnlyOnce(true);
            assertThat(saved.estimated()).isTrue();
        }
    }
}
