package org.studypath.ui.stats;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.app.ProgressService;
import org.studypath.app.ProgressService.StreakSettings;
import org.studypath.domain.progress.PaceEstimate;
import org.studypath.domain.progress.ReviewStatistics;
import org.studypath.domain.progress.Statistics;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * The statistics page: computed in the background whenever the selected path's plan changes. The view draws the
 * charts from {@link #statisticsProperty()}; this class holds the opt-in streak and the personal pace offer.
 */
public final class StatisticsViewModel {
    /** One line of the personal pace table. */
    public record PaceLine(PaceEstimate estimate, String text) {
    }

    private final ProgressService progress;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable reload;
    private final ObjectProperty<PlannedPath> planned = new SimpleObjectProperty<>(this, "planned");
    /** The first day of the week chosen in Settings (resolved): the weeks are counted from it. */
    private final ObjectProperty<java.time.DayOfWeek> firstDayOfWeek =
            new SimpleObjectProperty<>(this, "firstDayOfWeek", java.time.DayOfWeek.MONDAY);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    /** The plan changed while the page was hidden: load when it is shown again. */
    private boolean stale;
    private final ReadOnlyObjectWrapper<Statistics> statistics = new ReadOnlyObjectWrapper<>(this, "statistics");
    private final ObservableList<PaceLine> pace = FXCollections.observableArrayList();
    private final BooleanProperty streakEnabled = new SimpleBooleanProperty(this, "streakEnabled");
    private final ObjectProperty<Integer> weeklyGoalHours = new SimpleObjectProperty<>(this, "weeklyGoalHours");
    private final ReadOnlyStringWrapper streakText = new ReadOnlyStringWrapper(this, "streakText", "");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper paceNote = new ReadOnlyStringWrapper(this, "paceNote", "");
    /** Whether some type has enough data for "Plan with my pace…": the button is off until then, not an error. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper paceUsable =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "paceUsable");
    private final ReviewFigures reviews;
    private boolean filling;
    private int loads;

    public StatisticsViewModel(ProgressService progress, TaskRunner runner, DialogService dialogs, Messages messages,
                               Runnable reload) {
        this.progress = progress;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.reload = reload;
        this.reviews = new ReviewFigures(messages);
        planned.addListener((o, a, b) -> loadIfShown());
        firstDayOfWeek.addListener((o, a, b) -> loadIfShown());
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                load();
            }
        });
        pace.addListener((javafx.collections.ListChangeListener<PaceLine>) change ->
                paceUsable.set(pace.stream().anyMatch(line -> line.estimate().enoughData())));
        streakEnabled.addListener((o, a, b) -> saveStreak());
        weeklyGoalHours.addListener((o, a, b) -> saveStreak());
    }

    private record Result(Statistics statistics, StreakSettings streak, List<PaceEstimate> pace,
                          ReviewStatistics reviews) {
    }

    private void loadIfShown() {
        if (shown.get()) {
            load();
        } else {
            stale = true;
        }
    }

    public void load() {
        stale = false;
        PlannedPath path = planned.get();
        int load = ++loads;
        if (path == null) {
            statistics.set(null);
            pace.clear();
            totals.set("");
            streakText.set("");
            reviews.show(null, false);
            return;
        }
        java.time.DayOfWeek firstDay = firstDayOfWeek.get() == null ? java.time.DayOfWeek.MONDAY : firstDayOfWeek.get();
        runner.run("Statistics", () -> {
            StreakSettings streak = progress.streakSettings();
            return new Result(progress.statistics(path, streak, firstDay), streak, progress.paceEstimates(),
                    ReviewStatistics.of(path.path().reviewHistory(), path.shown().sessions(), path.today(), firstDay));
        }, result -> {
            if (load != loads) {
                return; // a newer load is on its way
            }
            filling = true;
            try {
                streakEnabled.set(result.streak().enabled());
                weeklyGoalHours.set(result.streak().weeklyGoalMinutes() == null ? null
                        : Math.max(1, Math.round(result.streak().weeklyGoalMinutes() / 60f)));
            } finally {
                filling = false;
            }
            Statistics stats = result.statistics();
            statistics.set(stats);
            reviews.show(result.reviews(), path.path().reviewSettings().on());
            totals.set(messages.text("stats.totals", messages.duration(stats.studiedMinutes()), stats.studyDays()));
            streakText.set(!result.streak().enabled() ? ""
                    : messages.text("stats.streak.text", stats.streakWeeks(), messages.duration(stats.weeklyGoal())));
            pace.setAll(result.pace().stream().map(this::paceLine).toList());
            paceNote.set(result.pace().isEmpty()
                    ? messages.text("stats.pace.note.empty")
                    : messages.text("stats.pace.note.minimum", PaceEstimate.MIN_UNITS));
        }, this::fail);
    }

    private PaceLine paceLine(PaceEstimate e) {
        return new PaceLine(e, messages.text(e.enoughData() ? "stats.pace.line" : "stats.pace.lineNotEnough",
                e.type().label().in(messages.locale()), e.factor(), e.units(), messages.duration(e.estimatedMinutes()),
                messages.duration(e.actualMinutes())));
    }

    private void saveStreak() {
        if (filling) {
            return;
        }
        Integer hours = weeklyGoalHours.get();
        StreakSettings settings = new StreakSettings(streakEnabled.get(), hours == null || hours <= 0 ? null : hours * 60);
        runner.run("Save streak", () -> {
            progress.saveStreakSettings(settings);
            return null;
        }, ignored -> load(), this::fail);
    }

    /** Plans with the learner's own pace for each type with enough data, once they agree. */
    public void usePersonalPace() {
        List<PaceEstimate> usable = pace.stream().map(PaceLine::estimate).filter(PaceEstimate::enoughData).toList();
        if (usable.isEmpty()) {
            dialogs.showError(messages.text("stats.pace.notEnough.title"),
                    messages.text("stats.pace.notEnough.message", PaceEstimate.MIN_UNITS));
            return;
        }
        List<String> lines = usable.stream().map(this::paceLine).map(PaceLine::text).toList();
        if (!dialogs.confirmList(messages.text("stats.pace.confirm.title"), messages.text("stats.pace.confirm.message"),
                lines, messages.text("stats.pace.confirm.button"))) {
            return;
        }
        runner.run("Use personal pace", () -> progress.usePersonalPace(usable), ignored -> reload.run(), this::fail);
    }

    private void fail(Throwable error) {
        String reason = messages.reason(error);
        dialogs.showError(messages.text("stats.error.load"), reason);
    }

    /** Whether the statistics page is on screen; while it is not, plan changes only mark the figures stale. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ObjectProperty<PlannedPath> plannedProperty() {
        return planned;
    }

    public ObjectProperty<java.time.DayOfWeek> firstDayOfWeekProperty() {
        return firstDayOfWeek;
    }

    public ReadOnlyObjectProperty<Statistics> statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    public ObservableList<PaceLine> pace() {
        return pace;
    }

    public BooleanProperty streakEnabledProperty() {
        return streakEnabled;
    }

    /** The weekly goal in hours; null means the path's own planned week. */
    public ObjectProperty<Integer> weeklyGoalHoursProperty() {
        return weeklyGoalHours;
    }

    public ReadOnlyStringProperty streakTextProperty() {
        return streakText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty paceUsableProperty() {
        return paceUsable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paceNoteProperty() {
        return paceNote.getReadOnlyProperty();
    }

    /** Reviews per week, recall and the next 30 days' review load. */
    public ReviewFigures reviews() {
        return reviews;
    }

    /** The UI's words, for the view. */
    public Messages messages() {
        return messages;
    }
}
