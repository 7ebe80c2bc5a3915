package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.studypath.app.Preferences;
import org.studypath.ui.settings.SettingsViewModel;

/**
 * The real window, headless: the date pickers write dates as the rest of the window does, in English, in Chinese and
 * "as the system" under a US system; their calendars and the Week view start on the first day chosen in Settings;
 * and a typed date the picker cannot read is said in a sentence.
 */
class DateFormatsFlowTest extends AppWindowTest {
    private final LocalDate today = LocalDate.now();
    private String systemLanguage;
    private String systemCountry;

    @AfterEach
    void systemAsBefore() {
        if (systemLanguage != null) {
            System.setProperty("user.language", systemLanguage);
            System.setProperty("user.country", systemCountry);
        }
    }

    /** Starts again as if the operating system were set to {@code language}_{@code country}. */
    private void relaunchOnASystemIn(String language, String country) throws Exception {
        close();
        systemLanguage = System.getProperty("user.language");
        systemCountry = System.getProperty("user.country");
        System.setProperty("user.language", language);
        System.setProperty("user.country", country);
        launch();
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
    }

    private DatePicker tickDate() throws Exception {
        interact(() -> lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(3));
        waitUntil(() -> lookup("#tickDatePicker").tryQuery().filter(Node::isVisible).isPresent());
        return lookup("#tickDatePicker").queryAs(DatePicker.class);
    }

