package org.studypath.ui.start;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.studypath.app.AppInfo;
import org.studypath.app.FolderOpener;
import org.studypath.app.LeftOff;
import org.studypath.app.Preferences;
import org.studypath.app.Services;
import org.studypath.app.StartupOutcome;
import org.studypath.app.WindowPlacement;
import org.studypath.app.WindowSignal;
import org.studypath.app.Log;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.FxDialogService;
import org.studypath.ui.common.FxTaskRunner;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;
import org.studypath.ui.notify.TodayNotification;
import org.studypath.ui.progress.ProgressViewModel;
import org.studypath.ui.settings.Themes;

/**
 * The main window's life on its stage, once the data folder is open: the start-up's window phases, in this order
 * ({@link #show()}):
 * <ol>
 *   <li><b>look</b>: the language and the theme (the learner's, or the system's colour scheme);</li>
 *   <li><b>build</b>: the window's content, on the page the learner left off on;</li>
 *   <li><b>place and show</b>: where the window was, if that is still on a screen;</li>
 *   <li><b>load</b>: the catalog and the paths, read once the first frame has been styled and laid out (read beside
 *   that work, they would compete with it for the CPU);</li>
 *   <li><b>listen</b>: a second launch brings this window to the front;</li>
 *   <li><b>tell</b>: the start-up notification of today's sessions.</li>
 * </ol>
 * Afterwards it applies what Settings changes (a new language rebuilds the content on the same stage, keeping the page,
 * the path and a running timer), remembers the page and the placement, and on {@link #close()} saves what is being
 * typed, makes the daily backup and closes the database after the work queued before it.
 */
public final class AppWindow {
    private static final org.slf4j.Logger LOG = Log.of(AppWindow.class);
    /** Builds the window's content; the composition root wires it. */
    @FunctionalInterface
    public interface Assembler {
        WindowContent build(Stage stage, Messages messages, TaskRunner runner, DialogService dialogs, Hooks hooks);
    }

    /**
     * What the content asks of the window around it: File → Quit, what Settings saved (before, after), showing a
     * folder in the file manager.
     */
    public record Hooks(Runnable quit, BiConsumer<Preferences, Preferences> settingsSaved, Consumer<Path> openFolder) {
    }

    private final Stage stage;
    private final Services services;
    private final Locale systemLocale;
    private final Assembler assembler;
    private final WindowIcons icons;
    private final FxTaskRunner runner = new FxTaskRunner();
    private Preferences preferences;
    private Optional<WindowPlacement> placement;
    /** The page shown, remembered so that StudyPath reopens on it (and a language switch keeps it). */
    private LeftOff.Page page;
    private Messages messages;
    /** The dialogs of the content shown, in its language. */
    private DialogService dialogs;
    private boolean dark;
    private WindowContent shown;
    private WindowSignal signal;

    public AppWindow(Stage stage, StartupOutcome.Opened opened, Locale systemLocale, WindowIcons icons,
                     Assembler assembler) {
        this.stage = stage;
        this.services = opened.services();
        this.systemLocale = systemLocale;
        this.icons = icons;
        this.assembler = assembler;
        this.preferences = opened.choices().preferences();
        this.placement = opened.choices().placement();
        this.page = opened.choices().page();
    }

    /** Runs the window phases of the start-up (FX thread). */
    public void show() {
        applyLook();
        WindowContent content = build();
        stage.setTitle(AppInfo.NAME);
        icons.applyTo(stage);
        place();
        stage.show();
        afterFirstFrame(content.scene(), content::load);
        listenForLaunches();
        if (preferences.startupNotification() && !services.firstStart()) {
            TodayNotification.showOncePlanned(stage, content.today(), preferences.gentle(), dark, messages,
                    () -> content.pages().getSelectionModel().select(0));
        }
    }

    /** The language and the theme; the theme follows the system's colour scheme while Settings say "system". */
    private void applyLook() {
        messages = StartLanguage.use(preferences.language(), systemLocale);
        applyTheme();
        Themes.whenSystemSchemeChanges(() -> {
            if (preferences.theme() == Preferences.Theme.SYSTEM) {
                applyTheme();
            }
        });
    }

