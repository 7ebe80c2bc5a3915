package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.TestData;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.PaceEstimate;
import org.studypath.domain.progress.UnitState;

class ProgressStoreTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    @TempDir
    Path dir;
    Database database;
    SqliteProgressRepository progress;
    SqlitePathRepository paths;
    SqliteResourceRepository resources;
    long calc;
    long dl;
    List<Long> calcUnits;
    List<Long> dlUnits;

    @BeforeEach
    void open() {
        database = Database.openIn(dir);
        new SqliteCatalogStore(database).sync(TestData.catalogV1());
        progress = new SqliteProgressRepository(database);
        paths = new SqlitePathRepository(database);
        resources = new SqliteResourceRepository(database);
        List<Long> ids = resources.summaries().stream().map(ResourceSummary::id).toList();
        calc = ids.get(0);
        dl = ids.get(2);
        calcUnits = resources.find(calc).orElseThrow().units().stream().map(u -> u.id()).toList();
        dlUnits = resources.find(dl).orElseThrow().units().stream().map(u -> u.id()).toList();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void statesAreStoredReturnedBeforeAndReadWithThePath() {
        long path = paths.create("P", Availability.typical(DAY), List.of(calc, dl));
        List<UnitState> before = progress.setStates(List.of(new UnitState(calcUnits.get(0), UnitStatus.DONE, DAY),
                new UnitState(dlUnits.get(1), UnitStatus.SKIPPED, DAY.plusDays(1))));
        assertThat(before).containsExactly(UnitState.notStarted(calcUnits.get(0)), UnitState.notStarted(dlUnits.get(1)));
        List<UnitState> second = progress.setStates(List.of(new UnitState(calcUnits.get(0), UnitStatus.IN_PROGRESS, DAY)));
        assertThat(second).containsExactly(new UnitState(calcUnits.get(0), UnitStatus.DONE, DAY));
        progress.setStates(second); // undo

        List<PlanItem> items = paths.find(path).orElseThrow().items();
        PlanItem.PlanUnit limits = items.get(0).units().get(0);
        assertThat(limits.status()).isEqualTo(UnitStatus.DONE);
        assertThat(limits.statusDate()).isEqualTo(DAY);
        assertThat(items.get(1).units().get(1).status()).isEqualTo(UnitStatus.SKIPPED);
        assertThat(items.get(1).units().get(0).status()).isEqualTo(UnitStatus.NOT_STARTED);
        assertThat(items.get(0).category().name().en()).isEqualTo("Videos");

        progress.setStates(List.of(UnitState.notStarted(calcUnits.get(0))));
        assertThat(progress.states(List.of(calcUnits.get(0)))).containsExactly(UnitState.notStarted(calcUnits.get(0)));
    }

    @Test
    void aChangeNamingAMissingUnitChangesNothing() {
        assertThatThrownBy(() -> progress.setStates(List.of(new UnitState(calcUnits.get(0), UnitStatus.DONE, DAY),
                new UnitState(999_999, UnitStatus.DONE, DAY)))).isInstanceOf(StoreException.class)
                .hasMessageContaining("999999");
        assertThat(progress.states(List.of(calcUnits.get(0)))).containsExactly(UnitState.notStarted(calcUnits.get(0)));
    }

    @Test
    void timeLogsAddUpPerUnitAndFeedActivityAndPace() {
        long path = paths.create("P", Availability.typical(DAY), List.of(calc, dl));
        long first = progress.logTime(dlUnits.get(0), DAY, 45);
        progress.logTime(dlUnits.get(0), DAY.plusDays(1), 30);
        assertThat(progress.logs(dlUnits.get(0))).extracting(l -> l.minutes()).containsExactly(30, 45);
        assertThat(paths.find(path).orElseThrow().items().get(1).units().get(0).loggedMinutes()).isEqualTo(75);
        assertThatThrownBy(() -> progress.logTime(dlUnits.get(0), DAY, 0)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> progress.logTime(dlUnits.get(0), DAY, 24 * 60 + 1)).isInstanceOf(StoreException.class);

        // finished units: one with logged time (its logs count), one without (its estimate counts on its day)
        progress.setStates(List.of(new UnitState(dlUnits.get(0), UnitStatus.DONE, DAY.plusDays(1)),
                new UnitState(calcUnits.get(1), UnitStatus.DONE, DAY.plusDays(1))));
        assertThat(progress.dailyActivity()).containsEntry(DAY, 45).containsEntry(DAY.plusDays(1), 30 + 25).hasSize(2);
        assertThat(progress.actuals()).containsExactly(new PaceEstimate.UnitActual(ResourceType.BOOK, 60, 75));

        progress.deleteLog(first);
        assertThat(progress.logs(dlUnits.get(0))).extracting(l -> l.minutes()).containsExactly(30);
    }

    @Test
    void notesAreKeptAndFoundBySearch() {
        progress.saveUnitNote(dlUnits.get(1), "Eigen decomposition finally clicked — 特征值");
        progress.saveResourceNote(calc, "Watch again before the exam");
        assertThat(progress.unitNote(dlUnits.get(1))).startsWith("Eigen decomposition");
        assertThat(progress.resourceNote(calc)).isEqualTo("Watch again before the exam");
        assertThat(resources.search("decomposition")).containsExactly(dl);
        assertThat(resources.search("特征值")).containsExactly(dl);
        assertThat(resources.search("exam")).containsExactly(calc);
        progress.saveUnitNote(dlUnits.get(1), "  ");
        assertThat(progress.unitNote(dlUnits.get(1))).isEmpty();
        assertThat(resources.search("decomposition")).isEmpty();
        assertThatThrownBy(() -> progress.saveResourceNote(calc, "x".repeat(SqliteProgressRepository.MAX_NOTE_LENGTH + 1)))
                .isInstanceOf(StoreException.class).hasMessageContaining("Nothing was saved");
        assertThat(progress.resourceNote(calc)).isEqualTo("Watch again before the exam");
        assertThatThrownBy(() -> progress.saveUnitNote(123_456, "lost?")).isInstanceOf(StoreException.class)
                .hasMessageContaining("no longer exists");
    }

    @Test
    void notesStaySearchableWhenTheCatalogIsUpdated() {
        progress.saveUnitNote(dlUnits.get(0), "Revisit the notation chapter");
        new SqliteCatalogStore(database).sync(TestData.catalogV2());
        assertThat(resources.search("notation")).containsExactly(dl);
    }

    @Test
    void aDeletedLogComesBackWithItsOwnId() {
        long id = progress.logTime(dlUnits.get(0), DAY, 30);
        org.studypath.domain.progress.TimeLog log = progress.logs(dlUnits.get(0)).get(0);
        progress.deleteLog(id);
        progress.restoreLog(log);
        assertThat(progress.logs(dlUnits.get(0))).containsExactly(log);
    }

    @Test
    void aTickSurvivesTheProcessBeingKilledRightAfterItReturns() throws Exception {
        database.close();
        Path data = dir.resolve("killed");
        try (Database setup = Database.openIn(data)) {
            new SqliteCatalogStore(setup).sync(TestData.catalogV1());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                TickThenWait.class.getName(), data.toString()).redirectErrorStream(true).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream())).readLine();
        assertThat(line).as("child output").startsWith("ticked ");
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long unitId = Long.parseLong(line.substring("ticked ".length()).strip());
        database = Database.openIn(data);
        assertThat(new SqliteProgressRepository(database).states(List.of(unitId)))
                .containsExactly(new UnitState(unitId, UnitStatus.DONE, DAY));
    }

    /** Run in a child JVM: ticks a unit, says so, then waits to be killed. */
    public static final class TickThenWait {
        public static void main(String[] args) throws Exception {
            Database database = Database.openIn(Path.of(args[0]));
            long unitId = new SqliteResourceRepository(database).summaries().get(0).id();
            unitId = new SqliteResourceRepository(database).find(unitId).orElseThrow().units().get(0).id();
            new SqliteProgressRepository(database).setStates(List.of(new UnitState(unitId, UnitStatus.DONE, DAY)));
            System.out.println("ticked " + unitId);
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
