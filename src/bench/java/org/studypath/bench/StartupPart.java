package org.studypath.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The harness's cold-start part: every kind of {@link Launches#startupKinds()} started in turn, the order reversed at
 * each round, after one discarded round; the time from spawning the JVM to its first window shown, to that window's
 * first pulse laid out, and for StudyPath to the Today page showing what is planned. The targets compare the packaged
 * app with the bare window on the module path; the other kinds show where the time goes.
 */
final class StartupPart {
    /** Milliseconds from the spawn: window shown, first frame laid out, the Today page shown (NaN: not StudyPath). */
    record Times(double shown, double laidOut, double today) {
    }

    private final PerfMain harness;
    private final Launches launches;

    StartupPart(PerfMain harness, Launches launches) {
        this.harness = harness;
        this.launches = launches;
    }

    void run(Path seed, int runs) throws Exception {
        harness.say("");
        harness.say("== Cold start: spawn → first window shown → its first pulse laid out → (StudyPath) the Today page's "
                + "sessions shown, ms; " + runs + " alternating rounds after one discarded round, seed catalog ==");
        harness.say("load average: " + PerfMain.loadAverage());
        List<Launch> kinds = launches.startupKinds();
        for (Launch kind : kinds) {
            harness.say("  " + kind.label() + ": " + kind.java() + " " + kind.describeOptions());
            startOnce(kind, seed, false);
        }
        Map<Launch, List<Times>> times = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            List<Launch> order = i % 2 == 0 ? kinds : kinds.reversed();
            for (Launch kind : order) {
                times.computeIfAbsent(kind, k -> new ArrayList<>()).add(startOnce(kind, seed, true));
            }
        }
        Times bare = median(times.get(launches.bare));
        for (Launch kind : kinds) {
            Times t = median(times.get(kind));
            harness.say(String.format(Locale.ROOT, "startup median, %-36s shown %5.0f ms, laid out %5.0f ms%s; "
                            + "÷ bare window (module path): shown %.2f, laid out %.2f%s", kind.label() + ":", t.shown(), t.laidOut(),
                    kind.studyPath() ? String.format(Locale.ROOT, ", Today shown %5.0f ms", t.today()) : "",
                    t.shown() / bare.shown(), t.laidOut() / bare.laidOut(),
                    kind.studyPath() ? String.format(Locale.ROOT, ", Today shown %.2f", t.today() / bare.laidOut()) : ""));
        }
        Launch compared = launches.packaged.orElse(launches.jar);
        Times app = median(times.get(compared));
        Times jar = median(times.get(launches.jar));
        double first = app.laidOut() / bare.laidOut();
        double today = app.today() / bare.laidOut();
        harness.summary(String.format(Locale.ROOT, "cold start, medians of %d: %s first window laid out %.0f ms ÷ bare JavaFX "
                        + "window on the module path %.0f ms = %.2f (target ≤ 1.2: %s; shown %.2f); the Today page's sessions "
                        + "shown %.0f ms = %.2f × (target ≤ 1.5: %s); java -jar: laid out %.2f ×, Today %.2f ×", runs, compared.label(),
                app.laidOut(), bare.laidOut(), first, first <= 1.2 ? "met" : "MISSED", app.shown() / bare.shown(), app.today(),
                today, today <= 1.5 ? "met" : "MISSED", jar.laidOut() / bare.laidOut(), jar.today() / bare.laidOut()));
        if (launches.packaged.isEmpty()) {
            harness.say("startup: no app image at " + launches.image + " (mvn -Pdist package builds it; -Dperf.image "
                    + "names another): the targets were compared with java -jar instead");
        }
        List<Times> firstStarts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            firstStarts.add(startOnce(compared, null, true));
        }
        Times t = median(firstStarts);
        harness.say(String.format(Locale.ROOT, "startup very first start of %s (empty data folder: database created, catalog "
                + "seeded), median of 3: shown %.0f ms, laid out %.0f ms, Today shown %.0f ms", compared.label(), t.shown(),
                t.laidOut(), t.today()));
        profile(seed);
    }

    private static Times median(List<Times> times) {
        return new Times(Fx.median(times.stream().mapToDouble(Times::shown).toArray()),
                Fx.median(times.stream().mapToDouble(Times::laidOut).toArray()),
                Fx.median(times.stream().mapToDouble(Times::today).toArray()));
    }

    /** One more start of StudyPath's jar, its FX thread sampled every 5 ms up to the first frame (StartupProbe.Sampler). */
    private void profile(Path seed) throws Exception {
        harness.say("startup profile, one more start of StudyPath (java -jar) with its FX thread sampled (not timed):");
        Path dir = PerfMain.copy(seed, harness.newRunDir());
        try (ChildRun child = new ChildRun(launches.jar.command(harness.display(), List.of("-Dprobe.sample=true"),
                List.of("--data-dir", dir.toString())), harness.display().env(), line -> { })) {
            child.awaitMarker(StartupProbe.LAID_OUT, 120);
            Thread.sleep(1000);
            synchronized (child.lines) {
                child.lines.stream().filter(l -> l.startsWith("PROBE-PROFILE ")).forEach(l -> harness.say("  " + l.substring(14)));
            }
        } finally {
            PerfMain.delete(dir);
        }
    }

    /** One start; {@code data}: a data folder to copy for StudyPath, or null for an empty one. */
    Times startOnce(Launch kind, Path data, boolean print) throws Exception {
        List<String> args = new ArrayList<>();
        Path dir = null;
        if (kind.studyPath()) {
            dir = harness.newRunDir();
            if (data != null) {
                PerfMain.copy(data, dir);
            }
            args.addAll(List.of("--data-dir", dir.toString()));
        }
        try (ChildRun child = new ChildRun(kind.command(harness.display(), List.of(), args), harness.display().env(), line -> { })) {
            double shown = child.awaitMarker(StartupProbe.SHOWN, 120);
            double laidOut = child.awaitMarker(StartupProbe.LAID_OUT, 120);
            String title = child.markerLine(StartupProbe.SHOWN).substring(StartupProbe.SHOWN.length()).strip();
            if (!title.equals("StudyPath") && !title.equals("Bare JavaFX window") && !title.equals(StartupProbe.CONTROLS_TITLE)) {
                throw new IllegalStateException("the first window was “" + title + "”, not the main window:\n" + child.tail());
            }
            double today = Double.NaN;
            String planned = "";
            if (kind.studyPath()) {
                today = child.awaitMarker(StartupProbe.TODAY, 120);
                planned = " (" + child.markerLine(StartupProbe.TODAY).substring(StartupProbe.TODAY.length()).strip() + ")";
            }
            if (print) {
                harness.say(String.format(Locale.ROOT, "  %-36s shown %5.0f ms, laid out %5.0f ms%s%s", kind.label(), shown, laidOut,
                        kind.studyPath() ? String.format(Locale.ROOT, ", Today shown %5.0f ms%s", today, planned) : "",
                        kind.studyPath() && data == null ? " (very first start)" : ""));
            }
            return new Times(shown, laidOut, today);
        } finally {
            if (dir != null) {
                PerfMain.delete(dir);
            }
            Thread.sleep(300);
        }
    }
}