    private void applyTheme() {
        dark = Themes.dark(preferences.theme(), Themes.systemPrefersDark());
        Themes.apply(dark);
        if (stage.getScene() != null) {
            Themes.mark(stage.getScene(), dark);
        }
    }

    /** The content in the current language, on the page the learner left off on. */
    private WindowContent build() {
        dialogs = new FxDialogService(stage, messages);
        WindowContent content = assembler.build(stage, messages, runner, dialogs,
                new Hooks(this::quit, this::settingsSaved, this::openFolder));
        Themes.mark(content.scene(), dark);
        content.schedule().firstDayOfWeekProperty().set(preferences.weekStart(messages.locale()));
        content.today().gentleProperty().set(preferences.gentle());
        content.today().welcomeShownProperty().set(preferences.welcome());
        content.pages().getSelectionModel().select(page.ordinal());
        content.pages().getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() < LeftOff.Page.values().length && shown == content) {
                page = LeftOff.Page.values()[now.intValue()];
                LeftOff.Page chosen = page;
                runner.run("Remember page", () -> {
                    LeftOff.rememberPage(services.settings(), chosen);
                    return null;
                }, ignored -> { }, error -> { });
            }
        });
        shown = content;
        return content;
    }

    /** The remembered placement, used only when its title bar is still on a screen (monitors change). */
    private void place() {
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        placement.filter(p -> !Screen.getScreensForRectangle(new Rectangle2D(p.x(), p.y(), Math.min(p.width(), 200), 40))
                .isEmpty()).ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximized());
        });
        stage.setOnCloseRequest(e -> rememberPlacement());
    }

    /**
     * Applies what Settings changed: the theme at once, the first day of the week, the gentle mode and the welcome,
     * and a new language by building the content again on the same stage.
     */
    private void settingsSaved(Preferences before, Preferences after) {
        preferences = after;
        if (after.theme() != before.theme()) {
            applyTheme();
        }
        shown.schedule().firstDayOfWeekProperty().set(after.weekStart(messages.locale()));
        shown.today().gentleProperty().set(after.gentle());
        shown.today().welcomeShownProperty().set(after.welcome());
        if (after.language() != before.language()) {
            // a note being typed is saved, and a running timer goes on in the new window (on the same page and path)
            Optional<ProgressViewModel.RunningTimer> timer = shown.progress().handOver();
            messages = StartLanguage.use(after.language(), systemLocale);
            WindowContent content = build();
            timer.ifPresent(content.progress()::resumeTimer);
            content.load();
        }
    }

    private void openFolder(Path folder) {
        try {
            new FolderOpener(System.getProperty("os.name")).open(folder);
        } catch (java.io.IOException | IllegalArgumentException e) {
            dialogs.showError(messages.text("app.openFolderFailed"), messages.reason(e));
        }
    }

    /** A second launch with the same data folder brings this window to the front instead of opening the database. */
    private void listenForLaunches() {
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

    private void quit() {
        rememberPlacement();
        stage.close();
    }

    private void rememberPlacement() {
        WindowPlacement now = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
        runner.run("Remember window", () -> {
            now.save(services.settings());
            return null;
        }, ignored -> { }, error -> { });
    }

    /**
     * The end of the window's life (the application's {@code stop}): a running timer and a note being typed are
     * saved, then, on the worker thread after the work queued before, the page is remembered, the daily backup made
     * if due, and the database closed.
     */
    public void close() {
        if (signal != null) {
            signal.close();
        }
        if (shown != null) {
            shown.progress().flush();
        }
        LeftOff.Page last = page;
        runner.run("Close database", () -> {
            try {
                // written again on quitting: a restore since the page was chosen brought the backup's
                LeftOff.rememberPage(services.settings(), last);
            } catch (RuntimeException e) {
                LOG.warn("The page shown was not remembered", e);
            }
            try {
                services.backups().dailyIfDue(); // once a day, on exit; checked before it counts
            } catch (RuntimeException e) {
                LOG.warn("The daily backup failed", e);
            }
            services.close();
            return null;
        }, ignored -> { }, error -> { });
        runner.shutdown(60); // the daily backup of a big database may take some seconds; the window is gone already
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
}
