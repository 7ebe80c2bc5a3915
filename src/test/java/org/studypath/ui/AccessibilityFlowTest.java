package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Every page, headless: icon-only buttons say what they do to a screen reader, and Tab moves in reading order. */
class AccessibilityFlowTest extends AppWindowTest {
    @Test
    void everyIconOnlyButtonOnEveryPageHasAccessibleText() throws Exception {
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
        TabPane tabs = lookup("#mainTabs").queryAs(TabPane.class);
        List<String> silent = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            interact(() -> tabs.getSelectionModel().select(index));
            waitUntil(() -> tabs.getTabs().get(index).getContent() != null);
            if (i == 1) { // the catalog: select a resource so its detail pane (edit, delete, hide) is shown
                waitUntil(() -> lookup("#resourceTable").tryQuery().isPresent());
                interact(() -> ((javafx.scene.control.TableView<?>) lookup("#resourceTable").query())
                        .getSelectionModel().select(0));
            }
            for (Node node : lookup(n -> n instanceof ButtonBase && n.isVisible()).queryAll()) {
                ButtonBase button = (ButtonBase) node;
                boolean iconOnly = button.getText() == null || button.getText().isBlank();
                if (iconOnly && button.getGraphic() != null) {
                    checked++;
                    if (button.getAccessibleText() == null || button.getAccessibleText().isBlank()) {
                        silent.add(tabs.getTabs().get(i).getId() + ": " + (button.getId() == null ? button : button.getId()));
                    }
                }
            }
        }
        assertThat(checked).as("icon-only buttons found").isGreaterThanOrEqualTo(3);
        assertThat(silent).isEmpty();
    }

    @Test
    void settingsAreFilledInFromTopToBottomWithTab() throws Exception {
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
        press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#settingsLanguage").tryQuery().isPresent());
        waitUntil(() -> lookup("#settingsLanguage").query().isFocused());
        type(KeyCode.TAB);
        assertThat(lookup("#settingsTheme").queryAs(ComboBox.class).isFocused()).isTrue();
        type(KeyCode.TAB);
        assertThat(lookup("#settingsFirstDay").queryAs(ComboBox.class).isFocused()).isTrue();
        type(KeyCode.ESCAPE);
    }

    @Test
    void ctrlFFocusesTheSearchFieldAndTabGoesOnToTheFilters() throws Exception {
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#searchField").tryQuery().isPresent() && lookup("#searchField").query().isFocused());
        type(KeyCode.TAB);
        Node focused = lookup("#searchField").query().getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(focused.getId()).as("after the search field comes the type filter").isEqualTo("typeFilter");
        type(KeyCode.TAB);
        assertThat(focused.getScene().getFocusOwner().getId()).isEqualTo("topicFilter");
    }
}
