package org.studypath.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What opening the data folder came to, before any window exists: the result of the start-up's first phase
 * ({@link Startup}). The window's side decides what to show for each case, so this has no UI in it.
 */
public sealed interface StartupOutcome {

    /** The data folder is open, and the learner's saved choices are read from it. */
    record Opened(Services services, Path dataDir, Choices choices) implements StartupOutcome {
    }

    /** Another StudyPath has the data folder; its window was asked to come to the front (or could not be). */
    record AlreadyRunning(AlreadyRunningException reason, boolean broughtToFront) implements StartupOutcome {
    }

    /** The database was damaged and has been moved aside; a good backup may be offered. */
    record Damaged(Path dataDir, DamagedDataException reason) implements StartupOutcome {
    }

    /** Nothing could be opened; {@code dataDir} is empty when even the folder could not be told. */
    record Failed(Optional<Path> dataDir, Exception reason) implements StartupOutcome {
    }

    /**
     * The choices the window starts with: the placement it had, the Settings, and the page the learner left off on.
     */
    record Choices(Optional<WindowPlacement> placement, Preferences preferences, LeftOff.Page page) {
        static Choices of(Services services) {
            return new Choices(WindowPlacement.load(services.settings()), Preferences.load(services.settings()),
                    LeftOff.page(services.settings()).orElse(LeftOff.Page.TODAY));
        }
    }
}
