package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.TestData;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.StudyPathPlan;

class PathStoreTest {
    static final LocalDate START = LocalDate.of(2026, 12, 1);
    @TempDir
    Path dir;
    Database database;
    SqlitePathRepository paths;
    SqliteResourceRepository resources;
    List<Long> ids;

    @BeforeEach
    void open() {
        database = Database.openIn(dir);
        new SqliteCatalogStore(database).sync(TestData.catalogV1());
        paths = new SqlitePathRepository(database);
        resources = new SqliteResourceRepository(database);
        ids = resources.summaries().stream().map(ResourceSummary::id).toList();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void createAddReorderAndReadBack() {
        long path = paths.create("Plan A", Availability.typical(START), List.of());
        assertThat(paths.addResources(path, List.of(ids.get(2), ids.get(0), ids.get(2)))).isEqualTo(2);
        assertThat(paths.find(path).orElseThrow().items()).extracting(PlanItem::resourceId).containsExactly(ids.get(2), ids.get(0));
        paths.reorder(path, List.of(ids.get(0), ids.get(2)));
        StudyPathPlan plan = paths.find(path).orElseThrow();
        assertThat(plan.items()).extracting(PlanItem::resourceId).containsExactly(ids.get(0), ids.get(2));
        assertThat(plan.items().get(0).units()).hasSize(2).allMatch(PlanItem.PlanUnit::included);
        assertThat(plan.availability()).isEqualTo(Availability.typical(START));
        assertThat(paths.paths()).singleElement().satisfies(p -> assertThat(p.resourceCount()).isEqualTo(2));
    }

    @Test
    void reorderMustNameExactlyThePathsResources() {
        long path = paths.create("P", Availability.typical(START), List.of());
        paths.addResources(path, List.of(ids.get(0), ids.get(1)));
        assertThatThrownBy(() -> paths.reorder(path, List.of(ids.get(0)))).isInstanceOf(StoreException.class);
        assertThat(paths.find(path).orElseThrow().items()).extracting(PlanItem::resourceId).containsExactly(ids.get(0), ids.get(1));
    }

    @Test
    void unitsCanBeLeftOutAndIncludedAgain() {
        long path = paths.create("P", Availability.typical(START), List.of());
        paths.addResources(path, List.of(ids.get(0)));
        long unit = paths.find(path).orElseThrow().items().get(0).units().get(1).unitId();
        paths.setUnitIncluded(path, ids.get(0), unit, false);
        assertThat(paths.find(path).orElseThrow().items().get(0).units()).extracting(PlanItem.PlanUnit::included).containsExactly(true, false);
        paths.setUnitIncluded(path, ids.get(0), unit, true);
        assertThat(paths.find(path).orElseThrow().items().get(0).units()).allMatch(PlanItem.PlanUnit::included);
    }

    @Test
    void aPathCanBeCreatedWithItsResourcesAtOnce() {
        long path = paths.create("Ready-made", Availability.typical(START), List.of(ids.get(1), ids.get(0)));
        assertThat(paths.find(path).orElseThrow().items()).extracting(PlanItem::resourceId).containsExactly(ids.get(1), ids.get(0));
        assertThatThrownBy(() -> paths.create("ready-made", Availability.typical(START), List.of(ids.get(2))))
                .hasMessageContaining("already a path");
        assertThat(paths.paths()).hasSize(1);
    }

    @Test
    void excludedUnitsAreReplacedInOneGo() {
        long path = paths.create("P", Availability.typical(START), List.of(ids.get(0), ids.get(2)));
        List<PlanItem.PlanUnit> units = paths.find(path).orElseThrow().items().get(0).units();
        long foreign = paths.find(path).orElseThrow().items().get(1).units().get(0).unitId();
        paths.setExcludedUnits(path, ids.get(0), Set.of(units.get(1).unitId(), foreign));
        assertThat(paths.find(path).orElseThrow().items().get(0).units()).extracting(PlanItem.PlanUnit::included)
                .containsExactly(true, false);
        assertThat(paths.find(path).orElseThrow().items().get(1).units()).as("another resource's unit is ignored")
                .allMatch(PlanItem.PlanUnit::included);
        paths.setExcludedUnits(path, ids.get(0), Set.of());
        assertThat(paths.find(path).orElseThrow().items().get(0).units()).allMatch(PlanItem.PlanUnit::included);
        assertThatThrownBy(() -> paths.setExcludedUnits(path, ids.get(1), Set.of())).isInstanceOf(StoreException.class);
    }

    @Test
    void availabilityPaceAndPrerequisitesPersist() {
        long path = paths.create("P", Availability.typical(START), List.of());
        paths.addResources(path, List.of(ids.get(0), ids.get(2)));
        Availability edited = Availability.typical(START).withMinutes(DayOfWeek.SUNDAY, 90).withTarget(START.plusMonths(3));
        Availability changed = new Availability(edited.minutesPerWeekday(), START, edited.target(), Set.of(START.plusDays(3)));
        paths.saveAvailability(path, changed);
        paths.setPaceOverride(path, ids.get(2), 2.0);
        paths.setPrerequisites(ids.get(2), Set.of(ids.get(0)));
        paths.savePaceFactors(PaceFactors.neutral().with(ResourceType.BOOK, 1.5));
        StudyPathPlan plan = paths.find(path).orElseThrow();
        assertThat(plan.availability()).isEqualTo(changed);
        assertThat(plan.items().get(1).paceOverride()).isEqualTo(2.0);
        assertThat(plan.items().get(1).prerequisites()).containsExactly(ids.get(0));
        assertThat(paths.paceFactors().factorFor(ResourceType.BOOK, null)).isEqualTo(1.5);
        assertThatThrownBy(() -> paths.saveAvailability(path, changed.withTarget(START.minusDays(1))))
                .hasMessageContaining("before the start");
    }

    @Test
    void renameDuplicateAndDeleteWithUniqueNames() {
        long a = paths.create("Plan", Availability.typical(START), List.of());
        paths.addResources(a, List.of(ids.get(0)));
        long unit = paths.find(a).orElseThrow().items().get(0).units().get(0).unitId();
        paths.setUnitIncluded(a, ids.get(0), unit, false);
        assertThatThrownBy(() -> paths.create("PLAN", Availability.typical(START), List.of())).hasMessageContaining("already a path");
        assertThatThrownBy(() -> paths.rename(a, "  ")).hasMessageContaining("name");
        long b = paths.duplicate(a, "Plan copy");
        StudyPathPlan copy = paths.find(b).orElseThrow();
        assertThat(copy.items()).hasSize(1);
        assertThat(copy.items().get(0).units().get(0).included()).isFalse();
        paths.rename(a, "Renamed");
        paths.delete(b);
        assertThat(paths.paths()).extracting(p -> p.name()).containsExactly("Renamed");
    }

    @Test
    void deletingAUserResourceRemovesItFromPaths() {
        long mine = resources.save(TestData.draft(resources.categories().get(0).id(), "Mine", 10));
        long path = paths.create("P", Availability.typical(START), List.of());
        paths.addResources(path, List.of(mine, ids.get(0)));
        resources.delete(mine);
        assertThat(paths.find(path).orElseThrow().items()).extracting(PlanItem::resourceId).containsExactly(ids.get(0));
    }

    @Test
    void aVersionOneDatabaseMigratesForwardWithoutLoss() throws Exception {
        Path old = dir.resolve("old");
        java.nio.file.Files.createDirectories(old);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("studypath.db"))) {
            new Migrations(List.of("V001__catalog.sql")).migrate(connection);
            try (var s = connection.createStatement()) {
                s.execute("INSERT INTO category (catalog_key, name_en, name_zh, position) VALUES (NULL, 'Mine', '我的', 0)");
                s.execute("INSERT INTO resource (origin, category_id, position, title, type, unit_kind, free, language, created_at, updated_at) "
                        + "VALUES ('USER', 1, 0, 'Kept', 'BOOK', 'CHAPTER', 1, 'en', 'x', 'x')");
                s.execute("INSERT INTO setting (key, value) VALUES ('k', 'v')");
            }
        }
        try (Database migrated = Database.openIn(old)) {
            assertThat(migrated.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
            assertThat(new SqliteResourceRepository(migrated).summaries()).extracting(ResourceSummary::title).containsExactly("Kept");
            assertThat(new SqliteSettingsRepository(migrated).get("k")).hasValue("v");
            assertThat(new SqlitePathRepository(migrated).paths()).isEmpty();
        }
    }

