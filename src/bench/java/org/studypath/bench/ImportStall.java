package org.studypath.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.studypath.app.Services;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.FxTaskRunner;

/**
 * The longest FX-thread stall while importing a backup of 100,000 resources through the window: a child JVM
 * ({@link PerfMain} starts it) shows StudyPath's window ({@link BenchWindow}, on the Catalog tab) over a data folder
 * holding the seed catalog, and runs File → Import exactly as a click would ({@code ExchangeViewModel.importFile()},
 * the real {@link FxTaskRunner}); only the file chooser and the confirmation are answered by a stub (the file, and
 * yes). An {@link AnimationTimer} records when every frame's pulse ran; a gap between two pulses longer than a frame is
 * time the FX thread could not draw. A watchdog thread samples the FX thread's stack while a gap grows past 50 ms, to
 * say what it was doing. First an import is cancelled during the restore (the store must be unchanged), then one
 * runs to the end, including the reload of the catalog and paths that follows it.
 *
 * <p>Arguments: the data folder, the backup file.
 */
public final class ImportStall {
    private static final int MAX_FRAMES = 200_000;

    private ImportStall() {
    }

    /** Frame times, phase changes and stack samples of one import. */
    static final class Recording {
        final long[] frames = new long[MAX_FRAMES];
        final AtomicInteger frameCount = new AtomicInteger();
        final Map<String, Long> phases = new LinkedHashMap<>();
        final List<long[]> gcPauses = new ArrayList<>();
        final List<Sample> samples = new ArrayList<>();
        volatile boolean on;
        int progressUpdates;
        int progressUpdatesRestoring;
        boolean progressBarShown;
        double lastProgress = -1;

        synchronized void phase(String name) {
            phases.put(name, System.nanoTime());
        }
    }

    record Sample(long frameBefore, long at, StackTraceElement[] stack) {
    }

    public static void main(String[] args) {
        Fx.exitOnFailure(() -> measure(Path.of(args[0]), Path.of(args[1])));
    }

    private static void measure(Path dataDir, Path backup) throws Exception {
        Fx.startToolkit();
        Services services = Services.open(dataDir);
        FxTaskRunner runner = new FxTaskRunner();
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.fileAnswer = backup;
        dialogs.answer = true;
        BenchWindow window = Fx.call(() -> BenchWindow.show(new Stage(), services, runner, dialogs));
        Fx.run(() -> window.pages().getSelectionModel().select(1)); // the Catalog tab
        Fx.waitUntil("the catalog to load", 60, () -> window.catalog().loadedProperty().get()
                && runner.runningProperty().get() == 0);
        Thread fxThread = Fx.call(Thread::currentThread);
        Thread.sleep(1000);
        Fx.result("import: backup %s, %,d bytes; the window shows the Catalog tab", backup.getFileName(), Files.size(backup));

        // ---- an import cancelled during the restore changes nothing ----
        Map<String, Long> before = counts(services.databaseFile());
        Recording cancelled = new Recording();
        AtomicLong cancelAt = new AtomicLong();
        record(window, runner, fxThread, cancelled, () -> {
            window.exchange().progressProperty().addListener((o, was, now) -> {
                if (cancelAt.get() == 0 && window.exchange().statusProperty().get().startsWith("Restoring")
                        && now.doubleValue() >= 0.3) {
                    cancelAt.set(System.nanoTime());
                    cancelled.phase("cancel pressed");
                    window.exchange().cancel();
                }
            });
        });
        Map<String, Long> after = counts(services.databaseFile());
        String cancelStatus = Fx.call(() -> window.exchange().statusProperty().get());
        Fx.result("import cancelled at 30%% of the restore: stopped %.0f ms after Cancel; status “%s”; errors shown: %s; "
                        + "store unchanged: %s %s",
                (cancelled.phases.get("done") - cancelAt.get()) / 1e6, cancelStatus, dialogs.errors.isEmpty() ? "none" : dialogs.errors,
                before.equals(after) ? "yes" : "NO", after);
        report("import cancelled", cancelled);
        Thread.sleep(1000);

        // ---- the whole import ----
        Recording full = new Recording();
        record(window, runner, fxThread, full, () -> { });
        Map<String, Long> imported = counts(services.databaseFile());
        Fx.result("import completed: status “%s”; errors shown: %s; store now %s; catalog shows %,d resources",
                Fx.call(() -> window.exchange().statusProperty().get()), dialogs.errors.isEmpty() ? "none" : dialogs.errors,
                imported, Fx.call(() -> window.catalog().resources().size()));
        report("import", full);
        double during = Math.max(worst(full, "preview", "restore"), worst(cancelled, "preview", "restore", "cancel pressed"));
        double reload = worst(full, "after restore", "done");
        Fx.result("TARGET longest FX-thread stall while importing 100,000 resources (progress bar shown, preview and restore, "
                        + "also in the cancelled import): %.0f ms (target ≤ 100 ms: %s); then, reloading the window with the "
                        + "imported catalog: %.0f ms (%s); cancelled import left the store unchanged: %s; progress shown: %s",
                during, during <= 100 ? "met" : "MISSED", reload, reload <= 100 ? "within 100 ms" : "over 100 ms",
                before.equals(after) ? "yes" : "NO", full.progressBarShown && full.progressUpdatesRestoring > 0 ? "yes" : "NO");

        runner.shutdown(5);
        services.close();
        Platform.exit();
    }

