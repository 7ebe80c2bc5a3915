package org.studypath.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studypath.domain.Category;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.Topic;

class ResourceEditorViewModelTest {
    private final List<Category> categories = List.of(
            new Category(1, "a", new LocalizedText("Videos", "视频"), 0),
            new Category(2, "b", new LocalizedText("Books", "书籍"), 1));

    @Test
    void newFormStartsQuietAndShowsEveryProblemOnSave() {
        ResourceEditorViewModel vm = ResourceEditorViewModel.forNew(categories, 2);
        assertThat(vm.categoryProperty().get().id()).isEqualTo(2);
        assertThat(vm.titleErrorProperty().get()).isEmpty();
        assertThat(vm.commit()).isEmpty();
        assertThat(vm.titleErrorProperty().get()).isEqualTo("Enter a title.");
        assertThat(vm.units().get(0).errorProperty().get()).contains("needs a title").contains("positive number of minutes");
    }

    @Test
    void messagesFollowTheFieldAsTheUserTypes() {
        ResourceEditorViewModel vm = ResourceEditorViewModel.forNew(categories, 1);
        vm.urlProperty().set("example.org");
        assertThat(vm.urlErrorProperty().get()).contains("http:// or https://");
        vm.urlProperty().set("https://example.org");
        assertThat(vm.urlErrorProperty().get()).isEmpty();
        vm.units().get(0).minutesProperty().set("ten");
        assertThat(vm.units().get(0).errorProperty().get()).contains("whole minutes");
        vm.units().get(0).minutesProperty().set("-3");
        assertThat(vm.units().get(0).errorProperty().get()).contains("positive");
    }

    @Test
    void validFormGivesTheDraft() {
        ResourceEditorViewModel vm = ResourceEditorViewModel.forNew(categories, 1);
        vm.titleProperty().set("  Linear Algebra Done Right ");
        vm.creatorsProperty().set("Sheldon Axler，  ; ");
        vm.topicProperty(Topic.LINEAR_ALGEBRA).set(true);
        vm.units().get(0).titleProperty().set("Vector spaces");
        vm.units().get(0).minutesProperty().set("90");
        UnitRow second = vm.addUnit();
        second.titleProperty().set("Finite-dimensional spaces");
        second.minutesProperty().set("120");
        vm.moveUnit(second, -1);
        ResourceDraft draft = vm.commit().orElseThrow();
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(draft.title()).isEqualTo("Linear Algebra Done Right");
        assertThat(draft.creators()).containsExactly("Sheldon Axler");
        assertThat(draft.topics()).containsExactly(Topic.LINEAR_ALGEBRA);
        assertThat(draft.units()).extracting(ResourceDraft.UnitDraft::title)
                .containsExactly("Finite-dimensional spaces", "Vector spaces");
        assertThat(draft.categoryId()).isEqualTo(1);
    }

    @Test
    void removingTheLastUnitAsksForOne() {
        ResourceEditorViewModel vm = ResourceEditorViewModel.forNew(categories, 1);
        vm.titleProperty().set("T");
        vm.removeUnit(vm.units().get(0));
        assertThat(vm.commit()).isEmpty();
        assertThat(vm.unitsErrorProperty().get()).contains("at least one unit");
    }

    @Test
    void aDraftThatFailedToSaveRefillsTheForm() {
        ResourceDraft draft = new ResourceDraft(0, 2, "Kept", List.of("A", "B"), "https://e.org", null, null, false, "zh",
                java.util.Set.of(Topic.CALCULUS), "note", List.of(new ResourceDraft.UnitDraft(0, "U", 15, "")));
        ResourceEditorViewModel vm = ResourceEditorViewModel.fromDraft(categories, draft);
        assertThat(vm.titleProperty().get()).isEqualTo("Kept");
        assertThat(vm.creatorsProperty().get()).isEqualTo("A, B");
        assertThat(vm.units().get(0).minutesProperty().get()).isEqualTo("15");
        assertThat(vm.topicProperty(Topic.CALCULUS).get()).isTrue();
    }
}
