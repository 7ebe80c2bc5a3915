package org.studypath.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The harness's memory part: the resident set (VmRSS) of an idle StudyPath with the seed catalog, started as users
 * start it (the packaged app's launcher options, or the app's JVM options from the pom) and with default flags, in
 * turn; then a bare window, 100,000 resources, and where the memory of one process goes.
 */
final class MemoryPart {
    /**
     * The memory settles after start-up: the JVM hands the C library's free memory back and collects an idle heap
     * periodically (the app's JVM options). Every process measured, the bare window too, is given this long after its
     * first frame, then waited on until it is idle; the figure is read here, and again at {@link #STEADY_SECONDS}.
     */
    static final long SETTLE_SECONDS = 15;
    /** The idle steady state, once several periods of those options have passed: the figure compared with the target. */
    static final long STEADY_SECONDS = 30;
    /** The bound for the seed catalog, in MB: no worse than before the move to JDK 25. */
    private static final double TARGET_MB = 195;

    /** {@code earlyMb}: at {@link #SETTLE_SECONDS}; {@code rssMb}: at {@link #STEADY_SECONDS}, the figure compared. */
    private record Rss(double earlyMb, double rssMb, double peakMb, double settleSeconds, String problem) {
    }

    private final PerfMain harness;
    private final Launches launches;

    MemoryPart(PerfMain harness, Launches launches) {
        this.harness = harness;
        this.launches = launches;
    }

