package org.studypath.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.studypath.domain.Category;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.Topic;
import org.studypath.ui.common.Messages;

class ResourceEditorViewModelTest {
    private static final Messages EN = Messages.of(Locale.UK);
    private final List<Category> categories = List.of(
            new Category(1, "a", new LocalizedText("Videos", "视频"), 0),
            new Category(2, "b", new LocalizedText("Books", "书籍"), 1));

    @Test
    void newFormStartsQuietAndShowsEveryProblemOnSave() {
        ResourceEditorViewModel vm = ResourceEditorViewModel.forNew(EN, categories, 2);
        assertThat(vm.categoryProperty().get().id()).isEqualTo(2);
        assertThat(vm.titleErrorProperty().get()).isEmpty();
        assertThat(vm.commit()).isEmpty();
        assertThat(vm.titleErrorProperty().get()).isEqualTo("Enter a title.");
        assertThat(vm.units().get(0).errorProperty().get()).contains("needs a title").contains("positive number of minutes");
    }

    @Test
    void messagesFollowTheFieldAsTheUserTypes() {
        ResourceEditorViewModel vm = ResourceEditorViewModel.forNew(EN, categories, 1);
        vm.urlProperty().set("example.org");
        assertThat(vm.urlErrorProperty().get()).contains("http:// or https://");
        vm.urlProperty().set("https://example.org");
        assertThat(vm.urlErrorProperty().get()).isEmpty();
        vm.units().get(0).minutesProperty().set("ten");
        assertThat(vm.units().get(0).errorProperty().get()).as("quiet until the row is left").isEmpty();
        vm.touchUnit(vm.units().get(0));
        assertThat(vm.units().get(0).errorProperty().get()).contains("whole minutes");
        vm.units().get(0).minutesProperty().set("-3");
        assertThat(vm.units().get(0).errorProperty().get()).contains("positive");
    }

    @Test
    void validFormGivesTheDraft() {
        ResourceEditorViewModel vm = ResourceEditorViewModel.forNew(EN, categories, 1);
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
    void minutesThatAreNotANumberAreExplainedInTheUiLanguage() {
        ResourceEditorViewModel en = ResourceEditorViewModel.forNew(EN, categories, 1);
        en.units().get(0).titleProperty().set("Vector spaces");
        en.units().get(0).minutesProperty().set("ten");
        en.touchUnit(en.units().get(0));
        assertThat(en.units().get(0).errorProperty().get())
                .isEqualTo("Unit 1: enter the duration as whole minutes, for example 45.");

        ResourceEditorViewModel zh = ResourceEditorViewModel.forNew(Messages.of(Locale.SIMPLIFIED_CHINESE), categories, 1);
        assertThat(zh.messages().chinese()).isTrue();
        zh.units().get(0).titleProperty().set("向量空间");
        zh.units().get(0).minutesProperty().set("十");
        zh.touchUnit(zh.units().get(0));
        assertThat(zh.units().get(0).errorProperty().get()).isEqualTo("单元 1：请用整数分钟填写时长，例如 45。");
        zh.units().get(0).minutesProperty().set("45");
        assertThat(zh.units().get(0).errorProperty().get()).isEmpty();
    }

    @Test
    void removingTheLastUnitAsksForOne() {
        ResourceEditorViewModel vm = ResourceEditorViewModel.forNew(EN, categories, 1);
        vm.titleProperty().set("T");
        vm.removeUnit(vm.units().get(0));
        assertThat(vm.commit()).isEmpty();
        assertThat(vm.unitsErrorProperty().get()).contains("at least one unit");
    }

    @Test
    void aDraftThatFailedToSaveRefillsTheForm() {
        ResourceDraft draft = new ResourceDraft(0, 2, "Kept", List.of("A", "B"), "https://e.org", null, null, false, "zh",
                java.util.Set.of(Topic.CALCULUS), "note", List.of(new ResourceDraft.UnitDraft(0, "U", 15, "")));
        ResourceEditorViewModel vm = ResourceEditorViewModel.fromDraft(EN, categories, draft);
        assertThat(vm.titleProperty().get()).isEqualTo("Kept");
        assertThat(vm.creatorsProperty().get()).isEqualTo("A, B");
        assertThat(vm.units().get(0).minutesProperty().get()).isEqualTo("15");
        assertThat(vm.topicProperty(Topic.CALCULUS).get()).isTrue();
    }

    @Test
    void aNewRowIsQuietUntilLeftEvenAfterASaveAttempt() {
        ResourceEditorViewModel vm = ResourceEditorViewModel.forNew(EN, categories, 1);
        vm.units().get(0).titleProperty().set("Intro");
        assertThat(vm.commit()).isEmpty();
        assertThat(vm.units().get(0).errorProperty().get()).contains("positive");
        UnitRow added = vm.addUnit();
        assertThat(added.errorProperty().get()).isEmpty();
        added.titleProperty().set("Part");
        assertThat(added.errorProperty().get()).as("typing in it is not leaving it").isEmpty();
        vm.touchUnit(added);
        assertThat(added.errorProperty().get()).contains("positive");
    }

    @Test
    void enterGoesToTheNextRowAndAddsOneAfterAFilledLastRow() {
        ResourceEditorViewModel vm = ResourceEditorViewModel.forNew(EN, categories, 1);
        UnitRow first = vm.units().get(0);
        assertThat(vm.enterOn(first)).as("nothing typed: no new row").isEmpty();
        first.titleProperty().set("One");
        first.minutesProperty().set("30");
        UnitRow second = vm.enterOn(first).orElseThrow();
        assertThat(vm.units()).containsExactly(first, second);
        assertThat(vm.enterOn(second)).isEmpty();
        vm.moveUnit(second, -1);
        assertThat(vm.enterOn(second)).contains(first);
        // the empty row Enter left behind is not a unit with problems when saving
        vm.moveUnit(second, 1);
        vm.titleProperty().set("Course");
        assertThat(vm.commit()).isPresent();
        assertThat(vm.units()).containsExactly(first);
    }
}
