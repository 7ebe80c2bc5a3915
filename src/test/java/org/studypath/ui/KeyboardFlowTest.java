package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

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
}
