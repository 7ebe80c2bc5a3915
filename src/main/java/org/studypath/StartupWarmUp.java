package org.studypath;

import org.studypath.app.DataFolder;
import org.studypath.app.Services;

/**
 * A head start for a cold JVM, run by the {@link Launcher} on a thread of its own while JavaFX starts its toolkit
 * (time in which the application itself cannot run yet). It opens a database in memory the way the data
 * folder is opened ({@link Services#warmUp}), so the SQLite driver, its native library (kept in the cache folder
 * instead of written to the temporary folder at every start) and the store's code are loaded by the time {@code init()}
 * opens the real file, which then waits for none of it. It keeps nothing else.
 */
final class StartupWarmUp {
    /** {@code -Dstudypath.warmUp=false} starts without it (the performance harness compares both). */
    static final String SWITCH = "studypath.warmUp";

    private StartupWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    static void start() {
        Thread thread = new Thread(StartupWarmUp::run, "studypath-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    static void run() {
        Services.warmUp(DataFolder.cacheFolder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")));
    }
}
