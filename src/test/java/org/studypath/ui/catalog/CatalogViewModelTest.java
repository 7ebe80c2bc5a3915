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
        vm = new CatalogViewModel(services.catalog(), new InlineTaskRunner(), dialogs, opened::add, Locale.ENGLISH);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
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
    void onlyWebLinksAreOpened() {
        vm.openLink("https://mml-book.github.io/");
        vm.openLink("file:///etc/passwd");
        assertThat(opened).containsExactly(URI.create("https://mml-book.github.io/"));
        assertThat(dialogs.errors).singleElement().asString().contains("only http and https");
    }
}
