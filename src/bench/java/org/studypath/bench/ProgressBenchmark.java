package org.studypath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.app.ProgressService;
import org.studypath.app.Services;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.Statistics;
import org.studypath.domain.progress.UnitState;

/**
 * Targets (issue 4), on a data folder with a path of 1,000 resources / 20,000 units and two years of history
 * (about 7,300 finished units and as many time logs): a tick committed durably (WAL, synchronous=FULL) with p95 under
 * 5 ms; the statistics page (study history read from the database, then computed) under 100 ms.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgressBenchmark {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final int RESOURCES = 1_000;
    static final int UNITS_PER_RESOURCE = 20;
    static final int HISTORY_DAYS = 730;

    Path dir;
    Services services;
    ProgressService progress;
    long pathId;
    PlannedPath planned;
    ProgressService.StreakSettings streak;
    long tickUnit;
    boolean done;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("studypath-bench");
        services = Services.open(dir, Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        progress = services.progress();
        long category = services.catalog().snapshot().categories().get(0).id();
        Random random = new Random(7);
        List<Long> resources = new ArrayList<>();
        for (int r = 0; r < RESOURCES; r++) {
            List<ResourceDraft.UnitDraft> units = new ArrayList<>();
            for (int u = 0; u < UNITS_PER_RESOURCE; u++) {
                units.add(new ResourceDraft.UnitDraft(0, "Unit " + (u + 1), 3 + random.nextInt(10), ""));
            }
            resources.add(services.catalog().save(new ResourceDraft(0, category, "Resource " + r, List.of("Bench"), "",
                    ResourceType.BOOK, UnitKind.CHAPTER, true, "en", Set.of(Topic.CALCULUS), "", units)));
        }
        pathId = services.plans().create("Bench path", TODAY.minusDays(HISTORY_DAYS));
        services.plans().addResources(pathId, resources);
        services.plans().saveAvailability(pathId, Availability.typical(TODAY.minusDays(HISTORY_DAYS)));

        // two years of history, written in one go straight into the file: about ten units a day with their time
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + services.databaseFile())) {
            c.setAutoCommit(false);
            List<Long> unitIds = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT u.id FROM path_item i JOIN unit u ON u.resource_id = i.resource_id "
                    + "WHERE i.path_id = ? ORDER BY i.position, u.position")) {
                ps.setLong(1, pathId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        unitIds.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement state = c.prepareStatement("INSERT INTO unit_progress VALUES (?, 'DONE', ?, 'x')");
                 PreparedStatement log = c.prepareStatement("INSERT INTO time_log (unit_id, day, minutes, created_at) VALUES (?, ?, ?, 'x')")) {
                int next = 0;
                for (int d = HISTORY_DAYS; d > 0; d--) {
                    String day = TODAY.minusDays(d).toString();
                    for (int k = 0; k < 10; k++, next++) {
                        state.setLong(1, unitIds.get(next));
                        state.setString(2, day);
                        state.addBatch();
                        log.setLong(1, unitIds.get(next));
                        log.setString(2, day);
                        log.setInt(3, 5 + random.nextInt(20));
                        log.addBatch();
                    }
                }
                state.executeBatch();
                log.executeBatch();
            }
            c.commit();
            tickUnit = unitIds.get(unitIds.size() - 1);
        }
        planned = services.plans().planned(pathId).orElseThrow();
        streak = new ProgressService.StreakSettings(true, 300);
        System.out.println("bench data: " + planned.path().items().size() + " resources, "
                + planned.path().items().stream().mapToInt(i -> i.units().size()).sum() + " units, "
                + planned.progress().doneMinutes() + " of " + planned.progress().totalMinutes() + " planned minutes done");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        services.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One tick (or untick), committed: what happens between the click and the checkbox showing it. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public Object tickCommitted() {
        done = !done;
        return progress.setStates(List.of(done ? new UnitState(tickUnit, UnitStatus.DONE, TODAY) : UnitState.notStarted(tickUnit)));
    }

    /** The statistics page: the study history read from the database and every chart computed. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public Statistics statistics() {
        return progress.statistics(planned, streak);
    }

    /** Reloading the path after a tick: units with progress read, the plan, the standing and the projection. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public PlannedPath reloadPath() {
        return services.plans().planned(pathId).orElseThrow();
    }
}