    @Test
    void aVersionTwoDatabaseWithAPathMigratesToProgressWithoutLoss() throws Exception {
        Path old = dir.resolve("v2");
        java.nio.file.Files.createDirectories(old);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("studypath.db"))) {
            new Migrations(List.of("V001__catalog.sql", "V002__study_paths.sql")).migrate(connection);
            try (var s = connection.createStatement()) {
                s.execute("INSERT INTO category (catalog_key, name_en, name_zh, position) VALUES (NULL, 'Mine', '我的', 0)");
                s.execute("INSERT INTO resource (origin, category_id, position, title, type, unit_kind, free, language, created_at, updated_at) "
                        + "VALUES ('USER', 1, 0, 'Kept', 'BOOK', 'CHAPTER', 1, 'en', 'x', 'x')");
                s.execute("INSERT INTO unit (resource_id, position, title, minutes, estimated) VALUES (1, 0, 'Ch 1', 30, 0)");
                s.execute("INSERT INTO study_path (name, start_date, created_at, updated_at) VALUES ('Old path', '2026-11-02', 'x', 'x')");
                s.execute("INSERT INTO path_item (path_id, resource_id, position) VALUES (1, 1, 0)");
            }
        }
        try (Database migrated = Database.openIn(old)) {
            assertThat(migrated.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
            StudyPathPlan plan = new SqlitePathRepository(migrated).find(1).orElseThrow();
            assertThat(plan.name()).isEqualTo("Old path");
            assertThat(plan.items()).singleElement().satisfies(item -> {
                assertThat(item.title()).isEqualTo("Kept");
                assertThat(item.units()).singleElement().satisfies(u -> {
                    assertThat(u.status()).isEqualTo(org.studypath.domain.plan.UnitStatus.NOT_STARTED);
                    assertThat(u.loggedMinutes()).isZero();
                });
            });
        }
    }
}
