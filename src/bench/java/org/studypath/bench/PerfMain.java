package org.studypath.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.studypath.app.Services;
import org.studypath.app.WorkProgress;

/**
 * The whole-application measurements that JMH cannot make, run by {@code mvn -Pbench verify} after the JMH
 * benchmarks (or alone: {@code -Djmh.skip -Dperf.include=startup,memory,repaint,search,import}). Each measurement runs in
 * child JVMs started with the same flags and the same display, so the parent's own warm JIT and heap never count:
 * <ul>
 *   <li>startup: spawn to the first window shown and laid out, StudyPath against a bare JavaFX window, alternating;</li>
 *   <li>memory: the resident set (VmRSS) of StudyPath once started and idle, with the seed catalog and with 100,000
 *   resources, with the default JVM flags and with flags that trade heap for memory;</li>
 *   <li>repaint: a full window of controls drawn again at every frame, with JavaFX's region cache on and off
 *   ({@link RepaintProbe});</li>
 *   <li>search: per keystroke over 100,000 resources ({@link SearchLatency});</li>
 *   <li>import: the longest FX-thread stall while importing 100,000 resources ({@link ImportStall}).</li>
 * </ul>
 * The display is an Xvfb server this harness starts on a free display number when {@code Xvfb} is on the PATH, else
 * Monocle's headless platform ({@code -Dperf.display=monocle} forces that). Results go to the console and to
 * {@code target/perf-results.txt}.
 */
public final class PerfMain {
    static final double MB = 1024 * 1024;

