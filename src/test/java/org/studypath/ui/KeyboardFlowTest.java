package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The shortcuts of the Go menu and of Today, pressed on the real window. */
@SuppressWarnings("unchecked")
class KeyboardFlowTest extends AppWindowTest {
    private TabPane tabs() {
        return lookup("#mainTabs").queryAs(TabPane.class);
    }

    @Test
    void ctrlAndADigitShowsThatPage() throws Exception {
        waitUntil(() -> lookup("#todayView").tryQuery().isPresent());
        press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> tabs().getSelectionModel().getSelectedIndex() == 2);
        press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        waitUntil(() -> tabs().getSelectionModel().getSelectedIndex() == 5);
        press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> tabs().getSelectionModel().getSelectedIndex() == 0);
    }

    @Test
    void altLeftAndRightMoveTodayThroughTheDaysAndAltHomeComesBack() throws Exception {
        waitUntil(() -> lookup("#todayView").tryQuery().isPresent());
        String today = heading();
        press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        waitUntil(() -> !heading().equals(today));
        String tomorrow = heading();
        press(KeyCode.ALT).type(KeyCode.LEFT).type(KeyCode.LEFT).release(KeyCode.ALT);
        waitUntil(() -> !heading().equals(today) && !heading().equals(tomorrow));
        press(KeyCode.ALT).type(KeyCode.HOME).release(KeyCode.ALT);
        waitUntil(() -> heading().equals(today));
        // from another page, the day keys show Today
        press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> tabs().getSelectionModel().getSelectedIndex() == 1);
        press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        waitUntil(() -> tabs().getSelectionModel().getSelectedIndex() == 0 && heading().equals(tomorrow));
    }

    @Test
    void ctrlShiftNStartsANewPath() throws Exception {
        waitUntil(() -> lookup("#todayView").tryQuery().isPresent());
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> tabs().getSelectionModel().getSelectedIndex() == 2);
        waitUntil(() -> lookup("#textInput").tryQuery().isPresent());
        type(KeyCode.ESCAPE);
    }

    private String heading() {
        return lookup("#todayHeading").queryAs(Label.class).getText();
    }

    @Test
    void aPageBuiltAfterThePathLoadedShowsItsStudyTimeAndSelection() throws Exception {
        waitUntil(() -> lookup("#todayStanding").tryQuery().isPresent()
                && !lookup("#todayStanding").queryAs(Label.class).getText().isBlank());
        press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#minutes-MONDAY").tryQuery().isPresent());
        int weekMinutes = 0;
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            weekMinutes += ((javafx.scene.control.Spinner<Integer>) lookup("#minutes-" + day.name()).query()).getValue();
        }
        assertThat(weekMinutes).as("the starter path's week, not zeros").isGreaterThan(0);
        assertThat(lookup("#pathList").queryAs(javafx.scene.control.ListView.class).getSelectionModel()
                .getSelectedItem()).isNotNull();
    }

    // ---- where the focus is, and that it stays ----

    /** The starter path, studied every day from today: today always has units to tick, whatever the weekday. */
    private void everyDayFromToday() throws Exception {
        close();
        try (org.studypath.app.Services services = org.studypath.app.Services.open(dataDir)) {
            long path = services.plans().paths().get(0).id();
            java.util.Map<java.time.DayOfWeek, Integer> daily = new java.util.EnumMap<>(java.time.DayOfWeek.class);
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                daily.put(day, 90);
            }
            services.plans().saveAvailability(path, new org.studypath.domain.plan.Availability(daily,
                    services.plans().today(), null, java.util.Set.of()));
        }
        launch();
        waitUntil(() -> lookup("#todayList").tryQuery().isPresent()
                && lookup("#todayList").queryAs(javafx.scene.layout.VBox.class).getChildren().size() >= 2);
    }

    private javafx.scene.Node focusOwner() {
        return tabs().getScene().getFocusOwner();
    }

    /** Whether the focus is inside the page of that tab (its content), not on the tab pane or elsewhere. */
    private boolean focusInPage(int index) {
        javafx.scene.Node page = tabs().getTabs().get(index).getContent();
        for (javafx.scene.Node n = focusOwner(); n != null; n = n.getParent()) {
            if (n == page) {
                return true;
            }
        }
        return false;
    }

    private java.util.List<javafx.scene.control.CheckBox> todayTicks() {
        return lookup("#todayList").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(row -> (javafx.scene.control.CheckBox) row.lookup(".check-box")).toList();
    }

    @Test
    void ctrlOnePutsTheFocusOnTheFirstRowAndDownMovesThroughThePageNotTheTabs() throws Exception {
        everyDayFromToday();
        press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> focusOwner() == todayTicks().get(0));
        type(KeyCode.DOWN);
        waitUntil(() -> focusOwner() == todayTicks().get(1));
        assertThat(tabs().getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void ctrlTwoPutsTheFocusInTheCatalogsSearchAndDownStaysInThePage() throws Exception {
        waitUntil(() -> lookup("#todayView").tryQuery().isPresent());
        press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> focusOwner() != null && "searchField".equals(focusOwner().getId()) && focusInPage(1));
        type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs().getSelectionModel().getSelectedIndex()).as("Down moves in the page, not the tabs").isEqualTo(1);
        assertThat(focusInPage(1)).isTrue();
        // the other pages too: the keyboard is in the page, never on the tab's name
        KeyCode[] digits = {KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};
        for (int i = 0; i < digits.length; i++) {
            int page = i + 2;
            press(KeyCode.CONTROL).type(digits[i]).release(KeyCode.CONTROL);
            try {
                waitUntil(() -> tabs().getSelectionModel().getSelectedIndex() == page && focusInPage(page));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("page " + page + ": the focus is on " + focusOwner(), e);
            }
        }
    }

    @Test
    void spaceTicksTheFocusedRowAndTheFocusStaysOnItAfterTheTickAndTheUndo() throws Exception {
        everyDayFromToday();
        press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> focusOwner() == todayTicks().get(0));
        type(KeyCode.DOWN);
        waitUntil(() -> focusOwner() == todayTicks().get(1));
        String second = todayTicks().get(1).getId();
        type(KeyCode.SPACE);
        waitUntil(() -> todayTicks().get(1).isSelected());
        assertThat(todayTicks().get(0).isSelected()).as("only the focused unit is ticked").isFalse();
        assertThat(focusOwner()).isInstanceOf(javafx.scene.control.CheckBox.class);
        assertThat(focusOwner().getId()).as("the focus stays on the row just ticked").isEqualTo(second);
        assertThat(focusOwner().getScene()).isNotNull();

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> !todayTicks().get(1).isSelected());
        assertThat(focusOwner().getId()).as("and on it after the undo").isEqualTo(second);
        // Space again ticks the same unit, not another
        type(KeyCode.SPACE);
        waitUntil(() -> todayTicks().get(1).isSelected());
        assertThat(todayTicks().get(0).isSelected()).isFalse();
    }

    @Test
    void theFocusedCheckBoxButtonAndTabDrawARingInBothThemes() throws Exception {
        everyDayFromToday();
        for (boolean dark : new boolean[] {false, true}) {
            if (dark) {
                press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
                waitUntil(() -> lookup("#settingsDialog").tryQuery().isPresent());
                javafx.scene.control.ComboBox<Object> theme = lookup("#settingsTheme").queryAs(javafx.scene.control.ComboBox.class);
                interact(() -> theme.setValue(org.studypath.app.Preferences.Theme.DARK));
                clickOn("#settingsSave");
                waitUntil(() -> org.studypath.ui.settings.Themes.stylesheet(true)
                        .equals(javafx.application.Application.getUserAgentStylesheet()));
            }
            press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
            waitUntil(() -> focusOwner() == todayTicks().get(0));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.layout.Region focusedBox = (javafx.scene.layout.Region) todayTicks().get(0).lookup(".box");
            javafx.scene.layout.Region otherBox = (javafx.scene.layout.Region) todayTicks().get(1).lookup(".box");
            assertThat(ring(focusedBox)).as("focused check box, dark " + dark).isNotNull();
            assertThat(ring(otherBox)).as("unfocused check box, dark " + dark).isNull();
            // the row of the focused check box is marked as well
            javafx.scene.layout.Region focusedRow = (javafx.scene.layout.Region) todayTicks().get(0).getParent();
            javafx.scene.layout.Region otherRow = (javafx.scene.layout.Region) todayTicks().get(1).getParent();
            assertThat(focusedRow.getBackground()).isNotEqualTo(otherRow.getBackground());

            // the flat arrow button next to the date
            javafx.scene.control.Button next = lookup("#todayNextDay").queryAs(javafx.scene.control.Button.class);
            assertThat(ring(next)).isNull();
            interact(next::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ring(next)).as("focused flat button, dark " + dark).isNotNull();

            // the page's name, while the tab pane has the focus
            interact(() -> tabs().requestFocus());
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.layout.Region indicator = (javafx.scene.layout.Region) tabs()
                    .lookupAll(".tab:selected .focus-indicator").iterator().next();
            assertThat(ring(indicator)).as("focused tab, dark " + dark).isNotNull();
        }
    }

    @Test
    void aTickThatTakesAnEarlierDaysUnitOffTheListMovesTheFocusToTheNextAndAnUndoBringsItBack() throws Exception {
        // a path begun a week ago with nothing ticked: units from earlier days are still open
        close();
        try (org.studypath.app.Services services = org.studypath.app.Services.open(dataDir)) {
            long path = services.plans().paths().get(0).id();
            java.util.Map<java.time.DayOfWeek, Integer> daily = new java.util.EnumMap<>(java.time.DayOfWeek.class);
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                daily.put(day, 60);
            }
            services.plans().saveAvailability(path, new org.studypath.domain.plan.Availability(daily,
                    services.plans().today().minusDays(7), null, java.util.Set.of()));
        }
        launch();
        waitUntil(() -> lookup("#overdueToggle").tryQuery().isPresent());
        interact(() -> lookup("#overdueToggle").queryAs(javafx.scene.control.ToggleButton.class).setSelected(true));
        waitUntil(() -> lookup("#overdueList").tryQuery().isPresent() && overdueTicks().size() >= 3);
        javafx.scene.control.CheckBox second = overdueTicks().get(1);
        String secondId = second.getId();
        String thirdId = overdueTicks().get(2).getId();
        interact(second::requestFocus);
        type(KeyCode.SPACE);
        // ticked, it is no longer open: the row that takes its place has the focus, and nothing else was ticked
        waitUntil(() -> overdueTicks().stream().noneMatch(b -> b.getId().equals(secondId)));
        waitUntil(() -> focusOwner() != null && thirdId.equals(focusOwner().getId()));
        assertThat(overdueTicks()).noneMatch(javafx.scene.control.CheckBox::isSelected);

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> overdueTicks().stream().anyMatch(b -> b.getId().equals(secondId)));
        waitUntil(() -> focusOwner() != null && secondId.equals(focusOwner().getId()));
    }

    private java.util.List<javafx.scene.control.CheckBox> overdueTicks() {
        return lookup("#overdueList").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(row -> (javafx.scene.control.CheckBox) row.lookup(".check-box")).toList();
    }

    @Test
    void atTheStartTheFocusGoesIntoThePageOnceThePlanIsShown() throws Exception {
        everyDayFromToday();
        waitUntil(() -> focusOwner() == todayTicks().get(0));
        type(KeyCode.DOWN);
        waitUntil(() -> focusOwner() == todayTicks().get(1));
        assertThat(tabs().getSelectionModel().getSelectedIndex()).isZero();
    }

    /** The accent-coloured stroke a control draws round itself, or null when it draws none. */
    private static javafx.scene.paint.Paint ring(javafx.scene.layout.Region region) {
        javafx.scene.layout.Border border = region.getBorder();
        if (border == null || border.getStrokes().isEmpty()) {
            return null;
        }
        javafx.scene.paint.Paint paint = border.getStrokes().get(0).getTopStroke();
        return paint == null || javafx.scene.paint.Color.TRANSPARENT.equals(paint) ? null : paint;
    }
}
