package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** Help → Keyboard shortcuts and Open log folder in the real window, headless. */
class HelpFlowTest extends AppWindowTest {
    /**
     * At the smallest window (720 x 480) the dialog came up as a 200-pixel box with "C…" for every key, and at
     * 1180 x 720 the longest actions ended in "…": the dialog fits its window and no action or key is cut.
     */
    @Test
    void theShortcutsFitTheSmallestWindowWithEveryActionAndKeyWhole() throws Exception {
        Window main = lookup(".tab-pane").query().getScene().getWindow();
        interact(() -> {
            main.setWidth(720);
            main.setHeight(480);
        });
        push(KeyCode.F1);
        waitUntil(() -> lookup("#shortcutsTable").tryQuery().isPresent());
        DialogPane pane = lookup("#shortcutsDialog").queryAs(DialogPane.class);
        Window dialog = pane.getScene().getWindow();
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(main.getWidth()).isGreaterThan(360);
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(main.getHeight() + 40).isGreaterThan(250);
        List<TableCell<?, ?>> cells = from(lookup("#shortcutsTable")).lookup(".table-cell")
                .match((TableCell<?, ?> c) -> c.getItem() != null && c.isVisible()).queryAll().stream()
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList();
        assertThat(cells).hasSizeGreaterThan(6);
        for (TableCell<?, ?> cell : cells) {
            Text shown = (Text) cell.lookup(".text");
            assertThat(shown).as(cell.getText()).isNotNull();
            assertThat(shown.getText()).as("shown in place of " + cell.getText()).isEqualTo(cell.getText());
        }
        interact(() -> ((javafx.stage.Stage) dialog).close());
    }

    /** Help → Open log folder is in the Help menu, in words of the window's language (OpenLogFolderTest: what it opens). */
    @Test
    void theHelpMenuOffersTheLogFolder() {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().stream().filter(m -> "helpMenu".equals(m.getId())).findFirst().orElseThrow();
        MenuItem logs = help.getItems().stream().filter(m -> "openLogsMenuItem".equals(m.getId())).findFirst()
                .orElseThrow();
        assertThat(logs.getText()).isEqualTo("Open log folder");
        assertThat(logs.getOnAction()).isNotNull();
    }
}
