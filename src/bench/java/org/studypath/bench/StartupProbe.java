package org.studypath.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.studypath.Launcher;
import org.studypath.StudyPathApplication;

/**
 * A child JVM started by {@link PerfMain} for the cold-start and memory measurements: starts either StudyPath (its
 * real {@link StudyPathApplication}, unchanged) or a bare JavaFX window, and prints a marker line when the first window
 * is shown and another when that window's first pulse has applied CSS and laid it out. The parent times the markers
 * from the moment it spawned the process. The app is not changed for this: the probe watches
 * {@link Window#getWindows()}, which the toolkit fills when a window is shown.
 *
 * <p>Arguments: {@code studypath --data-dir DIR} or {@code bare}.
 */
public final class StartupProbe {
    static final String SHOWN = "PROBE window-shown";
    static final String LAID_OUT = "PROBE first-pulse";

    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private StartupProbe() {
    }

    public static void main(String[] args) {
        // The list is static and empty until the first window is shown (on the FX thread); listening from here, before
        // the toolkit starts, cannot miss that window.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    shown(window);
                }
            }
        });
        if (Boolean.getBoolean("probe.sample")) {
            Sampler.start();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if ("bare".equals(args[0])) {
            Application.launch(BareWindow.class, rest);
        } else {
            Launcher.main(rest); // the jar's entry point, as users start it (it launches StudyPathApplication)
        }
    }

    private static void shown(Window window) {
        if (!REPORTED.compareAndSet(false, true)) {
            return;
        }
        String title = window instanceof Stage stage ? stage.getTitle() : window.getClass().getSimpleName();
        System.out.println(SHOWN + " " + title);
        System.out.flush();
        Scene scene = window.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            System.out.println(LAID_OUT + " " + title);
            System.out.flush();
            Sampler.stop();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * With {@code -Dprobe.sample=true}: samples the FX thread's stack every 5 ms from the JVM's start to the first
     * frame and prints where the time went, for the harness's startup profile. (Off in the timed runs.)
     */
    static final class Sampler {
        private static final Map<String, Integer> BUCKETS = new TreeMap<>();
        private static final Map<String, Integer> PLACES = new HashMap<>();
        private static volatile boolean running;
        private static Thread thread;
        private static int samples;

        static void start() {
            running = true;
            thread = new Thread(() -> {
                Thread fx = null;
                while (running) {
                    if (fx == null) {
                        fx = Thread.getAllStackTraces().keySet().stream()
                                .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElse(null);
                    } else {
                        record(fx.getStackTrace());
                    }
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "probe-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private static synchronized void record(StackTraceElement[] stack) {
            samples++;
            String all = Arrays.stream(stack).map(e -> e.getClassName() + "." + e.getMethodName())
                    .reduce("", (a, b) -> a + " " + b);
            String top = stack.length == 0 ? "" : stack[0].getClassName() + "." + stack[0].getMethodName();
            String phase = all.contains("StudyPathApplication.start") ? "in start() (building the window)"
                    : all.contains("ScenePulseListener.pulse") ? "in the first pulse"
                    : all.contains("org.studypath.") ? "handling loaded data (view models, views)"
                    : top.contains("_runLoop") || top.contains("Unsafe.park") || top.contains("Object.wait")
                    ? "idle (waiting for the launcher thread or the data)" : "other JavaFX work";
            String kind = all.contains("ClassLoader.loadClass") || all.contains("defineClass") ? "class loading"
                    : all.contains("CssStyleHelper") || all.contains("StyleManager") || all.contains("doCSSPass")
                    || all.contains("CssParser") ? "CSS"
                    : all.contains(".layout") || all.contains("layoutChildren") || all.contains("computePref")
                    || all.contains("computeMin") ? "layout"
                    : all.contains("createDefaultSkin") || all.contains("Skin.<init>") ? "skins" : "other";
            BUCKETS.merge(phase + ": " + kind, 1, Integer::sum);
            for (int i = 1; i < stack.length; i++) {
                // which statement of start() the time went to: the call it made
                if (stack[i].getClassName().equals("org.studypath.StudyPathApplication") && stack[i].getMethodName().equals("start")) {
                    PLACES.merge("start() → " + stack[i - 1].getClassName().replaceAll(".*\\.", "") + "."
                            + stack[i - 1].getMethodName() + " (line " + stack[i].getLineNumber() + ")", 1, Integer::sum);
                    break;
                }
            }
        }

        static synchronized void stop() {
            if (!running) {
                return;
            }
            running = false;
            thread.interrupt();
            System.out.println("PROBE-PROFILE FX-thread samples every 5 ms until the first frame: " + samples);
            BUCKETS.forEach((bucket, n) -> System.out.printf("PROBE-PROFILE %5.0f ms  %s%n", n * 5.0, bucket));
            PLACES.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(e -> System.out.printf("PROBE-PROFILE   %5.0f ms  %s%n", e.getValue() * 5.0, e.getKey()));
            System.out.flush();
        }
    }

    /** The baseline: a bare JavaFX window of StudyPath's size with one label. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1180, 720));
            stage.setTitle("Bare JavaFX window");
            stage.show();
        }
    }
}