    private final Path target;
    private final Path work;
    private final PrintWriter results;
    private final Display display;
    private final String appClasspath;
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
        Path jar = target.resolve("studypath.jar");
        String probe = target.resolve("test-classes").toString();
        // StudyPath as users start it (the shaded jar), plus the probe; Monocle only when it is the display
        String monocle = Arrays.stream(fullClasspath.split(File.pathSeparator)).filter(e -> e.contains("openjfx-monocle"))
                .findFirst().orElse("");
        this.appClasspath = Files.isRegularFile(jar)
                ? jar + File.pathSeparator + probe + (display.xvfb() == null ? File.pathSeparator + monocle : "")
                : fullClasspath;
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
        say("StudyPath performance harness, " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19));
        say("machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
                + String.format(Locale.ROOT, "%.1f GB RAM", memTotalKb() / MB) + ", " + System.getProperty("os.name")
                + " " + System.getProperty("os.version") + "; " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"));
        pipeline = prismPipeline();
        say("display: " + display.description() + "; prism pipeline: " + pipeline);
        say("StudyPath started from: " + (appClasspath.equals(fullClasspath) ? "the build's class path (no target/studypath.jar)"
                : target.resolve("studypath.jar")) + "; load average at start: " + loadAverage());

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
            guard("startup", () -> startup(seed, runs));
        }
        if (include.contains("memory")) {
            guard("memory", () -> memory(seed, big));
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

    // ---- cold start ----

    private void startup(Path seed, int runs) throws Exception {
        say("");
        say("== Cold start: spawn → first window shown → its first pulse laid out (ms); " + runs
                + " alternating pairs after one discarded pair ==");
        say("load average: " + loadAverage());
        // StudyPath as shipped, and without the launcher's warm-up thread (-Dstudypath.warmUp=false), to show its share
        List<String> noWarmUp = List.of("-Dstudypath.warmUp=false");
        startOnce("bare", null, false);
        startOnce("studypath", seed, false);
        startOnce("controls", null, false);
        List<double[]> bare = new ArrayList<>();
        List<double[]> app = new ArrayList<>();
        List<double[]> cold = new ArrayList<>();
        List<double[]> controls = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            for (String kind : i % 2 == 0 ? List.of("bare", "controls", "studypath", "no-warm-up")
                    : List.of("no-warm-up", "studypath", "controls", "bare")) {
                switch (kind) {
                    case "bare" -> bare.add(startOnce("bare", null, true));
                    case "controls" -> controls.add(startOnce("controls", null, true));
                    case "studypath" -> app.add(startOnce("studypath", seed, true));
                    default -> cold.add(startOnce("studypath", seed, true, noWarmUp, appClasspath));
                }
            }
        }
        double bareShown = Fx.median(bare.stream().mapToDouble(t -> t[0]).toArray());
        double bareLaid = Fx.median(bare.stream().mapToDouble(t -> t[1]).toArray());
        double appShown = Fx.median(app.stream().mapToDouble(t -> t[0]).toArray());
        double appLaid = Fx.median(app.stream().mapToDouble(t -> t[1]).toArray());
        double coldLaid = Fx.median(cold.stream().mapToDouble(t -> t[1]).toArray());
        say(String.format(Locale.ROOT, "startup median: bare window shown %.0f ms, laid out %.0f ms; StudyPath shown %.0f ms, "
                + "laid out %.0f ms; StudyPath without the warm-up thread laid out %.0f ms (ratio %.2f)", bareShown, bareLaid,
                appShown, appLaid, coldLaid, coldLaid / bareLaid));
        say(String.format(Locale.ROOT, "startup ratio StudyPath / bare (first frame laid out): %.2f (target ≤ 1.5: %s); "
                + "window shown: %.2f", appLaid / bareLaid, appLaid / bareLaid <= 1.5 ? "met" : "MISSED", appShown / bareShown));
        double controlsLaid = Fx.median(controls.stream().mapToDouble(t -> t[1]).toArray());
        say(String.format(Locale.ROOT, "startup, StudyPath's controls alone (the same controls and stylesheets, no StudyPath "
                + "code): laid out %.0f ms = %.2f × the bare window; StudyPath = %.2f × its controls alone",
                controlsLaid, controlsLaid / bareLaid, appLaid / controlsLaid));
        summary.add(String.format(Locale.ROOT, "cold start, spawn to first frame laid out, median of %d: StudyPath %.0f ms, bare "
                + "JavaFX window %.0f ms, ratio %.2f (target ≤ 1.5: %s); StudyPath's controls alone %.0f ms (%.2f × bare)",
                runs, appLaid, bareLaid, appLaid / bareLaid, appLaid / bareLaid <= 1.5 ? "met" : "MISSED", controlsLaid,
                controlsLaid / bareLaid));
        List<double[]> first = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            first.add(startOnce("studypath", null, true));
        }
        say(String.format(Locale.ROOT, "startup very first start (empty data folder: database created, catalog seeded), "
                + "median of 3: shown %.0f ms, laid out %.0f ms", Fx.median(first.stream().mapToDouble(t -> t[0]).toArray()),
                Fx.median(first.stream().mapToDouble(t -> t[1]).toArray())));
        startupProfile(seed);
        startupWithCds(seed);
    }

    /** One more start of StudyPath, its FX thread sampled every 5 ms up to the first frame (StartupProbe.Sampler). */
    private void startupProfile(Path seed) throws Exception {
        say("startup profile, one more start of StudyPath with its FX thread sampled (not timed):");
        Path dir = copy(seed, work.resolve("run-" + System.nanoTime()));
        try (ChildRun child = new ChildRun(command(List.of("-Dprobe.sample=true"), appClasspath, StartupProbe.class,
                List.of("studypath", "--data-dir", dir.toString())), display.env(), line -> { })) {
            child.awaitMarker(StartupProbe.LAID_OUT, 120);
            Thread.sleep(1000);
            synchronized (child.lines) {
                child.lines.stream().filter(l -> l.startsWith("PROBE-PROFILE ")).forEach(l -> say("  " + l.substring(14)));
            }
        } finally {
            delete(dir);
        }
    }

    /**
     * The same comparison with application class-data sharing, which a launcher could use: one start of each app
     * writes a dynamic CDS archive of the classes it loaded (-XX:ArchiveClassesAtExit), then three alternating pairs
     * start with it (-XX:SharedArchiveFile). CDS needs a class path of jars only, so the probe is put in a jar.
     */
    private void startupWithCds(Path seed) throws Exception {
        Path jar = target.resolve("studypath.jar");
        if (!Files.isRegularFile(jar)) {
            say("startup with CDS: skipped (needs target/studypath.jar: run the package phase)");
            return;
        }
        Path probeJar = work.resolve("probe.jar");
        Path classes = target.resolve("test-classes");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(probeJar));
             Stream<Path> files = Files.list(classes.resolve("org/studypath/bench"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("StartupProbe")).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        String monocle = appClasspath.contains("openjfx-monocle") ? File.pathSeparator + appClasspath.substring(
                appClasspath.lastIndexOf(File.pathSeparator) + 1) : "";
        String classpath = jar + File.pathSeparator + probeJar + monocle;
        say("");
        say("== Cold start with a CDS archive of each app's classes (3 alternating pairs) ==");
        Map<String, Path> archives = new LinkedHashMap<>();
        for (String kind : List.of("bare", "studypath")) {
            Path archive = work.resolve(kind + ".jsa");
            List<String> args = new ArrayList<>(List.of(kind));
            Path dir = null;
            if (kind.equals("studypath")) {
                dir = copy(seed, work.resolve("run-" + System.nanoTime()));
                args.addAll(List.of("--data-dir", dir.toString()));
            }
            try (ChildRun child = new ChildRun(command(withRendering(kind, List.of("-XX:ArchiveClassesAtExit=" + archive)), classpath,
                    StartupProbe.class, args), display.env(), line -> { })) {
                child.awaitMarker(StartupProbe.LAID_OUT, 120);
                Thread.sleep(3000);
                child.stop(120); // the archive is written as the JVM exits
            }
            if (dir != null) {
                delete(dir);
            }
            if (!Files.isRegularFile(archive)) {
                say("startup with CDS: no archive was written for " + kind);
                return;
            }
            archives.put(kind, archive);
        }
        List<double[]> bare = new ArrayList<>();
        List<double[]> app = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (String kind : i % 2 == 0 ? List.of("bare", "studypath") : List.of("studypath", "bare")) {
                double[] t = startOnce(kind, kind.equals("bare") ? null : seed, true,
                        List.of("-XX:SharedArchiveFile=" + archives.get(kind)), classpath);
                (kind.equals("bare") ? bare : app).add(t);
            }
        }
        double bareLaid = Fx.median(bare.stream().mapToDouble(t -> t[1]).toArray());
        double appLaid = Fx.median(app.stream().mapToDouble(t -> t[1]).toArray());
        say(String.format(Locale.ROOT, "startup with CDS, median: bare window laid out %.0f ms, StudyPath laid out %.0f ms (shown "
                + "%.0f ms); ratio %.2f", bareLaid, appLaid, Fx.median(app.stream().mapToDouble(t -> t[0]).toArray()),
                appLaid / bareLaid));
    }

    /**
     * {@code flags}, with the rendering settings StudyPath's launcher chooses (JavaFX's region cache off) for the bare
     * window and the replica too, so that all three draw the same way (StudyPath sets them itself, in Launcher).
     */
    private static List<String> withRendering(String kind, List<String> flags) {
        if (kind.equals("studypath")) {
            return flags;
        }
        List<String> all = new ArrayList<>(List.of("-Dprism.disableRegionCaching=true"));
        all.addAll(flags);
        return all;
    }

    /** One start; {@code data}: a data folder to copy for StudyPath, or null for an empty one. */
    private double[] startOnce(String kind, Path data, boolean print) throws Exception {
        return startOnce(kind, data, print, List.of(), appClasspath);
    }

    private double[] startOnce(String kind, Path data, boolean print, List<String> flags, String classpath) throws Exception {
        List<String> args = new ArrayList<>(List.of(kind));
        Path dir = null;
        if (kind.equals("studypath")) {
            dir = work.resolve("run-" + System.nanoTime());
            if (data != null) {
                copy(data, dir);
            }
            args.addAll(List.of("--data-dir", dir.toString()));
        }
        try (ChildRun child = new ChildRun(command(withRendering(kind, flags), classpath, StartupProbe.class, args), display.env(),
                line -> { })) {
            double shown = child.awaitMarker(StartupProbe.SHOWN, 120);
            double laidOut = child.awaitMarker(StartupProbe.LAID_OUT, 120);
            String title = child.markerLine(StartupProbe.SHOWN).substring(StartupProbe.SHOWN.length()).strip();
            if (!title.equals("StudyPath") && !title.equals("Bare JavaFX window") && !title.equals(StartupProbe.CONTROLS_TITLE)) {
                throw new IllegalStateException("the first window was “" + title + "”, not the main window:\n" + child.tail());
            }
            if (print) {
                say(String.format(Locale.ROOT, "  %-9s shown %5.0f ms, laid out %5.0f ms%s%s", kind.equals("studypath") ? "StudyPath" : kind,
                        shown, laidOut, data == null && dir != null ? " (very first start)" : "",
                        flags.isEmpty() ? "" : " " + String.join(" ", flags)));
            }
            return new double[] {shown, laidOut};
        } finally {
            if (dir != null) {
                delete(dir);
            }
            Thread.sleep(300);
        }
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
                        "-Dprism.disableRegionCaching=" + off), fullClasspath, RepaintProbe.class, List.of()), display.env(),
                        line -> { })) {
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

    // ---- memory ----

    /** {@code earlyMb}: at {@link #SETTLE_SECONDS}; {@code rssMb}: at {@link #STEADY_SECONDS}, the figure compared. */
    private record Rss(double earlyMb, double rssMb, double peakMb, double settleSeconds, String problem) {
    }

    private void memory(Path seed, Path big) throws Exception {
        say("");
        say("== Memory: resident set (VmRSS) " + STEADY_SECONDS + " s after the first frame, once the process is idle (CPU quiet "
                + "for 2 s); in brackets, the same process " + SETTLE_SECONDS + " s after its first frame ==");
        say("load average: " + loadAverage());
        double bare = rssLine("bare window", "bare", null, List.of(), Map.of(), 3);
        double seedRss = rssLine("StudyPath, seed catalog", "studypath", seed, List.of(), Map.of(), 3);
        double bigRss = rssLine("StudyPath, 100,000 resources", "studypath", big, List.of(), Map.of(), 3);
        summary.add(String.format(Locale.ROOT, "memory (VmRSS, idle, default JVM flags, median of 3): seed catalog %.0f MB "
                + "(target < 200 MB: %s), 100,000 resources %.0f MB; a bare JavaFX window %.0f MB", seedRss,
                seedRss < 200 ? "met" : "MISSED", bigRss, bare));
        say(String.format(Locale.ROOT, "memory: StudyPath with the seed catalog %.0f MB (target < 200 MB: %s); a bare JavaFX "
                + "window takes %.0f MB on its own", seedRss, seedRss < 200 ? "met" : "MISSED", bare));
        breakdown("bare window", "bare", null);
        breakdown("StudyPath, seed catalog", "studypath", seed);
        say("memory with other JVM flags (the app's launch is unchanged; these show what flags would do):");
        List<String> flags = List.of("-XX:+UseSerialGC", "-Xmx128m", "-XX:TieredStopAtLevel=1");
        rssLine("StudyPath, seed catalog", "studypath", seed, flags, Map.of(), 2);
        rssLine("StudyPath, 100,000 resources", "studypath", big, flags, Map.of(), 1);
    }

    /**
     * Where the memory of one idle process goes: the resident set split into anonymous memory and mapped files (the
     * JVM, GTK and other libraries, the JDK's module image), and what the JVM itself committed, by Native Memory
     * Tracking (which adds a few MB of its own).
     */
    private void breakdown(String label, String kind, Path data) throws Exception {
        List<String> args = new ArrayList<>(List.of(kind));
        Path dir = null;
        if (data != null) {
            dir = copy(data, work.resolve("run-" + System.nanoTime()));
            args.addAll(List.of("--data-dir", dir.toString()));
        }
        try (ChildRun child = new ChildRun(command(List.of("-XX:NativeMemoryTracking=summary"), appClasspath, StartupProbe.class,
                args), display.env(), line -> { })) {
            child.awaitMarker(StartupProbe.LAID_OUT, 120);
            long pid = child.process.pid();
            awaitSettled(pid, System.nanoTime(), STEADY_SECONDS);
            Map<String, Long> status = procStatus(pid);
            String nmt = jcmd(pid, "VM.native_memory", "summary");
            // the class histogram runs a full GC first: its total is the live heap
            String histogram = jcmd(pid, "GC.class_histogram");
            java.util.regex.Matcher total = java.util.regex.Pattern.compile("Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
            String live = total.find() ? String.format(Locale.ROOT, "%.0f MB", Long.parseLong(total.group(1)) / MB) : "?";
            List<String> parts = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-\\s+([A-Za-z ]+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)")
                    .matcher(nmt);
            while (m.find()) {
                long kb = Long.parseLong(m.group(2));
                if (kb >= 2048) {
                    parts.add(String.format(Locale.ROOT, "%s %.0f", m.group(1).strip(), kb / 1024.0));
                }
            }
            say(String.format(Locale.ROOT, "  breakdown, %s (default flags + NMT): RSS %.0f MB = anonymous %.0f + files %.0f + shared "
                            + "%.0f; JVM committed (MB): %s; live heap after a full GC: %s", label, status.get("VmRSS") / 1024.0,
                    status.get("RssAnon") / 1024.0, status.get("RssFile") / 1024.0, status.get("RssShmem") / 1024.0,
                    parts.isEmpty() ? "(jcmd gave no summary: " + nmt.lines().findFirst().orElse("") + ")" : String.join(", ", parts),
                    live));
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    private static String jcmd(long pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /**
     * StudyPath settles its memory once start-up is over (MemoryFootprint): 1 s after the window has loaded, or 2 s
     * after the start-up notification has faded (8 s) when it shows one. Every process measured (the bare window too)
     * is given that long after its first frame, then waited on until it is idle.
     */
    static final long SETTLE_SECONDS = 15;
    /**
     * The idle steady state, with room for StudyPath's second trim of the C library's heap, which comes once the JIT
     * compilers have rested for 6 s after that settling (MemoryFootprint.trimOnceCompilersRest; later while the
     * compilers stay busy); from then on an idle StudyPath's resident set stays as it is. The figure compared
     * with the target is read here.
     */
    static final long STEADY_SECONDS = 30;

    /** Waits until {@code seconds} after {@code firstFrame} (System.nanoTime), then until the process is idle. */
    private static void awaitSettled(long pid, long firstFrame, long seconds) throws Exception {
        long left = TimeUnit.SECONDS.toNanos(seconds) - (System.nanoTime() - firstFrame);
        if (left > 0) {
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(left));
        }
        awaitIdle(pid);
    }

    /** Waits until the process used under 2.5% of a core over 2 s (samples 0.5 s apart), 2 s at least, 60 s at most. */
    private static void awaitIdle(long pid) throws Exception {
        long start = System.nanoTime();
        Thread.sleep(2000);
        List<Long> cpu = new ArrayList<>();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
            cpu.add(cpuTicks(pid));
            int n = cpu.size();
            if (n >= 5 && cpu.get(n - 1) - cpu.get(n - 5) <= 5) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /** Measures {@code times} runs, prints them, returns the median RSS in MB. */
    private double rssLine(String label, String kind, Path data, List<String> flags, Map<String, String> env, int times)
            throws Exception {
        List<Rss> measured = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            measured.add(rss(kind, data, flags, env));
        }
        double median = Fx.median(measured.stream().mapToDouble(Rss::rssMb).toArray());
        String problems = measured.stream().map(Rss::problem).filter(p -> !p.isEmpty()).distinct().collect(Collectors.joining("; "));
        String setting = (env.isEmpty() ? "" : env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")) + " ") + (flags.isEmpty() ? "default flags" : String.join(" ", flags));
        say(String.format(Locale.ROOT, "  %-29s %-60s RSS %s MB (median %.0f) [%s MB (median %.0f)], peak %s MB, measured %s s after the first frame%s", label, setting,
                measured.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.rssMb())).collect(Collectors.joining("/")), median,
                measured.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.earlyMb())).collect(Collectors.joining("/")),
                Fx.median(measured.stream().mapToDouble(Rss::earlyMb).toArray()),
                measured.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.peakMb())).collect(Collectors.joining("/")),
                measured.stream().map(r -> String.format(Locale.ROOT, "%.1f", r.settleSeconds())).collect(Collectors.joining("/")),
                problems.isEmpty() ? "" : " — " + problems));
        return median;
    }

    private Rss rss(String kind, Path data, List<String> flags, Map<String, String> env) throws Exception {
        List<String> args = new ArrayList<>(List.of(kind));
        Path dir = null;
        if (data != null) {
            dir = copy(data, work.resolve("run-" + System.nanoTime()));
            args.addAll(List.of("--data-dir", dir.toString()));
        }
        Map<String, String> childEnv = new LinkedHashMap<>(display.env());
        childEnv.putAll(env);
        try (ChildRun child = new ChildRun(command(flags, appClasspath, StartupProbe.class, args), childEnv, line -> { })) {
            child.awaitMarker(StartupProbe.LAID_OUT, 120);
            long pid = child.process.pid();
            long start = System.nanoTime();
            awaitSettled(pid, start, SETTLE_SECONDS);
            double early = procStatus(pid).get("VmRSS") / 1024.0;
            awaitSettled(pid, start, STEADY_SECONDS);
            Map<String, Long> status = procStatus(pid);
            String problem = child.tail().contains("OutOfMemoryError") ? "OutOfMemoryError" : "";
            return new Rss(early, status.get("VmRSS") / 1024.0, status.get("VmHWM") / 1024.0, (System.nanoTime() - start) / 1e9,
                    problem);
        } finally {
            if (dir != null) {
                delete(dir);
            }
            Thread.sleep(300);
        }
    }

    // ---- children ----

    private void child(String name, List<String> flags, Class<?> main, List<String> args, int timeoutSeconds) throws Exception {
        say("");
        say("== " + name + " (" + main.getSimpleName() + ") ==");
        say("load average: " + loadAverage());
        try (ChildRun child = new ChildRun(command(flags, fullClasspath, main, args), display.env(), line -> {
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

    private List<String> command(List<String> flags, String classpath, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaExe.toString());
        command.addAll(display.flags());
        command.addAll(flags);
        command.addAll(List.of("-cp", classpath, main.getName()));
        command.addAll(args);
        return command;
    }

    /** A child JVM whose output lines are read as they come, with the time each marker line arrived. */
    static final class ChildRun implements AutoCloseable {
        /** Children still running end with the harness, even when Maven is interrupted. */
        private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly)));
        }

        final Process process;
        final long spawned;
        final Map<String, Long> markers = new ConcurrentHashMap<>();
        final Map<String, String> markerLines = new ConcurrentHashMap<>();
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final Thread out;
        final Thread err;

        ChildRun(List<String> command, Map<String, String> env, Consumer<String> results) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            spawned = System.nanoTime();
            process = builder.start();
            LIVE.add(process);
            out = reader(process.getInputStream(), line -> {
                long at = System.nanoTime();
                lines.add(line);
                if (line.startsWith("PROBE ")) {
                    String key = line.split(" ")[1];
                    markers.putIfAbsent(key, at);
                    markerLines.putIfAbsent(key, line);
                } else if (line.startsWith(Fx.RESULT)) {
                    results.accept(line.substring(Fx.RESULT.length()));
                }
            });
            err = reader(process.getErrorStream(), line -> lines.add("[err] " + line));
        }

        private static Thread reader(java.io.InputStream in, Consumer<String> each) {
            Thread thread = new Thread(() -> {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        each.accept(line);
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            thread.setDaemon(true);
            thread.start();
            return thread;
        }

        /** Milliseconds from spawning the process to the marker line. */
        double awaitMarker(String marker, int timeoutSeconds) throws Exception {
            String key = marker.split(" ")[1];
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (!markers.containsKey(key)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    Thread.sleep(200);
                    throw new IllegalStateException("no “" + marker + "” from the child:\n" + tail());
                }
                Thread.sleep(1);
            }
            return (markers.get(key) - spawned) / 1e6;
        }

        String markerLine(String marker) {
            return markerLines.get(marker.split(" ")[1]);
        }

        void drain() throws InterruptedException {
            out.join(5000);
            err.join(5000);
        }

        String tail() {
            synchronized (lines) {
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            }
        }

        /** Asks the process to end (SIGTERM), and waits for it to finish exiting. */
        void stop(int seconds) throws InterruptedException {
            process.destroy();
            process.waitFor(seconds, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            }
            LIVE.remove(process);
        }
    }

    /** The display the children draw on: an Xvfb server of our own, or Monocle's headless platform. */
    record Display(String description, Map<String, String> env, List<String> flags, Process xvfb) implements AutoCloseable {
        static Display start(String choice) throws Exception {
            if (!choice.equals("monocle") && onPath("Xvfb")) {
                // -displayfd: the server picks a free display number and writes it to us once it accepts connections
                Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
                    try {
                        return new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                    } catch (IOException e) {
                        return null;
                    }
                });
                String n = number.get(20, TimeUnit.SECONDS);
                if (n == null || n.isBlank()) {
                    xvfb.destroy();
                    throw new IllegalStateException("Xvfb did not start");
                }
                String name = ":" + n.strip();
                // the server goes with the harness, even when Maven is interrupted
                Runtime.getRuntime().addShutdownHook(new Thread(xvfb::destroyForcibly));
                return new Display("Xvfb " + name + " (1920×1080×24) started by the harness, GTK glass", Map.of("DISPLAY", name),
                        List.of(), xvfb);
            }
            if (choice.equals("xvfb")) {
                throw new IllegalStateException("-Dperf.display=xvfb, but there is no Xvfb on the PATH");
            }
            return new Display("Monocle headless (no X server), software rendering", Map.of(),
                    List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                            "-Djava.awt.headless=true"), null);
        }

        private static boolean onPath(String program) {
            return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
        }

        @Override
        public void close() throws InterruptedException {
            if (xvfb != null && xvfb.isAlive()) {
                xvfb.destroy();
                if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
                    xvfb.destroyForcibly();
                    xvfb.waitFor(5, TimeUnit.SECONDS);
                }
            }
        }
    }

    // ---- helpers ----

    /** Which Prism pipeline the children get on this display (one bare start with -Dprism.verbose). */
    private String prismPipeline() throws Exception {
        try (ChildRun child = new ChildRun(command(List.of("-Dprism.verbose=true"), appClasspath, StartupProbe.class,
                List.of("bare")), display.env(), line -> { })) {
            child.awaitMarker(StartupProbe.LAID_OUT, 120);
            synchronized (child.lines) {
                return child.lines.stream().filter(l -> l.contains("Initialized prism pipeline"))
                        .map(l -> l.replaceAll(".*pipeline: ", "")).findFirst().orElse("unknown");
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

    private void say(String line) {
        System.out.println(line);
        System.out.flush();
        results.println(line);
        results.flush();
    }

    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    }

    /** The kB figures of /proc/PID/status. */
    private static Map<String, Long> procStatus(long pid) throws IOException {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            String[] parts = line.split(":\\s+");
            if (parts.length == 2 && parts[1].endsWith(" kB")) {
                values.put(parts[0], Long.parseLong(parts[1].replace(" kB", "").strip()));
            }
        }
        return values;
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

    private static String loadAverage() {
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
