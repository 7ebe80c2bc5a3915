package org.studypath;

import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.studypath.app.Background;
import org.studypath.app.Preferences;
import org.studypath.app.Startup;
import org.studypath.app.StartupOutcome;
import org.studypath.ui.start.AppWindow;
import org.studypath.ui.start.StartupScreens;
import org.studypath.ui.start.WindowIcons;

/**
 * The composition root. It wires the application's parts and runs the start-up's phases in order; it makes no control
 * and no thread itself ({@code ArchitectureTest} checks both):
 * <ol>
 *   <li>{@link #init()}, on JavaFX's launcher thread: the window's icons and the icon font are read in the
 *   {@link Background}, while the data folder is opened and the learner's choices read ({@link Startup}).</li>
 *   <li>{@link #start(Stage)}, on the FX thread, by what that came to: the main window's phases ({@link AppWindow}:
 *   look, build, place and show, load, listen, tell), or one of the {@link StartupScreens} (already running, cannot
 *   start, damaged data with a backup on offer).</li>
 *   <li>{@link #stop()}: the window saves what is open, makes the daily backup and closes the database.</li>
 * </ol>
 * The launcher ({@link Launcher}) runs before all of this: it answers the command line, chooses the rendering, and
 * warms the database driver up while the toolkit starts.
 */
public final class StudyPathApplication extends Application {
    /**
     * The system's locale, read from the properties the JVM started with: a chosen language replaces the default
     * locale, and must not be mistaken for the system's on the next start in the same JVM (as in tests).
     */
    private final Locale systemLocale = Locale.of(System.getProperty("user.language", "en"),
            System.getProperty("user.country", ""));
    private final Background background = new Background();
    private WindowIcons icons;
    private StartupOutcome outcome;
    private AppWindow window;

    @Override
    public void init() {
        icons = WindowIcons.readIn(background);
        outcome = Startup.open(getParameters().getRaw(), Clock.systemDefaultZone(),
                Preferences.Language.SYSTEM.locale(systemLocale), background::execute);
    }

    @Override
    public void start(Stage stage) {
        switch (outcome) {
            case StartupOutcome.Opened opened -> show(stage, opened);
            case StartupOutcome.AlreadyRunning running -> screens().alreadyRunning(running);
            case StartupOutcome.Failed failed -> screens().cannotStart(failed);
            case StartupOutcome.Damaged damaged -> screens().offerBackup(damaged, opened -> show(stage, opened));
        }
    }

    private StartupScreens screens() {
        return new StartupScreens(systemLocale, background);
    }

    /** The main window on {@code stage}, its content built by {@link WindowAssembly}. */
    private void show(Stage stage, StartupOutcome.Opened opened) {
        outcome = opened;
        window = new AppWindow(stage, opened, systemLocale, icons, (on, messages, runner, dialogs, hooks) ->
                WindowAssembly.build(on, opened.services(), messages, runner, dialogs,
                        uri -> getHostServices().showDocument(uri.toString()),
                        new WindowAssembly.Shell(hooks.quit(), hooks.settingsSaved(), opened.dataDir(), hooks.openFolder())));
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        } else if (outcome instanceof StartupOutcome.Opened opened) {
            opened.services().close();
        }
        background.close();
    }
}
