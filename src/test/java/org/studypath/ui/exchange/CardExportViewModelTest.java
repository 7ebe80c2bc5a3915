package org.studypath.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.app.Services;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;

/** File → Export flashcards for Anki…: how to write a card when there is none, else the file and how to import it. */
class CardExportViewModelTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void withoutCardsItTeachesHowToWriteOneAndAsksForNoFile() {
        try (Services services = Services.open(data, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC))) {
            RecordingDialogs dialogs = new RecordingDialogs();
            dialogs.fileAnswer = files.resolve("cards.txt");
            new CardExportViewModel(services.cards(), new InlineTaskRunner(), dialogs, Messages.of(Locale.UK)).export();
            assertThat(dialogs.infos).singleElement().asString().contains("Q::").contains("{{c1::…}}");
            assertThat(dialogs.suggestedNames).isEmpty();
            assertThat(files).isEmptyDirectory();
        }
    }

    @Test
    void withCardsItWritesTheFileAndSaysHowToImportIt() throws Exception {
        try (Services services = Services.open(data, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC))) {
            long pathId = services.plans().paths().get(0).id();
            var unit = services.plans().planned(pathId).orElseThrow().path().items().get(0).units().get(0);
            services.progress().saveUnitNote(unit.unitId(), "Q:: 导数是什么？\nA:: 变化率 $f'(x)$");
            RecordingDialogs dialogs = new RecordingDialogs();
            Path file = files.resolve("cards.txt");
            dialogs.fileAnswer = file;
            new CardExportViewModel(services.cards(), new InlineTaskRunner(), dialogs, Messages.of(Locale.SIMPLIFIED_CHINESE))
                    .export();
            assertThat(dialogs.suggestedNames).containsExactly("studypath-抽认卡.txt");
            assertThat(dialogs.errors).isEmpty();
            assertThat(dialogs.infos).singleElement().asString().contains("1 张抽认卡").contains("文件 > 导入");
            assertThat(Files.readString(file)).startsWith("#separator:tab\n").contains("导数是什么？\t变化率 \\(f'(x)\\)");
        }
    }
}
