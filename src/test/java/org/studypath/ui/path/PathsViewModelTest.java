package org.studypath.ui.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.app.Services;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;
import org.studypath.ui.schedule.ScheduleViewModel;

/** The path editor without a screen: the real store on a temp folder, work run inline, a fixed clock. */
class PathsViewModelTest {
    static final LocalDate FIRST_START = LocalDate.of(2026, 12, 1);
    @TempDir
    Path dir;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    PathsViewModel vm;

    PathsViewModel open(LocalDate today) {
        return open(today, Messages.of(Locale.UK));
    }

    PathsViewModel open(LocalDate today, Messages messages) {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        PathsViewModel model = new PathsViewModel(services.plans(), new InlineTaskRunner(), dialogs, clock, messages);
        model.load();
        return model;
    }

    @BeforeEach
    void setUp() {
        services = Services.open(dir, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        vm = open(FIRST_START);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private List<String> titles() {
        return vm.items().stream().map(PlanItem::title).toList();
    }

    @Test
    void starterPathIsSelectedAndPlanned() {
        assertThat(vm.selectedPathProperty().get().name()).isEqualTo("Maths for ML — starter path");
        assertThat(titles()).hasSize(12).startsWith("Essence of calculus", "Essence of linear algebra");
        assertThat(vm.outcomeProperty().get()).startsWith("Finishes ").contains("planned");
        assertThat(vm.minutesProperty(DayOfWeek.SATURDAY).get()).isEqualTo(180);
    }

    @Test
    void buildAPathFromScratch() {
        dialogs.textAnswer = "Linear algebra first";
        vm.createPath();
        assertThat(vm.selectedPathProperty().get().name()).isEqualTo("Linear algebra first");
        assertThat(vm.items()).isEmpty();
        assertThat(vm.outcomeProperty().get()).contains("empty");
        long linear = services.catalog().snapshot().resources().get(1).id();
        long calculus = services.catalog().snapshot().resources().get(0).id();
        vm.addToSelectedPath(List.of(calculus, linear));
        assertThat(titles()).containsExactly("Essence of calculus", "Essence of linear algebra");
        vm.selectedItemProperty().set(vm.items().get(1));
        vm.moveSelected(-1);
        assertThat(titles()).containsExactly("Essence of linear algebra", "Essence of calculus");
        vm.moveItem(0, 1);
        assertThat(titles()).containsExactly("Essence of calculus", "Essence of linear algebra");
        long pathId = vm.selectedPathProperty().get().id();
        assertThat(services.plans().planned(pathId).orElseThrow().path().items()).as("the order is saved")
                .extracting(PlanItem::title).containsExactly("Essence of calculus", "Essence of linear algebra");
    }

    @Test
    void includeOnlyTheFirstUnits() {
        vm.selectedItemProperty().set(vm.items().get(10)); // Deep Learning, 20 chapters
        vm.includeOnlyUnits(1, 5);
        PlanItem book = vm.items().get(10);
        assertThat(book.units()).extracting(PlanItem.PlanUnit::included)
                .containsExactly(true, true, true, true, true, false, false, false, false, false,
                        false, false, false, false, false, false, false, false, false, false);
    }

    @Test
    void whatIfShowsTheNewFinishBeforeSaving() {
        String before = vm.outcomeProperty().get();
        assertThat(vm.availabilityChangedProperty().get()).isFalse();
        vm.minutesProperty(DayOfWeek.SUNDAY).set(240);
        assertThat(vm.availabilityChangedProperty().get()).isTrue();
        assertThat(vm.whatIfProperty().get()).startsWith("With these changes: Finishes ");
        assertThat(vm.outcomeProperty().get()).as("not saved yet").isEqualTo(before);
        vm.saveAvailability();
        assertThat(vm.availabilityChangedProperty().get()).isFalse();
        assertThat(vm.outcomeProperty().get()).isNotEqualTo(before);
    }

    @Test
    void targetDateBeforeStartIsExplainedAndNotSaved() {
        vm.targetProperty().set(FIRST_START.minusDays(3));
        assertThat(vm.whatIfProperty().get()).contains("before the start date");
        vm.saveAvailability();
        assertThat(dialogs.errors).singleElement().asString().contains("before the start date");
    }

    @Test
    void targetMissedIsCountedInDays() {
        vm.targetProperty().set(FIRST_START.plusMonths(1));
        vm.saveAvailability();
        assertThat(vm.outcomeProperty().get()).contains("days after the target");
    }

    @Test
    void noStudyTimeIsExplained() {
        for (DayOfWeek day : DayOfWeek.values()) {
            vm.minutesProperty(day).set(0);
        }
        assertThat(vm.whatIfProperty().get()).contains("No study time is available");
    }

    @Test
    void fallingBehindAndReplanningFromToday() {
        PathsViewModel later = open(FIRST_START.plusDays(10));
        assertThat(later.behindProperty().get()).isTrue();
        dialogs.answer = false;
        later.replanFromToday();
        assertThat(dialogs.lists).singleElement().satisfies(lines -> assertThat(lines).isNotEmpty()
                .first().asString().startsWith("Tue 1 Dec → Fri 11 Dec"));
        assertThat(later.behindProperty().get()).as("declined: nothing changed").isTrue();
        dialogs.answer = true;
        later.replanFromToday();
        assertThat(later.behindProperty().get()).isFalse();
        assertThat(later.startProperty().get()).isEqualTo(FIRST_START.plusDays(10));
        later.replanFromToday();
        assertThat(later.noticeProperty().get()).as("nothing overdue any more: says why nothing happens")
                .startsWith("Nothing to replan: every session planned before today is done");
    }

    @Test
    void prerequisitesWarnAndReorderThePlan() {
        PlanItem calculus = vm.items().get(0);
        PlanItem nn = vm.items().get(6);
        vm.selectedItemProperty().set(calculus);
        vm.setPrerequisites(Set.of(nn.resourceId()));
        assertThat(vm.warnings()).anyMatch(w -> w.contains("“Essence of calculus” comes before “Neural Networks”"));
        assertThat(vm.isReady(vm.items().get(0))).isFalse();
        assertThat(vm.plannedProperty().get().schedule().sessions().get(0).resourceTitle()).isEqualTo("Essence of linear algebra");
    }

    @Test
    void renameDuplicateDelete() {
        dialogs.textAnswer = "Renamed";
        vm.renamePath();
        assertThat(vm.selectedPathProperty().get().name()).isEqualTo("Renamed");
        dialogs.textAnswer = "Second";
        vm.duplicatePath();
        assertThat(vm.paths()).extracting(p -> p.name()).containsExactly("Renamed", "Second");
        assertThat(vm.items()).hasSize(12);
        vm.deletePath();
        assertThat(vm.paths()).extracting(p -> p.name()).containsExactly("Renamed");
        dialogs.textAnswer = "renamed";
        vm.createPath();
        assertThat(dialogs.errors).singleElement().asString().contains("already a path");
    }

    @Test
    void badPaceIsRefused() {
        vm.selectedItemProperty().set(vm.items().get(0));
        vm.setPaceOverride(Double.NaN);
        vm.setPaceOverride(50.0);
        assertThat(dialogs.errors).hasSize(2);
        vm.setPaceOverride(0.75);
        assertThat(vm.items().get(0).paceOverride()).isEqualTo(0.75);
    }

    @Test
    void paceFactorsByTypeChangeThePlan() {
        int before = vm.plannedProperty().get().schedule().plannedMinutes();
        vm.paceFactorProperty(org.studypath.domain.ResourceType.BOOK).set(2.0);
        vm.savePaceFactors();
        assertThat(vm.plannedProperty().get().schedule().plannedMinutes()).isGreaterThan(before);
        assertThat(vm.paceFactorProperty(org.studypath.domain.ResourceType.BOOK).get()).isEqualTo(2.0);
        vm.paceFactorProperty(org.studypath.domain.ResourceType.BOOK).set(0);
        vm.savePaceFactors();
        assertThat(dialogs.errors).singleElement().asString().contains("Book: a pace factor must be between");
    }

    @Test
    void scheduleViewsFollowThePlanAndMarkToday() {
        ScheduleViewModel schedule = new ScheduleViewModel(
                Clock.fixed(FIRST_START.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), Messages.of(Locale.UK));
        schedule.plannedProperty().bind(vm.plannedProperty());
        assertThat(schedule.agenda().get(0).date()).isEqualTo(FIRST_START);
        assertThat(schedule.agenda().get(0).today()).isTrue();
        assertThat(schedule.agenda().get(0).minutes()).isLessThanOrEqualTo(60);
        assertThat(schedule.week()).hasSize(7).anyMatch(ScheduleViewModel.Day::today);
        assertThat(schedule.week().get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(schedule.monthDays()).hasSize(42).filteredOn(ScheduleViewModel.Day::today).hasSize(1);
        assertThat(schedule.monthTitleProperty().get()).isEqualTo("December 2026");
        schedule.nextMonth();
        assertThat(schedule.monthTitleProperty().get()).isEqualTo("January 2027");
        assertThat(schedule.monthDays()).noneMatch(ScheduleViewModel.Day::today);
        schedule.showToday();
        assertThat(schedule.monthTitleProperty().get()).isEqualTo("December 2026");
        assertThat(schedule.behindNoteProperty().get()).isEmpty();
    }

    @Test
    void noticesCountResourcesInWholeSentences() {
        dialogs.textAnswer = "Evenings";
        vm.createPath();
        assertThat(vm.noticeProperty().get()).isEqualTo("Created “Evenings”. Add resources from the catalog.");
        long calculus = services.catalog().snapshot().resources().get(0).id();
        long linear = services.catalog().snapshot().resources().get(1).id();
        vm.addToSelectedPath(List.of(calculus));
        assertThat(vm.noticeProperty().get()).isEqualTo("Added 1 resource.");
        vm.addToSelectedPath(List.of(calculus));
        assertThat(vm.noticeProperty().get()).isEqualTo("Already in the path.");
        vm.addToSelectedPath(List.of(linear, services.catalog().snapshot().resources().get(2).id()));
        assertThat(vm.noticeProperty().get()).isEqualTo("Added 2 resources.");
        assertThat(vm.freeName("Evenings")).isEqualTo("Evenings (2)");
    }

    @Test
    void theEditorSpeaksChinese() {
        Messages chinese = Messages.of(Locale.SIMPLIFIED_CHINESE);
        PathsViewModel zh = open(FIRST_START, chinese);
        assertThat(Messages.plain(zh.outcomeProperty().get())).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 周. 完成 · 共安排 \\d+ 小时");
        assertThat(Messages.plain(zh.whatIfProperty().get())).startsWith("每周 ").contains("小时");
        zh.minutesProperty(DayOfWeek.SUNDAY).set(240);
        assertThat(Messages.plain(zh.whatIfProperty().get())).startsWith("按这些更改：").contains(" 完成 · 共安排 ").contains("（每周 ");
        zh.paceFactorProperty(org.studypath.domain.ResourceType.BOOK).set(0);
        zh.savePaceFactors();
        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo("请检查速度系数: 书籍：速度系数必须在 0.1 到 10 之间。");
        dialogs.textAnswer = "晚上";
        zh.createPath();
        assertThat(zh.noticeProperty().get()).isEqualTo("已创建“晚上”。请从资源目录中添加资源。");
        zh.addToSelectedPath(services.catalog().snapshot().resources().stream().limit(3).map(r -> r.id()).toList());
        assertThat(zh.noticeProperty().get()).isEqualTo("已添加 3 个资源。");
        assertThat(zh.freeName(chinese.text("paths.create.defaultName"))).isEqualTo("我的学习路径");
        assertThat(zh.freeName("晚上")).isEqualTo("晚上（2）");
    }

    @Test
    void replanningInChinese() {
        PathsViewModel later = open(FIRST_START.plusDays(10), Messages.of(Locale.SIMPLIFIED_CHINESE));
        dialogs.answer = false;
        later.replanFromToday();
        assertThat(dialogs.lists).singleElement().satisfies(lines -> assertThat(lines).isNotEmpty()
                .first().asString().startsWith("12月1日 周二 → 12月11日 周五   "));
        dialogs.answer = true;
        later.replanFromToday();
        later.replanFromToday();
        assertThat(later.noticeProperty().get()).isEqualTo("无需重新规划：今天之前安排的学习都已完成，计划保持不变。");
    }

    @Test
    void theStudyTimeWeekStartsOnTheChosenDay() {
        assertThat(vm.weekdays()).startsWith(DayOfWeek.MONDAY).endsWith(DayOfWeek.SUNDAY).hasSize(7);
        vm.firstDayOfWeekProperty().set(DayOfWeek.SUNDAY);
        assertThat(vm.weekdays()).containsExactly(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    }

    @Test
    void theScheduleSaysWhoIsBehindInEitherLanguage() {
        LocalDate later = FIRST_START.plusDays(10);
        PathsViewModel behind = open(later);
        Clock clock = Clock.fixed(later.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ScheduleViewModel english = new ScheduleViewModel(clock, Messages.of(Locale.UK));
        english.plannedProperty().bind(behind.plannedProperty());
        assertThat(english.behindNoteProperty().get())
                .matches("\\d+ sessions were planned before today and are not done\\. “Replan from today” moves them\\.");
        ScheduleViewModel chinese = new ScheduleViewModel(clock, Messages.of(Locale.SIMPLIFIED_CHINESE));
        chinese.plannedProperty().bind(behind.plannedProperty());
        assertThat(chinese.behindNoteProperty().get())
                .matches("有 \\d+ 个学习时段安排在今天之前且尚未完成。“从今天起重新规划”会移动它们。");
        assertThat(chinese.weekTitleProperty().get()).isEqualTo("2026年12月7日 周一 起的一周");
        assertThat(english.weekTitleProperty().get()).isEqualTo("Week of Mon 7 Dec 2026");
    }
}
