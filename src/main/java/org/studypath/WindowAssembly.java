package org.studypath;

import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.studypath.app.Services;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.MainView;
import org.studypath.ui.MainWindow;
import org.studypath.ui.backup.BackupsDialog;
import org.studypath.ui.backup.BackupsViewModel;
import org.studypath.ui.catalog.CatalogView;
import org.studypath.ui.catalog.CatalogViewModel;
import org.studypath.ui.catalog.PathTarget;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.LinkOpener;
import org.studypath.ui.common.Messages;
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
 * The main window's object graph: every view model and view, wired to the services, in a scene set on the stage.
 * The application and the performance harness build the window through this one place; they differ only in what
 * they pass in (dialogs, links, the task runner, what Quit does).
 */
public record WindowAssembly(Scene scene, MainView pages, CatalogViewModel catalog, PathsViewModel paths,
                             ProgressViewModel progress, ExchangeViewModel exchange) {

    /** Builds the window on {@code stage} (FX thread) without showing it; {@link #load()} once it is shown. */
    public static WindowAssembly build(Stage stage, Services services, Messages messages, TaskRunner runner,
                                       DialogService dialogs, LinkOpener links, Runnable quit) {
        Locale locale = messages.locale();
        CatalogViewModel catalog = new CatalogViewModel(services.catalog(), runner, dialogs, links, locale);
        PathsViewModel paths = new PathsViewModel(services.plans(), runner, dialogs, services.clock(), messages);
        ScheduleViewModel schedule = new ScheduleViewModel(services.clock(), messages);
        paths.firstDayOfWeekProperty().bind(schedule.firstDayOfWeekProperty()); // Settings sets the schedule's
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
                locale, paths::load);
        progress.plannedProperty().bind(paths.plannedProperty());
        TodayViewModel today = new TodayViewModel(progress, services.clock(), locale);
        today.plannedProperty().bind(paths.plannedProperty());
        StatisticsViewModel statistics = new StatisticsViewModel(services.progress(), runner, dialogs, locale, paths::load);
        statistics.plannedProperty().bind(paths.plannedProperty());
        MainView view = new MainView(new MainView.Pages(
                () -> new TodayView(today, paths.paths(), paths.selectedPathProperty()),
                () -> new CatalogView(catalog, pathTarget),
                () -> new PathsView(paths, catalog.shownResources()),
                () -> new ProgressView(progress, paths.paths(), paths.selectedPathProperty()),
                () -> new ScheduleView(schedule, paths.paths(), paths.selectedPathProperty()),
                () -> new StatisticsView(statistics, paths.paths(), paths.selectedPathProperty())), paths, progress,
                statistics.shownProperty());
        Runnable reload = () -> {
            catalog.load();
            paths.load();
        };
        ExchangeViewModel exchange = new ExchangeViewModel(services.exchange(), runner, dialogs, new ExportDialog(stage),
                new FxReportPrinter(stage), paths.selectedPathProperty(), services.clock(), reload);
        BackupsViewModel backups = new BackupsViewModel(services.backups(), runner, dialogs, locale, reload);
        BackupsDialog backupsDialog = new BackupsDialog(stage);
        MainWindow window = new MainWindow(view, exchange, () -> backupsDialog.show(backups), quit);
        Scene scene = new Scene(window, 1180, 720);
        scene.getStylesheets().add(StudyPathApplication.class.getResource("ui/studypath.css").toExternalForm());
        stage.setScene(scene);
        return new WindowAssembly(scene, view, catalog, paths, progress, exchange);
    }

    /** Starts loading the catalog and the paths in the background. */
    public void load() {
        catalog.load();
        paths.load();
    }
}
