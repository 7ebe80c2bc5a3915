package org.studypath.ui.notify;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.app.PlanService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.settings.Themes;
import org.studypath.ui.today.TodayViewModel;

/**
 * The start-up notification: today's sessions of the path the window opens on, in a small popup at the bottom right
 * that fades after a few seconds (Settings can switch it off); a click on it shows Today.
 */
public final class TodayNotification {
    /** How long the notification stays before it fades. */
    public static final Duration SHOWN = Duration.seconds(8);

    private TodayNotification() {
    }

    /**
     * Shows the notification once the first plan of {@code today} is known (the path the learner left off on), if
     * that plan has anything to say; {@code showToday} runs on a click.
     */
    public static void showOncePlanned(Stage owner, TodayViewModel today, boolean gentle, boolean dark,
                                       Messages messages, Runnable showToday) {
        javafx.beans.value.ChangeListener<PlanService.PlannedPath> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends PlanService.PlannedPath> o,
                                PlanService.PlannedPath was, PlanService.PlannedPath now) {
                if (now == null) {
                    return;
                }
                today.plannedProperty().removeListener(this);
                Optional<String> text = TodayNotice.text(today.today(), today.overdue(), gentle, messages);
                text.ifPresent(t -> show(owner, TodayNotice.title(now.path().name(), messages), t, dark, showToday));
            }
        };
        today.plannedProperty().addListener(once);
    }

    private static void show(Stage owner, String title, String text, boolean dark, Runnable showToday) {
        Notifications.create()
                .owner(owner)
                .title(title)
                .text(text)
                .graphic(new FontIcon("mdi2b-bell-outline"))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN)
                .onAction(e -> showToday.run())
                .show();
        // the popup has a scene of its own, which the window's stylesheet does not reach: give it the theme's colours
        // (see studypath.css)
        Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.getScene() != null
                        && w.getScene().getRoot().lookup(".notification-bar") != null)
                .forEach(w -> {
                    w.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
                    Themes.mark(w.getScene(), dark);
                });
    }
}
