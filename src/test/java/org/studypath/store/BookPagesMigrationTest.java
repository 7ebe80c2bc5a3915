package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.Unit;

/** Schema 8 (V008): a learner's units and resources from before keep everything, with no first page and no PDF. */
class BookPagesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void unitsFromBeforeKeepEverythingAndHaveNoFirstPage() throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME))) {
            new Migrations(List.of("V001__catalog.sql", "V002__study_paths.sql", "V003__progress.sql",
                    "V004__calendar_ledger.sql", "V005__no_search_tables.sql")).migrate(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("INSERT INTO category (catalog_key, name_en, name_zh, position) VALUES (NULL, 'Mine', '我的', 0)");
                s.execute("INSERT INTO resource (origin, category_id, position, title, type, unit_kind, free, language, "
                        + "created_at, updated_at) VALUES ('USER', 1, 0, 'Kept', 'BOOK', 'CHAPTER', 1, 'en', 'x', 'x')");
                s.execute("INSERT INTO unit (resource_id, position, title, minutes, estimated) VALUES (1, 0, 'Ch 1', 30, 0)");
            }
        }
        try (Database migrated = Database.openIn(dir)) {
            assertThat(migrated.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
            SqliteResourceRepository resources = new SqliteResourceRepository(migrated);
            assertThat(resources.find(1).orElseThrow().units()).containsExactly(new Unit(1, 0, "Ch 1", 30, false, "", null));
            assertThat(resources.localFile(1)).isEmpty();
            // the columns' rules: a first page is 1 or more, a file is never an empty text
            for (String bad : List.of("UPDATE unit SET first_page = 0", "UPDATE resource SET local_file = ''")) {
                try {
                    migrated.transaction(c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute(bad);
                        }
                        return null;
                    });
                    throw new AssertionError("accepted: " + bad);
                } catch (RuntimeException e) {
                    assertThat(e).isNotInstanceOf(AssertionError.class);
                }
            }
        }
    }
}
