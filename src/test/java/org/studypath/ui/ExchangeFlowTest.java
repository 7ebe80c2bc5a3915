package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;

/**
 * The real window, headless: the File menu and the export dialog. (What follows the dialog is a native file chooser,
 * which a headless robot cannot drive; {@code ExchangeViewModelTest} covers the export, import and print that follow.)
 */
class ExchangeFlowTest extends AppWindowTest {
    @Test
    void ctrlEOpensTheExportDialogWithTheOptionsOfEachFormat() throws Exception {
        waitUntil(() -> lookup("#todayTab").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> lookup("#exportDialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#exportDialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Export “Maths for ML — starter path”");
        assertThat(lookup("#exportFormat-ics").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(lookup("#exportBom").queryAs(CheckBox.class).isDisabled()).isTrue();

        clickOn("#exportFormat-csv");
        waitUntil(() -> !lookup("#exportBom").queryAs(CheckBox.class).isDisabled());
        assertThat(((HBox) lookup("#exportDayStart").queryAs(TextField.class).getParent()).isDisabled()).isTrue();

        // a calendar export with a start time that is not a time stays in the dialog and says why
        clickOn("#exportFormat-ics");
        TextField dayStart = lookup("#exportDayStart").queryAs(TextField.class);
        doubleClickOn(dayStart).push(KeyCode.CONTROL, KeyCode.A).write("late");
        clickOn(dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));
        waitUntil(() -> lookup("Write a time such as 19:00").tryQuery().isPresent());
        assertThat(lookup("#exportDialog").tryQuery()).isPresent();

        javafx.scene.control.ButtonType cancel = dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        assertThat(cancel.getText()).isEqualTo("Cancel");
        clickOn(dialog.lookupButton(cancel));
        waitUntil(() -> lookup("#exportDialog").tryQuery().isEmpty());
        assertThat(lookup("#exchangeStatus").query().isVisible()).isFalse();
    }

    @Test
    void theFileMenuListsExportImportAndPrint() throws Exception {
        waitUntil(() -> lookup("#todayTab").tryQuery().isPresent());
        clickOn("File");
        waitUntil(() -> lookup("Export…").tryQuery().isPresent());
        assertThat(lookup("Back up everything…").tryQuery()).isPresent();
        assertThat(lookup("Import backup or catalog pack…").tryQuery()).isPresent();
        assertThat(lookup("Print…").tryQuery()).isPresent();
        push(KeyCode.ESCAPE);
    }

    /** The Backups dialog once had its list squeezed to a row and its Restore button cut off. */
    @Test
    void theBackupsDialogShowsItsListAndWholeButtons() throws Exception {
        waitUntil(() -> lookup("#todayView").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        waitUntil(() -> lookup("#backupsTable").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node table = lookup("#backupsTable").query();
        assertThat(table.getBoundsInParent().getHeight()).isGreaterThanOrEqualTo(180);
        for (String id : new String[] {"#backUpNowButton", "#restoreBackupButton"}) {
            javafx.scene.control.Control button = lookup(id).queryAs(javafx.scene.control.Control.class);
            assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
            javafx.geometry.Bounds inScene = button.localToScene(button.getBoundsInLocal());
            assertThat(inScene.getMaxX()).as(id + " inside the dialog").isLessThanOrEqualTo(button.getScene().getWidth());
        }
        javafx.geometry.Bounds status = lookup("#backupsStatus").query().localToScene(
                lookup("#backupsStatus").query().getBoundsInLocal());
        assertThat(status.getMinX()).as("a margin on the left").isGreaterThanOrEqualTo(8);
        push(KeyCode.ESCAPE);
    }
}
