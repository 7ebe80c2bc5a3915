package org.studypath.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.StudyPathApplication;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application, headless (Monocle), on a fresh temporary data folder for each test. */
abstract class AppWindowTest extends FxRobot {
    @TempDir
    Path dataDir;
    Application application;

    @BeforeEach
    void startApplication() throws Exception {
        FxToolkit.registerPrimaryStage();
        launch();
    }

    @AfterEach
    void stopApplication() throws Exception {
        close();
        FxToolkit.cleanupStages();
    }

    /** Starts the app on {@link #dataDir}; tests may close and launch again to check what was saved. */
    void launch() throws Exception {
        application = FxToolkit.setupApplication(StudyPathApplication.class, "--data-dir", dataDir.toString());
    }

    void close() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
            application = null;
        }
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
