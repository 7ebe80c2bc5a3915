package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;

/**
 * The real window, headless: the first start's welcome, falling three weeks behind (one line, the list folded,
 * "Replan from today" beside it and its preview), a replan with nothing overdue, and the gentle mode.
 */
class TodayFlowTest extends AppWindowTest {
    private TabPane tabs() {
        return lookup("#mainTabs").queryAs(TabPane.class);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private boolean shown(String id) {
        return lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void todayLoaded() throws Exception {
        waitUntil(() -> shown("#todayView") && !text("#todayStanding").isBlank());
    }

    /** The starter path as if it had started {@code days} ago: its start date set in the path editor. */
    private void startedDaysAgo(int days) throws Exception {
        clickOn("#pathsTab");
        waitUntil(() -> lookup("#startDatePicker").tryQuery().isPresent()
                && lookup("#startDatePicker").queryAs(DatePicker.class).getValue() != null);
        LocalDate start = LocalDate.now().minusDays(days);
        interact(() -> lookup("#startDatePicker").queryAs(DatePicker.class).setValue(start));
        waitUntil(() -> !lookup("#saveAvailabilityButton").query().isDisabled());
        clickOn("#saveAvailabilityButton");
        waitUntil(() -> lookup("#saveAvailabilityButton").query().isDisabled());
        interact(() -> tabs().getSelectionModel().select(0));
        waitUntil(() -> shown("#overdueBar"));
    }

    @Test
    void theWelcomeIsShownOnAFirstStartLeadsToTheCatalogAndNeverComesBackOnceDismissed() throws Exception {
        todayLoaded();
        assertThat(shown("#welcome")).isTrue();
        assertThat(lookup("#welcome").queryAs(javafx.scene.layout.VBox.class).lookupAll(".label")).extracting(
                n -> ((Label) n).getText()).anyMatch(t -> t.contains("starter path"))
                .anyMatch(t -> t.contains("Catalog")).anyMatch(t -> t.contains("File → Export…"));
        clickOn("#welcomeCatalog");
        waitUntil(() -> tabs().getSelectionModel().getSelectedIndex() == 1);

        close(); // not dismissed yet: still there after a restart
        launch();
        // StudyPath reopens on the page it was left on, the Catalog here
        waitUntil(() -> tabs().getSelectionModel().getSelectedIndex() == 1);
        press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        todayLoaded();
        assertThat(shown("#welcome")).isTrue();
        clickOn("#welcomeDismiss");
        waitUntil(() -> !shown("#welcome"));

        close();
        launch();
        todayLoaded();
        assertThat(shown("#welcome")).as("dismissed for good").isFalse();
    }

    @Test
    void replanWithNothingOverdueSaysWhy() throws Exception {
        todayLoaded();
        assertThat(shown("#overdueBar")).isFalse();
        clickOn("#todayReplanQuiet");
        waitUntil(() -> shown("#todayReplanNote"));
        assertThat(text("#todayReplanNote"))
                .isEqualTo("Nothing to replan: every session planned before today is done, so the plan stays as it is.");
        assertThat(lookup("#confirmList").tryQuery()).as("no preview").isEmpty();
    }

    @Test
    void threeWeeksBehindIsOneFoldedLineAndTheReplanBesideItLeavesDoneUnitsOut() throws Exception {
        todayLoaded();
        clickOn("#welcomeDismiss");
        startedDaysAgo(21);
        assertThat(text("#overdueSummary")).matches("\\d+ units, .+ overdue");
        assertThat(shown("#overdueList")).as("folded").isFalse();
        ToggleButton fold = lookup("#overdueToggle").queryAs(ToggleButton.class);
        assertThat(fold.isFocusTraversable()).isTrue();
        interact(fold::requestFocus);
        type(KeyCode.SPACE); // the keyboard unfolds it
        waitUntil(() -> shown("#overdueList"));
        assertThat(fold.getText()).isEqualTo("Hide them");
        int units = Integer.parseInt(text("#overdueSummary").split(" ")[0]);
        assertThat(lookup("#overdueList").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(units);

        // one unit done today: the preview does not count it as moving
        HBox first = (HBox) lookup("#overdueList").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0);
        String title = ((Label) first.getChildren().get(1)).getText();
        CheckBox tick = (CheckBox) first.getChildren().get(0);
        interact(tick::fire); // as a click: ticks it, then tells the page
        waitUntil(() -> text("#overdueSummary").startsWith((units - 1) + " units"));

        clickOn("#todayReplan");
        waitUntil(() -> lookup("#confirmList").tryQuery().isPresent());
        ListView<?> moves = lookup("#confirmList").queryListView();
        assertThat(moves.getItems()).isNotEmpty().noneMatch(line -> line.toString().endsWith(title));
        assertThat(text("#confirmListMessage")).startsWith(moves.getItems().size() + " units move.");
        clickOn("Replan");
        waitUntil(() -> shown("#todayReplanNote") && !shown("#overdueBar"));
        assertThat(text("#todayReplanNote")).isEqualTo("Replanned from today.");
    }

    @Test
    void theGentleModeSaysWhatIsNextAndNeverBehind() throws Exception {
        todayLoaded();
        clickOn("#welcomeDismiss");
        startedDaysAgo(21);
        assertThat(text("#todayStanding")).contains("behind");
        press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#settingsGentle").tryQuery().isPresent());
        clickOn("#settingsGentle");
        clickOn("#settingsSave");
        waitUntil(() -> lookup("#settingsDialog").tryQuery().isEmpty());
        waitUntil(() -> text("#todayStanding").startsWith("Next: "));
        assertThat(text("#overdueHeading")).isEqualTo("From earlier days");
        assertThat(text("#overdueSummary")).matches("\\d+ units from earlier days, .+ in all");
        assertThat(lookup("#todayView").queryAs(javafx.scene.Parent.class).lookupAll(".label")).extracting(
                n -> ((Label) n).getText()).filteredOn(t -> t != null)
                .noneMatch(t -> t.contains("behind") || t.contains("overdue"));
        assertThat(lookup("#todayReplan").query().getStyleClass()).as("offered quietly").contains("flat")
                .doesNotContain("accent");

        // nor do the Progress page and the path editor
        interact(() -> tabs().getSelectionModel().select(3));
        waitUntil(() -> shown("#progressStanding"));
        assertThat(text("#progressStanding")).startsWith("From today on").doesNotContain("behind");
        interact(() -> tabs().getSelectionModel().select(2));
        waitUntil(() -> shown("#replanButton"));
        assertThat(lookup("#pathsView").query().lookupAll(".label")).extracting(n -> ((Label) n).getText()).filteredOn(t -> t != null)
                .noneMatch(t -> t.contains("behind"))
                .contains("Some sessions planned before today are still open.");

        close(); // kept
        launch();
        todayLoaded();
        waitUntil(() -> text("#todayStanding").startsWith("Next: "));
    }
}
