package org.studypath.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.studypath.app.Services;
import org.studypath.app.WorkProgress;

/**
 * The whole-application measurements that JMH cannot make, run by {@code mvn -Pbench verify} after the JMH
 * benchmarks (or alone: {@code -Djmh.skip -Dperf.include=startup,memory,repaint,search,import}). Each measurement runs in
 * child JVMs on the same display, so the parent's own warm JIT and heap never count:
 * <ul>
 *   <li>startup ({@link StartupPart}): spawn to the first window shown and laid out, and to the Today page's
 *   sessions, the packaged app and StudyPath's jar against a bare JavaFX window, alternating;</li>
 *   <li>memory ({@link MemoryPart}): the resident set (VmRSS) of StudyPath once started and idle, with the app's JVM
 *   options and with default flags, the packaged app too;</li>
 *   <li>repaint: a full window of controls drawn again at every frame, with JavaFX's region cache on and off
 *   ({@link RepaintProbe});</li>
 *   <li>search: per keystroke over 100,000 resources ({@link SearchLatency});</li>
 *   <li>import: the longest FX-thread stall while importing 100,000 resources ({@link ImportStall}).</li>
 * </ul>
 * How each kind of window is started is in {@link Launches}; the display in {@link Display}. Results go to the
 * console and to {@code target/perf-results.txt}. The class is over 300 lines because it prepares the data every part
 * uses, checks the packaged app's AOT cache and runs the three smaller parts itself.
 */
public final class PerfMain {
    static final double MB = 1024 * 1024;

    private final Path target;
    private final Path work;
    private final PrintWriter results;
    private final Display display;
    private final String fullClasspath;
    private final Path javaExe = Path.of(System.getProperty("java.home"), "bin", "java");
    private boolean failed;
    private String pipeline = "unknown";
    /** One line per target, printed again at the end. */
    private final List<String> summary = new ArrayList<>();

