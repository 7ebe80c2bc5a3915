package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.studypath.app.Preferences;
import org.studypath.app.Services;
import org.studypath.ui.settings.Themes;

/** The real window, headless: Settings switches the language and the theme at once, and they are kept. */
class SettingsFlowTest extends AppWindowTest {
    private TabPane tabs() {
        return lookup("#mainTabs").queryAs(TabPane.class);
    }

    private void openSettings() throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#settingsDialog").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        ComboBox<T> combo = lookup(id).queryAs(ComboBox.class);
        interact(() -> combo.setValue(value));
    }

    private void save() throws Exception {
        clickOn("#settingsSave");
        waitUntil(() -> lookup("#settingsDialog").tryQuery().isEmpty());
    }

    @Test
    void switchingToChineseRebuildsTheWindowInChineseAndKeepsThePageAndTheChoice() throws Exception {
        waitUntil(() -> lookup("#todayView").query().isVisible());
        assertThat(tabs().getTabs().get(0).getText()).isEqualTo("Today");
        interact(() -> tabs().getSelectionModel().select(3));
        openSettings();
        assertThat(lookup("#settingsLanguage").queryAs(ComboBox.class).getValue()).isEqualTo(Preferences.Language.SYSTEM);
        choose("#settingsLanguage", Preferences.Language.CHINESE);
        save();

        waitUntil(() -> tabs().getTabs().get(0).getText().equals("今天"));
        assertThat(tabs().getTabs()).extracting(t -> t.getText())
                .containsExactly("今天", "目录", "学习路径", "进度", "日程", "统计");
        assertThat(tabs().getSelectionModel().getSelectedIndex()).as("the page shown stays shown").isEqualTo(3);
        assertThat(lookup("#menuBar").queryAs(MenuBar.class).getMenus()).extracting(m -> m.getText())
                .containsExactly("文件(_F)", "转到(_G)", "帮助(_H)");
        interact(() -> tabs().getSelectionModel().select(0));
        waitUntil(() -> lookup("#todayView").query().isVisible());
        assertThat(lookup("#todayStanding").queryAs(Label.class).getText()).matches(".*[\\u4e00-\\u9fff].*");

        // F1 lists the shortcuts in Chinese
        type(KeyCode.F1);
        waitUntil(() -> lookup("#shortcutsTable").tryQuery().isPresent());
        TableView<?> table = lookup("#shortcutsTable").queryAs(TableView.class);
        assertThat(table.getColumns().get(0).getText()).isEqualTo("操作");
        assertThat(table.getItems()).hasSizeGreaterThan(15);
        type(KeyCode.ESCAPE);

        // kept: the next start is in Chinese from the first frame
        close();
        launch();
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
        assertThat(tabs().getTabs().get(1).getText()).isEqualTo("目录");
        openSettings();
        choose("#settingsLanguage", Preferences.Language.ENGLISH);
        save();
        waitUntil(() -> tabs().getTabs().get(1).getText().equals("Catalog"));
    }

    @Test
    void theDarkThemeIsAppliedAtOnceAndKeptAndLightComesBack() throws Exception {
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Themes.stylesheet(false));
        openSettings();
        choose("#settingsTheme", Preferences.Theme.DARK);
        save();
        waitUntil(() -> Themes.stylesheet(true).equals(Application.getUserAgentStylesheet()));
        assertThat(mainScene().getRoot().getStyleClass()).contains("theme-dark").doesNotContain("theme-light");

        close();
        launch();
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Themes.stylesheet(true));
        assertThat(mainScene().getRoot().getStyleClass()).contains("theme-dark");
        openSettings();
        choose("#settingsTheme", Preferences.Theme.LIGHT);
        save();
        waitUntil(() -> Themes.stylesheet(false).equals(Application.getUserAgentStylesheet()));
        assertThat(mainScene().getRoot().getStyleClass()).contains("theme-light");
    }

    @Test
    void aBadBackupFolderKeepsTheDialogOpenWithTheReason() throws Exception {
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
        openSettings();
        clickOn("#settingsBackupFolder").write("not/absolute");
        clickOn("#settingsSave");
        waitUntil(() -> !lookup("#settingsError").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#settingsError").queryAs(Label.class).getText()).contains("is not a full path");
        assertThat(lookup("#settingsDialog").tryQuery()).isPresent();
        type(KeyCode.ESCAPE);
        close();
        try (Services services = Services.open(dataDir)) {
            assertThat(services.preferences()).isEqualTo(Preferences.defaults().withWelcome(true)); // a first start: the welcome is on
        }
        launch();
    }

    @Test
    void aboutShowsTheVersionTheDataFolderAndTheLibraries() throws Exception {
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
        clickOn("#helpMenu");
        clickOn("#aboutMenuItem");
        waitUntil(() -> lookup("#aboutDialog").tryQuery().isPresent());
        assertThat(lookup("#aboutVersion").queryAs(Label.class).getText()).startsWith("Version ");
        assertThat(lookup("#aboutDataFolder").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(dataDir.toString());
        TableView<?> libraries = lookup("#aboutLibraries").queryAs(TableView.class);
        assertThat(libraries.getItems()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(libraries.getItems().toString()).contains("OpenJFX", "ControlsFX", "AtlantaFX", "Apache 2.0")
                .doesNotContain("${");
        type(KeyCode.ESCAPE);
    }

    private javafx.scene.Scene mainScene() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#mainTabs") != null).findFirst().orElseThrow().getScene();
    }
}
