package org.studypath.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.studypath.ui.common.Messages;
import org.studypath.ui.today.TodayViewModel.Entry;

class TodayNoticeTest {
    static Entry entry(String resource, String unit, int minutes, boolean done) {
        return new Entry(1, 2, resource, unit, minutes, done, "");
    }

    @Test
    void saysHowMuchIsLeftTodayAndWhatComesFirstInEitherLanguage() {
        List<Entry> today = List.of(entry("Essence of calculus", "The paradox of the derivative", 17, true),
                entry("Essence of calculus", "Derivative formulas through geometry", 18, false),
                entry("Mathematics for Machine Learning", "Linear Algebra", 95, false));
        assertThat(TodayNotice.text(today, Messages.of(Locale.UK)).map(Messages::plain)).contains(
                "2 units to study today, 1 h 53 min in all. First: Essence of calculus — Derivative formulas through geometry");
        assertThat(TodayNotice.text(today, Messages.of(Locale.SIMPLIFIED_CHINESE)).map(Messages::plain)).contains(
                "今天要学习 2 个单元，共 1 小时 53 分钟。第一个：Essence of calculus — Derivative formulas through geometry");
        assertThat(TodayNotice.text(today.subList(1, 2), Messages.of(Locale.UK)).orElseThrow()).startsWith("One unit");
    }

    @Test
    void theTitleNamesThePathTheLearnerWorksOn() {
        assertThat(TodayNotice.title("Linear algebra first", Messages.of(Locale.UK))).isEqualTo("Today on “Linear algebra first”");
        assertThat(TodayNotice.title("线性代数", Messages.of(Locale.SIMPLIFIED_CHINESE))).isEqualTo("今天 ·「线性代数」");
    }

    @Test
    void aDayWithNothingLeftGivesNoNotification() {
        assertThat(TodayNotice.text(List.of(), Messages.of(Locale.UK))).isEmpty();
        assertThat(TodayNotice.text(List.of(entry("A", "B", 10, true)), Messages.of(Locale.UK))).isEmpty();
    }
}
