package org.studypath.bench;

import atlantafx.base.theme.PrimerLight;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.studypath.StudyPathApplication;
import org.studypath.app.Services;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.MainView;
import org.studypath.ui.MainWindow;
import org.studypath.ui.catalog.CatalogView;
import org.studypath.ui.catalog.CatalogViewModel;
import org.studypath.ui.catalog.PathTarget;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.TaskRunner;
import org.studypath.ui.exchange.ExchangeViewModel;
import org.studypath.ui.exchange.ExportDialog;
import org.studypath.ui.exchange.FxReportPrinter;
import org.studypath.ui.path.PathsView;
import org.studypath.ui.path.PathsViewModel;
import org.studypath.ui.progress.ProgressView;
import org.studypath.ui.progress.ProgressViewModel;
import org.studypath.ui.schedule.ScheduleView;
import org.studypath.ui.schedule.ScheduleViewModel;
import org.studypath.ui.stats.StatisticsView;
import org.studypath.ui.stats.StatisticsViewModel;
import org.studypath.ui.today.TodayView;
import org.studypath.ui.today.TodayViewModel;

/**
 * StudyPath's main window wired as {@link StudyPathApplication#start} wires it (keep the two in step), except that
 * the dialogs and the task runner are passed in: a headless harness cannot answer a native file chooser, so it hands
 * in a {@link DialogService} that names the file and says yes, and it may wrap the real
 * {@link org.studypath.ui.common.FxTaskRunner} to time the work. Every view and view model is the application's own.
 */
record BenchWindow(Scene scene, MainView pages, CatalogViewModel catalog, PathsViewModel paths, ExchangeViewModel exchange) {

    /** Builds the window on {@code stage} (FX thread), shows it and starts loading the catalog and paths. */
    static BenchWindow show(Stage stage, Services services, TaskRunner runner, DialogService dialogs) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        CatalogViewModel catalog = new CatalogViewModel(services.catalog(), runner, dialogs, uri -> { }, Locale.getDefault());
        PathsViewModel paths = new PathsViewModel(services.plans(), runner, dialogs, services.clock(), Locale.getDefault());
        ScheduleViewModel schedule = new ScheduleViewModel(services.clock(), Locale.getDefault());
        schedule.plannedProperty().bind(paths.plannedProperty());
        PathTarget pathTarget = new PathTarget() {
            @Override
            public ObservableList<PathSummary> paths() {
                return paths.paths();
            }

            @Override
            public void addToPath(long pathId, List<Long> resourceIds) {
                paths.addResources(pathId, resourceIds);
            }
        };
        ProgressViewModel progress = new ProgressViewModel(services.progress(), runner, dialogs, services.clock(),
                Locale.getDefault(), paths::load);
        progress.plannedProperty().bind(paths.plannedProperty());
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
        MainWindow window = mainWindow(view, exchange);
        Scene scene = new Scene(window, 1180, 720);
        scene.getStylesheets().add(StudyPathApplication.class.getResource("ui/studypath.css").toExternalForm());
        stage.setTitle("StudyPath (bench)");
        stage.setScene(scene);
        stage.show();
        catalog.load();
        paths.load();
        return new BenchWindow(scene, view, catalog, paths, exchange);
    }

    /**
     * The main window around the pages. Its constructor takes the pages, the exchange view model, and one action per
     * menu command that opens something of its own (quit, and more as the File menu grows); the harness never uses
     * those, so each gets a no-op and this class need not change with the menu.
     */
    private static MainWindow mainWindow(MainView view, ExchangeViewModel exchange) {
        Constructor<?> constructor = MainWindow.class.getConstructors()[0];
        Object[] args = new Object[constructor.getParameterCount()];
        Class<?>[] types = constructor.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == MainView.class ? view : types[i] == ExchangeViewModel.class ? exchange
                    : types[i] == Runnable.class ? (Runnable) () -> { } : null;
            if (args[i] == null) {
                throw new IllegalStateException("MainWindow takes a " + types[i].getName() + "; teach BenchWindow about it");
            }
        }
        try {
            return (MainWindow) constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the main window", e);
        }
    }
}
