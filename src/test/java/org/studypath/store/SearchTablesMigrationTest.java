package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.TestSearch;

/** Schema 5 drops the full-text tables of schemas 1 and 3 and nothing else: the learner's data stays, and is found. */
class SearchTablesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionFourDatabaseLosesItsFullTextTablesAndKeepsEverythingElse() throws Exception {
        Path old = Files.createDirectories(dir.resolve("v4"));
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + old.resolve(Database.FILE_NAME))) {
            new Migrations(List.of("V001__catalog.sql", "V002__study_paths.sql", "V003__progress.sql",
                    "V004__calendar_ledger.sql")).migrate(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("INSERT INTO category (catalog_key, name_en, name_zh, position) VALUES (NULL, 'Mine', '我的', 0)");
                s.execute("INSERT INTO resource (origin, category_id, position, title, type, unit_kind, free, language, "
                        + "created_at, updated_at) VALUES ('USER', 1, 0, 'Kept', 'BOOK', 'CHAPTER', 1, 'en', 'x', 'x')");
                s.execute("INSERT INTO unit (resource_id, position, title, minutes, estimated) VALUES (1, 0, 'Ch 1', 30, 0)");
                s.execute("INSERT INTO unit_note (unit_id, text, updated_at) VALUES (1, 'quokka', 'x')");
                s.execute("INSERT INTO resource_note (resource_id, text, updated_at) VALUES (1, 'wombat', 'x')");
                s.execute("INSERT INTO resource_search (rowid, title, creators, topics, units) VALUES (1, 'Kept', '', '', 'Ch 1')");
                s.execute("INSERT INTO note_search (rowid, notes) VALUES (1, 'quokka')");
            }
            assertThat(tables(connection)).contains("resource_search", "note_search", "resource_search_content");
        }
        try (Database migrated = Database.openIn(old)) {
            assertThat(migrated.schemaVersion()).isEqualTo(Migrations.standard().latestVersion()).isGreaterThanOrEqualTo(5);
            List<String> tables = migrated.read(SearchTablesMigrationTest::tables);
            assertThat(tables).noneMatch(t -> t.contains("_search"))
                    .contains("resource", "unit", "unit_note", "resource_note", "calendar_event");
            SqliteProgressRepository progress = new SqliteProgressRepository(migrated);
            assertThat(progress.unitNote(1)).isEqualTo("quokka");
            assertThat(progress.resourceNote(1)).isEqualTo("wombat");
            SqliteResourceRepository resources = new SqliteResourceRepository(migrated);
            assertThat(TestSearch.find(resources, "quokka")).containsExactly(1L);
            assertThat(TestSearch.find(resources, "wombat kept ch")).containsExactly(1L);
            assertThat(migrated.integrityProblem()).isEmpty();
        }
        // the file a backup before the upgrade keeps is the old one, full-text tables and all
        try (var backups = Files.list(old.resolve("backups"))) {
            assertThat(backups.toList()).hasSize(1);
        }
    }

    private static List<String> tables(java.sql.Connection c) throws java.sql.SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
