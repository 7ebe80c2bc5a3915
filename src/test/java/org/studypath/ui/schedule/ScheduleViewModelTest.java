package org.studypath.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.studypath.ui.common.Messages;

/** The calendar's words and week start, without a plan or a screen. */
class ScheduleViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1); // a Tuesday

    static ScheduleViewModel open(LocalDate today, Locale locale) {
        return new ScheduleViewModel(Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                Messages.of(locale));
    }

    @Test
    void englishTitlesAndEmptyAgenda() {
        ScheduleViewModel vm = open(TODAY, Locale.UK);
        assertThat(vm.monthTitleProperty().get()).isEqualTo("December 2026");
        assertThat(vm.weekTitleProperty().get()).isEqualTo("Week of Mon 30 Nov 2026");
        assertThat(vm.agendaEmptyProperty().get()).isEqualTo("Choose or create a study path to see its sessions.");
        assertThat(vm.behindNoteProperty().get()).isEmpty();
    }

    @Test
    void chineseTitlesAndEmptyAgenda() {
        ScheduleViewModel vm = open(TODAY, Locale.SIMPLIFIED_CHINESE);
        assertThat(vm.monthTitleProperty().get()).isEqualTo("2026年12月");
        assertThat(vm.weekTitleProperty().get()).isEqualTo("2026年11月30日 周一 起的一周");
        assertThat(vm.agendaEmptyProperty().get()).isEqualTo("请选择或新建一条学习路径，以查看它的学习时段。");
        vm.nextMonth();
        assertThat(vm.monthTitleProperty().get()).isEqualTo("2027年1月");
        assertThat(Messages.plain(vm.messages().text("schedule.session.part", "线性代数", "第 3 章", 1, 2, vm.messages().duration(90))))
                .isEqualTo("线性代数 — 第 3 章（第 1 部分，共 2 部分）· 1 小时 30 分钟");
        assertThat(Messages.of(Locale.UK).text("schedule.session.part", "Linear algebra", "Chapter 3", 1, 2, "1 h 30 min"))
                .isEqualTo("Linear algebra — Chapter 3 (part 1 of 2) · 1 h 30 min");
    }

    @Test
    void weeksStartOnMondayByDefault() {
        ScheduleViewModel vm = open(TODAY, Locale.UK);
        assertThat(vm.firstDayOfWeekProperty().get()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(vm.weekdays()).first().isEqualTo(DayOfWeek.MONDAY);
        assertThat(vm.week().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(vm.monthDays().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(vm.monthDays()).hasSize(42);
    }

    @Test
    void theWeekAndMonthFollowTheChosenFirstDay() {
        ScheduleViewModel vm = open(TODAY, Locale.UK);
        vm.firstDayOfWeekProperty().set(DayOfWeek.SUNDAY);
        assertThat(vm.weekdays()).containsExactly(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(vm.week()).extracting(ScheduleViewModel.Day::date).first().isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(vm.week()).anyMatch(ScheduleViewModel.Day::today);
        assertThat(vm.weekTitleProperty().get()).isEqualTo("Week of Sun 29 Nov 2026");
        assertThat(vm.monthDays().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(vm.monthDays()).filteredOn(ScheduleViewModel.Day::today).hasSize(1);
        vm.nextWeek();
        assertThat(vm.week().get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        vm.showToday();
        assertThat(vm.week().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 29));
        vm.firstDayOfWeekProperty().set(DayOfWeek.SATURDAY);
        assertThat(vm.week().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 28));
        vm.firstDayOfWeekProperty().set(null);
        assertThat(vm.week().get(0).date()).as("null means Monday").isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aWeekShowingTodayKeepsTodayWhenTheFirstDayChanges() {
        ScheduleViewModel vm = open(LocalDate.of(2026, 12, 6), Locale.UK); // a Sunday, the end of a Monday week
        assertThat(vm.week().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 30));
        vm.firstDayOfWeekProperty().set(DayOfWeek.SUNDAY);
        assertThat(vm.week().get(0).date()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(vm.week().get(0).today()).isTrue();
    }
}
