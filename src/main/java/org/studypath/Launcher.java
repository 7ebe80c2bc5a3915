package org.studypath;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.application.Application;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import org.studypath.app.CliRunner;
import org.studypath.app.DataFolder;

/**
 * The entry point of {@code studypath.jar} and {@code mvn javafx:run}. It is not an {@link Application} itself, so
 * the jar starts with JavaFX on the class path; options that need no window are answered without starting JavaFX.
 */
public final class Launcher {
    /**
     * Hidden option for the packaging build ({@code mvn -Pdist package}): start the app on a new, temporary data
     * folder, let the window show and load, then quit the normal way. The JVM records such a start into the app
     * image's AOT cache ({@code src/dist/aot-cache.sh}). It needs a display, like any start with a window.
     */
    static final String TRAINING = "--aot-training";
    private static final long TRAINING_WINDOW_MILLIS = 4000;

    private Launcher() {
    }

    public static void main(String[] args) {
        // first: the time zones StudyPath reads next bring in a library that asks for a logger (iCal4j's zone rules)
        org.studypath.app.Log.startLater();
        if (Arrays.asList(args).contains(TRAINING)) {
            System.exit(train());
            return;
        }
        // the system's locale as the JVM started with it, as the window reads it (StudyPathApplication)
        java.util.Locale system = new java.util.Locale(System.getProperty("user.language", "en"),
                System.getProperty("user.country", ""));
        java.util.OptionalInt status = CliRunner.withoutWindow(Arrays.asList(args), Launcher::dataDir, system, System.in,
                System.out, System.err, Clock.systemDefaultZone());
        if (status.isPresent()) {
            System.out.flush();
            // --version and --help end by returning, as they start nothing; a command or a wrong one ends the JVM
            // with its status
            if (status.getAsInt() != CliRunner.OK || !versionOrHelpOnly(args)) {
                System.exit(status.getAsInt());
            }
            return;
        }
        chooseRendering(System.getProperties());
        if (!"false".equals(System.getProperty(StartupWarmUp.SWITCH))) {
            StartupWarmUp.start();
        }
        Application.launch(StudyPathApplication.class, args);
    }

    /** Whether {@code args} (a command line that parses) name no command: what ran was --version or --help. */
    private static boolean versionOrHelpOnly(String[] args) {
        try {
            return org.studypath.app.CommandLine.parse(Arrays.asList(args)).command() == null;
        } catch (org.studypath.app.CommandLine.UsageException e) {
            return false;
        }
    }

    /** The data folder the command line names (null: none named), or the default one. */
    private static Path dataDir(String option) {
        return DataFolder.resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /**
     * JavaFX's rendering settings StudyPath starts with, unless the command line chose otherwise ({@code -D...}); they
     * must be set before the toolkit starts, which reads them once.
     *
     * <p>{@value #REGION_CACHING}: JavaFX otherwise draws the backgrounds of controls with several fills (buttons,
     * fields, check boxes) into one large texture and copies them from it. On the software pipeline, which JavaFX
     * falls back to without a suitable GPU, that texture is an array in the Java heap, and copying from it is slower
     * than drawing the fills ([decision 0005] in docs/decisions, with the figures in docs/performance.md). Drawn
     * without the cache, a background that starts at a fraction of a pixel shows it, so rows are laid out on whole
     * pixels.
     */
    static void chooseRendering(java.util.Properties system) {
        system.putIfAbsent(REGION_CACHING, "true");
    }

    static final String REGION_CACHING = "prism.disableRegionCaching";

    /** {@link #TRAINING}: 0 when the window was shown and the app quit, 1 otherwise. */
    private static int train() {
        chooseRendering(System.getProperties()); // the cache records a start as users get it
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("studypath-training-");
        } catch (IOException e) {
            System.err.println("studypath: " + org.studypath.domain.SafeText.message(String.valueOf(e.getMessage())));
            return 1;
        }
        boolean[] shown = new boolean[1];
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            if (shown[0]) {
                return;
            }
            shown[0] = true;
            Thread quit = new Thread(() -> {
                try {
                    Thread.sleep(TRAINING_WINDOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(Platform::exit);
            }, "studypath-training");
            quit.setDaemon(true);
            quit.start();
        });
        try {
            Application.launch(StudyPathApplication.class, "--data-dir", dataDir.toString());
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println(org.studypath.domain.SafeText.message("studypath: could not delete " + dataDir + ": " + e.getMessage()));
            }
        }
        return shown[0] ? 0 : 1;
    }
}
