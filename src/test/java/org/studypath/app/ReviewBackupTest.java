package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.app.ExchangeFixture.CLOCK;
import static org.studypath.app.ExchangeFixture.backup;
import static org.studypath.app.ExchangeFixture.text;
import static org.studypath.app.ExchangeFixture.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewScope;
import org.studypath.domain.review.ReviewSettings;

/** Backups keep review ratings and settings; a backup written before reviews existed still restores. */
class ReviewBackupTest {
    @TempDir
    Path dirA;
    @TempDir
    Path dirB;
    @TempDir
    Path files;

    @Test
    void ratingsAndSettingsSurviveABackupAndItsRestore() throws Exception {
        ExchangeFixture.UserData data;
        Path file;
        try (Services a = Services.open(dirA, CLOCK)) {
            data = ExchangeFixture.addUserData(a);
            file = write(files, "backup.json", backup(a));
        }
        assertThat(text(java.nio.file.Files.readAllBytes(file))).contains("\"review_rating\":[", "\"path_review\":[");
        try (Services b = Services.open(dirB, CLOCK)) {
            b.exchange().restore(file, WorkProgress.NONE);
            var planned = b.plans().planned(data.starterPathId()).orElseThrow();
            assertThat(planned.path().reviewHistory().of(data.doneUnitId())).extracting(ReviewHistory.Rated::rating)
                    .containsExactly(Rating.GOOD);
            assertThat(b.reviews().settings(data.secondPathId()))
                    .isEqualTo(new ReviewSettings(false, 45, ReviewScope.RESOURCES, List.of(2, 5, 12)));
            assertThat(b.reviews().settings(data.starterPathId())).isEqualTo(ReviewSettings.DEFAULT);
        }
    }

    @Test
    void aBackupWithoutTheReviewTablesRestoresWithTheDefaults() throws Exception {
        ExchangeFixture.UserData data;
        String json;
        try (Services a = Services.open(dirA, CLOCK)) {
            data = ExchangeFixture.addUserData(a);
            json = text(backup(a));
        }
        // as a StudyPath before reviews wrote it (format version 1): the two tables are not there at all
        String old = json.replaceAll(",\\s*\"review_rating\":\\[[^\\]]*\\]", "").replaceAll(",\\s*\"path_review\":\\[[^\\]]*\\]", "");
        old = old.replaceFirst("\"version\"\\s*:\\s*2", "\"version\":1");
        assertThat(old).doesNotContain("review_rating", "path_review");
        Path file = write(files, "old.json", old.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (Services b = Services.open(dirB, CLOCK)) {
            b.reviews().rate(b.plans().planned(b.plans().paths().get(0).id()).orElseThrow().path().items().get(0)
                    .units().get(0).unitId(), Rating.EASY, ExchangeFixture.TODAY, false);
            b.exchange().restore(file, WorkProgress.NONE);
            assertThat(b.plans().planned(data.starterPathId()).orElseThrow().path().reviewHistory().isEmpty())
                    .as("the backup's (no) ratings, not the ones before the restore").isTrue();
            assertThat(b.reviews().settings(data.secondPathId())).isEqualTo(ReviewSettings.DEFAULT);
            assertThat(b.plans().planned(data.starterPathId()).orElseThrow().isDone(data.doneUnitId())).isTrue();
        }
    }
}
