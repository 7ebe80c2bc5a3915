package org.studypath.app;

import org.studypath.domain.PlausibleDates;
import org.studypath.domain.SafeText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.NoteTexts;
import org.studypath.domain.progress.PaceEstimate;
import org.studypath.domain.progress.Statistics;
import org.studypath.domain.progress.TimeLog;
import org.studypath.domain.progress.UnitState;
import org.studypath.store.PathRepository;
import org.studypath.store.ProgressRepository;
import org.studypath.store.SettingsRepository;

/**
 * Ticking units off, logging time, notes, statistics and the learner's own pace. Every method does I/O: call it from
 * a background task. Each change is committed before the method returns.
 */
public final class ProgressService {
    /** Whether the streak is shown; off until the learner turns it on. */
    public static final String STREAK_ENABLED = "progress.streak.enabled";
    /** Minutes a week that keep the streak going; when unset, the path's planned minutes per week. */
    public static final String WEEKLY_GOAL = "progress.streak.weeklyGoalMinutes";

    /** The streak settings: whether it is shown, and the weekly goal in minutes (null: the path's own week). */
    public record StreakSettings(boolean enabled, Integer weeklyGoalMinutes) {
        public int goalFor(PlannedPath path) {
            return weeklyGoalMinutes != null ? weeklyGoalMinutes : path.path().availability().minutesPerWeek();
        }
    }

    private final ProgressRepository progress;
    private final PathRepository paths;
    private final SettingsRepository settings;
    private final Clock clock;

    public ProgressService(ProgressRepository progress, PathRepository paths, SettingsRepository settings, Clock clock) {
        this.progress = progress;
        this.paths = paths;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Sets unit states in one transaction; returns the states before, which undo restores. */
    public List<UnitState> setStates(List<UnitState> states) {
        return progress.setStates(states);
    }

    /**
     * Marks every counted unit of a resource that is not done yet as done on {@code day}, in one transaction.
     * Skipped units and units left out of the path stay as they are. Returns the states before.
     */
    public List<UnitState> markResourceDone(PlanItem item, LocalDate day) {
        PlausibleDates.require(day);
        List<UnitState> changes = new ArrayList<>();
        for (PlanItem.PlanUnit unit : item.units()) {
            if (unit.counts() && !unit.done()) {
                changes.add(new UnitState(unit.unitId(), UnitStatus.DONE, day));
            }
        }
        return changes.isEmpty() ? List.of() : progress.setStates(changes);
    }

    public long logTime(long unitId, LocalDate day, int minutes) {
        PlausibleDates.require(day);
        return progress.logTime(unitId, day, minutes);
    }

    public void deleteLog(long logId) {
        progress.deleteLog(logId);
    }

    public void restoreLog(TimeLog log) {
        progress.restoreLog(log);
    }

    public List<TimeLog> logs(long unitId) {
        return progress.logs(unitId);
    }

    public String unitNote(long unitId) {
        return progress.unitNote(unitId);
    }

    public void saveUnitNote(long unitId, String text) {
        progress.saveUnitNote(unitId, text == null ? null : SafeText.requireKeepable(text, false));
    }

    public String resourceNote(long resourceId) {
        return progress.resourceNote(resourceId);
    }

    public void saveResourceNote(long resourceId, String text) {
        progress.saveResourceNote(resourceId, text == null ? null : SafeText.requireKeepable(text, false));
    }

    /** Every note as written (raw Markdown), by unit and by resource: what the exports write them from. */
    public NoteTexts notes() {
        return progress.notes();
    }

    /** Every resource with a note, with what the notes export writes about it, in catalog order. */
    public List<org.studypath.domain.report.ResourceNotes> notedResources() {
        return progress.notedResources();
    }

    public StreakSettings streakSettings() {
        boolean enabled = settings.get(STREAK_ENABLED).map(Boolean::parseBoolean).orElse(false);
        Integer goal = settings.get(WEEKLY_GOAL).flatMap(v -> {
            try {
                int minutes = Integer.parseInt(v);
                return minutes > 0 ? java.util.Optional.of(minutes) : java.util.Optional.empty();
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).orElse(null);
        return new StreakSettings(enabled, goal);
    }

    public void saveStreakSettings(StreakSettings streak) {
        settings.put(STREAK_ENABLED, Boolean.toString(streak.enabled()));
        settings.put(WEEKLY_GOAL, streak.weeklyGoalMinutes() == null ? "" : Integer.toString(streak.weeklyGoalMinutes()));
    }

    /** The statistics page for a planned path: its plan against the study history of every path. */
    public Statistics statistics(PlannedPath path, StreakSettings streak) {
        return statistics(path, streak, java.time.DayOfWeek.MONDAY);
    }

    /** {@link #statistics(PlannedPath, StreakSettings)} with weeks that start on {@code firstDay}. */
    public Statistics statistics(PlannedPath path, StreakSettings streak, java.time.DayOfWeek firstDay) {
        Map<LocalDate, Integer> activity = progress.dailyActivity();
        return Statistics.compute(path.path().items(), path.schedule(), activity, path.today(),
                streak.enabled() ? streak.goalFor(path) : 0, firstDay);
    }

    /** The learner's own pace per resource type, from finished units with logged time. */
    public List<PaceEstimate> paceEstimates() {
        return PaceEstimate.from(progress.actuals());
    }

    /** Lets the scheduler plan with the learner's own pace for each type with enough data; returns the new factors. */
    public PaceFactors usePersonalPace(List<PaceEstimate> estimates) {
        PaceFactors updated = PaceEstimate.apply(paths.paceFactors(), estimates);
        paths.savePaceFactors(updated);
        return updated;
    }
}