    void run(Path seed, Path big) throws Exception {
        harness.say("");
        harness.say("== Memory: resident set (VmRSS) " + STEADY_SECONDS + " s after the first frame, once the process is idle "
                + "(CPU quiet for 2 s); in brackets, the same process " + SETTLE_SECONDS + " s after its first frame ==");
        harness.say("load average: " + PerfMain.loadAverage());
        List<Launch> kinds = new ArrayList<>();
        launches.packaged.ifPresent(kinds::add);
        launches.jarWithAppOptions.ifPresent(kinds::add);
        kinds.add(launches.jar);
        Map<Launch, List<Rss>> measured = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            for (Launch kind : i % 2 == 0 ? kinds : kinds.reversed()) {
                measured.computeIfAbsent(kind, k -> new ArrayList<>()).add(rss(kind, seed, List.of()));
            }
        }
        Map<Launch, Double> medians = new LinkedHashMap<>();
        for (Launch kind : kinds) {
            medians.put(kind, print(kind.label() + ", seed catalog", kind, measured.get(kind)));
        }
        Launch compared = kinds.getFirst();
        double rss = medians.get(compared);
        double bare = print(launches.bare.label(), launches.bare, List.of(rss(launches.bare, null, List.of())));
        Launch withOptions = launches.jarWithAppOptions.orElse(launches.jar);
        double bigRss = print(withOptions.label() + ", 100,000 resources", withOptions, List.of(rss(withOptions, big, List.of())));
        harness.summary(String.format(Locale.ROOT, "memory (VmRSS %d s after the first frame, idle, median of 3), seed catalog: "
                        + "%s %.0f MB (target ≤ %.0f MB: %s); %s; 100,000 resources (%s, 1 run) %.0f MB; a bare JavaFX window %.0f MB",
                STEADY_SECONDS, compared.label(), rss, TARGET_MB, rss <= TARGET_MB ? "met" : "MISSED",
                medians.entrySet().stream().skip(1).map(e -> String.format(Locale.ROOT, "%s %.0f MB", e.getKey().label(), e.getValue()))
                        .collect(Collectors.joining(", ")), withOptions.label(), bigRss, bare));
        breakdown(withOptions, seed);
    }

    private Rss rss(Launch kind, Path data, List<String> flags) throws Exception {
        List<String> args = new ArrayList<>();
        Path dir = null;
        if (kind.studyPath()) {
            dir = PerfMain.copy(data, harness.newRunDir());
            args.addAll(List.of("--data-dir", dir.toString()));
        }
        try (ChildRun child = new ChildRun(kind.command(harness.display(), flags, args), harness.display().env(), line -> { })) {
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
                PerfMain.delete(dir);
            }
            Thread.sleep(300);
        }
    }

    /** Prints the runs of one kind; returns their median RSS in MB. */
    private double print(String label, Launch kind, List<Rss> measured) {
        double median = Fx.median(measured.stream().mapToDouble(Rss::rssMb).toArray());
        String problems = measured.stream().map(Rss::problem).filter(p -> !p.isEmpty()).distinct().collect(Collectors.joining("; "));
        harness.say(String.format(Locale.ROOT, "  %-50s RSS %s MB (median %.0f) [%s MB (median %.0f)], peak %s MB, measured %s s "
                        + "after the first frame%s", label, join(measured, Rss::rssMb, "%.0f"), median, join(measured, Rss::earlyMb, "%.0f"),
                Fx.median(measured.stream().mapToDouble(Rss::earlyMb).toArray()), join(measured, Rss::peakMb, "%.0f"),
                join(measured, Rss::settleSeconds, "%.1f"), problems.isEmpty() ? "" : " — " + problems));
        harness.say("    " + kind.java() + " " + kind.describeOptions());
        return median;
    }

    private static String join(List<Rss> measured, java.util.function.ToDoubleFunction<Rss> value, String format) {
        return measured.stream().map(r -> String.format(Locale.ROOT, format, value.applyAsDouble(r))).collect(Collectors.joining("/"));
    }

    /**
     * Where the memory of one idle StudyPath goes: the resident set split into anonymous memory and mapped files (the
     * JVM, GTK and other libraries, the JDK's module image), and what the JVM itself committed, by Native Memory
     * Tracking (which adds a few MB of its own).
     */
    private void breakdown(Launch kind, Path data) throws Exception {
        Path dir = PerfMain.copy(data, harness.newRunDir());
        try (ChildRun child = new ChildRun(kind.command(harness.display(), List.of("-XX:NativeMemoryTracking=summary"),
                List.of("--data-dir", dir.toString())), harness.display().env(), line -> { })) {
            child.awaitMarker(StartupProbe.LAID_OUT, 120);
            long pid = child.process.pid();
            awaitSettled(pid, System.nanoTime(), STEADY_SECONDS);
            Map<String, Long> status = procStatus(pid);
            String nmt = jcmd(pid, "VM.native_memory", "summary");
            // the class histogram runs a full GC first: its total is the live heap
            String histogram = jcmd(pid, "GC.class_histogram");
            Matcher total = Pattern.compile("Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
            String live = total.find() ? String.format(Locale.ROOT, "%.0f MB", Long.parseLong(total.group(1)) / PerfMain.MB) : "?";
            List<String> parts = new ArrayList<>();
            Matcher m = Pattern.compile("-\\s+([A-Za-z ]+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)").matcher(nmt);
            while (m.find()) {
                long kb = Long.parseLong(m.group(2));
                if (kb >= 2048) {
                    parts.add(String.format(Locale.ROOT, "%s %.0f", m.group(1).strip(), kb / 1024.0));
                }
            }
            harness.say(String.format(Locale.ROOT, "  breakdown, %s, seed catalog (+ NMT): RSS %.0f MB = anonymous %.0f + files %.0f "
                            + "+ shared %.0f; JVM committed (MB): %s; live heap after a full GC: %s", kind.label(),
                    status.get("VmRSS") / 1024.0, status.get("RssAnon") / 1024.0, status.get("RssFile") / 1024.0,
                    status.get("RssShmem") / 1024.0, parts.isEmpty() ? "(jcmd gave no summary: "
                            + nmt.lines().findFirst().orElse("") + ")" : String.join(", ", parts), live));
        } finally {
            PerfMain.delete(dir);
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

    private static long cpuTicks(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    }

    /** The kB figures of /proc/PID/status. */
    private static Map<String, Long> procStatus(long pid) throws java.io.IOException {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            String[] parts = line.split(":\\s+");
            if (parts.length == 2 && parts[1].endsWith(" kB")) {
                values.put(parts[0], Long.parseLong(parts[1].replace(" kB", "").strip()));
            }
        }
        return values;
    }
}
