package org.studypath;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.studypath.app.AlreadyRunningException;
import org.studypath.app.CommandLine;
import org.studypath.app.DamagedDataException;
import org.studypath.app.DataFolder;
import org.studypath.app.Services;
import org.studypath.app.WindowPlacement;
import org.studypath.app.WindowSignal;
import org.studypath.ui.common.FxDialogService;
import org.studypath.ui.common.FxTaskRunner;
import org.studypath.ui.progress.ProgressViewModel;

/**
 * The composition root: opens the data folder off the FX thread (in {@link #init()}), then builds the main window
 * ({@link WindowAssembly}). Nothing here is static; every collaborator is passed in.
 */
public final class StudyPathApplication extends Application {
    private Services services;
    private Optional<WindowPlacement> placement = Optional.empty();
    private Exception startupError;
    private Path dataDir;
    private FxTaskRunner runner;
    private ProgressViewModel progressToFlush;
    private AlreadyRunningException alreadyRunning;
    private boolean broughtToFront;
    private WindowSignal signal;

    @Override
    public void init() {
        // Runs on the JavaFX launcher thread, not the FX application thread: safe for database work.
        try {
            CommandLine commandLine = CommandLine.parse(getParameters().getRaw());
            dataDir = DataFolder.resolve(commandLine.dataDir(), System.getenv(), System.getProperty("os.name"),
                    System.getProperty("user.home"));
            services = Services.open(dataDir);
            placement = WindowPlacement.load(services.settings());
        } catch (AlreadyRunningException e) {
            // the running window is asked to come to the front; this launch then ends quietly
            alreadyRunning = e;
            broughtToFront = WindowSignal.bringToFront(e.port());
        } catch (Exception e) {
            startupError = e;
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (alreadyRunning != null) {
            if (broughtToFront) {
                System.out.println("StudyPath is already running; its window was brought to the front.");
            } else {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, alreadyRunning.getMessage(), ButtonType.OK);
                alert.setTitle("StudyPath is already running");
                alert.setHeaderText("StudyPath is already running");
                alert.showAndWait();
            }
            Platform.exit();
            return;
        }
        if (startupError instanceof DamagedDataException damaged) {
            offerBackup(stage, damaged);
            return;
        }
        if (startupError != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startupError.getMessage(), ButtonType.CLOSE);
            alert.setTitle("StudyPath cannot start");
            alert.setHeaderText("StudyPath cannot open its data" + (dataDir == null ? "" : " in " + dataDir));
            alert.getDialogPane().setMinWidth(560);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        showMainWindow(stage);
    }

    /**
     * The database was damaged and has been moved aside: says so, and offers the newest good backup, an empty
     * StudyPath, or quitting. The chosen data folder is opened off the FX thread.
     */
    private void offerBackup(Stage stage, DamagedDataException damaged) {
        ButtonType restore = new ButtonType("Restore the backup", ButtonBar.ButtonData.OK_DONE);
        ButtonType empty = new ButtonType("Start empty", ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, damaged.getMessage());
        alert.setTitle("StudyPath's data was damaged");
        alert.setHeaderText("StudyPath's database could not be used");
        alert.getDialogPane().setId("damagedDialog");
        alert.getDialogPane().setMinWidth(600);
        alert.getButtonTypes().setAll(damaged.newestGoodBackup().isPresent() ? List.of(restore, empty, quit)
                : List.of(empty, quit));
        ButtonType answer = alert.showAndWait().orElse(quit);
        if (answer == quit) {
            Platform.exit();
            return;
        }
        javafx.concurrent.Task<Services> open = new javafx.concurrent.Task<>() {
            @Override
            protected Services call() {
                return answer == restore
                        ? Services.openFromBackup(dataDir, damaged.newestGoodBackup().orElseThrow(), java.time.Clock.systemDefaultZone())
                        : Services.open(dataDir);
            }
        };
        open.setOnSucceeded(e -> {
            services = open.getValue();
            showMainWindow(stage);
        });
        open.setOnFailed(e -> {
            Alert failed = new Alert(Alert.AlertType.ERROR, open.getException().getMessage(), ButtonType.CLOSE);
            failed.setTitle("StudyPath cannot start");
            failed.setHeaderText("StudyPath cannot open its data in " + dataDir);
            failed.showAndWait();
            Platform.exit();
        });
        Thread thread = new Thread(open, "studypath-open");
        thread.setDaemon(true);
        thread.start();
    }

    private void showMainWindow(Stage stage) {
        runner = new FxTaskRunner();
        WindowAssembly window = WindowAssembly.build(stage, services, runner, new FxDialogService(stage),
                uri -> getHostServices().showDocument(uri.toString()), () -> {
                    rememberPlacement(stage);
                    stage.close();
                });
        progressToFlush = window.progress();
        stage.setTitle("StudyPath");
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        placement.filter(StudyPathApplication::isOnScreen).ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximized());
        });
        stage.setOnCloseRequest(e -> rememberPlacement(stage));
        stage.show();
        window.load();
        listenForLaunches(stage);
    }

    /** A second launch with the same data folder brings this window to the front instead of opening the database. */
    private void listenForLaunches(Stage stage) {
        try {
            signal = WindowSignal.listen(() -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
            services.publishWindowPort(signal.port());
        } catch (java.io.IOException e) {
            // without it a second launch says that StudyPath is running, which is still safe
        }
    }

    private void rememberPlacement(Stage stage) {
        WindowPlacement now = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
        runner.run("Remember window", () -> {
            now.save(services.settings());
            return null;
        }, ignored -> { }, error -> { });
    }

    /** A remembered placement is used only when its title bar is still on a screen (monitors change). */
    private static boolean isOnScreen(WindowPlacement p) {
        return !Screen.getScreensForRectangle(new Rectangle2D(p.x(), p.y(), Math.min(p.width(), 200), 40)).isEmpty();
    }

    @Override
    public void stop() {
        if (signal != null) {
            signal.close();
        }
        if (progressToFlush != null) {
            progressToFlush.flush(); // a running timer and a note being typed are saved before the database closes
        }
        if (runner != null) {
            // the database is closed by the worker thread, after the work queued before it (such as the window placement)
            runner.run("Close database", () -> {
                try {
                    services.backups().dailyIfDue(); // once a day, on exit; checked before it counts
                } catch (RuntimeException e) {
                    System.err.println("StudyPath: the daily backup failed: " + e.getMessage());
                }
                services.close();
                return null;
            }, ignored -> { }, error -> { });
            runner.shutdown(60); // the daily backup of a big database may take some seconds; the window is gone already
        } else if (services != null) {
            services.close();
        }
    }
}
