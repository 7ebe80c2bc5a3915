package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.studypath.app.Preferences;
import org.studypath.app.Services;
import org.studypath.domain.backup.Snapshot;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.backup.BackupsViewModel;
import org.studypath.ui.settings.Themes;

/**
 * The real window, headless: the path the learner chose (on any page) and the page shown are where StudyPath reopens,
 * after a restart, a language switch, a theme switch and a restore; the start-up notification is about that path.
 */
@SuppressWarnings("unchecked")
class LeftOffFlowTest extends AppWindowTest {
    private static final String OWN = "Zeta, my own path";
    private long ownPath;
    private long starterPath;
    /** The file of the backup {@link #ownPathBesideTheStarter} took (it holds both paths). */
    private String ownBackup;

    private TabPane tabs() {
        return lookup("#mainTabs").queryAs(TabPane.class);
    }

    /**
     * A second path beside the starter path, sorted after it (the first path is what a window without a memory shows),
     * studied every day so that today always has something to tick; optionally a backup taken then.
     */
    private void ownPathBesideTheStarter(boolean backUp) throws Exception {
        close();
        try (Services services = Services.open(dataDir)) {
            starterPath = services.plans().paths().get(0).id();
            ownPath = services.plans().duplicate(starterPath, OWN);
            Map<DayOfWeek, Integer> daily = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                daily.put(day, 60);
            }
            services.plans().saveAvailability(ownPath, new Availability(daily, services.plans().today(), null, Set.of()));
            assertThat(services.plans().paths()).extracting(PathSummary::id).startsWith(starterPath);
            if (backUp) {
                ownBackup = services.backups().backUpNow(Snapshot.Reason.MANUAL).file().getFileName().toString();
            }
        }
        launch();
        waitUntil(() -> lookup("#todayPathChoice").tryQuery().isPresent() && chosen("#todayPathChoice") != null);
        assertThat(chosen("#todayPathChoice").id()).as("no memory yet: the first path").isEqualTo(starterPath);
    }

    private PathSummary chosen(String choice) {
        return lookup(choice).queryAs(ComboBox.class).getValue() instanceof PathSummary p ? p : null;
    }

    /** Picks the learner's own path on the Progress page, as a learner does, and leaves the window there. */
    private void chooseOwnPathOnProgress() throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#progressPathChoice").tryQuery().isPresent());
        ComboBox<PathSummary> choice = lookup("#progressPathChoice").queryAs(ComboBox.class);
        PathSummary own = choice.getItems().stream().filter(p -> p.id() == ownPath).findFirst().orElseThrow();
        clickOn(choice);
        waitUntil(() -> lookup(OWN).tryQuery().isPresent());
        clickOn(lookup(OWN).match(javafx.scene.control.ListCell.class::isInstance).queryAs(javafx.scene.Node.class));
        waitUntil(() -> own.equals(choice.getValue()));
    }

    /** Today, Progress and Statistics all show the learner's own path. */
    private void everyPageShowsTheOwnPath() throws Exception {
        int page = tabs().getSelectionModel().getSelectedIndex();
        for (int index : new int[] {0, 3, 5}) {
            interact(() -> tabs().getSelectionModel().select(index));
            String id = switch (index) {
                case 0 -> "#todayPathChoice";
                case 3 -> "#progressPathChoice";
                default -> "#statsPathChoice";
            };
            waitUntil(() -> lookup(id).tryQuery().isPresent() && chosen(id) != null);
            assertThat(chosen(id).id()).as(id).isEqualTo(ownPath);
        }
        interact(() -> tabs().getSelectionModel().select(page));
    }

    @Test
    void aPathChosenOnProgressIsTodaysAndIsWhereStudyPathReopensWithItsNotification() throws Exception {
        ownPathBesideTheStarter(false);
        chooseOwnPathOnProgress();
        everyPageShowsTheOwnPath();

        close();
        launch();
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
        assertThat(tabs().getSelectionModel().getSelectedIndex()).as("the page left off on").isEqualTo(3);
        waitUntil(() -> chosen("#progressPathChoice") != null);
        assertThat(chosen("#progressPathChoice").id()).isEqualTo(ownPath);
        // the start-up notification is about the path the learner works on
        waitUntil(() -> notificationTitle() != null && !notificationTitle().contains("starter"));
        assertThat(notificationTitle()).isEqualTo("Today on “" + OWN + "”");
        everyPageShowsTheOwnPath();
    }

    @Test
    void theChosenPathAndPageSurviveALanguageSwitchAndAThemeSwitch() throws Exception {
        ownPathBesideTheStarter(false);
        chooseOwnPathOnProgress();
        interact(() -> tabs().getSelectionModel().select(5));

        settings("#settingsLanguage", Preferences.Language.CHINESE);
        waitUntil(() -> tabs().getTabs().get(0).getText().equals("今天"));
        assertThat(tabs().getSelectionModel().getSelectedIndex()).isEqualTo(5);
        everyPageShowsTheOwnPath();

        settings("#settingsTheme", Preferences.Theme.DARK);
        waitUntil(() -> Themes.stylesheet(true).equals(javafx.application.Application.getUserAgentStylesheet()));
        assertThat(tabs().getSelectionModel().getSelectedIndex()).isEqualTo(5);
        everyPageShowsTheOwnPath();

        close();
        launch();
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent() && tabs().getTabs().get(0).getText().equals("今天"));
        assertThat(tabs().getSelectionModel().getSelectedIndex()).isEqualTo(5);
        everyPageShowsTheOwnPath();
        settings("#settingsTheme", Preferences.Theme.LIGHT);
        settings("#settingsLanguage", Preferences.Language.ENGLISH);
    }

    @Test
    void aRestoreKeepsThePathShownWhichIsThenWhereStudyPathReopens() throws Exception {
        // the backup remembers the starter path: it was the one shown when it was taken
        ownPathBesideTheStarter(true);
        chooseOwnPathOnProgress();
        interact(() -> tabs().getSelectionModel().select(0));

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        waitUntil(() -> lookup("#backupsTable").tryQuery().isPresent());
        TableView<BackupsViewModel.Row> backups = lookup("#backupsTable").queryAs(TableView.class);
        waitUntil(() -> !backups.getItems().isEmpty());
        // the backup taken above, by its file, not simply the first row: the close before it took the daily copy
        // (of the starter path alone) in the same second, and copies of one second list in no fixed order; restoring
        // that one rightly falls back to the starter path, since the own path is not in it
        BackupsViewModel.Row taken = backups.getItems().stream()
                .filter(r -> r.entry().file().getFileName().toString().equals(ownBackup)).findFirst().orElseThrow();
        interact(() -> backups.getSelectionModel().select(taken));
        clickOn("#restoreBackupButton");
        answer(ButtonBar.ButtonData.OK_DONE, "Restore");
        // the alert that says it is done, then the Backups dialog
        waitUntil(() -> lookup(".dialog-pane").queryAll().stream()
                .anyMatch(p -> "Backup restored".equals(((DialogPane) p).getHeaderText())));
        DialogPane told = (DialogPane) lookup(".dialog-pane").queryAll().stream()
                .filter(p -> "Backup restored".equals(((DialogPane) p).getHeaderText())).findFirst().orElseThrow();
        clickOn(told.lookupButton(told.getButtonTypes().get(0)));
        DialogPane list = lookup("#backupsDialog").queryAs(DialogPane.class);
        clickOn(list.lookupButton(list.getButtonTypes().get(0)));
        waitUntil(() -> lookup("#backupsTable").tryQuery().isEmpty());
        everyPageShowsTheOwnPath();

        close();
        launch();
        waitUntil(() -> lookup("#todayPathChoice").tryQuery().isPresent() && chosen("#todayPathChoice") != null);
        assertThat(chosen("#todayPathChoice").id()).isEqualTo(ownPath);
    }

    @Test
    void aRememberedPathThatIsGoneFallsBackToTheFirstWithoutAnError() throws Exception {
        close();
        try (Services services = Services.open(dataDir)) {
            services.settings().put("ui.currentPath", "987654");
            services.settings().put("ui.currentPage", "NO_SUCH_PAGE");
        }
        launch();
        waitUntil(() -> lookup("#todayPathChoice").tryQuery().isPresent() && chosen("#todayPathChoice") != null);
        assertThat(chosen("#todayPathChoice").name()).isEqualTo("Maths for ML — starter path");
        assertThat(tabs().getSelectionModel().getSelectedIndex()).isZero();
        assertThat(lookup(".dialog-pane").tryQuery()).as("no error dialog").isEmpty();
    }

    private void settings(String id, Object value) throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#settingsDialog").tryQuery().isPresent());
        ComboBox<Object> combo = lookup(id).queryAs(ComboBox.class);
        interact(() -> combo.setValue(value));
        clickOn("#settingsSave");
        waitUntil(() -> lookup("#settingsDialog").tryQuery().isEmpty());
    }

    /** Clicks the button of that kind in the alert now shown (an {@code Alert} has no id of its own). */
    private void answer(ButtonBar.ButtonData kind, String text) throws Exception {
        waitUntil(() -> alertButton(kind, text) != null);
        clickOn(alertButton(kind, text));
    }

    private javafx.scene.Node alertButton(ButtonBar.ButtonData kind, String text) {
        for (javafx.scene.Node node : lookup(".dialog-pane").queryAll()) {
            DialogPane pane = (DialogPane) node;
            for (ButtonType type : pane.getButtonTypes()) {
                if (type.getButtonData() == kind && type.getText().startsWith(text)) {
                    return pane.lookupButton(type);
                }
            }
        }
        return null;
    }

    /** The title of the newest start-up notification shown (an earlier start's may still be fading), or null. */
    private static String notificationTitle() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".notification-bar"))
                .filter(java.util.Objects::nonNull)
                .map(bar -> bar.lookup(".title"))
                .filter(Label.class::isInstance)
                .map(l -> ((Label) l).getText())
                .reduce((first, second) -> second).orElse(null);
    }
}
