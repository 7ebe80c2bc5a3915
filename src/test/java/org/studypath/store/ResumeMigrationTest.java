package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.ResumePoint;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;

/** Schema 6 adds the share done and the resume points; a schema-5 database keeps its ticks, notes and logs. */
class ResumeMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionFiveDatabaseWithProgressKeepsItAllAndGainsTheNewColumns() throws Exception {
        Path old = Files.createDirectories(dir.resolve("v5"));
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + old.resolve(Database.FILE_NAME))) {
            new Migrations(List.of("V001__catalog.sql", "V002__study_paths.sql", "V003__progress.sql",
                    "V004__calendar_ledger.sql", "V005__no_search_tables.sql")).migrate(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("INSERT INTO category (catalog_key, name_en, name_zh, position) VALUES (NULL, 'Mine', '我的', 0)");
                s.execute("INSERT INTO resource (origin, category_id, position, title, type, unit_kind, free, language, "
                        + "created_at, updated_at) VALUES ('USER', 1, 0, 'Kept', 'BOOK', 'CHAPTER', 1, 'en', 'x', 'x')");
                for (int i = 1; i <= 3; i++) {
                    s.execute("INSERT INTO unit (resource_id, position, title, minutes, estimated) VALUES (1, " + i
                            + ", 'Ch " + i + "', 30, 0)");
                }
                s.execute("INSERT INTO unit_progress (unit_id, status, status_date, updated_at) VALUES "
                        + "(1, 'DONE', '2026-11-30', 'x'), (2, 'IN_PROGRESS', '2026-12-01', 'x'), (3, 'SKIPPED', '2026-12-01', 'x')");
                s.execute("INSERT INTO time_log (unit_id, day, minutes, created_at) VALUES (2, '2026-12-01', 25, 'x')");
                s.execute("INSERT INTO unit_note (unit_id, text, updated_at) VALUES (1, 'quokka', 'x')");
            }
        }
        try (Database migrated = Database.openIn(old)) {
            assertThat(migrated.schemaVersion()).isGreaterThanOrEqualTo(6);
            SqliteProgressRepository progress = new SqliteProgressRepository(migrated);
            assertThat(progress.states(List.of(1L, 2L, 3L))).containsExactly(
                    new UnitState(1, UnitStatus.DONE, LocalDate.of(2026, 11, 30)),
                    new UnitState(2, UnitStatus.IN_PROGRESS, LocalDate.of(2026, 12, 1), 0),
                    new UnitState(3, UnitStatus.SKIPPED, LocalDate.of(2026, 12, 1)));
            assertThat(progress.logs(2)).singleElement().satisfies(log -> assertThat(log.minutes()).isEqualTo(25));
            assertThat(progress.unitNote(1)).isEqualTo("quokka");
            assertThat(progress.resume(2)).isEmpty();

            // the new columns take what the app writes, and an undo's states go back exactly
            List<UnitState> before = progress.setStates(List.of(new UnitState(2, UnitStatus.IN_PROGRESS,
                    LocalDate.of(2026, 12, 2), 0.4)));
            assertThat(progress.states(List.of(2L))).containsExactly(new UnitState(2, UnitStatus.IN_PROGRESS,
                    LocalDate.of(2026, 12, 2), 0.4));
            progress.setStates(before);
            assertThat(progress.states(List.of(2L))).isEqualTo(before);
            assertThat(progress.setResume(2, ResumePoint.page(43))).isEmpty();
            assertThat(progress.setResume(2, ResumePoint.time(754))).isEqualTo(Optional.of(ResumePoint.page(43)));
            assertThat(progress.resume(2)).hasValue(ResumePoint.time(754));
            // a resume point outlives the unit's status going back to not started
            progress.setStates(List.of(UnitState.notStarted(2)));
            assertThat(progress.resume(2)).hasValue(ResumePoint.time(754));
            assertThat(progress.setResume(2, null)).hasValue(ResumePoint.time(754));
            assertThat(progress.resume(2)).isEmpty();
            assertThat(migrated.integrityProblem()).isEmpty();
        }
        try (var backups = Files.list(old.resolve("backups"))) {
            assertThat(backups.toList()).as("a copy of the schema-5 file before the migration").hasSize(1);
        }
    }
}