    private PerfMain(Path target, PrintWriter results, Display display) {
        this.target = target;
        this.work = target.resolve("perf");
        this.results = results;
        this.display = display;
        this.fullClasspath = System.getProperty("java.class.path");
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("perf.target", "target")).toAbsolutePath();
        Set<String> include = new LinkedHashSet<>(Arrays.asList(System.getProperty("perf.include",
                "startup,memory,repaint,search,import").split("\\s*,\\s*")));
        int runs = Integer.getInteger("perf.runs", 5);
        Files.createDirectories(target);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(target.resolve("perf-results.txt"), StandardCharsets.UTF_8));
             Display display = Display.start(System.getProperty("perf.display", "auto"))) {
            PerfMain main = new PerfMain(target, out, display);
            main.run(include, runs);
            if (main.failed) {
                System.exit(1);
            }
        }
    }

    private void run(Set<String> include, int runs) throws Exception {
        delete(work);
        Files.createDirectories(work);
        Path image = Path.of(System.getProperty("perf.image", target.resolve("dist/StudyPath").toString())).toAbsolutePath();
        Launches launches = new Launches(target, work, fullClasspath, System.getProperty("perf.appOptions"), image);
        say("StudyPath performance harness, " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19));
        say("machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
                + String.format(Locale.ROOT, "%.1f GB RAM", memTotalKb() / MB) + ", " + System.getProperty("os.name")
                + " " + System.getProperty("os.version") + "; " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        pipeline = prismPipeline(launches.bare);
        say("display: " + display.description() + "; prism pipeline: " + pipeline);
        say("StudyPath started from: " + launches.source + "; app image: "
                + (launches.packaged.isPresent() ? image + (launches.packagedWithoutCache.isPresent() ? ", with its AOT cache"
                : ", without an AOT cache") : "none at " + image) + "; load average at start: " + loadAverage());
        launches.packaged.ifPresent(this::checkAotCache);

        Path seed = work.resolve("seed-template");
        try (Services services = Services.open(seed)) {
            say("seed data folder: " + services.catalog().snapshot().resources().size() + " resources, opened once");
        }
        Path backup = work.resolve("backup-100k.json");
        Path big = work.resolve("data-100k-template");
        if (include.contains("memory") || include.contains("import")) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(backup))) {
                ExchangeBenchmark.writeBackup(out);
            }
        }
        if (include.contains("memory")) {
            restoreInto(seed, backup, big);
        }

        if (include.contains("startup")) {
            guard("startup", () -> new StartupPart(this, launches).run(seed, runs));
        }
        if (include.contains("memory")) {
            guard("memory", () -> new MemoryPart(this, launches).run(seed, big));
        }
        if (include.contains("repaint")) {
            guard("repaint", this::repaint);
        }
        if (include.contains("search")) {
            guard("search", () -> {
                Path searchBackup = work.resolve("search-100k.json");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(searchBackup))) {
                    SearchCatalog.writeBackup(out);
                }
                Path searchData = work.resolve("data-search");
                restoreInto(seed, searchBackup, searchData);
                child("search", List.of(), SearchLatency.class, List.of(searchData.toString()), 900);
            });
        }
        if (include.contains("import")) {
            guard("import", () -> {
                Path data = copy(seed, work.resolve("data-import"));
                child("import", List.of(), ImportStall.class, List.of(data.toString(), backup.toString()), 900);
            });
        }
        say("load average at the end: " + loadAverage());
        say("");
        say("== Summary: every target ==");
        summary.forEach(line -> say("- " + line));
    }

    // ---- what the parts share ----

    Display display() {
        return display;
    }

    /** A new data folder's path under the harness's work folder (not created). */
    Path newRunDir() {
        return work.resolve("run-" + System.nanoTime());
    }

    /** A line for the summary at the end. */
    void summary(String line) {
        summary.add(line);
    }

    void say(String line) {
        System.out.println(line);
        System.out.flush();
        results.println(line);
        results.flush();
    }

    // ---- repaint ----

    /** RepaintProbe with the region cache on and off, 3 alternating pairs: milliseconds per full-window frame. */
    private void repaint() throws Exception {
        say("");
        say("== Repaint: 150 controls in StudyPath's theme, the whole window drawn again at every frame, ms per frame "
                + "(500 frames after 100), JavaFX's region cache on (JavaFX's default) and off (StudyPath's) ==");
        say("load average: " + loadAverage());
        Map<String, List<Double>> perFrame = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            for (String off : i % 2 == 0 ? List.of("false", "true") : List.of("true", "false")) {
                try (ChildRun child = new ChildRun(command(List.of("-Djavafx.animation.fullspeed=true",
                        "-Dprism.disableRegionCaching=" + off), RepaintProbe.class, List.of()), display.env(), line -> { })) {
                    child.awaitMarker(RepaintProbe.RESULT, 120);
                    double ms = Double.parseDouble(child.markerLine(RepaintProbe.RESULT).substring(RepaintProbe.RESULT.length()).strip());
                    perFrame.computeIfAbsent(off, k -> new ArrayList<>()).add(ms);
                }
                Thread.sleep(300);
            }
        }
        double on = Fx.median(perFrame.get("false").stream().mapToDouble(Double::doubleValue).toArray());
        double off = Fx.median(perFrame.get("true").stream().mapToDouble(Double::doubleValue).toArray());
        say(String.format(Locale.ROOT, "  region cache on:  %s ms per frame (median %.2f)", perFrame.get("false"), on));
        say(String.format(Locale.ROOT, "  region cache off: %s ms per frame (median %.2f)", perFrame.get("true"), off));
        summary.add(String.format(Locale.ROOT, "repaint of a full window of controls (%s): %.2f ms per frame with the region "
                + "cache off, as StudyPath starts, %.2f ms with it on", pipeline, off, on));
    }

    // ---- children ----

    private void child(String name, List<String> flags, Class<?> main, List<String> args, int timeoutSeconds) throws Exception {
        say("");
        say("== " + name + " (" + main.getSimpleName() + ") ==");
        say("load average: " + loadAverage());
        try (ChildRun child = new ChildRun(command(flags, main, args), display.env(), line -> {
            if (line.startsWith("TARGET ")) {
                summary.add(line.substring(7));
            }
            say(line);
        })) {
            if (!child.process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new TimeoutException(name + " took over " + timeoutSeconds + " s:\n" + child.tail());
            }
            child.drain();
            if (child.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed (exit " + child.process.exitValue() + "):\n" + child.tail());
            }
        }
    }

    /** A child on the build's whole class path (the search, import and repaint probes). */
    private List<String> command(List<String> flags, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaExe.toString());
        command.addAll(display.flags());
        command.addAll(flags);
        command.addAll(List.of("-cp", fullClasspath, main.getName()));
        command.addAll(args);
        return command;
    }

    // ---- helpers ----

    /** Which Prism pipeline the children get on this display (one bare start with -Dprism.verbose). */
    private String prismPipeline(Launch bare) throws Exception {
        try (ChildRun child = new ChildRun(bare.command(display, List.of("-Dprism.verbose=true"), List.of()), display.env(),
                line -> { })) {
            child.awaitMarker(StartupProbe.LAID_OUT, 120);
            String line = child.lineContaining("Initialized prism pipeline");
            return line == null ? "unknown" : line.replaceAll(".*pipeline: ", "");
        }
    }

    /**
     * Whether the packaged app's JVM uses its AOT cache with the probe's jar appended to the class path: one start
     * with {@code -Xlog:aot}, its verdict on the AOT-linked classes and any class-path mismatch reported.
     */
    private void checkAotCache(Launch packaged) {
        if (packaged.options().stream().noneMatch(o -> o.startsWith("-XX:AOTCache="))) {
            return;
        }
        Path dir = newRunDir();
        try (ChildRun child = new ChildRun(packaged.command(display, List.of("-Xlog:aot"), List.of("--data-dir", dir.toString())),
                display.env(), line -> { })) {
            child.awaitMarker(StartupProbe.LAID_OUT, 120);
            Thread.sleep(500);
            String linked = child.lineContaining("Using AOT-linked classes");
            String mismatch = child.lineContaining("mismatch");
            say("AOT cache of the packaged app, with the probe's jar appended (one start with -Xlog:aot): "
                    + (linked == null ? "no “Using AOT-linked classes” line" : linked.replaceAll("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\]\\s*", ""))
                    + (mismatch == null ? "" : "; " + mismatch));
        } catch (Exception e) {
            say("AOT cache check failed: " + e);
        } finally {
            try {
                delete(dir);
            } catch (IOException e) {
                say("could not delete " + dir + ": " + e);
            }
        }
    }

    private void restoreInto(Path seed, Path backup, Path data) throws Exception {
        copy(seed, data);
        long start = System.nanoTime();
        try (Services services = Services.open(data)) {
            services.exchange().restore(backup, WorkProgress.NONE);
            say(String.format(Locale.ROOT, "prepared %s: %,d resources (restored from %s, %,d bytes, in %.1f s)", data.getFileName(),
                    services.catalog().snapshot().resources().size(), backup.getFileName(), Files.size(backup),
                    (System.nanoTime() - start) / 1e9));
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private void guard(String name, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            failed = true;
            summary.add(name + ": FAILED (" + e.getClass().getSimpleName() + ", see above)");
            say(name + " FAILED: " + e);
            e.printStackTrace();
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.replaceAll(".*:\\s*", "")).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static long memTotalKb() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal")).map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "?";
        }
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path dest = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            ExchangeBenchmark.delete(dir);
        }
    }
}
