package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewScope;
import org.studypath.domain.review.ReviewSettings;

/** Review ratings and settings in SQLite: the migration keeps the learner's data, rating and undo are one change each. */
class ReviewStoreTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    @TempDir
    Path dir;

    /** A schema-5 database (before reviews) with a path and a unit done: what a learner upgrading has. */
    private Path schemaFive() throws Exception {
        Path old = Files.createDirectories(dir.resolve("v5"));
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + old.resolve(Database.FILE_NAME))) {
            new Migrations(List.of("V001__catalog.sql", "V002__study_paths.sql", "V003__progress.sql",
                    "V004__calendar_ledger.sql", "V005__no_search_tables.sql")).migrate(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("INSERT INTO category (catalog_key, name_en, name_zh, position) VALUES (NULL, 'Mine', '我的', 0)");
                s.execute("INSERT INTO resource (origin, category_id, position, title, type, unit_kind, free, language, "
                        + "created_at, updated_at) VALUES ('USER', 1, 0, 'Kept', 'BOOK', 'CHAPTER', 1, 'en', 'x', 'x')");
                s.execute("INSERT INTO unit (resource_id, position, title, minutes, estimated) VALUES (1, 0, 'Ch 1', 60, 0)");
                s.execute("INSERT INTO unit (resource_id, position, title, minutes, estimated) VALUES (1, 1, 'Ch 2', 60, 0)");
                s.execute("INSERT INTO study_path (name, start_date, created_at, updated_at) VALUES ('Mine', '2026-11-20', 'x', 'x')");
                s.execute("INSERT INTO path_item (path_id, resource_id, position) VALUES (1, 1, 0)");
                s.execute("INSERT INTO unit_progress (unit_id, status, status_date, updated_at) VALUES (1, 'DONE', '2026-11-28', 'x')");
            }
        }
        return old;
    }

    @Test
    void anUpgradedDatabaseKeepsItsDataAndEveryPathReviewsWithTheDefaults() throws Exception {
        try (Database database = Database.openIn(schemaFive())) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
            SqlitePathRepository paths = new SqlitePathRepository(database);
            var path = paths.find(1).orElseThrow();
            assertThat(path.reviewSettings()).isEqualTo(ReviewSettings.DEFAULT);
            assertThat(path.items().get(0).units().get(0).status()).isEqualTo(UnitStatus.DONE);
            assertThat(path.items().get(0).units().get(0).statusDate()).isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(new SqliteReviewRepository(database).history().isEmpty()).isTrue();
            assertThat(database.integrityProblem()).isEmpty();
        }
    }

    @Test
    void ratingsAreKeptWithTheirDaysAndUndoTakesOneBack() throws Exception {
        try (Database database = Database.openIn(schemaFive())) {
            SqliteReviewRepository reviews = new SqliteReviewRepository(database);
            ReviewRepository.Rated first = reviews.rate(1, Rating.GOOD, DAY, false);
            ReviewRepository.Rated second = reviews.rate(1, Rating.HARD, DAY.plusDays(3), false);
            assertThat(first.reopenedFrom()).isNull();
            assertThat(reviews.history().of(1)).extracting(ReviewHistory.Rated::day, ReviewHistory.Rated::rating)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(DAY, Rating.GOOD),
                            org.assertj.core.groups.Tuple.tuple(DAY.plusDays(3), Rating.HARD));
            reviews.unrate(second);
            assertThat(reviews.history().all()).extracting(ReviewHistory.Rated::id).containsExactly(first.rating().id());
            assertThatThrownBy(() -> reviews.rate(99, Rating.GOOD, DAY, false)).isInstanceOf(StoreException.class);
            assertThat(reviews.history().size()).as("nothing written for a unit that is not there").isEqualTo(1);
        }
    }

    @Test
    void againCanReopenTheUnitAndUndoPutsItBackAsItWas() throws Exception {
        try (Database database = Database.openIn(schemaFive())) {
            SqliteReviewRepository reviews = new SqliteReviewRepository(database);
            SqliteProgressRepository progress = new SqliteProgressRepository(database);
            ReviewRepository.Rated again = reviews.rate(1, Rating.AGAIN, DAY, true);
            assertThat(again.reopenedFrom()).isEqualTo(new UnitState(1, UnitStatus.DONE, LocalDate.of(2026, 11, 28)));
            assertThat(progress.states(List.of(1L))).containsExactly(UnitState.notStarted(1));
            assertThat(reviews.history().size()).isEqualTo(1);
            reviews.unrate(again);
            assertThat(progress.states(List.of(1L)))
                    .containsExactly(new UnitState(1, UnitStatus.DONE, LocalDate.of(2026, 11, 28)));
            assertThat(reviews.history().isEmpty()).isTrue();
        }
    }

    @Test
    void settingsAreSavedPerPathAndADuplicateReviewsAsItsOriginal() throws Exception {
        try (Database database = Database.openIn(schemaFive())) {
            SqliteReviewRepository reviews = new SqliteReviewRepository(database);
            SqlitePathRepository paths = new SqlitePathRepository(database);
            long other = paths.create("Other", Availability.typical(DAY), List.of());
            ReviewSettings mine = new ReviewSettings(false, 45, ReviewScope.RESOURCES, List.of(2, 5, 12));
            reviews.saveSettings(1, mine);
            assertThat(reviews.settings(1)).isEqualTo(mine);
            assertThat(paths.find(1).orElseThrow().reviewSettings()).isEqualTo(mine);
            assertThat(reviews.settings(other)).isEqualTo(ReviewSettings.DEFAULT);
            long copy = paths.duplicate(1, "Copy");
            assertThat(reviews.settings(copy)).isEqualTo(mine);
            reviews.saveSettings(1, mine.withOn(true));
            assertThat(reviews.settings(1).on()).isTrue();
            assertThatThrownBy(() -> reviews.saveSettings(999, mine)).isInstanceOf(StoreException.class);
            paths.delete(1);
            assertThat(reviews.settings(1)).as("gone with its path").isEqualTo(ReviewSettings.DEFAULT);
        }
    }

    @Test
    void aLadderThatIsNotOneIsReadAsTheDefault() {
        assertThat(SqliteReviewRepository.intervals("2,4,9")).containsExactly(2, 4, 9);
        assertThat(SqliteReviewRepository.intervals("5,3")).isEqualTo(ReviewSettings.DEFAULT_INTERVALS);
        assertThat(SqliteReviewRepository.intervals("x")).isEqualTo(ReviewSettings.DEFAULT_INTERVALS);
    }
}
