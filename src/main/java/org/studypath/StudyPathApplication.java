package org.studypath;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.studypath.app.CommandLine;
import org.studypath.app.DataFolder;
import org.studypath.app.Services;
import org.studypath.app.WindowPlacement;
import org.studypath.ui.MainView;
import org.studypath.ui.MainWindow;
import org.studypath.ui.exchange.ExchangeViewModel;
import org.studypath.ui.exchange.ExportDialog;
import org.studypath.ui.exchange.FxReportPrinter;
import org.studypath.ui.catalog.CatalogView;
import org.studypath.ui.catalog.PathTarget;
import org.studypath.ui.path.PathsView;
import org.studypath.ui.path.PathsViewModel;
import org.studypath.ui.progress.ProgressView;
import org.studypath.ui.progress.ProgressViewModel;
import org.studypath.ui.schedule.ScheduleViewModel;
import org.studypath.ui.stats.StatisticsView;
import org.studypath.ui.stats.StatisticsViewModel;
import org.studypath.ui.today.TodayView;
import org.studypath.ui.today.TodayViewModel;
import org.studypath.ui.schedule.ScheduleView;
import org.studypath.ui.catalog.CatalogViewModel;
import org.studypath.ui.common.FxDialogService;
import org.studypath.ui.common.FxTaskRunner;

/**
 * The composition root: opens the data folder off the FX thread (in {@link #init()}), then builds the object graph
 * and the main window. Nothing here is static; every collaborator is passed in.
 */
public final class StudyPathApplication extends Application {
    private Services services;
    private Optional<WindowPlacement> placement = Optional.empty();
    private Exception startupError;
    private Path dataDir;
    private FxTaskRunner runner;
    private ProgressViewModel progressToFlush;

    @Override
    public void init() {
        // Runs on the JavaFX launcher thread, not the FX application thread: safe for database work.
        try {
            CommandLine commandLine = CommandLine.parse(getParameters().getRaw());
            dataDir = DataFolder.resolve(commandLine.dataDir(), System.getenv(), System.getProperty("os.name"),
                    System.getProperty("user.home"));
            services = Services.open(dataDir);
            placement = WindowPlacement.load(services.settings());
        } catch (Exception e) {
            startupError = e;
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (startupError != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startupError.getMessage(), ButtonType.CLOSE);
            alert.setTitle("StudyPath cannot start");
            alert.setHeaderText("StudyPath cannot open its data" + (dataDir == null ? "" : " in " + dataDir));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        runner = new FxTaskRunner();
        CatalogViewModel catalog = new CatalogViewModel(services.catalog(), runner, new FxDialogService(stage),
                uri -> getHostServices().showDocument(uri.toString()), Locale.getDefault());
        FxDialogService dialogs = new FxDialogService(stage);
        PathsViewModel paths = new PathsViewModel(services.plans(), runner, dialogs, services.clock(), Locale.getDefault());
        ScheduleViewModel schedule = new ScheduleViewModel(services.clock(), Locale.getDefault());
        schedule.plannedProperty().bind(paths.plannedProperty());
        PathTarget pathTarget = new PathTarget() {
            @Override
            public javafx.collections.ObservableList<org.studypath.domain.plan.PathSummary> paths() {
                return paths.paths();
            }

            @Override
            public void addToPath(long pathId, java.util.List<Long> resourceIds) {
                paths.addResources(pathId, resourceIds);
            }
        };
        ProgressViewModel progress = new ProgressViewModel(services.progress(), runner, dialogs, services.clock(),
                Locale.getDefault(), paths::load);
        progress.plannedProperty().bind(paths.plannedProperty());
        progressToFlush = progress;
        TodayViewModel today = new TodayViewModel(progress, services.clock(), Locale.getDefault());
        today.plannedProperty().bind(paths.plannedProperty());
        StatisticsViewModel statistics = new StatisticsViewModel(services.progress(), runner, dialogs, Locale.getDefault(),
                paths::load);
        statistics.plannedProperty().bind(paths.plannedProperty());
        MainView view = new MainView(new MainView.Pages(
                new TodayView(today, paths.paths(), paths.selectedPathProperty()),
                new CatalogView(catalog, pathTarget),
                new PathsView(paths, catalog.shownResources()),
                new ProgressView(progress, paths.paths(), paths.selectedPathProperty()),
                new ScheduleView(schedule, paths.paths(), paths.selectedPathProperty()),
                new StatisticsView(statistics, paths.paths(), paths.selectedPathProperty())), paths, progress,
                statistics.shownProperty());
        ExchangeViewModel exchange = new ExchangeViewModel(services.exchange(), runner, dialogs, new ExportDialog(stage),
                new FxReportPrinter(stage), paths.selectedPathProperty(), services.clock(), () -> {
                    catalog.load();
                    paths.load();
                });
        MainWindow window = new MainWindow(view, exchange, () -> {
            rememberPlacement(stage);
            stage.close();
        });
        Scene scene = new Scene(window, 1180, 720);
        scene.getStylesheets().add(StudyPathApplication.class.getResource("ui/studypath.css").toExternalForm());
        stage.setTitle("StudyPath");
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        stage.setScene(scene);
        placement.filter(StudyPathApplication::isOnScreen).ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximized());
        });
        stage.setOnCloseRequest(e -> rememberPlacement(stage));
        stage.show();
        catalog.load();
        paths.load();
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
        if (progressToFlush != null) {
            progressToFlush.flush(); // a running timer and a note being typed are saved before the database closes
        }
        if (runner != null) {
            // the database is closed by the worker thread, after the work queued before it (such as the window placement)
            runner.run("Close database", () -> {
                services.close();
                return null;
            }, ignored -> { }, error -> { });
            runner.shutdown(5);
        } else if (services != null) {
            services.close();
        }
    }
}
