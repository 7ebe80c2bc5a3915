package org.studypath.ui.path;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * The editor's number boxes. Each takes typing as well as its arrows through a {@link TextFormatter} and a
 * {@link StringConverter}: only what can make a number is let in, it is committed on Enter and when the focus leaves,
 * an empty box goes back to its number, and one too large or too small becomes the largest or smallest allowed.
 * Callers bind the value factory's value to a view-model property; nothing here reads or sums numbers itself.
 */
final class NumberFields {
    private NumberFields() {
    }

    /** A whole-number box: digits only. */
    static Spinner<Integer> whole(Spinner<Integer> spinner) {
        return typeable(spinner, new WholeText((SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory()),
                "\\d{0,6}");
    }

    /** A decimal box (pace factors): digits with one decimal point or comma. */
    static Spinner<Double> decimal(Spinner<Double> spinner) {
        return typeable(spinner, new DecimalText((SpinnerValueFactory.DoubleSpinnerValueFactory) spinner.getValueFactory()),
                "\\d{0,3}([.,]\\d{0,4})?");
    }

    private static <T> Spinner<T> typeable(Spinner<T> spinner, StringConverter<T> converter, String allowed) {
        spinner.setEditable(true);
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        factory.setConverter(converter);
        TextFormatter<T> formatter = new TextFormatter<>(converter, factory.getValue(),
                change -> change.getControlNewText().matches(allowed) ? change : null);
        spinner.getEditor().setTextFormatter(formatter);
        formatter.valueProperty().bindBidirectional(factory.valueProperty());
        // a number clamped to the same value as before leaves the value unchanged: show it again all the same
        spinner.getEditor().addEventHandler(ActionEvent.ACTION,
                e -> spinner.getEditor().setText(converter.toString(factory.getValue())));
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                spinner.getEditor().commitValue();
                spinner.getEditor().setText(converter.toString(factory.getValue()));
            }
        });
        return spinner;
    }

    /** A number kept within its box's range (read when the text is read); nothing readable keeps the box's number. */
    private abstract static class InRange<T extends Number & Comparable<T>> extends StringConverter<T> {
        private final SpinnerValueFactory<T> factory;
        private final Supplier<T> min;
        private final Supplier<T> max;

        InRange(SpinnerValueFactory<T> factory, Supplier<T> min, Supplier<T> max) {
            this.factory = factory;
            this.min = min;
            this.max = max;
        }

        /** The number typed (stripped), or null when there is none to read. */
        abstract T read(String text);

        @Override
        public T fromString(String text) {
            T value = read(text == null ? "" : text.strip());
            if (value == null) {
                return factory.getValue();
            }
            return value.compareTo(min.get()) < 0 ? min.get() : value.compareTo(max.get()) > 0 ? max.get() : value;
        }
    }

    /** Whole numbers, kept within the factory's range. */
    static final class WholeText extends InRange<Integer> {
        WholeText(SpinnerValueFactory.IntegerSpinnerValueFactory factory) {
            super(factory, factory::getMin, factory::getMax);
        }

        @Override
        public String toString(Integer value) {
            return value == null ? "" : Integer.toString(value);
        }

        @Override
        Integer read(String digits) {
            return digits.isEmpty() ? null : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(digits));
        }
    }

    /** Decimals written with a point or a comma, kept within the factory's range. */
    static final class DecimalText extends InRange<Double> {
        DecimalText(SpinnerValueFactory.DoubleSpinnerValueFactory factory) {
            super(factory, factory::getMin, factory::getMax);
        }

        @Override
        public String toString(Double value) {
            return value == null ? "" : new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        }

        @Override
        Double read(String text) {
            Double value = PaceText.parse(text);
            return value == null || value.isNaN() ? null : value;
        }
    }

    /**
     * A resource's own pace as typed: empty is none (its type's pace), a point or a comma marks the decimals, and
     * what cannot be read is NaN, which the view model refuses with an explanation.
     */
    static final class PaceText extends StringConverter<Double> {
        /** What may be typed: digits and decimal marks (a number with two marks is still refused when set). */
        static final String ALLOWED = "[0-9.,]{0,8}";

        static Double parse(String text) {
            String number = text == null ? "" : text.strip().replace(',', '.');
            if (number.isEmpty()) {
                return null;
            }
            try {
                return Double.parseDouble(number);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        @Override
        public String toString(Double value) {
            return value == null || value.isNaN() ? "" : value.toString();
        }

        @Override
        public Double fromString(String text) {
            return parse(text);
        }

        /** A formatter for a text field, showing {@code this} converter's reading of what is typed. */
        static TextFormatter<Double> formatter() {
            return new TextFormatter<>(new PaceText(), null, change -> change.getControlNewText().matches(ALLOWED) ? change : null);
        }
    }
}
