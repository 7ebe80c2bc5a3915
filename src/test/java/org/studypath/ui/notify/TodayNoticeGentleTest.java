package org.studypath.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.studypath.ui.common.Messages;
import org.studypath.ui.today.TodayViewModel.Entry;

/** The start-up notification with work open from earlier days: said plainly, or, in the gentle mode, not at all. */
class TodayNoticeGentleTest {
    static Entry entry(String resource, String unit, int minutes, boolean done) {
        return new Entry(1, 2, resource, unit, minutes, done, "");
    }

    final List<Entry> today = List.of(entry("Essence of calculus", "Limits", 20, false));
    final List<Entry> earlier = List.of(entry("Essence of linear algebra", "Vectors", 40, false),
            entry("Essence of linear algebra", "Span", 20, false));

    /** The notice as read: durations in the window keep to one line with no-break spaces, which compare as spaces. */
    private static java.util.Optional<String> plainText(List<Entry> today, List<Entry> earlier, boolean gentle,
                                                        Messages messages) {
        return TodayNotice.text(today, earlier, gentle, messages).map(Messages::plain);
    }

    @Test
    void withoutTheGentleModeItSaysWhatIsOverdue() {
        assertThat(plainText(today, earlier, false, Messages.of(Locale.UK)).orElseThrow())
                .endsWith("2 units, 1 h overdue from earlier days: Today can replan them from today.");
        assertThat(plainText(List.of(), earlier, false, Messages.of(Locale.SIMPLIFIED_CHINESE)).orElseThrow())
                .isEqualTo("之前有 2 个单元逾期，共 1 小时：可在“今天”页从今天起重新规划。");
    }

    @Test
    void theGentleModeNeverSaysOverdueAndNamesWhatIsNext() {
        assertThat(plainText(today, earlier, true, Messages.of(Locale.UK)).orElseThrow())
                .isEqualTo("One unit to study today, 20 min in all. First: Essence of calculus — Limits");
        assertThat(plainText(List.of(), earlier, true, Messages.of(Locale.UK)).orElseThrow())
                .isEqualTo("Next: Essence of linear algebra — Vectors");
        assertThat(plainText(List.of(), earlier, true, Messages.of(Locale.SIMPLIFIED_CHINESE)).orElseThrow())
                .isEqualTo("接下来：Essence of linear algebra — Vectors").doesNotContain("逾期");
    }
}