    private void openSettings() throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#settingsDialog").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private void chooseInSettings(Preferences.Language language, DayOfWeek firstDay) throws Exception {
        openSettings();
        if (language != null) {
            interact(() -> lookup("#settingsLanguage").queryAs(ComboBox.class).setValue(language));
        }
        interact(() -> lookup("#settingsFirstDay").queryAs(ComboBox.class)
                .setValue(new SettingsViewModel.FirstDay(firstDay)));
        clickOn("#settingsSave");
        waitUntil(() -> lookup("#settingsDialog").tryQuery().isEmpty());
    }

    /** The weekday the picker's open calendar shows in its first column (read from the dates in that column). */
    private DayOfWeek calendarStartsOn(DatePicker picker) throws Exception {
        interact(picker::show);
        waitUntil(() -> lookup(".date-picker-popup").tryQuery().isPresent());
        // the first visible date cell sits in the first column
        DateCell first = lookup(".date-picker-popup .day-cell").match(Node::isVisible).queryAllAs(DateCell.class)
                .stream().min(java.util.Comparator.comparingDouble((DateCell c) -> c.localToScene(0, 0).getY())
                        .thenComparingDouble(c -> c.localToScene(0, 0).getX())).orElseThrow();
        DayOfWeek day = first.getItem().getDayOfWeek();
        interact(picker::hide);
        return day;
    }

    /** The weekday names the open calendar heads its columns with, first one. */
    private String calendarFirstColumnName(DatePicker picker) throws Exception {
        interact(picker::show);
        waitUntil(() -> lookup(".date-picker-popup").tryQuery().isPresent());
        DateCell first = lookup(".date-picker-popup .day-name-cell").match(Node::isVisible).queryAllAs(DateCell.class)
                .stream().min(java.util.Comparator.comparingDouble(c -> c.localToScene(0, 0).getX())).orElseThrow();
        String name = first.getText();
        interact(picker::hide);
        return name;
    }

    private DayOfWeek weekViewStartsOn() throws Exception {
        interact(() -> lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(4));
        waitUntil(() -> lookup("#scheduleTabs").tryQuery().isPresent());
        interact(() -> lookup("#scheduleTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntil(() -> lookup("#weekTitle").tryQuery().filter(Node::isVisible).isPresent());
        return lookup("#weekGrid .day-column").queryAllAs(javafx.scene.layout.VBox.class).stream()
                .filter(c -> javafx.scene.layout.GridPane.getColumnIndex(c) == 0).findFirst()
                .map(c -> ((Label) c.getChildren().get(0)).getText()).map(this::weekday).orElseThrow();
    }

    /** The weekday whose name the Week view's heading "Sun 6" / "周日 6日" starts with. */
    private DayOfWeek weekday(String heading) {
        for (DayOfWeek day : DayOfWeek.values()) {
            LocalDate date = today.with(TemporalAdjusters.previousOrSame(day));
            for (Locale locale : new Locale[] {Locale.UK, Locale.US, Locale.SIMPLIFIED_CHINESE}) {
                if (heading.startsWith(date.format(DateTimeFormatter.ofPattern("EEE", locale)) + " ")) {
                    return day;
                }
            }
        }
        throw new AssertionError("no weekday in " + heading);
    }

    @Test
    void inEnglishThePickerWritesTheDateAsTheWindowDoesAndReadsWhatItWrites() throws Exception {
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
        DatePicker picker = tickDate();
        // the window's way ("Mon 7 Dec 2026"), not JavaFX's British short form "07/12/2026"
        assertThat(picker.getEditor().getText()).isEqualTo(today.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK)));

        LocalDate earlier = today.minusDays(3);
        interact(() -> picker.getEditor().setText(earlier.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK))));
        interact(() -> picker.commitValue());
        assertThat(picker.getValue()).isEqualTo(earlier);
        assertThat(picker.getEditor().getText()).isEqualTo(earlier.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK)));

        // a date it cannot read is not taken, and a sentence says so
        interact(() -> picker.getEditor().setText("31 Feb 2027"));
        interact(() -> picker.commitValue());
        assertThat(picker.getValue()).isEqualTo(earlier);
        Label problem = lookup("#tickDatePickerProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("“31 Feb 2027” is not a date StudyPath can read: write it like "
                + earlier.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK)) + ".");
        interact(() -> picker.setValue(today));
        assertThat(problem.isVisible()).isFalse();
    }

    @Test
    void inChineseThePickerAndItsCalendarAreChinese() throws Exception {
        waitUntil(() -> lookup("#mainTabs").tryQuery().isPresent());
        chooseInSettings(Preferences.Language.CHINESE, DayOfWeek.MONDAY);
        waitUntil(() -> lookup("#mainTabs").queryAs(TabPane.class).getTabs().get(0).getText().equals("今天"));
        DatePicker picker = tickDate();
        assertThat(picker.getEditor().getText())
                .isEqualTo(today.format(DateTimeFormatter.ofPattern("yyyy年M月d日 EEE", Locale.SIMPLIFIED_CHINESE)));
        assertThat(calendarStartsOn(picker)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(calendarFirstColumnName(picker)).isEqualTo(
                DateTimeFormatter.ofPattern("ccc", Locale.SIMPLIFIED_CHINESE).format(DayOfWeek.MONDAY));

        LocalDate earlier = today.minusDays(2);
        interact(() -> picker.getEditor().setText(earlier.format(DateTimeFormatter.ofPattern("yyyy年M月d日"))));
        interact(() -> picker.commitValue());
        assertThat(picker.getValue()).isEqualTo(earlier);
    }

    @Test
    void asTheSystemOnAUsSystemThePickerTheCalendarAndTheWeekFollowTheWindowAndTheFirstDay() throws Exception {
        relaunchOnASystemIn("en", "US");
        DatePicker picker = tickDate();
        // not "12/7/2026": the window's way, in the system's English
        assertThat(picker.getEditor().getText()).isEqualTo(today.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.US)));
        // "automatic" is the US custom, Sunday, in the calendar as in the Week view
        assertThat(calendarStartsOn(picker)).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(weekViewStartsOn()).isEqualTo(DayOfWeek.SUNDAY);

        chooseInSettings(null, DayOfWeek.MONDAY);
        assertThat(weekViewStartsOn()).isEqualTo(DayOfWeek.MONDAY);
        picker = tickDate();
        assertThat(calendarStartsOn(picker)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(calendarFirstColumnName(picker)).isEqualTo(DateTimeFormatter.ofPattern("ccc", Locale.US).format(DayOfWeek.MONDAY));

        chooseInSettings(null, DayOfWeek.SATURDAY);
        assertThat(weekViewStartsOn()).isEqualTo(DayOfWeek.SATURDAY);
        picker = tickDate();
        assertThat(calendarStartsOn(picker)).isEqualTo(DayOfWeek.SATURDAY);
    }
}
