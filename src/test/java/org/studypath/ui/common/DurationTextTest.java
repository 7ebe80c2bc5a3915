package org.studypath.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.studypath.domain.Durations;

/** A time in the window is never broken over two lines: "2 h 15 min logged" wraps before or after it, not inside. */
class DurationTextTest {
    private static final Messages EN = Messages.of(Locale.UK);
    private static final Messages ZH = Messages.of(Locale.SIMPLIFIED_CHINESE);
    private static final int[] TIMES = {5, 45, 60, 135, 190, 600, 3750};

    /** Where JavaFX may wrap the sentence (it asks the same line breaker), inside the time. */
    private static boolean breaksInside(String sentence, String time) {
        BreakIterator lines = BreakIterator.getLineInstance();
        lines.setText(sentence);
        int start = sentence.indexOf(time);
        for (int at = start + 1; at < start + time.length(); at++) {
            if (lines.isBoundary(at)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aTimeHasNoPlaceToBreakInEitherLanguage() {
        for (int minutes : TIMES) {
            for (Messages messages : new Messages[] {EN, ZH}) {
                for (String time : new String[] {messages.duration(minutes), messages.duration(minutes, true),
                        messages.compactDuration(minutes, true)}) {
                    assertThat(time).doesNotContain(" ");
                    assertThat(breaksInside("logged " + time + " logged", time)).as(time).isFalse();
                    assertThat(breaksInside("已记录" + time + "。", time)).as(time).isFalse();
                }
            }
        }
        assertThat(ZH.duration(135)).isEqualTo("2\u00A0小\uFEFF时\u00A015\u00A0分\uFEFF钟");
        assertThat(EN.duration(135)).isEqualTo("2\u00A0h\u00A015\u00A0min");
    }

    @Test
    void aTimeCopiedFromTheWindowReadsBack() {
        assertThat(Durations.parse(EN.duration(135))).isEqualTo(135);
        assertThat(Durations.parse(ZH.duration(135))).isEqualTo(135);
    }
}
