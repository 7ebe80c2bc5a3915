package org.studypath.ui.path;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.review.ReviewScope;
import org.studypath.domain.review.ReviewSettings;

/**
 * The chosen path's review settings (decision 0013): on or off, the daily cap, single units or whole resources. A
 * change is saved at once (switching review off is one click) and the plan is read again; the ladder of intervals is
 * kept as it is saved. Touches no control.
 */
final class PathReviews {
    private final PathWork work;
    private final Supplier<PlannedPath> planned;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on", true);
    private final ObjectProperty<Integer> cap = new SimpleObjectProperty<>(this, "cap", ReviewSettings.DEFAULT_CAP_MINUTES);
    private final ObjectProperty<ReviewScope> scope = new SimpleObjectProperty<>(this, "scope", ReviewScope.UNITS);
    /** True while the saved settings are shown: that is not a change to save. */
    private boolean filling;

    PathReviews(PathWork work, Supplier<PlannedPath> planned) {
        this.work = work;
        this.planned = planned;
        on.addListener((o, a, b) -> save());
        cap.addListener((o, a, b) -> save());
        scope.addListener((o, a, b) -> save());
    }

    /** Shows the saved settings of the chosen path (the defaults when there is none). */
    void fill(ReviewSettings settings) {
        ReviewSettings shown = settings == null ? ReviewSettings.DEFAULT : settings;
        filling = true;
        try {
            on.set(shown.on());
            cap.set(shown.dailyCapMinutes());
            scope.set(shown.scope());
        } finally {
            filling = false;
        }
    }

    private void save() {
        PlannedPath path = planned.get();
        if (filling || path == null) {
            return;
        }
        Integer minutes = cap.get();
        if (minutes == null || minutes < ReviewSettings.MIN_CAP_MINUTES || minutes > ReviewSettings.MAX_CAP_MINUTES) {
            work.dialogs.showError(work.messages.text("paths.review.checkTitle"), work.messages.notice(
                    org.studypath.domain.Notice.of("review.badCap", ReviewSettings.MIN_CAP_MINUTES,
                            ReviewSettings.MAX_CAP_MINUTES)));
            fill(path.path().reviewSettings());
            return;
        }
        ReviewSettings settings = new ReviewSettings(on.get(), minutes, scope.get() == null ? ReviewScope.UNITS : scope.get(),
                path.path().reviewSettings().intervals());
        if (settings.equals(path.path().reviewSettings())) {
            return;
        }
        long pathId = path.path().id();
        work.change("Save review settings", () -> work.plans.saveReviewSettings(pathId, settings),
                work.messages.text(settings.on() ? "paths.review.saved" : "paths.review.savedOff"));
    }

    BooleanProperty onProperty() {
        return on;
    }

    ObjectProperty<Integer> capProperty() {
        return cap;
    }

    ObjectProperty<ReviewScope> scopeProperty() {
        return scope;
    }
}
