package org.studypath.ui.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.WeekFields;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.studypath.domain.SafeText;

/**
 * The one date picker of StudyPath's window: it writes a date as the rest of the window does ({@link Messages#date},
 * "Mon 7 Dec 2026" / "2026年12月7日 周一") instead of JavaFX's short locale form ("12/7/2026" under a US system,
 * "07/12/2026" under British English), reads typed dates the same ways ({@link Messages#readDate}), and its calendar
 * starts its weeks on the first day chosen in Settings.
 *
 * <p>A typed date it cannot read is not taken (the field goes back to the date it had, not a day the typing
 * happened to resemble) and {@link #problemProperty()}
 * says why in a plain sentence, which {@link #problemLabel()} shows beside the field until the date is typed again
 * or another is chosen.
 *
 * <p>JavaFX's calendar popup takes its month and weekday names and its first day of the week from the default
 * locale for formatting, not from the picker, and names its weekday columns once, when the popup is first made. So
 * the field makes that locale the UI's language, with the chosen first day as its Unicode "fw" extension (which
 * {@link WeekFields#of(Locale)} honours), each time the popup opens, and has its popup made again when the first day
 * changes.
 */
public final class DateField extends DatePicker {
    /** AtlantaFX draws a field in this state with the danger colour, as it does any field with an error. */
    private static final PseudoClass UNREADABLE = PseudoClass.getPseudoClass("danger");

    private final Messages messages;
    private final ObservableValue<DayOfWeek> firstDay;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param firstDay the first day of the week to show (the Settings choice, already resolved); null, or a null
     *                 value, is the UI language's custom
     */
    public DateField(Messages messages, ObservableValue<DayOfWeek> firstDay) {
        this.messages = messages;
        this.firstDay = firstDay;
        getStyleClass().add("date-field");
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return messages.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    clearProblem();
                    return null;
                }
                LocalDate read = messages.readDate(text).orElse(null);
                if (read != null) {
                    return read;
                }
                // not thrown: JavaFX commits on focus loss from a listener, where an exception only reaches the log
                LocalDate kept = getValue();
                problem.set(messages.text("date.unreadable", SafeText.visible(text.strip(), 40),
                        messages.date(kept != null ? kept : LocalDate.now())));
                getEditor().setText(toString(kept)); // what is shown is what is used
                return kept;
            }
        });
        // the sentence stays after the field has gone back to its date, until the learner types or picks again
        valueProperty().addListener((o, a, b) -> clearProblem());
        getEditor().addEventFilter(KeyEvent.KEY_TYPED, e -> clearProblem());
        problem.addListener((o, a, b) -> pseudoClassStateChanged(UNREADABLE, !b.isEmpty()));
        setOnShowing(e -> Locale.setDefault(Locale.Category.FORMAT, calendarLocale()));
        if (firstDay != null) {
            // the popup names its weekday columns only when it is made: a new skin makes it again on the next opening
            firstDay.addListener((o, a, b) -> {
                if (getSkin() != null) {
                    setSkin(new DatePickerSkin(this));
                }
            });
        }
    }

    /** The UI's locale with the first day of the week the calendar is to start on. */
    Locale calendarLocale() {
        DayOfWeek first = firstDay == null || firstDay.getValue() == null
                ? WeekFields.of(messages.locale()).getFirstDayOfWeek() : firstDay.getValue();
        return new Locale.Builder().setLocale(messages.locale()).setUnicodeLocaleKeyword("fw",
                first.name().substring(0, 3).toLowerCase(Locale.ROOT)).build();
    }

    private void clearProblem() {
        problem.set("");
    }

    /** Why the date last typed was not taken, in a sentence; empty when there is nothing to say. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A label that says {@link #problemProperty()}, taking no room while there is nothing to say. */
    public Label problemLabel() {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(problem);
        label.visibleProperty().bind(problem.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        if (getId() != null) {
            label.setId(getId() + "Problem");
        }
        idProperty().addListener((o, a, id) -> label.setId(id == null ? null : id + "Problem"));
        return label;
    }
}
