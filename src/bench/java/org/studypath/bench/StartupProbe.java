package org.studypath.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
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
 * is shown, another when that window's first pulse has applied CSS and laid it out, and for StudyPath a third when
 * the Today page shows what is planned (its session rows laid out, or its note that nothing is). The parent times the
 * markers from the moment it spawned the process. The app is not changed for this: the probe watches
 * {@link Window#getWindows()}, which the toolkit fills when a window is shown.
 *
 * <p>Arguments: {@code studypath --data-dir DIR}, {@code bare} or {@code controls}.
 */
public final class StartupProbe {
    static final String SHOWN = "PROBE window-shown";
    static final String LAID_OUT = "PROBE first-pulse";
    static final String TODAY = "PROBE today-shown";

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
        } else if ("controls".equals(args[0])) {
            Application.launch(ControlsWindow.class, rest);
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
        if ("StudyPath".equals(title)) {
            // the sessions come from the data's first load, which starts after the first frame: a later pulse
            Runnable[] today = new Runnable[1];
            today[0] = () -> {
                String shown = todayShown(scene);
                if (shown != null) {
                    scene.removePostLayoutPulseListener(today[0]);
                    System.out.println(TODAY + " " + shown);
                    System.out.flush();
                }
            };
            scene.addPostLayoutPulseListener(today[0]);
        }
    }

    /**
     * What the Today page shows once laid out: its session rows, or its note that nothing is planned today once a
     * path's plan is shown (its progress line is set; before the paths load the note says there is no path); else null.
     */
    private static String todayShown(Scene scene) {
        if (scene.lookup("#todayList") instanceof Parent list && list.isVisible()
                && !list.getChildrenUnmodifiable().isEmpty()) {
            Node first = list.getChildrenUnmodifiable().getFirst();
            return first.getLayoutBounds().getHeight() > 0 ? list.getChildrenUnmodifiable().size() + " sessions" : null;
        }
        if (scene.lookup("#todayProgressText") instanceof Label progress && !progress.getText().isEmpty()
                && scene.lookup("#todayEmpty") instanceof Label empty && empty.isVisible() && empty.getWidth() > 0) {
            return "none planned: " + empty.getText();
        }
        return null;
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

    /**
     * What StudyPath's first window costs JavaFX alone: the same controls (menu bar with its items and icons, six tabs,
     * the Today page's scroll pane, buttons, path choice, progress bar and labels, the status strip), styled by the
     * same two stylesheets (the Primer theme and studypath.css, both binary), built by plain code in {@code start()}:
     * no database, no view models, no StudyPath classes. StudyPath cannot start faster than this; the harness times it
     * beside the bare window and StudyPath.
     */
    public static final class ControlsWindow extends Application {
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(StartupProbe.class.getResource("/org/studypath/ui/themes/primer-light.bss")
                    .toExternalForm());
            javafx.scene.control.Menu file = new javafx.scene.control.Menu("File", null, item("Export…", "mdi2e-export"),
                    item("Back up now", "mdi2c-content-save-all-outline"), item("Import…", "mdi2i-import"),
                    new javafx.scene.control.SeparatorMenuItem(), item("Backups…", "mdi2b-backup-restore"),
                    new javafx.scene.control.SeparatorMenuItem(), item("Print…", "mdi2p-printer-outline"),
                    new javafx.scene.control.SeparatorMenuItem(), item("Settings…", "mdi2c-cog-outline"),
                    new javafx.scene.control.SeparatorMenuItem(), item("Quit", null));
            javafx.scene.control.Menu go = new javafx.scene.control.Menu("Go");
            for (String page : java.util.List.of("Today", "Catalog", "Study paths", "Progress", "Schedule", "Statistics")) {
                go.getItems().add(item(page, null));
            }
            go.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), item("Previous day", "mdi2c-chevron-left"),
                    item("Next day", "mdi2c-chevron-right"), item("Back to today", "mdi2c-calendar-today"));
            javafx.scene.control.Menu help = new javafx.scene.control.Menu("Help", null,
                    item("Keyboard shortcuts", "mdi2k-keyboard-outline"), new javafx.scene.control.SeparatorMenuItem(),
                    item("About StudyPath", "mdi2i-information-outline"));
            javafx.scene.control.MenuBar menuBar = new javafx.scene.control.MenuBar(file, go, help);

            Label heading = styled(new Label("Monday, 30 November"), "today-heading");
            javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
            javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.control.Button back = styled(new javafx.scene.control.Button("Back to today"), "flat");
            back.setVisible(false);
            back.setManaged(false);
            javafx.scene.control.ComboBox<String> path = new javafx.scene.control.ComboBox<>();
            path.getItems().add("Maths for machine learning");
            javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(10, heading, iconButton("mdi2c-chevron-left"),
                    iconButton("mdi2c-chevron-right"), back, spacer, new Label("Study path"), path);
            javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar(0);
            bar.setPrefWidth(260);
            javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(10, top, styled(new Label(""), "standing"),
                    new javafx.scene.layout.HBox(10, bar, new Label("")), styled(new Label("Today"), "section-heading"),
                    styled(new Label(""), "detail-muted"), styled(new Label("Nothing planned for today."), "detail-muted"),
                    new javafx.scene.layout.VBox(), hidden(styled(new Label("Overdue"), "section-heading")),
                    hidden(new javafx.scene.layout.VBox()), hidden(styled(new Label("Next"), "section-heading")),
                    new javafx.scene.layout.VBox());
            content.setPadding(new javafx.geometry.Insets(16, 20, 16, 20));
            content.setMaxWidth(900);
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
            scroll.setFitToWidth(true);
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.getTabs().add(new javafx.scene.control.Tab("Today", new javafx.scene.layout.BorderPane(scroll)));
            for (String page : java.util.List.of("Catalog", "Study paths", "Progress", "Schedule", "Statistics")) {
                tabs.getTabs().add(new javafx.scene.control.Tab(page));
            }
            javafx.scene.control.ProgressBar busy = new javafx.scene.control.ProgressBar();
            busy.setVisible(false);
            busy.setManaged(false);
            javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
            cancel.setVisible(false);
            cancel.setManaged(false);
            javafx.scene.layout.HBox strip = new javafx.scene.layout.HBox(10, busy, new Label(), cancel,
                    styled(new javafx.scene.control.Button(null, new org.kordamp.ikonli.javafx.FontIcon("mdi2c-close")), "flat"));
            strip.getStyleClass().add("status-strip");
            hidden(strip);
            javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(tabs, menuBar, null, strip, null);
            root.getStyleClass().add("theme-light");
            Scene scene = new Scene(root, 1180, 720);
            scene.getStylesheets().add(StartupProbe.class.getResource("/org/studypath/ui/studypath.css").toExternalForm());
            stage.setScene(scene);
            stage.setTitle(CONTROLS_TITLE);
            stage.show();
        }

        private static javafx.scene.control.MenuItem item(String text, String icon) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
            if (icon != null) {
                item.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(icon));
            }
            return item;
        }

        private static javafx.scene.control.Button iconButton(String icon) {
            return styled(new javafx.scene.control.Button(null, new org.kordamp.ikonli.javafx.FontIcon(icon)), "flat", "button-icon");
        }

        private static <T extends javafx.scene.Node> T styled(T node, String... styleClasses) {
            node.getStyleClass().addAll(styleClasses);
            return node;
        }

        private static <T extends javafx.scene.Node> T hidden(T node) {
            node.setVisible(false);
            node.setManaged(false);
            return node;
        }
    }

    static final String CONTROLS_TITLE = "StudyPath's controls, no StudyPath code";
}
