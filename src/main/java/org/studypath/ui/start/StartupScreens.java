package org.studypath.ui.start;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.studypath.app.Background;
import org.studypath.app.BackupService;
import org.studypath.app.Preferences;
import org.studypath.app.Startup;
import org.studypath.app.StartupOutcome;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.FxDialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.settings.Themes;

/**
 * What a start that could not open the data folder shows, before any main window exists, in the system's language and
 * colour scheme: that StudyPath is running already, that it cannot start, or that its database was damaged (with the
 * newest good backup on offer). Each ends the application, except a damaged start that the learner continues.
 */
public final class StartupScreens {
    private final Locale systemLocale;
    private final Background background;
    private final Messages messages;
    private final DialogService dialogs;

    public StartupScreens(Locale systemLocale, Background background) {
        this.systemLocale = systemLocale;
        this.background = background;
        this.messages = StartLanguage.use(Preferences.Language.SYSTEM, systemLocale);
        this.dialogs = new FxDialogService(null, messages);
        Themes.apply(Themes.dark(Preferences.Theme.SYSTEM, Themes.systemPrefersDark()));
    }

    /**
     * Another StudyPath has the data folder. When its window came to the front, a line on the terminal is all that is
     * needed; otherwise the learner is told.
     */
    public void alreadyRunning(StartupOutcome.AlreadyRunning running) {
        if (running.broughtToFront()) {
            System.out.println("StudyPath is already running; its window was brought to the front.");
        } else {
            dialogs.showInfo(messages.text("app.alreadyRunning"), messages.reason(running.reason()));
        }
        Platform.exit();
    }

    /** Nothing could be opened: says what, and where. */
    public void cannotStart(StartupOutcome.Failed failed) {
        String header = failed.dataDir().map(dir -> messages.text("app.cannotOpenDataIn", dir))
                .orElse(messages.text("app.cannotOpenData"));
        dialogs.showError(header, messages.reason(failed.reason()));
        Platform.exit();
    }

    /**
     * The database was damaged and moved aside: offers the newest good backup, an empty StudyPath, or quitting. The
     * chosen way is opened off the FX thread, then {@code continueWith} gets the open folder (FX thread).
     */
    public void offerBackup(StartupOutcome.Damaged damaged, Consumer<StartupOutcome.Opened> continueWith) {
        Optional<BackupService.Entry> backup = damaged.reason().newestGoodBackup();
        List<String> options = backup.isPresent()
                ? List.of(messages.text("app.damaged.restore"), messages.text("app.damaged.startEmpty"),
                        messages.text("app.damaged.quit"))
                : List.of(messages.text("app.damaged.startEmpty"), messages.text("app.damaged.quit"));
        int chosen = dialogs.choose(messages.text("app.damaged.title"), messages.text("app.damaged.header"),
                messages.reason(damaged.reason()), options);
        if (chosen < 0 || chosen == options.size() - 1) {
            Platform.exit();
            return;
        }
        Optional<BackupService.Entry> from = backup.isPresent() && chosen == 0 ? backup : Optional.empty();
        background.supply(() -> Startup.reopen(damaged, from, Clock.systemDefaultZone(),
                        Preferences.Language.SYSTEM.locale(systemLocale)))
                .whenComplete((opened, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        dialogs.showError(messages.text("app.cannotOpenDataIn", damaged.dataDir()), messages.reason(cause));
                        Platform.exit();
                    } else {
                        continueWith.accept(opened);
                    }
                }));
    }
}
