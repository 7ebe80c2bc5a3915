package org.studypath;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.util.Duration;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.ui.notify.TodayNotice;
import org.studypath.ui.settings.Themes;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.studypath.app.AlreadyRunningException;
import org.studypath.app.AppInfo;
import org.studypath.app.FolderOpener;
import org.studypath.app.LeftOff;
import org.studypath.app.MemoryFootprint;
import org.studypath.app.SystemAppearance;
import org.studypath.app.CommandLine;
import org.studypath.app.DamagedDataException;
import org.studypath.app.DataFolder;
import org.studypath.app.Services;
import org.studypath.app.Preferences;
import org.studypath.app.WindowPlacement;
import org.studypath.app.WindowSignal;
import org.studypath.ui.common.FxDialogService;
import org.studypath.ui.common.FxTaskRunner;
import org.studypath.ui.common.Messages;
import org.studypath.ui.progress.ProgressViewModel;

/**
 * The composition root: opens the data folder off the FX thread (in {@link #init()}), then builds the main window
 * ({@link WindowAssembly}). Nothing here is static; every collaborator is passed in.
 */
public final class StudyPathApplication extends Application {
    /** How long the start-up notification stays before it fades. */
    private static final Duration NOTICE_SHOWN = Duration.seconds(8);
    private Services services;
    private Optional<WindowPlacement> placement = Optional.empty();
    private Exception startupError;
    private Path dataDir;
    private FxTaskRunner runner;
    private ProgressViewModel progressToFlush;
    private AlreadyRunningException alreadyRunning;
    private boolean broughtToFront;
    private WindowSignal signal;
    /**
     * The system's locale, read from the properties the JVM started with: a chosen language replaces the default
     * locale, and must not be mistaken for the system's on the next start in the same JVM (as in tests).
     */
    private final Locale systemLocale = new Locale(System.getProperty("user.language", "en"),
            System.getProperty("user.country", ""));
    private Preferences preferences = Preferences.defaults();
    /** What the system said about dark mode (read in init, off the FX thread), and the theme in use. */
    private Optional<Boolean> systemDark = Optional.empty();
    private boolean dark;
    /** The page shown, remembered so that StudyPath reopens on it (and a language switch keeps it). */
    private LeftOff.Page page = LeftOff.Page.TODAY;
    /** The window's content now shown (built again when the language changes). */
    private WindowAssembly shown;
    /** The UI's words: the language chosen in Settings, else the system's. */
    private Messages messages = Messages.of(Preferences.Language.SYSTEM.locale(systemLocale));
    /** The window's icons, read in {@code init} on a thread of their own. */
    private java.util.concurrent.CompletableFuture<List<Image>> icons =
            java.util.concurrent.CompletableFuture.completedFuture(List.of());

