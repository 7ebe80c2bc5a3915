package org.studypath.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.studypath.app.ExchangeService;
import org.studypath.app.ExportFormat;
import org.studypath.app.Services;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.plan.Availability;
import org.studypath.exchange.backup.BackupJsonWriter;

/**
 * Targets (issue 5): each export of a 20,000-session plan under 1 s; restoring a backup of 100,000 resources under
 * 5 s; memory flat. Both run with a 128 MB heap, smaller than the backup file, so they pass only when streamed.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx128m")
public class ExchangeBenchmark {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final int RESOURCES = 1_000;
    static final int UNITS_PER_RESOURCE = 20;
    static final int BACKUP_RESOURCES = 100_000;
    static final int BACKUP_UNITS_PER_RESOURCE = 5;

    @Param({"ics", "csv", "md", "html", "pdf", "json"})
    public String format;

    Path dir;
    Services services;
    long pathId;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("studypath-bench");
        services = Services.open(dir.resolve("data"), CLOCK);
        long category = services.catalog().snapshot().categories().get(0).id();
        Random random = new Random(7);
        List<Long> resources = new ArrayList<>();
        for (int r = 0; r < RESOURCES; r++) {
            List<ResourceDraft.UnitDraft> units = new ArrayList<>();
            for (int u = 0; u < UNITS_PER_RESOURCE; u++) {
                units.add(new ResourceDraft.UnitDraft(0, "Unit " + (u + 1) + " — 第" + (u + 1) + "章", 3 + random.nextInt(10), ""));
            }
            resources.add(services.catalog().save(new ResourceDraft(0, category, "Resource " + r, List.of("Bench"),
                    "https://example.org/r/" + r, ResourceType.BOOK, UnitKind.CHAPTER, true, "en", Set.of(Topic.CALCULUS), "",
                    units)));
        }
        pathId = services.plans().create("Bench path", TODAY);
        services.plans().addResources(pathId, resources);
        services.plans().saveAvailability(pathId, Availability.typical(TODAY));
        System.out.println("bench plan: " + services.exchange().report(pathId).sessions().size() + " sessions");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        services.close();
        delete(dir);
    }

    /** One export of the whole plan, report built from the database and written out. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 3)
    public long export() throws Exception {
        Counting out = new Counting();
        services.exchange().export(pathId, ExportFormat.parse(format).orElseThrow(),
                ExchangeService.ExportOptions.defaults(), out);
        return out.bytes;
    }

    static void writeBackup(OutputStream out) throws Exception {
        String now = Instant.parse("2026-12-01T09:00:00Z").toString();
        BackupJsonWriter writer = new BackupJsonWriter(out, "bench", Instant.parse("2026-12-01T09:00:00Z"));
        long unitId = 0;
        for (BackupFormat.Table table : BackupFormat.TABLES) {
            writer.startTable(table);
            switch (table.name()) {
                // categories only ever come from a catalog, so each has a key (RestoreInvariants)
                case "category" -> writer.row(new Object[] {1L, "bench", "Bench", "基准", 0L});
                case "resource" -> {
                    for (long r = 1; r <= BACKUP_RESOURCES; r++) {
                        writer.row(new Object[] {r, null, null, "USER", 1L, r, "Resource " + r, "资源 " + r,
                                "https://example.org/r/" + r, "BOOK", "CHAPTER", 1L, "en", "A note about resource " + r, "", "",
                                "", 0L, 0L, now, now});
                    }
                }
                case "resource_creator" -> {
                    for (long r = 1; r <= BACKUP_RESOURCES; r++) {
                        writer.row(new Object[] {r, 0L, "Author " + (r % 977)});
                    }
                }
                case "unit" -> {
                    for (long r = 1; r <= BACKUP_RESOURCES; r++) {
                        for (long u = 0; u < BACKUP_UNITS_PER_RESOURCE; u++) {
                            writer.row(new Object[] {++unitId, r, null, u, "Chapter " + (u + 1), 30L, 0L, "", 0L});
                        }
                    }
                }
                default -> { }
            }
            writer.endTable(table);
        }
        writer.close();
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Counts bytes and throws them away. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
