package org.studypath.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.Category;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceType;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.common.Messages;
import org.studypath.ui.editor.PasteUnitsViewModel.PreviewRow;

class PasteUnitsViewModelTest {
    private static final Messages EN = Messages.of(Locale.UK);
    private static final Messages ZH = Messages.of(Locale.CHINA);
    private final List<Category> categories = List.of(new Category(1, "a", new LocalizedText("Videos", "视频"), 0));
    private final InlineTaskRunner runner = new InlineTaskRunner();
    @TempDir
    Path files;

    private ResourceEditorViewModel editor(Messages messages) {
        ResourceEditorViewModel editor = ResourceEditorViewModel.forNew(messages, categories, 1).readingWith(runner);
        editor.typeProperty().set(ResourceType.VIDEO_SERIES);
        return editor;
    }

    @Test
    void thePreviewFollowsTheTypingAndMarksEstimates() {
        PasteUnitsViewModel paste = editor(EN).pasteUnits();
        assertThat(paste.summaryProperty().get()).isEqualTo("Paste a list to see here what will be added.");
        assertThat(paste.canAddProperty().get()).isFalse();
        paste.textProperty().set("Vectors 9:52\nThe determinant\n");
        assertThat(paste.rows()).containsExactly(new PreviewRow(1, "Vectors", "10 min", false),
                new PreviewRow(2, "The determinant", "≈ 15 min", false));
        assertThat(paste.summaryProperty().get()).isEqualTo("2 units, ≈ 25 min in all; 1 time is an estimate (≈).");
        assertThat(paste.addLabelProperty().get()).isEqualTo("Add 2 units");
        assertThat(paste.canAddProperty().get()).isTrue();
        assertThat(runner.ran).as("a short list is read at once").isEmpty();
    }

    @Test
    void everyUnreadLineIsShownWithItsNumberAndNothingCanBeAdded() {
        PasteUnitsViewModel paste = editor(EN).pasteUnits();
        paste.textProperty().set("A 1:00\nB 0:00\nC 99999:00");
        assertThat(paste.rows()).extracting(PreviewRow::line).containsExactly(1, 2, 3);
        assertThat(paste.rows().get(1)).isEqualTo(new PreviewRow(2, "“0:00” is no time at all.", "", true));
        assertThat(paste.problemProperty().get()).isEqualTo(
                "2 lines could not be read: correct them or delete them to add the units.");
        assertThat(paste.canAddProperty().get()).isFalse();
        assertThat(paste.take()).isEmpty();
    }

    @Test
    void aHugePasteIsReadOnTheWorkerAndRefusedInOneSentence() {
        PasteUnitsViewModel paste = editor(EN).pasteUnits();
        paste.textProperty().set("Unit 9:52\n".repeat(100_000));
        assertThat(runner.ran).containsExactly("read pasted units");
        assertThat(paste.problemProperty().get())
                .isEqualTo("This list has 100,000 lines; StudyPath adds at most 2,000 units at once. Nothing was added.");
        assertThat(paste.rows()).isEmpty();
        assertThat(paste.canAddProperty().get()).isFalse();
    }

    @Test
    void addingAppendsOrReplacesAndNothingIsSavedUntilTheForm() {
        ResourceEditorViewModel editor = editor(EN);
        editor.titleProperty().set("Essence of linear algebra");
        editor.units().get(0).titleProperty().set("Intro");
        editor.units().get(0).minutesProperty().set("5");
        PasteUnitsViewModel paste = editor.pasteUnits();
        paste.textProperty().set("Vectors 9:52\nThe determinant");
        editor.addUnits(paste.take().orElseThrow(), paste.replaceProperty().get());
        assertThat(editor.units()).extracting(r -> r.titleProperty().get()).containsExactly("Intro", "Vectors", "The determinant");
        ResourceDraft draft = editor.commit().orElseThrow();
        assertThat(draft.units()).extracting(ResourceDraft.UnitDraft::estimated).containsExactly(false, false, true);
        paste.replaceProperty().set(true);
        editor.addUnits(paste.take().orElseThrow(), paste.replaceProperty().get());
        assertThat(editor.units()).extracting(r -> r.titleProperty().get()).containsExactly("Vectors", "The determinant");
        editor.units().get(1).minutesProperty().set("20");
        assertThat(editor.commit().orElseThrow().units().get(1).estimated()).as("typed minutes are exact").isFalse();
    }

    @Test
    void thePagesRateIsTheLearners() {
        PasteUnitsViewModel paste = editor(EN).pasteUnits();
        paste.textProperty().set("Chapter 1 pp. 1-20");
        assertThat(paste.rows().get(0).time()).isEqualTo("≈ 2 h");
        paste.pagesPerHourProperty().set("20");
        assertThat(paste.rows().get(0).time()).isEqualTo("≈ 1 h");
        paste.pagesPerHourProperty().set("0");
        assertThat(paste.problemProperty().get()).isEqualTo("The reading rate must be from 1 to 200 pages an hour, not -1.".replace("-1", "0"));
        assertThat(paste.canAddProperty().get()).isFalse();
    }

    @Test
    void aPlaylistFileFillsThePreviewAndTheEmptyFields() throws Exception {
        Path json = files.resolve("playlist.json");
        try (InputStream in = getClass().getResourceAsStream("/org/studypath/exchange/yt-dlp-essence-of-linear-algebra.json")) {
            Files.copy(in, json);
        }
        ResourceEditorViewModel editor = editor(EN);
        PasteUnitsViewModel paste = editor.pasteUnits();
        paste.readFile(json);
        assertThat(runner.ran).containsExactly("read units from a file");
        assertThat(paste.sourceProperty().get()).isEqualTo("From playlist.json");
        assertThat(paste.rows()).hasSize(7);
        assertThat(paste.summaryProperty().get()).endsWith("2 unavailable videos were left out.");
        editor.addUnits(paste.take().orElseThrow(), false);
        assertThat(editor.titleProperty().get()).isEqualTo("Essence of linear algebra");
        assertThat(editor.creatorsProperty().get()).isEqualTo("3Blue1Brown");
        assertThat(editor.units()).hasSize(7);
        assertThat(editor.commit()).isPresent();
    }

    @Test
    void aFileThatIsNotAPlaylistIsOneSentence() throws Exception {
        Path json = Files.writeString(files.resolve("x.json"), "[1, 2]");
        PasteUnitsViewModel paste = editor(ZH).pasteUnits();
        paste.readFile(json);
        assertThat(paste.problemProperty().get()).startsWith("x.json 不是 yt-dlp 生成的播放列表");
        assertThat(paste.canAddProperty().get()).isFalse();
    }

    @Test
    void inChineseTheCountLineMakesChineseTitles() {
        PasteUnitsViewModel paste = editor(ZH).pasteUnits();
        paste.textProperty().set("3 × 20 分钟");
        assertThat(paste.rows()).extracting(PreviewRow::title).containsExactly("第 1 集", "第 2 集", "第 3 集");
        assertThat(paste.addLabelProperty().get()).isEqualTo("添加 3 个单元");
    }
}
