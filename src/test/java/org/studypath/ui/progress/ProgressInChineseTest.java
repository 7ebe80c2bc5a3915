package org.studypath.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.app.Services;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;
import org.studypath.ui.stats.StatisticsViewModel;
import org.studypath.ui.today.TodayViewModel;

/**
 * The progress, today and statistics view models in Chinese and in English: whole sentences from the bundle, with
 * the locale's dates and durations. The plan comes straight from the plan service (no paths page needed).
 */
class ProgressInChineseTest {
    /** A Tuesday, as in {@link ProgressViewModelTest}: the starter path (created "today") plans calculus videos. */
    static final Instant NOW = ProgressViewModelTest.NOW;
    static final LocalDate TODAY = ProgressViewModelTest.TODAY;

    @TempDir
    Path dir;
    MovingClock clock = new MovingClock(NOW);
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    ProgressViewModel vm;
    TodayViewModel today;
    StatisticsViewModel stats;

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void open(Locale locale) {
        services = Services.open(dir, clock);
        InlineTaskRunner runner = new InlineTaskRunner();
        Messages messages = Messages.of(locale);
        Runnable reload = this::reload;
        vm = new ProgressViewModel(services.progress(), runner, dialogs, clock, messages, reload);
        today = new TodayViewModel(vm, clock, messages);
        stats = new StatisticsViewModel(services.progress(), runner, dialogs, messages, reload);
        reload();
    }

    /** What the paths page does on a reload: plans the first path again and hands it to every page. */
    private void reload() {
        long id = services.plans().paths().get(0).id();
        var planned = services.plans().planned(id).orElseThrow();
        vm.plannedProperty().set(planned);
        today.plannedProperty().set(planned);
        stats.plannedProperty().set(planned);
    }

    private PlanItem calculus() {
        return vm.items().get(0);
    }

    @Test
    void chineseSentencesDatesAndDurations() {
        open(Locale.SIMPLIFIED_CHINESE);
        assertThat(today.headingProperty().get()).isEqualTo("12月1日 星期二");
        assertThat(Messages.plain(vm.summary().progressTextProperty().get())).startsWith("0% · 已完成 0 分钟，共 ");
        assertThat(vm.undoTextProperty().get()).isEqualTo("撤销");
        int planned = today.today().stream().mapToInt(TodayViewModel.Entry::minutes).sum();
        Messages zh = Messages.of(Locale.SIMPLIFIED_CHINESE);
        assertThat(today.summaryProperty().get())
                .isEqualTo("今天安排 " + zh.duration(planned) + " · " + today.today().size() + " 个单元中已完成 0 个");

        today.setDone(today.today().get(0), true);
        String title = calculus().units().get(0).title();
        assertThat(Messages.plain(vm.noticeProperty().get())).isEqualTo("已将“" + title + "”标为已完成。");
        assertThat(vm.undoTextProperty().get()).isEqualTo("撤销：已将“" + title + "”标为已完成");
        assertThat(today.standingProperty().get()).startsWith("进度正常 — ");
        assertThat(today.summaryProperty().get()).endsWith("个单元中已完成 1 个");

        vm.selectedProperty().set(new ProgressViewModel.Row(calculus(), calculus().units().get(1)));
        vm.details().logInputProperty().set("1 小时 5 分钟");
        vm.logTime();
        assertThat(Messages.plain(vm.noticeProperty().get())).isEqualTo("已为“" + calculus().units().get(1).title() + "”记录 1 小时 5 分钟。");
        vm.details().deleteLog(vm.details().logs().get(0));
        assertThat(Messages.plain(vm.noticeProperty().get())).isEqualTo("已删除 12月1日 周二 记录的 1 小时 5 分钟。");
        vm.undo();
        assertThat(Messages.plain(vm.noticeProperty().get())).isEqualTo("已撤销：已删除 12月1日 周二 记录的 1 小时 5 分钟。");

        vm.selectedProperty().set(new ProgressViewModel.Row(calculus(), null));
        vm.logTime();
        assertThat(vm.details().logErrorProperty().get()).isEqualTo("请选择一个单元来记录时间。");

        vm.selectedProperty().set(new ProgressViewModel.Row(calculus(), calculus().units().get(2)));
        vm.startTimer();
        clock.now = NOW.plus(Duration.ofHours(25));
        vm.stopTimer();
        assertThat(dialogs.errors).singleElement().extracting(e -> Messages.plain(String.valueOf(e))).asString()
                .isEqualTo("计时未记录: 计时器运行了一天以上（25 小时）。请手动输入你实际花费的时间。");
        clock.now = NOW;

        assertThat(stats.totalsProperty().get())
                .isEqualTo("共学习 " + zh.duration(stats.statisticsProperty().get().studiedMinutes()) + "，分布在 1 天");
        stats.streakEnabledProperty().set(true);
        assertThat(stats.streakTextProperty().get()).startsWith("已连续 0 周每周学习至少 ");
        assertThat(stats.paceNoteProperty().get()).startsWith("在单元上记录学习时间");
        stats.usePersonalPace();
        assertThat(dialogs.errors.get(1)).startsWith("数据还不够: 请在某种类型中至少完成 3 个单元");
    }

    @Test
    void theCategoryNamesComeInTheUiLanguageFirst() {
        open(Locale.SIMPLIFIED_CHINESE);
        assertThat(vm.summary().categories()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.name()).matches("^[^A-Za-z].*"));
        services.close();
        open(Locale.UK);
        assertThat(vm.summary().categories()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.name()).matches("^[A-Za-z].*"));
    }

    @Test
    void englishSentencesStayAsTheyWere() {
        open(Locale.UK);
        assertThat(today.headingProperty().get()).isEqualTo("Tuesday 1 December");
        int planned = today.today().stream().mapToInt(TodayViewModel.Entry::minutes).sum();
        Messages en = Messages.of(Locale.UK);
        int units = today.today().size();
        assertThat(today.summaryProperty().get())
                .isEqualTo(en.duration(planned) + " planned today · 0 of " + units + (units == 1 ? " unit" : " units") + " done");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo");

        vm.selectedProperty().set(new ProgressViewModel.Row(calculus(), null));
        vm.markSelectedResourceDone();
        int count = (int) calculus().units().stream().filter(PlanItem.PlanUnit::counts).count();
        assertThat(vm.noticeProperty().get())
                .isEqualTo("Marked all of “" + calculus().title() + "” done (" + count + " units).");
        vm.markSelectedResourceDone();
        assertThat(vm.noticeProperty().get())
                .isEqualTo("Every unit of “" + calculus().title() + "” is already done or skipped.");

        assertThat(stats.totalsProperty().get()).endsWith(" studied on 1 day in all");
        stats.streakEnabledProperty().set(true);
        assertThat(stats.streakTextProperty().get()).startsWith("0 weeks in a row with at least ");
        vm.undo();
        assertThat(vm.noticeProperty().get()).isEqualTo("Undone: Marked all of “" + calculus().title() + "” done (" + count
                + " units).");
    }
}
