package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk transaction checks references once at the end, and leaves foreign keys enforced whatever happens. */
class BulkTransactionTest {
    @TempDir
    Path dir;
    Database database;

    @BeforeEach
    void open() {
        database = Database.openIn(dir);
        database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO category (catalog_key, name_en, name_zh, position) VALUES ('c', 'C', 'C', 0)");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aTransactionInsideAnotherJoinsItAndTheOuterOneDecidesForBoth() {
        SqliteSettingsRepository settings = new SqliteSettingsRepository(database);
        assertThatThrownBy(() -> database.transaction(c -> {
            settings.put("first", "1"); // its own transaction, joined to the outer one
            settings.putAll(java.util.Map.of("second", "2"));
            throw new IllegalStateException("something later fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(settings.get("first")).as("rolled back with the outer transaction").isEmpty();
        assertThat(settings.get("second")).isEmpty();

        database.transaction(c -> {
            settings.put("first", "1");
            settings.put("second", "2");
            return null;
        });
        assertThat(settings.get("first")).contains("1");
        assertThat(settings.get("second")).contains("2");
        settings.put("third", "3");
        assertThat(settings.get("third")).as("on its own again afterwards").contains("3");
    }

    @Test
    void aRowPointingAtNothingRollsEverythingBackAndSaysWhichTable() {
        assertThatThrownBy(() -> database.bulkTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM category");
                s.executeUpdate("INSERT INTO category (catalog_key, name_en, name_zh, position) VALUES ('d', 'D', 'D', 0)");
                s.executeUpdate("INSERT INTO resource_creator (resource_id, position, name) VALUES (424242, 0, 'x')");
            }
            return null;
        })).isInstanceOf(StoreException.class)
                .hasMessageContaining("a row of resource_creator (row id ")
                .hasMessageContaining("points at a resource that is not there");

        assertThat(categories()).isEqualTo("c");
        assertThat(foreignKeysOn()).isTrue();
    }

    @Test
    void rowsMayComeBeforeTheRowsTheyPointAtAndForeignKeysAreOnAfterwards() {
        database.bulkTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO resource_creator (resource_id, position, name) VALUES (1, 0, 'x')");
                s.executeUpdate("INSERT INTO resource (id, origin, category_id, position, title, type, unit_kind, "
                        + "free, language, created_at, updated_at) SELECT 1, 'USER', id, 0, 'R', 'BOOK', 'CHAPTER', 1, "
                        + "'en', '2026-01-01', '2026-01-01' FROM category");
            }
            return null;
        });
        assertThat(foreignKeysOn()).isTrue();
        assertThatThrownBy(() -> database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM category");
            }
            return null;
        })).as("foreign keys are enforced again").isInstanceOf(StoreException.class);
    }

    private String categories() {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT group_concat(catalog_key) FROM category")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private boolean foreignKeysOn() {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        });
    }
}
