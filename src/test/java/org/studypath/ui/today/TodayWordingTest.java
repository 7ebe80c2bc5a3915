package org.studypath.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.studypath.domain.plan.Session;
import org.studypath.ui.common.Messages;

/** The parts of a split unit, in both languages. */
class TodayWordingTest {
    private static List<Session> parts(int from, int to, int of) {
        return java.util.stream.IntStream.rangeClosed(from, to)
                .mapToObj(p -> new Session(LocalDate.of(2027, 5, 4), 1, "Book", 2, "Chapter", 30, p, of)).toList();
    }

    @Test
    void partsOfASplitUnit() {
        Messages en = Messages.of(Locale.UK);
        Messages zh = Messages.of(Locale.SIMPLIFIED_CHINESE);
        assertThat(TodayParts.partsText(parts(3, 3, 8), en)).isEqualTo("part 3 of 8");
        assertThat(TodayParts.partsText(parts(1, 4, 8), en)).isEqualTo("parts 1–4 of 8");
        assertThat(TodayParts.partsText(parts(1, 8, 8), en)).isEqualTo("all 8 parts");
        assertThat(TodayParts.partsText(parts(3, 3, 8), zh)).isEqualTo("第 3 部分，共 8 部分");
        assertThat(TodayParts.partsText(parts(1, 4, 8), zh)).isEqualTo("第 1–4 部分，共 8 部分");
        assertThat(TodayParts.partsText(parts(1, 8, 8), zh)).isEqualTo("全部 8 部分");
    }
}
