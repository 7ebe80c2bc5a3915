package org.studypath.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.TestData;
import org.studypath.app.Services;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;

/** The catalog browser's logic without a screen: the real store on a temp folder, work run inline. */
class CatalogViewModelTest {
    @TempDir
    Path dir;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    List<URI> opened = new ArrayList<>();
    CatalogViewModel vm;

    @BeforeEach
    void setUp() {
        services = Services.open(dir);
        vm = viewModel(new InlineTaskRunner());
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    /** A catalog view model over this test's data folder, its work run by {@code runner}. */
    private CatalogViewModel viewModel(org.studypath.ui.common.TaskRunner runner) {
        return new CatalogViewModel(services.catalog(), runner, dialogs, opened::add, Messages.of(Locale.UK));
    }

    private List<String> titles() {
        return vm.resources().stream().map(ResourceSummary::title).toList();
    }

    private CategoryItem category(String name) {
        return vm.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void sidebarListsAllAndEachCategoryWithCounts() {
        assertThat(vm.categories()).extracting(CategoryItem::name).containsExactly("All resources",
                "General math video series", "Deep-learning-specific math", "Other notable materials");
        assertThat(vm.categories()).extracting(CategoryItem::count).containsExactly(12, 6, 3, 3);
        assertThat(vm.categories().get(1).otherName()).isEqualTo("普通数学视频系列");
        assertThat(vm.selectedCategoryProperty().get().isAll()).isTrue();
        assertThat(vm.resources()).hasSize(12);
    }

    @Test
    void pickingACategoryShowsItsResourcesInArticleOrder() {
        vm.selectedCategoryProperty().set(category("Deep-learning-specific math"));
        assertThat(titles()).containsExactly("Neural Networks", "Mathematics for Machine Learning",
                "Mathematics for Machine Learning: Multivariate Calculus");
    }

    @Test
    void searchFiltersAsYouTypeWithinTheCategory() {
        vm.searchTextProperty().set("微积分");
        assertThat(titles()).contains("Essence of calculus", "Calculus 1").doesNotContain("Deep Learning");
        vm.selectedCategoryProperty().set(category("Deep-learning-specific math"));
        assertThat(titles()).containsExactly("Mathematics for Machine Learning",
                "Mathematics for Machine Learning: Multivariate Calculus");
        vm.searchTextProperty().set("");
        assertThat(vm.resources()).hasSize(3);
    }

    @Test
    void emptySearchTellsTheUserWhatToDo() {
        vm.searchTextProperty().set("quantum chromodynamics");
        assertThat(vm.resources()).isEmpty();
        assertThat(vm.emptyMessageProperty().get()).contains("Nothing matches “quantum chromodynamics”").contains("clear the search");
    }

    @Test
    void aLoadedCatalogIsSearchedOnceOnTheWorkerWithNothingShown() {
        InlineTaskRunner runner = new InlineTaskRunner();
        CatalogViewModel fresh = viewModel(runner);
        fresh.load();
        assertThat(runner.ran).containsExactly("Load catalog", "Prepare search");
        // the warm-up leaves no trace: no search typed, every resource shown
        assertThat(fresh.searchTextProperty().get()).isEmpty();
        assertThat(fresh.resources()).hasSize(12);
        // once per window: a reload (after an import, a restore) does not prepare it again
        fresh.load();
        assertThat(runner.ran).containsExactly("Load catalog", "Prepare search", "Load catalog");
    }

    @Test
    void noSearchIsPreparedWhenOneIsAlreadyTyped() {
        InlineTaskRunner runner = new InlineTaskRunner();
        CatalogViewModel typed = viewModel(runner);
        typed.searchTextProperty().set("calculus");
        typed.load();
        assertThat(runner.ran).doesNotContain("Prepare search");
    }

    @Test
    void theSearchIsPreparedWithTheFirstTitlesFirstLettersAsTyped() {
        ResourceSummary first = vm.resources().get(0);
        assertThat(first.title()).hasSizeGreaterThan(6);
        assertThat(SearchWork.warmUpQueries(List.of(first))).containsExactly(first.title().substring(0, 1),
                first.title().substring(0, 2), first.title().substring(0, 3), first.title().substring(0, 4),
                first.title().substring(0, 5), first.title().substring(0, 6));
        ResourceSummary chinese = new ResourceSummary(1, first.origin(), 1, 0, " 𝔸线", List.of(), first.type(), true,
                java.util.Set.of(), 1, 10, false, false);
        assertThat(SearchWork.warmUpQueries(List.of(chinese))).containsExactly("𝔸", "𝔸线"); // whole code points
        assertThat(SearchWork.warmUpQueries(List.of())).isEmpty();
    }

    /** Runs the catalog's searches only when released (the rest at once), as a busy worker thread would. */
    private static final class HoldingRunner implements org.studypath.ui.common.TaskRunner {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(String description, java.util.concurrent.Callable<T> work,
                            java.util.function.Consumer<? super T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
            Runnable task = () -> new InlineTaskRunner().run(description, work, onSuccess, onFailure);
            if (description.equals("Search")) {
                held.add(task);
            } else {
                task.run();
            }
        }

        void release() {
            held.forEach(Runnable::run);
            held.clear();
        }
    }

    @Test
    void theSelectionStaysWhileTheSearchShowsItAndIsClearedOnceItDoesNot() {
        vm.selectedResourceProperty().set(vm.resources().get(0));
        ResourceSummary essence = vm.selectedResourceProperty().get();
        assertThat(essence.title()).isEqualTo("Essence of calculus");
        vm.searchTextProperty().set("calc");
        vm.searchTextProperty().set("calculus");
        assertThat(vm.selectedResourceProperty().get()).isSameAs(essence);
        vm.typeFilterProperty().set(essence.type());
        assertThat(vm.selectedResourceProperty().get()).isSameAs(essence);
        vm.searchTextProperty().set("calculus multivariate");
        assertThat(titles()).doesNotContain("Essence of calculus");
        assertThat(vm.selectedResourceProperty().get()).isNull();
        assertThat(vm.detailProperty().get()).isNull();
    }

    @Test
    void aSearchLeavesHiddenResourcesOutUnlessTheyAreShownAndKeepsToTheCategory() {
        vm.selectedResourceProperty().set(vm.resources().get(0));
        vm.toggleHidden(); // Essence of calculus
        vm.searchTextProperty().set("calculus");
        assertThat(titles()).contains("Calculus 1").doesNotContain("Essence of calculus");
        vm.showHiddenProperty().set(true);
        vm.searchTextProperty().set("calculu");
        assertThat(titles()).contains("Calculus 1", "Essence of calculus");
        vm.searchTextProperty().set("calculus");
        List<ResourceSummary> everywhere = List.copyOf(vm.resources());
        CategoryItem deep = category("Deep-learning-specific math");
        vm.selectedCategoryProperty().set(deep);
        vm.searchTextProperty().set("calculus ");
        assertThat(vm.resources()).isNotEmpty().hasSizeLessThan(everywhere.size())
                .containsExactlyElementsOf(everywhere.stream().filter(r -> r.categoryId() == deep.categoryId()).toList());
    }

    @Test
    void aKeystrokeChangesTheTableOnceOrNotAtAll() {
        List<String> changes = new ArrayList<>();
        vm.resources().addListener((javafx.collections.ListChangeListener<ResourceSummary>) c -> {
            int parts = 0;
            while (c.next()) {
                parts++;
            }
            changes.add(parts + " change(s), " + vm.resources().size() + " rows");
        });
        vm.searchTextProperty().set("lea");
        int found = vm.resources().size();
        assertThat(found).isBetween(1, 11);
        assertThat(changes).containsExactly("1 change(s), " + found + " rows");
        vm.searchTextProperty().set("lea "); // the same words: the same rows
        assertThat(changes).hasSize(1);
        assertThat(vm.statusProperty().get()).isEqualTo(found + " resources shown of 12");
        vm.searchTextProperty().set("");
        assertThat(changes).hasSize(2).last().isEqualTo("1 change(s), 12 rows");
    }

    @Test
    void aSearchAnsweredAfterAFilterChangedShowsBoth() {
        // the search's work waits, as on the worker thread, while the user picks a type
        HoldingRunner holding = new HoldingRunner();
        CatalogViewModel late = viewModel(holding);
        late.load();
        late.searchTextProperty().set("mathematics");
        late.typeFilterProperty().set(ResourceType.BOOK);
        assertThat(late.resources()).hasSize(3); // the books; the search has not answered yet
        holding.release();

        vm.searchTextProperty().set("mathematics");
        List<String> searched = titles();
        vm.typeFilterProperty().set(ResourceType.BOOK);
        List<String> both = titles();
        assertThat(both).isNotEmpty().hasSizeLessThan(3).hasSizeLessThan(searched.size());
        assertThat(late.resources()).extracting(ResourceSummary::title).containsExactlyElementsOf(both);
        assertThat(late.statusProperty().get()).isEqualTo(vm.statusProperty().get());
    }

    @Test
    void aReloadDuringASearchAnswersItFromTheNewCatalogAndDropsTheOldAnswer() {
        HoldingRunner holding = new HoldingRunner();
        CatalogViewModel late = viewModel(holding);
        late.load();
        late.searchTextProperty().set("calculus");
        late.load(); // an import or a restore reloads the catalog while the search is still on the worker

        vm.searchTextProperty().set("calculus");
        assertThat(titles()).isNotEmpty().hasSizeLessThan(12);
        // the reload answered the search from the new catalog; the search asked of the old one is dropped
        assertThat(late.resources()).extracting(ResourceSummary::title).containsExactlyElementsOf(titles());
        assertThat(late.statusProperty().get()).isEqualTo(vm.statusProperty().get());
        late.searchTextProperty().set("calculus multivariate"); // held: the rows stay those of "calculus"
        holding.release();
        assertThat(late.resources()).extracting(ResourceSummary::title).containsExactly(
                "Mathematics for Machine Learning: Multivariate Calculus");
    }

    @Test
    void aSearchOverTakenByTheNextKeystrokeIsNotShown() {
        HoldingRunner holding = new HoldingRunner();
        CatalogViewModel late = viewModel(holding);
        late.load();
        late.searchTextProperty().set("deep");
        late.searchTextProperty().set("");
        assertThat(late.resources()).hasSize(12);
        holding.release();
        assertThat(late.resources()).hasSize(12);
    }

    @Test
    void typeAndTopicFiltersCombine() {
        vm.typeFilterProperty().set(ResourceType.BOOK);
        assertThat(titles()).containsExactly("Mathematics for Machine Learning", "Deep Learning",
                "An Introduction to Statistical Learning");
        vm.topicFilterProperty().set(Topic.DEEP_LEARNING);
        assertThat(titles()).containsExactly("Deep Learning");
        vm.topicFilterProperty().set(Topic.NUMERICAL_LINEAR_ALGEBRA);
        assertThat(titles()).isEmpty();
        assertThat(vm.emptyMessageProperty().get()).contains("No resources match these filters");
        vm.clearFilters();
        assertThat(vm.resources()).hasSize(12);
    }

    @Test
    void selectingAResourceLoadsItsDetails() {
        vm.selectedResourceProperty().set(vm.resources().get(0));
        assertThat(vm.detailProperty().get().title()).isEqualTo("Essence of calculus");
        assertThat(vm.detailProperty().get().units()).hasSize(12);
        vm.selectedResourceProperty().set(null);
        assertThat(vm.detailProperty().get()).isNull();
    }

    @Test
    void hidingRemovesFromTheListAndShowHiddenBringsItBack() {
        vm.selectedResourceProperty().set(vm.resources().get(0));
        vm.toggleHidden();
        assertThat(titles()).doesNotContain("Essence of calculus").hasSize(11);
        assertThat(vm.categories().get(0).count()).isEqualTo(11);
        assertThat(vm.noticeProperty().get()).contains("Hid “Essence of calculus”");
        assertThat(vm.statusProperty().get()).isEqualTo("11 resources shown of 12 · 1 hidden");
        vm.showHiddenProperty().set(true);
        assertThat(titles()).contains("Essence of calculus");
        vm.selectedResourceProperty().set(vm.resources().get(0));
        assertThat(vm.detailProperty().get().hidden()).isTrue();
        vm.toggleHidden();
        assertThat(vm.detailProperty().get().hidden()).isFalse();
        vm.showHiddenProperty().set(false);
        assertThat(vm.resources()).hasSize(12);
    }

    @Test
    void savingANewResourceSelectsIt() {
        long category = vm.categoryForNewResource();
        vm.searchTextProperty().set("essence");
        vm.save(TestData.draft(category, "Linear algebra done right", 60, 90), failed -> { });
        assertThat(vm.selectedResourceProperty().get().title()).isEqualTo("Linear algebra done right");
        assertThat(vm.detailProperty().get().units()).hasSize(2);
        assertThat(vm.categories().get(0).count()).isEqualTo(13);
    }

    @Test
    void theSearchLooksAgainWhenTheCatalogChanges() {
        vm.searchTextProperty().set("done right");
        assertThat(vm.resources()).isEmpty();
        services.catalog().save(TestData.draft(vm.categoryForNewResource(), "Linear algebra done right", 60, 90));
        vm.load();
        assertThat(titles()).containsExactly("Linear algebra done right");
        vm.searchTextProperty().set("done right axler");
        assertThat(vm.resources()).isEmpty();
    }

    @Test
    void aFailedSaveShowsTheReasonAndHandsTheDraftBack() {
        List<ResourceDraft> returned = new ArrayList<>();
        ResourceDraft invalid = TestData.draft(999_999, "Orphan", 10);
        vm.save(invalid, returned::add);
        assertThat(dialogs.errors).singleElement().asString().contains("Could not save “Orphan”");
        assertThat(returned).containsExactly(invalid);
    }

    @Test
    void deletingAsksFirstAndRespectsNo() {
        vm.save(TestData.draft(vm.categoryForNewResource(), "Scratch", 10), failed -> { });
        dialogs.answer = false;
        vm.deleteSelected();
        assertThat(titles()).contains("Scratch");
        dialogs.answer = true;
        vm.deleteSelected();
        assertThat(titles()).doesNotContain("Scratch");
        assertThat(dialogs.confirmations).hasSize(2);
    }

    @Test
    void catalogResourcesCannotBeDeleted() {
        vm.selectedResourceProperty().set(vm.resources().get(0));
        vm.deleteSelected();
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(vm.resources()).hasSize(12);
    }

    @Test
    void englishNamesComeFirstWithTheChineseUnderThem() {
        assertThat(vm.categories().get(0).otherName()).isEqualTo("全部资源");
        assertThat(vm.statusProperty().get()).isEqualTo("12 resources shown of 12");
        vm.selectedResourceProperty().set(vm.resources().get(0));
        assertThat(vm.title(vm.detailProperty().get())).isEqualTo("Essence of calculus");
        Messages en = vm.messages();
        assertThat(Labels.first(vm.detailProperty().get().note(), en)).startsWith("The narrator");
        assertThat(Labels.unitCount(org.studypath.domain.UnitKind.EPISODE, 12, en)).isEqualTo("12 episodes");
        assertThat(Labels.unitCount(org.studypath.domain.UnitKind.CHAPTER, 1, en)).isEqualTo("1 chapter");
        assertThat(Labels.unitHeading(org.studypath.domain.UnitKind.LESSON, en)).isEqualTo("Lessons");
        assertThat(Labels.type(null, en)).isEqualTo("All types");
    }

    @Test
    void theChineseCatalogPutsChineseFirstAndSpeaksChinese() {
        CatalogViewModel zh = new CatalogViewModel(services.catalog(), new InlineTaskRunner(), dialogs, opened::add,
                Messages.of(Locale.SIMPLIFIED_CHINESE));
        zh.load();
        assertThat(zh.categories().get(0).name()).isEqualTo("全部资源");
        assertThat(zh.categories().get(0).otherName()).isEqualTo("All resources");
        assertThat(zh.categories().get(1).name()).isEqualTo("普通数学视频系列");
        assertThat(zh.categories().get(1).otherName()).isEqualTo("General math video series");
        assertThat(zh.statusProperty().get()).isEqualTo("显示 12 个资源，共 12 个");

        zh.selectedResourceProperty().set(zh.resources().get(0));
        var resource = zh.detailProperty().get();
        assertThat(zh.title(resource)).isEqualTo("3Blue1Brown 微积分的本质");
        assertThat(Labels.first(resource.note(), zh.messages())).startsWith("叙述者");
        assertThat(Labels.second(resource.note(), zh.messages())).startsWith("The narrator");
        assertThat(Labels.unitCount(resource.unitKind(), resource.units().size(), zh.messages())).isEqualTo("12 集");
        assertThat(Labels.unitHeading(resource.unitKind(), zh.messages())).isEqualTo("各集");
        assertThat(Messages.plain(zh.messages().duration(resource.totalMinutes(), resource.estimated()))).endsWith("分钟");

        zh.toggleHidden();
        assertThat(zh.noticeProperty().get()).isEqualTo("已隐藏“3Blue1Brown 微积分的本质”。勾选“显示已隐藏”可以重新找到它。");
        assertThat(zh.statusProperty().get()).isEqualTo("显示 11 个资源，共 12 个 · 1 个已隐藏");

        zh.searchTextProperty().set("quantum");
        assertThat(zh.emptyMessageProperty().get()).isEqualTo("没有与“quantum”匹配的资源。请检查拼写、减少关键词，或清除搜索。");
        zh.selectedCategoryProperty().set(zh.categories().get(1));
        assertThat(zh.emptyMessageProperty().get()).startsWith("“普通数学视频系列”中没有与“quantum”匹配的资源。");

        zh.openLink("file:///etc/passwd");
        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo("无法打开这个链接: StudyPath 只打开 http 和 https 链接，无法打开：file:///etc/passwd");
    }

    @Test
    void theDeleteQuestionNamesThePathsThatLoseTheResourceAndCancelIsTheDefault() {
        vm.save(TestData.draft(vm.categoryForNewResource(), "Scratch", 10, 20), failed -> { });
        long id = vm.selectedResourceProperty().get().id();
        long first = services.plans().create("Evenings", java.time.LocalDate.of(2026, 1, 14));
        long second = services.plans().create("Autumn plan", java.time.LocalDate.of(2026, 1, 14));
        services.plans().addResources(first, List.of(id));
        services.plans().addResources(second, List.of(id));
        dialogs.answer = false;
        vm.deleteSelected();
        assertThat(dialogs.destructive).containsExactly("Delete “Scratch”?");
        assertThat(dialogs.confirmationMessages).containsExactly("The resource and its 2 units are removed from "
                + "StudyPath. This cannot be undone.\n\nIt is in 2 study paths: “Autumn plan”, “Evenings”. Deleting it "
                + "takes it out of them, with the progress, time logs and notes of its units.");
        assertThat(titles()).contains("Scratch");
    }

    @Test
    void theDeleteQuestionCountsTheUnits() {
        vm.save(TestData.draft(vm.categoryForNewResource(), "Scratch", 10), failed -> { });
        dialogs.answer = false;
        vm.deleteSelected();
        assertThat(dialogs.confirmations).containsExactly("Delete “Scratch”?");
        assertThat(vm.messages().text("catalog.delete.message", 1)).startsWith("The resource and its 1 unit is removed");
        assertThat(vm.messages().text("catalog.delete.message", 12)).startsWith("The resource and its 12 units are removed");
    }

    @Test
    void onlyWebLinksAreOpened() {
        vm.openLink("https://mml-book.github.io/");
        vm.openLink("file:///etc/passwd");
        assertThat(opened).containsExactly(URI.create("https://mml-book.github.io/"));
        assertThat(dialogs.errors).singleElement().asString().contains("only http and https");
    }
}
