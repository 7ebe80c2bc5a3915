package org.studypath.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A typed date is read the ways the window writes one, in its language, and nothing that only looks like one. */
class MessagesReadDateTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7); // a Monday

    @Test
    void englishReadsWhatItWritesWithOrWithoutTheWeekdayAndIsoDates() {
        Messages english = Messages.of(Locale.UK);
        assertThat(english.readDate(english.date(DAY))).contains(DAY);
        assertThat(english.readDate("Mon 7 Dec 2026")).contains(DAY);
        assertThat(english.readDate("  mon   7 dec 2026 ")).as("case and spaces").contains(DAY);
        assertThat(english.readDate("7 Dec 2026")).contains(DAY);
        assertThat(english.readDate("2026-12-07")).contains(DAY);
        assertThat(english.readDate("2026/12/7")).contains(DAY);
        // the US system's English writes and reads the same way
        Messages american = Messages.of(Locale.US);
        assertThat(american.readDate(american.date(DAY))).contains(DAY);
        assertThat(american.date(DAY)).isEqualTo("Mon 7 Dec 2026");
    }

    @Test
    void chineseReadsWhatItWrites() {
        Messages chinese = Messages.of(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.date(DAY)).isEqualTo("2026年12月7日 周一");
        assertThat(chinese.readDate("2026年12月7日 周一")).contains(DAY);
        assertThat(chinese.readDate("2026年12月7日")).contains(DAY);
        assertThat(chinese.readDate("2026-12-07")).contains(DAY);
    }

    @Test
    void whatIsNotADateIsNotRead() {
        Messages english = Messages.of(Locale.UK);
        assertThat(english.readDate("31 Feb 2027")).as("no day moved to fit").isEmpty();
        assertThat(english.readDate("Tue 7 Dec 2026")).as("the weekday is not the date's").isEmpty();
        assertThat(english.readDate("12/7/2026")).as("neither the US nor the British order is guessed").isEmpty();
        assertThat(english.readDate("tomorrow")).isEmpty();
        assertThat(english.readDate("")).isEmpty();
        assertThat(english.readDate(null)).isEmpty();
        assertThat(Messages.of(Locale.SIMPLIFIED_CHINESE).readDate("Mon 7 Dec 2026")).isEmpty();
    }
}
