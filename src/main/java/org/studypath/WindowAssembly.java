package org.studypath;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.studypath.app.Preferences;
import org.studypath.app.Services;
import org.studypath.domain.WebLinks;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.MainView;
import org.studypath.ui.MainWindow;
import org.studypath.ui.about.AboutDialog;
import org.studypath.ui.backup.BackupsDialog;
import org.studypath.ui.backup.BackupsViewModel;
import org.studypath.ui.catalog.CatalogView;
import org.studypath.ui.catalog.CatalogViewModel;
import org.studypath.ui.catalog.PathTarget;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.LinkOpener;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;
import org.studypath.ui.exchange.CardExportViewModel;
import org.studypath.ui.exchange.ExchangeViewModel;
import org.studypath.ui.exchange.ExportDialog;
import org.studypath.ui.exchange.NotesExportViewModel;
import org.studypath.ui.exchange.FxReportPrinter;
import org.studypath.ui.exchange.PathExportDialog;
import org.studypath.ui.exchange.PathFileViewModel;
import org.studypath.ui.exchange.PathImportDialog;
import org.studypath.ui.help.OpenLogFolder;
import org.studypath.ui.help.ShortcutsDialog;
import org.studypath.ui.path.PathsView;
import org.studypath.ui.path.PathsViewModel;
import org.studypath.ui.progress.ProgressView;
import org.studypath.ui.progress.ProgressViewModel;
import org.studypath.ui.settings.SettingsDialog;
import org.studypath.ui.start.WindowContent;
import org.studypath.ui.settings.SettingsViewModel;
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
                             ProgressViewModel progress, ExchangeViewModel exchange, TodayViewModel today,
                             ScheduleViewModel schedule) implements WindowContent {

    /**
     * What the window asks of the application around it.
     *
     * @param quit          File → Quit
     * @param settingsSaved called on the FX thread after Settings saved, with the settings before and after
     * @param dataDir       the data folder (Help → About shows it)
     * @param openFolder    shows a folder in the file manager
     */
    public record Shell(Runnable quit, BiConsumer<Preferences, Preferences> settingsSaved, Path dataDir,
                        Consumer<Path> openFolder) {
    }

    /** Builds the window on {@code stage} (FX thread) without showing it; {@link #load()} once it is shown. */
    public static WindowAssembly build(Stage stage, Services services, Messages messages, TaskRunner runner,
                                       DialogService dialogs, LinkOpener links, Shell shell) {
        CatalogViewModel catalog = new CatalogViewModel(services.catalog(), runner, dialogs, links, messages);
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
        // a saved note is searchable from the catalog at once: the catalog reads that resource's search text again
        ProgressViewModel progress = new ProgressViewModel(services.progress(), runner, dialogs, services.clock(),
                messages, paths::load, catalog::noteChanged);
        progress.plannedProperty().bind(paths.plannedProperty());
        progress.edits().connectLinks(links); // Open on Today and Progress: a YouTube video at where the learner stopped
        progress.firstDayOfWeekProperty().bind(schedule.firstDayOfWeekProperty()); // for the date picker's calendar
        TodayViewModel today = new TodayViewModel(progress, services.clock(), messages);
        today.plannedProperty().bind(paths.plannedProperty());
        // a rating is saved like a tick: in the background, in the same undo history, then the plan is read again
        today.reviews().connect((review, rating, reopen, day, description) -> progress.saveUndoable(description,
                () -> services.reviews().rate(review.unitId(), rating, day, reopen),
                rated -> () -> {
                    services.reviews().undo(rated);
                    return null;
                }));
        // the gentle mode is set on Today (Settings) and followed by every page that would say "behind"
        progress.gentleProperty().bind(today.gentleProperty());
        paths.gentleProperty().bind(today.gentleProperty());
        StatisticsViewModel statistics = new StatisticsViewModel(services.progress(), runner, dialogs, messages, paths::load);
        statistics.plannedProperty().bind(paths.plannedProperty());
        statistics.firstDayOfWeekProperty().bind(schedule.firstDayOfWeekProperty()); // its weeks are the schedule's
        MainView view = new MainView(new MainView.Pages(
                () -> new TodayView(today, paths.paths(), paths.selectedPathProperty()),
                () -> new CatalogView(catalog, pathTarget),
                () -> new PathsView(paths, catalog.shownResources()),
                () -> new ProgressView(progress, paths.paths(), paths.selectedPathProperty()),
                () -> new ScheduleView(schedule, paths.paths(), paths.selectedPathProperty()),
                () -> new StatisticsView(statistics, paths.paths(), paths.selectedPathProperty())), paths, progress,
                statistics.shownProperty(), new MainView.Days() {
                    @Override
                    public void previous() {
                        today.previousDay();
                    }

                    @Override
                    public void next() {
                        today.nextDay();
                    }

                    @Override
                    public void today() {
                        today.showToday();
                    }
                }, messages);
        Runnable reload = () -> {
            catalog.load();
            paths.load();
        };
        ExchangeViewModel exchange = new ExchangeViewModel(services.exchange(), runner, dialogs,
                new ExportDialog(stage, messages),
                new FxReportPrinter(stage, messages, () -> schedule.firstDayOfWeekProperty().get()),
                paths.selectedPathProperty(), services.clock(), messages, reload);
        exchange.firstDayOfWeekProperty().bind(schedule.firstDayOfWeekProperty()); // the exports' weeks are the window's
        PathFileViewModel pathFiles = new PathFileViewModel(services.pathFiles(), runner, dialogs,
                new PathExportDialog(stage, messages), new PathImportDialog(stage, messages), paths.paths(),
                paths.selectedPathProperty(), exchange.statusLine(), messages, reload);
        exchange.onPathFile(pathFiles::preview); // File → Import… takes .studypath files too
        today.connect(new TodayViewModel.Actions() {
            @Override
            public void replan(Consumer<String> tell) {
                paths.replanFromToday(tell); // the path editor's replan, told on Today
            }

            @Override
            public void dismissWelcome() {
                // gone from this window either way: a failed save only brings it back at the next start
                runner.run("Dismiss welcome", () -> {
                    services.dismissWelcome();
                    return null;
                }, ignored -> { }, failure -> org.studypath.app.Log.of(WindowAssembly.class)
                        .warn("The welcome's dismissal was not saved", failure));
            }

            @Override
            public void openCatalog() {
                view.getSelectionModel().select(1);
            }

            @Override
            public void openExport() {
                exchange.export();
            }
        });
        NotesExportViewModel notesExport = new NotesExportViewModel(
                new org.studypath.app.NotesExport(services.progress(), services.clock()), runner, dialogs, messages);
        BackupsViewModel backups = new BackupsViewModel(services.backups(), runner, dialogs, messages, reload);
        BackupsDialog backupsDialog = new BackupsDialog(stage, messages);
        SettingsViewModel settings = new SettingsViewModel(SettingsViewModel.Store.of(services), runner, messages,
                shell.settingsSaved());
        SettingsDialog settingsDialog = new SettingsDialog(stage, messages);
        AboutDialog about = new AboutDialog(stage, messages, shell.dataDir(), shell.openFolder(),
                url -> WebLinks.parse(url).ifPresent(links::open));
        ShortcutsDialog shortcuts = new ShortcutsDialog(stage, messages);
        MainWindow window = new MainWindow(view, exchange, messages, new MainWindow.Actions(
                () -> backupsDialog.show(backups), () -> settingsDialog.show(settings), shortcuts::show, about::show,
                shell.quit(), new OpenLogFolder(shell.dataDir(), shell.openFolder()), notesExport::export,
                pathFiles::exportPath, pathFiles::importPath,
                new CardExportViewModel(services.cards(), runner, dialogs, messages)::export));
        Scene scene = new Scene(window, 1180, 720);
        scene.getStylesheets().add(StudyPathApplication.class.getResource("ui/studypath.css").toExternalForm());
        stage.setScene(scene);
        return new WindowAssembly(scene, view, catalog, paths, progress, exchange, today, schedule);
    }

    /** Starts loading the catalog and the paths in the background. */
    @Override
    public void load() {
        catalog.load();
        paths.load();
    }
}
