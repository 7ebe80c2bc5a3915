package org.studypath.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.studypath.app.Services;
import org.studypath.app.WorkProgress;

/**
 * Target (issue 5): restoring a backup of 100,000 resources (and 500,000 units) under 5 s, checked and inserted in one
 * transaction (the search index is built in memory when the catalog is next read, not here). Runs with a 128 MB
 * heap, smaller than the backup file: it passes only streamed.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx128m")
public class RestoreBenchmark {
    Path dir;
    Path backup;
    Services target;

    @Setup(Level.Trial)
    public void write() throws Exception {
        dir = Files.createTempDirectory("studypath-bench-restore");
        backup = dir.resolve("backup.json");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(backup))) {
            ExchangeBenchmark.writeBackup(out);
        }
        target = Services.open(dir.resolve("data"), ExchangeBenchmark.CLOCK);
        System.out.printf("backup: %,d bytes, %,d resources%n", Files.size(backup), ExchangeBenchmark.BACKUP_RESOURCES);
    }

    @TearDown(Level.Trial)
    public void delete() throws Exception {
        target.close();
        ExchangeBenchmark.delete(dir);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public void restore100kResources() throws Exception {
        target.exchange().restore(backup, WorkProgress.NONE);
    }
}
