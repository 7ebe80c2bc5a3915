package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.TestData;
import org.studypath.domain.Origin;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceSummary;

class StoreTest {
    @TempDir
    Path dir;
    Database database;
    SqliteResourceRepository resources;
    SqliteCatalogStore catalog;

    @BeforeEach
    void open() {
        database = Database.openIn(dir);
        resources = new SqliteResourceRepository(database);
        catalog = new SqliteCatalogStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String pragma(String name) {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void newDatabaseIsMigratedWithWalForeignKeysAndBusyTimeout() {
        assertThat(database.file()).isEqualTo(dir.resolve("studypath.db"));
        assertThat(database.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
        assertThat(pragma("journal_mode")).isEqualTo("wal");
        assertThat(pragma("foreign_keys")).isEqualTo("1");
        assertThat(Integer.parseInt(pragma("busy_timeout"))).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        catalog.sync(TestData.catalogV1());
        database.close();
        database = Database.openIn(dir);
        assertThat(new SqliteResourceRepository(database).summaries()).hasSize(3);
    }

    @Test
    void databaseFromANewerVersionIsRefusedNotDowngraded() {
        database.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version = 99");
            }
            return null;
        });
        database.close();
        assertThatThrownBy(() -> Database.openIn(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer StudyPath");
        database = Database.openIn(dir.resolve("other"));
    }

    @Test
    void aFailingMigrationRollsBackCompletely() throws Exception {
        Migrations broken = new Migrations(List.of("V001__catalog.sql", "V002__study_paths.sql", "V003__progress.sql",
                "V004__broken_test.sql"));
        Path file = dir.resolve("broken.db");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThatThrownBy(() -> broken.migrate(connection)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("V004__broken_test.sql");
            assertThat(Migrations.userVersion(connection)).isEqualTo(3);
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("table created before the failing statement").isZero();
            }
        }
    }

    @Test
    void catalogSyncStoresCategoriesResourcesAndUnitsInOrder() {
        catalog.sync(TestData.catalogV1());
        assertThat(catalog.installedVersion("test")).hasValue(1);
        assertThat(resources.categories()).extracting(c -> c.name().en()).containsExactly("Videos", "Books");
        List<ResourceSummary> summaries = resources.summaries();
        assertThat(summaries).extracting(ResourceSummary::title)
                .containsExactly("Calculus videos", "Linear algebra videos", "Deep learning book");
        ResourceSummary calc = summaries.get(0);
        assertThat(calc.unitCount()).isEqualTo(2);
        assertThat(calc.totalMinutes()).isEqualTo(45);
        assertThat(calc.estimated()).isTrue();
        Resource full = resources.find(calc.id()).orElseThrow();
        assertThat(full.units()).extracting(u -> u.title()).containsExactly("Limits", "Derivatives");
        assertThat(full.creators()).containsExactly("Author of Calculus videos");
        assertThat(full.note().zh()).isEqualTo("为什么");
    }

    @Test
    void hidingKeepsTheResourceAndCanBeUndone() {
        catalog.sync(TestData.catalogV1());
        long id = resources.summaries().get(0).id();
        resources.setHidden(id, true);
        assertThat(resources.summaries().get(0).hidden()).isTrue();
        assertThat(resources.find(id)).isPresent();
        resources.setHidden(id, false);
        assertThat(resources.summaries().get(0).hidden()).isFalse();
    }

    @Test
    void userResourcesAreSavedEditedAndDeletedWithTheirUnits() {
        catalog.sync(TestData.catalogV1());
        long category = resources.categories().get(1).id();
        long id = resources.save(TestData.draft(category, "My notes", 30, 45));
        Resource saved = resources.find(id).orElseThrow();
        assertThat(saved.origin()).isEqualTo(Origin.USER);
        assertThat(saved.units()).extracting(u -> u.minutes()).containsExactly(30, 45);
        assertThat(saved.estimated()).isFalse();

        // edit: rename, drop the first unit, change the second, add a third
        ResourceDraft edit = new ResourceDraft(id, category, "My better notes", List.of("Me", "You"), "", saved.type(),
                saved.unitKind(), false, "zh", saved.topics(), "changed", List.of(
                new ResourceDraft.UnitDraft(saved.units().get(1).id(), "Part 2 revised", 50, ""),
                new ResourceDraft.UnitDraft(0, "Part 3", 10, "https://example.org/3")));
        assertThat(resources.save(edit)).isEqualTo(id);
        Resource edited = resources.find(id).orElseThrow();
        assertThat(edited.title()).isEqualTo("My better notes");
        assertThat(edited.creators()).containsExactly("Me", "You");
        assertThat(edited.units()).extracting(u -> u.title()).containsExactly("Part 2 revised", "Part 3");
        assertThat(edited.units().get(0).id()).isEqualTo(saved.units().get(1).id());

        resources.delete(id);
        assertThat(resources.find(id)).isEmpty();
        assertThat(org.studypath.TestSearch.find(resources, "better")).isEmpty();
    }

    @Test
    void catalogResourcesCannotBeDeletedOrEdited() {
        catalog.sync(TestData.catalogV1());
        ResourceSummary first = resources.summaries().get(0);
        assertThatThrownBy(() -> resources.delete(first.id())).hasMessageContaining("only hidden");
        ResourceDraft hijack = new ResourceDraft(first.id(), first.categoryId(), "Hijacked", List.of(), "", first.type(),
                null, true, "en", first.topics(), "", List.of(new ResourceDraft.UnitDraft(0, "x", 5, "")));
        assertThatThrownBy(() -> resources.save(hijack)).hasMessageContaining("only hidden");
        assertThat(resources.find(first.id()).orElseThrow().title()).isEqualTo("Calculus videos");
    }

    @Test
    void aFailedSaveChangesNothing() {
        catalog.sync(TestData.catalogV1());
        long category = resources.categories().get(0).id();
        long id = resources.save(TestData.draft(category, "Mine", 30));
        Resource before = resources.find(id).orElseThrow();
        long foreignUnit = resources.find(resources.summaries().get(0).id()).orElseThrow().units().get(0).id();
        ResourceDraft bad = new ResourceDraft(id, category, "Renamed", List.of(), "", before.type(), before.unitKind(),
                true, "en", before.topics(), "", List.of(new ResourceDraft.UnitDraft(foreignUnit, "stolen", 5, "")));
        assertThatThrownBy(() -> resources.save(bad)).isInstanceOf(StoreException.class);
        assertThat(resources.find(id).orElseThrow()).isEqualTo(before);
    }

    @Test
    void invalidDraftsAreRefusedBeforeTouchingTheDatabase() {
        catalog.sync(TestData.catalogV1());
        long category = resources.categories().get(0).id();
        assertThatThrownBy(() -> resources.save(TestData.draft(category, "", 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThat(resources.summaries()).hasSize(3);
    }

    @Test
    void settingsRoundTrip() {
        SqliteSettingsRepository settings = new SqliteSettingsRepository(database);
        assertThat(settings.get("a")).isEmpty();
        settings.put("a", "1");
        settings.put("a", "2");
        assertThat(settings.get("a")).hasValue("2");
    }
}
