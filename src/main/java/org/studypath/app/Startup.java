package org.studypath.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The start-up's first phase, which needs no window: find the data folder the command line names (or the default
 * one), open it, and read the learner's choices. It runs on JavaFX's launcher thread, before the toolkit shows
 * anything, and turns every way it can end into a {@link StartupOutcome} instead of an exception.
 */
public final class Startup {
    private static final org.slf4j.Logger LOG = Log.of(Startup.class);

    private Startup() {
    }

    /**
     * Opens the data folder of {@code commandLine}; {@code systemLanguage} names the starter path on a first start.
     * A second StudyPath on the same folder asks the first one's window to the front instead. The log file is set up
     * on {@code background} (the window need not wait for it), except when opening fails: then it is set up before the
     * failure is logged, so that the report a learner attaches holds it.
     */
    public static StartupOutcome open(List<String> commandLine, Clock clock, Locale systemLanguage, Executor background) {
        Path dataDir = null;
        try {
            dataDir = DataFolder.resolve(CommandLine.parse(commandLine).dataDir(), System.getenv(),
                    System.getProperty("os.name"), System.getProperty("user.home"));
            Path folder = dataDir;
            background.execute(() -> Log.toFolder(folder)); // the log file goes beside the data it is about
            Services services = Services.open(dataDir, clock, systemLanguage);
            return new StartupOutcome.Opened(services, dataDir, StartupOutcome.Choices.of(services));
        } catch (AlreadyRunningException e) {
            return new StartupOutcome.AlreadyRunning(e, WindowSignal.bringToFront(e.port()));
        } catch (DamagedDataException e) {
            Log.toFolder(dataDir);
            LOG.warn("The database in {} was damaged and moved aside", dataDir, e);
            return new StartupOutcome.Damaged(dataDir, e);
        } catch (Exception e) {
            if (dataDir != null) {
                Log.toFolder(dataDir);
            }
            LOG.error("StudyPath could not open its data folder {}", dataDir, e);
            return new StartupOutcome.Failed(Optional.ofNullable(dataDir), e);
        }
    }

    /**
     * After a damaged database: opens the folder again, from {@code backup} when one was chosen, else empty. Throws
     * what the opening threw; the caller shows it.
     */
    public static StartupOutcome.Opened reopen(StartupOutcome.Damaged damaged, Optional<BackupService.Entry> backup,
                                               Clock clock, Locale systemLanguage) {
        Services services = backup.isPresent()
                ? Services.openFromBackup(damaged.dataDir(), backup.get(), clock)
                : Services.open(damaged.dataDir(), clock, systemLanguage);
        return new StartupOutcome.Opened(services, damaged.dataDir(), StartupOutcome.Choices.of(services));
    }
}
