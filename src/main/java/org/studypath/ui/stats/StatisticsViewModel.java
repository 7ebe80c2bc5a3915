package org.studypath.ui.stats;

import java.util.List;
import java.util.Locale;
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
import org.studypath.domain.Durations;
import org.studypath.domain.progress.PaceEstimate;
import org.studypath.domain.progress.Statistics;
import org.studypath.ui.common.DialogService;
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
    private final Locale locale;
    private final Runnable reload;
    private final ObjectProperty<PlannedPath> planned = new SimpleObjectProperty<>(this, "planned");
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
    private boolean filling;
    private int loads;

    public StatisticsViewModel(ProgressService progress, TaskRunner runner, DialogService dialogs, Locale locale,
                               Runnable reload) {
        this.progress = progress;
        this.runner = runner;
        this.dialogs = dialogs;
        this.locale = locale;
        this.reload = reload;
        planned.addListener((o, a, b) -> loadIfShown());
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                load();
            }
        });
        streakEnabled.addListener((o, a, b) -> saveStreak());
        weeklyGoalHours.addListener((o, a, b) -> saveStreak());
    }

    private record Result(Statistics statistics, StreakSettings streak, List<PaceEstimate> pace) {
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
            return;
        }
        runner.run("Statistics", () -> {
            StreakSettings streak = progress.streakSettings();
            return new Result(progress.statistics(path, streak), streak, progress.paceEstimates());
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
            totals.set(Durations.format(stats.studiedMinutes()) + " studied on " + stats.studyDays()
                    + (stats.studyDays() == 1 ? " day" : " days") + " in all");
            streakText.set(!result.streak().enabled() ? ""
                    : stats.streakWeeks() + (stats.streakWeeks() == 1 ? " week" : " weeks") + " in a row with at least "
                    + Durations.format(stats.weeklyGoal()) + " of study");
            pace.setAll(result.pace().stream().map(this::paceLine).toList());
            paceNote.set(result.pace().isEmpty()
                    ? "Log the time you spend on units and tick them done: your own pace per type shows here."
                    : "A type needs " + PaceEstimate.MIN_UNITS + " finished units with logged time before it can be used.");
        }, this::fail);
    }

    private PaceLine paceLine(PaceEstimate e) {
        String factor = String.format(Locale.ROOT, "×%.2f", e.factor());
        return new PaceLine(e, e.type().label().in(locale) + ": " + factor + " — " + e.units()
                + (e.units() == 1 ? " unit, " : " units, ") + Durations.format(e.estimatedMinutes()) + " estimated, "
                + Durations.format(e.actualMinutes()) + " logged" + (e.enoughData() ? "" : " (not enough yet)"));
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
            dialogs.showError("Not enough data yet", "Finish at least " + PaceEstimate.MIN_UNITS
                    + " units of a type with time logged on them; then your own pace can be used for planning.");
            return;
        }
        List<String> lines = usable.stream().map(this::paceLine).map(PaceLine::text).toList();
        if (!dialogs.confirmList("Plan with your own pace", "The pace factors of these types change to what your logged "
                + "time shows. Every path is replanned with them; you can change them again in the path editor.", lines,
                "Use my pace")) {
            return;
        }
        runner.run("Use personal pace", () -> progress.usePersonalPace(usable), ignored -> reload.run(), this::fail);
    }

    private void fail(Throwable error) {
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        dialogs.showError("Could not load the statistics", reason);
    }

    /** Whether the statistics page is on screen; while it is not, plan changes only mark the figures stale. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ObjectProperty<PlannedPath> plannedProperty() {
        return planned;
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

    public ReadOnlyStringProperty paceNoteProperty() {
        return paceNote.getReadOnlyProperty();
    }

    public Locale locale() {
        return locale;
    }
}
