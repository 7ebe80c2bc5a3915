package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.TestData;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.Unit;
import org.studypath.store.Database;
import org.studypath.store.SqliteCatalogStore;
import org.studypath.store.SqliteResourceRepository;

/** A newer catalog updates catalog rows on the next start without touching what the user made or hid. */
class CatalogUpgradeTest {
    @TempDir
    Path dir;
    Database database;
    CatalogSeeder seeder;
    SqliteResourceRepository resources;

    @BeforeEach
    void open() {
        database = Database.openIn(dir);
        seeder = new CatalogSeeder(new SqliteCatalogStore(database));
        resources = new SqliteResourceRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Map<String, ResourceSummary> byTitle() {
        return resources.summaries().stream().collect(Collectors.toMap(ResourceSummary::title, r -> r));
    }

    @Test
    void upgradeUpdatesCatalogRowsAndKeepsUserData() {
        assertThat(seeder.seed(TestData.catalogV1())).isTrue();
        Map<String, ResourceSummary> v1 = byTitle();
        long calcId = v1.get("Calculus videos").id();
        long limitsUnitId = resources.find(calcId).orElseThrow().units().get(0).id();
        long dlId = v1.get("Deep learning book").id();
        resources.setHidden(dlId, true);
        resources.setHidden(calcId, true);
        long mine = resources.save(TestData.draft(v1.get("Calculus videos").categoryId(), "My own notes", 25));

        assertThat(seeder.seed(TestData.catalogV2())).isTrue();

        Map<String, ResourceSummary> v2 = byTitle();
        assertThat(v2).containsOnlyKeys("Essence of calculus", "Statistics videos", "Deep learning book", "My own notes");
        // same row, new title and units; the user's choice to hide it survives
        Resource calc = resources.find(calcId).orElseThrow();
        assertThat(calc.title()).isEqualTo("Essence of calculus");
        assertThat(calc.hidden()).isTrue();
        assertThat(calc.units()).extracting(Unit::title).containsExactly("Limits", "Integrals");
        assertThat(calc.units().get(0).id()).as("unit kept its id, so plans and ticks stay attached").isEqualTo(limitsUnitId);
        assertThat(calc.units().get(0).minutes()).isEqualTo(22);
        assertThat(resources.find(dlId).orElseThrow().hidden()).isTrue();
        // the user's own resource is untouched
        Resource own = resources.find(mine).orElseThrow();
        assertThat(own.title()).isEqualTo("My own notes");
        assertThat(own.units()).extracting(Unit::minutes).containsExactly(25);
        // categories renamed in place
        assertThat(resources.categories()).extracting(c -> c.name().en()).containsExactly("Video series", "Books");
        // search follows the new catalog
        assertThat(org.studypath.TestSearch.find(resources, "Integrals")).containsExactly(calcId);
        assertThat(org.studypath.TestSearch.find(resources, "Linear algebra videos")).isEmpty();
    }

    @Test
    void sameOrOlderCatalogVersionIsNotReloaded() {
        assertThat(seeder.seed(TestData.catalogV2())).isTrue();
        long id = resources.summaries().get(0).id();
        resources.setHidden(id, true);
        assertThat(seeder.seed(TestData.catalogV2())).isFalse();
        assertThat(seeder.seed(TestData.catalogV1())).isFalse();
        assertThat(resources.summaries()).extracting(ResourceSummary::title).contains("Statistics videos");
    }

    @Test
    void droppedResourceComesBackWhenACatalogRestoresIt() {
        seeder.seed(TestData.catalogV1());
        long linalg = byTitle().get("Linear algebra videos").id();
        seeder.seed(TestData.catalogV2());
        assertThat(resources.find(linalg)).isEmpty();
        seeder.seed(new org.studypath.domain.catalog.CatalogData("test", 3, TestData.catalogV1().categories()));
        assertThat(resources.find(linalg)).isPresent();
    }

    @Test
    void bundledCatalogSeedsOnceWithTwelveResources() {
        assertThat(seeder.seedBundled()).isEqualTo(1);
        assertThat(seeder.seedBundled()).isZero();
        List<ResourceSummary> all = resources.summaries();
        assertThat(all).hasSize(12);
        assertThat(all.get(0).title()).isEqualTo("Essence of calculus");
        assertThat(all.get(0).unitCount()).isEqualTo(12);
        assertThat(resources.categories()).hasSize(3);
    }
}