    /** Runs one import from File → Import to the catalog reloaded after it (or to the cancel), recording frames. */
    private static void record(BenchWindow window, FxTaskRunner runner, Thread fxThread, Recording rec, Runnable setUp) throws Exception {
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (rec.on) {
                    int i = rec.frameCount.getAndIncrement();
                    if (i < MAX_FRAMES) {
                        rec.frames[i] = System.nanoTime();
                    }
                }
            }
        };
        NotificationEmitter[] emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(NotificationEmitter.class::cast).toArray(NotificationEmitter[]::new);
        javax.management.NotificationListener gcListener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType()) && rec.on) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                synchronized (rec.gcPauses) {
                    rec.gcPauses.add(new long[] {info.getGcInfo().getDuration(), info.getGcName().contains("Old") ? 1 : 0});
                }
            }
        };
        for (NotificationEmitter emitter : emitters) {
            emitter.addNotificationListener(gcListener, null, null);
        }
        Thread watchdog = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                int n = rec.frameCount.get();
                if (n > 0 && n <= MAX_FRAMES) {
                    long last = rec.frames[n - 1];
                    long now = System.nanoTime();
                    if (now - last > 50_000_000L) {
                        StackTraceElement[] stack = fxThread.getStackTrace();
                        synchronized (rec.samples) {
                            rec.samples.add(new Sample(last, now, stack));
                        }
                    }
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stall-watchdog");
        watchdog.setDaemon(true);

        Node bar = Fx.call(() -> window.scene().lookup("#exchangeProgress"));
        Fx.run(() -> {
            setUp.run();
            window.exchange().progressProperty().addListener((o, was, now) -> {
                if (!rec.on) {
                    return;
                }
                rec.progressUpdates++;
                rec.lastProgress = now.doubleValue();
                if (window.exchange().statusProperty().get().startsWith("Restoring")) {
                    rec.progressUpdatesRestoring++;
                    if (!rec.phases.containsKey("restore")) {
                        rec.phase("restore");
                    }
                }
                rec.progressBarShown |= bar != null && bar.isVisible();
            });
            window.exchange().busyProperty().addListener((o, was, busy) -> {
                if (rec.on && !busy && rec.phases.containsKey("restore") && !rec.phases.containsKey("after restore")) {
                    rec.phase("after restore");
                }
            });
            timer.start();
        });
        Thread.sleep(500);
        rec.on = true;
        watchdog.start();
        Fx.run(() -> {
            rec.phase("preview");
            window.exchange().importFile();
        });
        Fx.waitUntil("the import to end", 300, () -> !window.exchange().busyProperty().get()
                && rec.phases.containsKey("restore"));
        // after a restore, the window reloads the catalog and the paths (queued on the worker by the same event)
        for (int idle = 0; idle < 3; idle++) {
            Fx.waitUntil("the reload", 120, () -> runner.runningProperty().get() == 0);
            Thread.sleep(20);
        }
        rec.phase("done");
        Thread.sleep(1000);
        rec.on = false;
        watchdog.interrupt();
        Fx.run(timer::stop);
        for (NotificationEmitter emitter : emitters) {
            emitter.removeNotificationListener(gcListener);
        }
        watchdog.join();
    }

    private static void report(String label, Recording rec) {
        int n = Math.min(rec.frameCount.get(), MAX_FRAMES);
        List<String> phaseNames = new ArrayList<>(rec.phases.keySet());
        Map<String, Double> worstByPhase = new LinkedHashMap<>();
        List<long[]> gaps = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            gaps.add(new long[] {rec.frames[i] - rec.frames[i - 1], rec.frames[i - 1], rec.frames[i]});
            String phase = phaseAt(rec, phaseNames, rec.frames[i]);
            worstByPhase.merge(phase, (rec.frames[i] - rec.frames[i - 1]) / 1e6, Math::max);
        }
        long start = rec.phases.get("preview");
        double seconds = (rec.frames[n - 1] - rec.frames[0]) / 1e9;
        gaps.sort(Comparator.comparingLong((long[] g) -> g[0]).reversed());
        Fx.result("%s: %,d frames in %.1f s (%.0f a second); longest gap between frames %.1f ms; by phase: %s", label, n,
                seconds, n / seconds, gaps.isEmpty() ? Double.NaN : gaps.get(0)[0] / 1e6,
                worstByPhase.entrySet().stream().map(e -> String.format(java.util.Locale.ROOT, "%s %.1f ms", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")));
        Fx.result("%s: phases (s after File → Import): %s", label, rec.phases.entrySet().stream()
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.2f", e.getKey(), (e.getValue() - start) / 1e9))
                .collect(Collectors.joining(", ")));
        Fx.result("%s: gaps over 50 ms: %d, over 100 ms: %d; the five longest: %s", label,
                gaps.stream().filter(g -> g[0] > 50_000_000L).count(), gaps.stream().filter(g -> g[0] > 100_000_000L).count(),
                gaps.stream().limit(5).map(g -> String.format(java.util.Locale.ROOT, "%.1f ms at %.2f s (%s)", g[0] / 1e6,
                        (g[1] - start) / 1e9, phaseAt(rec, phaseNames, g[2]))).collect(Collectors.joining(", ")));
        Fx.result("%s: progress updates on the FX thread: %d (%d while restoring), last value %.2f; progress bar shown: %s",
                label, rec.progressUpdates, rec.progressUpdatesRestoring, rec.lastProgress, rec.progressBarShown ? "yes" : "no");
        synchronized (rec.gcPauses) {
            Fx.result("%s: garbage collections meanwhile: %d, longest %d ms", label, rec.gcPauses.size(),
                    rec.gcPauses.stream().mapToLong(p -> p[0]).max().orElse(0));
        }
        // what the FX thread was doing during the longest gaps
        synchronized (rec.samples) {
            for (long[] gap : gaps.stream().limit(3).filter(g -> g[0] > 50_000_000L).toList()) {
                Map<String, Long> frames = rec.samples.stream().filter(s -> s.frameBefore() == gap[1])
                        .map(s -> describe(s.stack())).collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
                Fx.result("%s: during the %.1f ms gap the FX thread was in: %s", label, gap[0] / 1e6,
                        frames.isEmpty() ? "(not sampled)" : frames.entrySet().stream()
                                .map(e -> e.getValue() + "× " + e.getKey()).collect(Collectors.joining(" | ")));
            }
        }
    }

    /** The longest gap between frames that ended in one of {@code phases}, in ms. */
    private static double worst(Recording rec, String... phases) {
        int n = Math.min(rec.frameCount.get(), MAX_FRAMES);
        List<String> names = new ArrayList<>(rec.phases.keySet());
        List<String> wanted = List.of(phases);
        double worst = 0;
        for (int i = 1; i < n; i++) {
            if (wanted.contains(phaseAt(rec, names, rec.frames[i]))) {
                worst = Math.max(worst, (rec.frames[i] - rec.frames[i - 1]) / 1e6);
            }
        }
        return worst;
    }

    private static String phaseAt(Recording rec, List<String> names, long time) {
        String phase = "before";
        for (String name : names) {
            if (rec.phases.get(name) <= time) {
                phase = name;
            }
        }
        return phase;
    }

    /** The top frames of a stack, and the innermost StudyPath frame. */
    private static String describe(StackTraceElement[] stack) {
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(6, stack.length); i++) {
            top.add(stack[i].getClassName().replaceAll(".*\\.", "") + "." + stack[i].getMethodName());
        }
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("org.studypath")) {
                top.add("… " + e.getClassName().replaceAll(".*\\.", "") + "." + e.getMethodName() + ":" + e.getLineNumber());
                break;
            }
        }
        return String.join(" < ", top);
    }

    /** Rows in the tables an import replaces, read through a connection of its own. */
    static Map<String, Long> counts(Path database) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement s = c.createStatement()) {
            for (String table : List.of("category", "resource", "resource_creator", "unit", "study_path", "path_item")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