    @Override
    public void init() {
        // Runs on the JavaFX launcher thread, not the FX application thread: safe for database work.
        warmUpIcons();
        icons = java.util.concurrent.CompletableFuture.supplyAsync(StudyPathApplication::windowIcons,
                threadOfItsOwn("studypath-icons"));
        // asking the system about dark mode may start a process: it runs beside the database's opening
        java.util.concurrent.CompletableFuture<Optional<Boolean>> systemAppearance = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> SystemAppearance.ofThisSystem().prefersDark(), threadOfItsOwn("studypath-appearance"))
                .exceptionally(e -> Optional.empty());
        try {
            CommandLine commandLine = CommandLine.parse(getParameters().getRaw());
            dataDir = DataFolder.resolve(commandLine.dataDir(), System.getenv(), System.getProperty("os.name"),
                    System.getProperty("user.home"));
            org.studypath.app.Log.toFolderLater(dataDir);
            services = Services.open(dataDir, java.time.Clock.systemDefaultZone(),
                    Preferences.Language.SYSTEM.locale(systemLocale));
            readChoices(systemAppearance::join);
            useLanguage(preferences.language());
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
        dark = Themes.dark(preferences.theme(), systemDark);
        Themes.apply(dark);
        if (alreadyRunning != null) {
            if (broughtToFront) {
                System.out.println("StudyPath is already running; its window was brought to the front.");
            } else {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.reason(alreadyRunning), closeButton());
                alert.setTitle(messages.text("app.alreadyRunning"));
                alert.setHeaderText(messages.text("app.alreadyRunning"));
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
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.reason(startupError), closeButton());
            alert.setTitle(messages.text("app.cannotStart"));
            alert.setHeaderText(dataDir == null ? messages.text("app.cannotOpenData")
                    : messages.text("app.cannotOpenDataIn", dataDir));
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
        ButtonType restore = new ButtonType(messages.text("app.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType empty = new ButtonType(messages.text("app.damaged.startEmpty"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(messages.text("app.damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.reason(damaged));
        alert.setTitle(messages.text("app.damaged.title"));
        alert.setHeaderText(messages.text("app.damaged.header"));
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
                Services opened = answer == restore
                        ? Services.openFromBackup(dataDir, damaged.newestGoodBackup().orElseThrow(), java.time.Clock.systemDefaultZone())
                        : Services.open(dataDir, java.time.Clock.systemDefaultZone(),
                                Preferences.Language.SYSTEM.locale(systemLocale));
                services = opened;
                readChoices(() -> SystemAppearance.ofThisSystem().prefersDark());
                return opened;
            }
        };
        open.setOnSucceeded(e -> {
            // the restored (or new) data's own choices: language, theme, placement, the start-up notification
            services = open.getValue();
            useLanguage(preferences.language());
            dark = Themes.dark(preferences.theme(), systemDark);
            Themes.apply(dark);
            showMainWindow(stage);
        });
        open.setOnFailed(e -> {
            Alert failed = new Alert(Alert.AlertType.ERROR, messages.reason(open.getException()), closeButton());
            failed.setTitle(messages.text("app.cannotStart"));
            failed.setHeaderText(messages.text("app.cannotOpenDataIn", dataDir));
            failed.showAndWait();
            Platform.exit();
        });
        threadOfItsOwn("studypath-open").execute(open);
    }

    private void showMainWindow(Stage stage) {
        runner = new FxTaskRunner();
        WindowAssembly window = buildWindow(stage);
        stage.setTitle(AppInfo.NAME);
        icons.thenAccept(images -> Platform.runLater(() -> stage.getIcons().setAll(images)));
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
        // the data is read once the first frame has been styled and laid out: read beside them, it competed with them
        // for the CPU (the first frame laid out 75–104 ms sooner, and the Today page's sessions shown 67–71 ms sooner,
        // in two sets of 5 alternating starts; docs/performance.md). Drawing that frame still overlaps with the read.
        afterFirstFrame(stage.getScene(), window::load);
        listenForLaunches(stage);
        boolean notify = preferences.startupNotification() && !services.firstStart();
        // the memory is settled once start-up is over: after the notification has gone, when there is one
        settleMemoryOnceLoaded(window, notify ? NOTICE_SHOWN.add(Duration.seconds(2)) : Duration.seconds(1));
        if (notify) {
            notifyToday(stage, window);
        }
    }

    /** The main window's content in the current language; File → Quit remembers the placement and closes. */
    private WindowAssembly buildWindow(Stage stage) {
        WindowAssembly window = WindowAssembly.build(stage, services, messages, runner, new FxDialogService(stage, messages),
                uri -> getHostServices().showDocument(uri.toString()), new WindowAssembly.Shell(() -> {
                    rememberPlacement(stage);
                    stage.close();
                }, (before, after) -> settingsSaved(stage, before, after), dataDir, this::openFolder));
        Themes.mark(window.scene(), dark);
        window.schedule().firstDayOfWeekProperty().set(preferences.weekStart(messages.locale()));
        window.today().gentleProperty().set(preferences.gentle());
        window.today().welcomeShownProperty().set(preferences.welcome());
        // the page the learner left off on; the path is remembered by the paths' view model, which every page follows
        window.pages().getSelectionModel().select(page.ordinal());
        window.pages().getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() < LeftOff.Page.values().length && shown == window) {
                page = LeftOff.Page.values()[now.intValue()];
                LeftOff.Page chosen = page;
                runner.run("Remember page", () -> {
                    LeftOff.rememberPage(services.settings(), chosen);
                    return null;
                }, ignored -> { }, error -> { });
            }
        });
        progressToFlush = window.progress();
        shown = window;
        return window;
    }

    /**
     * Applies what Settings changed: the theme at once, the first day of the week in the schedule, and a new
     * language by building the window again on the same stage (the page shown stays shown).
     */
    private void settingsSaved(Stage stage, Preferences before, Preferences after) {
        preferences = after;
        if (after.theme() != before.theme()) {
            Task<Optional<Boolean>> detect = new Task<>() {
                @Override
                protected Optional<Boolean> call() {
                    return after.theme() == Preferences.Theme.SYSTEM ? SystemAppearance.ofThisSystem().prefersDark()
                            : Optional.empty();
                }
            };
            detect.setOnSucceeded(e -> {
                systemDark = detect.getValue();
                dark = Themes.dark(after.theme(), systemDark);
                Themes.apply(dark);
                Themes.mark(stage.getScene(), dark);
            });
            threadOfItsOwn("studypath-theme").execute(detect);
        }
        if (shown != null) {
            shown.schedule().firstDayOfWeekProperty().set(after.weekStart(messages.locale()));
            shown.today().gentleProperty().set(after.gentle());
            shown.today().welcomeShownProperty().set(after.welcome());
        }
        if (after.language() != before.language()) {
            // a note being typed is saved, and a running timer goes on in the new window (on the same page and path)
            Optional<ProgressViewModel.RunningTimer> timer = progressToFlush == null ? Optional.empty()
                    : progressToFlush.handOver();
            useLanguage(after.language());
            WindowAssembly window = buildWindow(stage);
            timer.ifPresent(window.progress()::resumeTimer);
            window.load();
        }
    }

    /**
     * Once the catalog and the paths have loaded, and {@code after} later (the window has drawn them, and the start-up
     * notification has come and gone), the memory start-up needed is given back ({@link MemoryFootprint}), on a thread
     * of its own.
     */
    private void settleMemoryOnceLoaded(WindowAssembly window, Duration after) {
        var catalogLoaded = window.catalog().loadedProperty();
        var pathsLoaded = window.paths().loadedProperty();
        Runnable settle = () -> {
            javafx.animation.PauseTransition drawn = new javafx.animation.PauseTransition(after);
            drawn.setOnFinished(e -> threadOfItsOwn("studypath-memory").execute(() -> {
                MemoryFootprint.settle();
                MemoryFootprint.trimOnceCompilersRest();
            }));
            drawn.play();
        };
        if (catalogLoaded.get() && pathsLoaded.get()) {
            settle.run();
            return;
        }
        javafx.beans.InvalidationListener whenBoth = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (catalogLoaded.get() && pathsLoaded.get()) {
                    catalogLoaded.removeListener(this);
                    pathsLoaded.removeListener(this);
                    settle.run();
                }
            }
        };
        catalogLoaded.addListener(whenBoth);
        pathsLoaded.addListener(whenBoth);
    }

    /** Today's sessions in a small notification that fades after a few seconds (Settings can switch it off). */
    private void notifyToday(Stage stage, WindowAssembly window) {
        // the first plan shown is the path the learner left off on (remembered), so the notification is about it
        javafx.beans.value.ChangeListener<org.studypath.app.PlanService.PlannedPath> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.studypath.app.PlanService.PlannedPath> o,
                                org.studypath.app.PlanService.PlannedPath was, org.studypath.app.PlanService.PlannedPath now) {
                if (now == null) {
                    return;
                }
                window.today().plannedProperty().removeListener(this);
                TodayNotice.text(window.today().today(), window.today().overdue(), preferences.gentle(), messages).ifPresent(text -> {
                    Notifications.create()
                            .owner(stage)
                            .title(TodayNotice.title(now.path().name(), messages))
                            .text(text)
                            .graphic(new FontIcon("mdi2b-bell-outline"))
                            .position(Pos.BOTTOM_RIGHT)
                            .hideAfter(NOTICE_SHOWN)
                            .onAction(e -> window.pages().getSelectionModel().select(0))
                            .show();
                    // the popup has a scene of its own: give it the theme's colours (see studypath.css)
                    Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow && w.getScene() != null
                                    && w.getScene().getRoot().lookup(".notification-bar") != null)
                            .forEach(w -> {
                                w.getScene().getStylesheets().setAll(stage.getScene().getStylesheets());
                                Themes.mark(w.getScene(), dark);
                            });
                });
            }
        };
        window.today().plannedProperty().addListener(once);
    }

    private void openFolder(Path folder) {
        try {
            new FolderOpener(System.getProperty("os.name")).open(folder);
        } catch (java.io.IOException | IllegalArgumentException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.reason(e), closeButton());
            alert.setTitle(messages.text("app.openFolderFailed"));
            alert.setHeaderText(messages.text("app.openFolderFailed"));
            alert.show();
        }
    }

    /**
     * Loads the icon font and its first icon set on a thread of its own while the database opens (the toolkit is up
     * before {@code init}): the first icon otherwise costs the FX thread about 100 ms while it builds the window.
     * A node that is in no scene may be made on any thread.
     */
    private static void warmUpIcons() {
        threadOfItsOwn("studypath-icon-font").execute(() -> {
            try {
                new FontIcon("mdi2c-chevron-left");
            } catch (RuntimeException e) {
                // the window makes its icons anyway; only the head start is lost
            }
        });
    }

    /** Runs {@code then} once, on the FX thread, as soon as a pulse has styled and laid {@code scene} out. */
    private static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Runs a task on a new daemon thread of that name (the application's one-off jobs off the FX thread). */
    private static java.util.concurrent.Executor threadOfItsOwn(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }

    /**
     * The window's icons in three sizes (the system picks one), decoded off the FX thread while the data folder opens;
     * the window gets them as soon as they are read.
     */
    private static List<Image> windowIcons() {
        List<Image> images = new java.util.ArrayList<>();
        for (int size : new int[] {32, 64, 256}) {
            var icon = StudyPathApplication.class.getResource("ui/icons/studypath-" + size + ".png");
            if (icon != null) {
                images.add(new Image(icon.toExternalForm()));
            }
        }
        return images;
    }

    /**
     * Reads the window's placement and the Settings choices, and takes what the system says about dark mode when
     * that decides the theme.
     */
    private void readChoices(java.util.function.Supplier<Optional<Boolean>> systemAppearance) {
        placement = WindowPlacement.load(services.settings());
        preferences = Preferences.load(services.settings());
        page = LeftOff.page(services.settings()).orElse(LeftOff.Page.TODAY);
        systemDark = preferences.theme() == Preferences.Theme.SYSTEM ? systemAppearance.get() : Optional.empty();
    }

    /**
     * Makes {@code language} the UI's language. JavaFX's own texts (a text field's menu, for example) follow the
     * default locale, so it is set as well, before the first control is made.
     */
    private void useLanguage(Preferences.Language language) {
        Locale locale = language.locale(systemLocale);
        Locale.setDefault(locale);
        messages = Messages.of(locale);
    }

    private ButtonType closeButton() {
        return new ButtonType(messages.text("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
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
            LeftOff.Page last = page;
            // the database is closed by the worker thread, after the work queued before it (such as the window placement)
            runner.run("Close database", () -> {
                try {
                    // written again on quitting: a restore since the page was chosen brought the backup's
                    LeftOff.rememberPage(services.settings(), last);
                } catch (RuntimeException e) {
                    System.err.println(org.studypath.domain.SafeText.message("StudyPath: the page shown was not remembered: " + e.getMessage()));
                }
                try {
                    services.backups().dailyIfDue(); // once a day, on exit; checked before it counts
                } catch (RuntimeException e) {
                    System.err.println(org.studypath.domain.SafeText.message("StudyPath: the daily backup failed: " + e.getMessage()));
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
