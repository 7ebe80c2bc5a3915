package org.studypath.ui.path;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.SpinnerValueFactory;
import org.junit.jupiter.api.Test;

/** How the editor's number boxes read what is typed (the converters alone; the boxes are driven in PathFlowTest). */
class NumberFieldsTest {

    @Test
    void wholeNumbersStayInRangeAndEmptyKeepsTheNumber() {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 12, 4);
        NumberFields.WholeText text = new NumberFields.WholeText(factory);
        assertThat(text.fromString(" 7 ")).isEqualTo(7);
        assertThat(text.fromString("99999")).isEqualTo(12);
        assertThat(text.fromString("0")).isEqualTo(1);
        assertThat(text.fromString("")).isEqualTo(4);
        assertThat(text.toString(5)).isEqualTo("5");
        assertThat(text.toString(null)).isEmpty();
    }

    @Test
    void decimalsTakeAPointOrACommaAndStayInRange() {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0.1, 10, 1.0, 0.05);
        NumberFields.DecimalText text = new NumberFields.DecimalText(factory);
        assertThat(text.fromString("1,25")).isEqualTo(1.25);
        assertThat(text.fromString("0.75")).isEqualTo(0.75);
        assertThat(text.fromString("50")).isEqualTo(10.0);
        assertThat(text.fromString("")).isEqualTo(1.0);
        assertThat(text.fromString(".")).as("nothing readable keeps the number").isEqualTo(1.0);
        assertThat(text.toString(1.0)).isEqualTo("1");
        assertThat(text.toString(0.75)).isEqualTo("0.75");
    }

    @Test
    void aPaceIsNoneEmptyAndNaNWhenUnreadable() {
        NumberFields.PaceText text = new NumberFields.PaceText();
        assertThat(text.fromString("  ")).isNull();
        assertThat(text.fromString("0,75")).isEqualTo(0.75);
        assertThat(text.fromString("1.2.3")).isNaN();
        assertThat(text.toString(null)).isEmpty();
        assertThat(text.toString(Double.NaN)).isEmpty();
        assertThat(text.toString(0.75)).isEqualTo("0.75");
        assertThat("0,75").matches(NumberFields.PaceText.ALLOWED);
        assertThat("abc").doesNotMatch(NumberFields.PaceText.ALLOWED);
    }
}
