package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.TestData;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PlanItem;

/** The row helpers of a study path, {@link PathItemRows} and {@link PathAvailabilityRows}, on their own connection. */
class PathRowsTest {
    static final LocalDate START = LocalDate.of(2026, 12, 1);
    @TempDir
    Path dir;
    Database database;
    long path;
    List<Long> ids;

    @BeforeEach
    void open() {
        database = Database.openIn(dir);
        new SqliteCatalogStore(database).sync(TestData.catalogV1());
        ids = new SqliteResourceRepository(database).summaries().stream().map(ResourceSummary::id).toList();
        path = new SqlitePathRepository(database).create("P", Availability.typical(START), List.of());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void appendCountsOnlyNewResourcesAndKeepsTheirOrder() {
        int added = database.transaction(c -> PathItemRows.append(c, path, List.of(ids.get(1), ids.get(0), ids.get(1))));
        assertThat(added).isEqualTo(2);
        int again = database.transaction(c -> PathItemRows.append(c, path, List.of(ids.get(0))));
        assertThat(again).isZero();
        assertThat(items()).extracting(PlanItem::resourceId).containsExactly(ids.get(1), ids.get(0));
    }

    @Test
    void copyGivesAnotherPathTheSameItemsPaceAndExcludedUnits() {
        database.transaction(c -> {
            PathItemRows.append(c, path, List.of(ids.get(0), ids.get(1)));
            PathItemRows.setPaceOverride(c, path, ids.get(1), 1.5);
            return null;
        });
        long unit = items().get(0).units().get(0).unitId();
        long other = new SqlitePathRepository(database).create("Q", Availability.typical(START), List.of());
        database.transaction(c -> {
            PathItemRows.setUnitIncluded(c, path, ids.get(0), unit, false);
            PathItemRows.copy(c, path, other);
            return null;
        });
        List<PlanItem> copied = database.read(c -> PathItemRows.items(c, other));
        assertThat(copied).isEqualTo(items());
        assertThat(copied.get(1).paceOverride()).isEqualTo(1.5);
        assertThat(copied.get(0).units().get(0).included()).isFalse();
    }

    @Test
    void reorderRefusesAListThatIsNotExactlyThePathsResources() {
        database.transaction(c -> PathItemRows.append(c, path, List.of(ids.get(0), ids.get(1))));
        assertThatThrownBy(() -> database.transaction(c -> {
            PathItemRows.reorder(c, path, List.of(ids.get(0), ids.get(0)));
            return null;
        })).isInstanceOf(StoreException.class);
        database.transaction(c -> {
            PathItemRows.reorder(c, path, List.of(ids.get(1), ids.get(0)));
            return null;
        });
        assertThat(items()).extracting(PlanItem::resourceId).containsExactly(ids.get(1), ids.get(0));
        database.transaction(c -> {
            PathItemRows.remove(c, path, ids.get(1));
            return null;
        });
        assertThat(items()).extracting(PlanItem::resourceId).containsExactly(ids.get(0));
    }

    @Test
    void excludedUnitsOfAnotherResourceArePassedOver() {
        database.transaction(c -> PathItemRows.append(c, path, List.of(ids.get(0))));
        long own = items().get(0).units().get(1).unitId();
        database.transaction(c -> PathItemRows.append(c, path, List.of(ids.get(1))));
        long foreign = items().get(1).units().get(0).unitId();
        database.transaction(c -> {
            PathItemRows.setExcludedUnits(c, path, ids.get(0), Set.of(own, foreign));
            return null;
        });
        assertThat(items().get(0).units()).extracting(PlanItem.PlanUnit::included).containsExactly(true, false);
        assertThat(items().get(1).units()).allMatch(PlanItem.PlanUnit::included);
        assertThatThrownBy(() -> database.transaction(c -> {
            PathItemRows.setExcludedUnits(c, path, ids.get(2), Set.of());
            return null;
        })).isInstanceOf(StoreException.class);
    }

    @Test
    void availabilityIsWrittenAndReadBackWithItsDaysOff() {
        Availability changed = Availability.typical(START).withTarget(START.plusMonths(2)).withMinutes(DayOfWeek.SUNDAY, 45);
        changed = new Availability(changed.minutesPerWeekday(), changed.start(), changed.target(),
                Set.of(START.plusDays(3), START.plusDays(4)));
        Availability written = changed;
        database.transaction(c -> {
            PathAvailabilityRows.write(c, path, written);
            return null;
        });
        PathAvailabilityRows.Header header = database.read(c -> PathAvailabilityRows.read(c, path)).orElseThrow();
        assertThat(header.name()).isEqualTo("P");
        assertThat(header.availability()).isEqualTo(written);
    }

    @Test
    void aMissingPathHasNoAvailabilityAndCannotBeGivenOne() {
        Optional<PathAvailabilityRows.Header> missing = database.read(c -> PathAvailabilityRows.read(c, path + 99));
        assertThat(missing).isEmpty();
        assertThatThrownBy(() -> database.transaction(c -> {
            PathAvailabilityRows.write(c, path + 99, Availability.typical(START));
            return null;
        })).isInstanceOf(StoreException.class);
    }

    private List<PlanItem> items() {
        return database.read(c -> PathItemRows.items(c, path));
    }
}
