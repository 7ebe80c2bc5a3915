package org.studypath.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.ScheduleChange;
import org.studypath.domain.plan.Scheduler;
import org.studypath.domain.plan.StudyPathPlan;
import org.studypath.store.PathRepository;

/** Study paths and their plans. Every method does I/O: call it from a background task. */
public final class PlanService {
    /** A path with its computed schedule and what the editor should point out. */
    public record PlannedPath(StudyPathPlan path, PaceFactors pace, Schedule schedule, List<String> orderWarnings,
                              Set<Long> readyToStart) {
        /** The plan for other availability, computed without saving: the "what if" of the availability editor. */
        public Schedule whatIf(Availability availability) {
            return Scheduler.plan(path.items(), availability, pace);
        }

        /** What "Replan from today" would move: unfinished work planned before today starts again today. */
        public List<ScheduleChange> replanFrom(LocalDate today) {
            return ScheduleChange.between(schedule, whatIf(path.availability().withStart(today)));
        }

        public boolean isBehind(LocalDate today) {
            return schedule.sessions().stream().anyMatch(s -> s.date().isBefore(today));
        }
    }

    public static final String STARTER_PATH_NAME = "Maths for ML — starter path";

    private final PathRepository paths;

    public PlanService(PathRepository paths) {
        this.paths = paths;
    }

    public List<PathSummary> paths() {
        return paths.paths();
    }

    public Optional<PlannedPath> planned(long pathId) {
        PaceFactors pace = paths.paceFactors();
        return paths.find(pathId).map(path -> new PlannedPath(path, pace, path.schedule(pace),
                Scheduler.orderWarnings(path.items()), Scheduler.readyToStart(path.items())));
    }

    public long create(String name, LocalDate start) {
        return paths.create(name, Availability.typical(start), List.of());
    }

    public void rename(long pathId, String name) {
        paths.rename(pathId, name);
    }

    public long duplicate(long pathId, String name) {
        return paths.duplicate(pathId, name);
    }

    public void delete(long pathId) {
        paths.delete(pathId);
    }

    public int addResources(long pathId, List<Long> resourceIds) {
        return paths.addResources(pathId, resourceIds);
    }

    public void removeResource(long pathId, long resourceId) {
        paths.removeResource(pathId, resourceId);
    }

    public void reorder(long pathId, List<Long> resourceIds) {
        paths.reorder(pathId, resourceIds);
    }

    public void setUnitIncluded(long pathId, long resourceId, long unitId, boolean included) {
        paths.setUnitIncluded(pathId, resourceId, unitId, included);
    }

    public void setExcludedUnits(long pathId, long resourceId, Set<Long> excludedUnitIds) {
        paths.setExcludedUnits(pathId, resourceId, excludedUnitIds);
    }

    public void setPaceOverride(long pathId, long resourceId, Double factor) {
        paths.setPaceOverride(pathId, resourceId, factor);
    }

    public void saveAvailability(long pathId, Availability availability) {
        paths.saveAvailability(pathId, availability);
    }

    public void setPrerequisites(long resourceId, Set<Long> required) {
        paths.setPrerequisites(resourceId, required);
    }

    public void savePaceFactors(PaceFactors factors) {
        paths.savePaceFactors(factors);
    }
}
