package org.studypath.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.Notice;
import org.studypath.domain.PlausibleDates;
import org.studypath.domain.plan.DoneShare;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.Session;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.ScheduleChange;
import org.studypath.domain.plan.Scheduler;
import org.studypath.domain.plan.Session;
import org.studypath.domain.plan.StudyPathPlan;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.progress.Standing;
import org.studypath.store.PathRepository;
import org.studypath.store.ReviewRepository;
import org.studypath.store.SettingsRepository;

/** Study paths and their plans. Every method does I/O: call it from a background task. */
public final class PlanService {
    /**
     * A path with its computed schedule (the plan from its start date, units done since then kept in place), where
     * the learner stands against it today, and what the editor should point out. {@code shown} is the plan as the
     * learner sees it ({@link Scheduler#shown}): Today, Schedule and every export read it, so they agree.
     */
    public record PlannedPath(StudyPathPlan path, PaceFactors pace, Schedule schedule, List<Notice> orderWarnings,
                              Set<Long> readyToStart, LocalDate today, Standing standing, Map<Long, PlanItem.PlanUnit> units,
                              Schedule shown) {
        public PlannedPath(StudyPathPlan path, PaceFactors pace, LocalDate today) {
            this(path, pace, path.schedule(pace), today);
        }

        private PlannedPath(StudyPathPlan path, PaceFactors pace, Schedule schedule, LocalDate today) {
            this(path, pace, schedule, today, Scheduler.shown(path.items(), path.availability(), pace, schedule,
                    path.reviewSettings(), path.reviewHistory(), today));
        }

        /** The standing counts the reviews done in the plan shown (see {@link Standing#of}). */
        private PlannedPath(StudyPathPlan path, PaceFactors pace, Schedule schedule, LocalDate today, Schedule shown) {
            this(path, pace, schedule, Scheduler.orderWarnings(path.items()), Scheduler.readyToStart(path.items()), today,
                    Standing.of(path.items(), schedule, path.availability(), pace, today,
                            Standing.ReviewsDone.in(shown.sessions(), path.reviewHistory(), today)),
                    unitsById(path), shown);
        }

        public PlannedPath {
            units = Map.copyOf(units);
        }

        private static Map<Long, PlanItem.PlanUnit> unitsById(StudyPathPlan path) {
            Map<Long, PlanItem.PlanUnit> units = new HashMap<>();
            path.items().forEach(item -> item.units().forEach(u -> units.put(u.unitId(), u)));
            return units;
        }

        /** Progress of the whole path, weighted by planned minutes. */
        public Progress progress() {
            return Progress.of(path.items(), pace);
        }

        public Progress progress(PlanItem item) {
            return Progress.of(item, pace);
        }

        public boolean isDone(long unitId) {
            PlanItem.PlanUnit unit = units.get(unitId);
            return unit != null && unit.done();
        }

        /** Where the work left lands from today on: "what to study next" comes first. */
        public Schedule projection() {
            return standing.projection();
        }

        /** The plan for other availability, computed without saving: the "what if" of the availability editor. */
        public Schedule whatIf(Availability availability) {
            return Scheduler.plan(path.items(), availability, pace);
        }

        /**
         * What "Replan from today" would move: unfinished work planned before today starts again today. A unit already
         * done does not move (it stays on the day it was done), so it is not counted, whatever day the new plan gives it.
         */
        public List<ScheduleChange> replanFrom(LocalDate today) {
            return ScheduleChange.between(schedule, whatIf(path.availability().withStart(today))).stream()
                    .filter(change -> !isDone(change.unitId()))
                    .toList();
        }

        /**
         * Whether a shown session is done: a study session when its unit is done, a review when the unit was rated
         * on the review's day.
         */
        public boolean isDone(Session session) {
            if (session.isReview()) {
                return path.reviewHistory().on(session.unitId(), session.date()).isPresent();
            }
            // a study session: its unit is done, or (one part of a split unit) the unit's share done has reached the
            // end of that part (DoneShare#range), as Today ticks parts
            PlanItem.PlanUnit unit = units.get(session.unitId());
            if (unit == null || unit.done()) {
                return unit != null;
            }
            if (unit.doneShare() <= 0 || !session.isSplit()) {
                return false;
            }
            List<Integer> parts = shown.sessions().stream()
                    .filter(s -> s.unitId() == session.unitId() && !s.isReview())
                    .sorted(java.util.Comparator.comparingInt(Session::part)).map(Session::minutes).toList();
            return DoneShare.range(parts, plannedMinutes(session.resourceId(), unit), session.part(), session.part())
                    .doneAt(unit.share());
        }

        /** A unit's planned minutes, whole, at its resource's pace in this path. */
        public int plannedMinutes(long resourceId, PlanItem.PlanUnit unit) {
            return path.items().stream().filter(i -> i.resourceId() == resourceId).findFirst()
                    .map(item -> PaceFactors.planned(unit.minutes(), pace.factorFor(item.type(), item.paceOverride())))
                    .orElse(unit.minutes());
        }

        /** Each reviewed unit's next review still to do (not rated), from the shown plan; retired units have none. */
        public Map<Long, LocalDate> nextReviews() {
            Map<Long, LocalDate> next = new HashMap<>();
            for (Session s : shown.sessions()) {
                if (s.isReview() && !isDone(s)) {
                    next.merge(s.unitId(), s.date(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            return next;
        }

        /** The reviews shown on {@code day}, rated or not, in the order they are planned. */
        public List<Session> reviewsOn(LocalDate day) {
            return shown.sessions().stream().filter(s -> s.isReview() && s.date().equals(day)).toList();
        }

        /** Whether sessions shown before {@code day} are still not done: what Today lists as still open. */
        public boolean isBehind(LocalDate day) {
            return shown.sessions().stream().anyMatch(s -> s.date().isBefore(day) && !isDone(s));
        }
    }

    public static final String STARTER_PATH_NAME = "Maths for ML — starter path";

    private final PathRepository paths;
    private final Clock clock;
    private final SettingsRepository settings;
    private final ReviewRepository reviews;

    /**
     * @param settings where the path the learner works on is remembered ({@link LeftOff})
     */
    public PlanService(PathRepository paths, Clock clock, SettingsRepository settings) {
        this(paths, clock, settings, null);
    }

    /** @param reviews where review ratings are kept; null: no ratings are read (the plan reviews from done days only) */
    public PlanService(PathRepository paths, Clock clock, SettingsRepository settings, ReviewRepository reviews) {
        this.paths = paths;
        this.clock = clock;
        this.settings = settings;
        this.reviews = reviews;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<PathSummary> paths() {
        return paths.paths();
    }

    /** The path the learner last worked on, as remembered; it may since have been deleted. */
    public Optional<Long> currentPath() {
        return LeftOff.path(settings);
    }

    /** Remembers the path the learner works on, so every page and the next start show it. */
    public void rememberCurrentPath(long pathId) {
        LeftOff.rememberPath(settings, pathId);
    }

    public Optional<PlannedPath> planned(long pathId) {
        PaceFactors pace = paths.paceFactors();
        LocalDate today = today();
        return paths.find(pathId).map(path -> new PlannedPath(withHistory(path), pace, today));
    }

    /** The path with the learner's ratings, read only when the path reviews at all. */
    private StudyPathPlan withHistory(StudyPathPlan path) {
        if (reviews == null || !path.reviewSettings().on()) {
            return path;
        }
        return path.withReviews(path.reviewSettings(), reviews.history());
    }

    public long create(String name, LocalDate start) {
        PlausibleDates.require(start);
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
        PlausibleDates.require(availability.start());
        PlausibleDates.require(availability.target());
        availability.daysOff().forEach(PlausibleDates::require);
        paths.saveAvailability(pathId, availability);
    }

    public void setPrerequisites(long resourceId, Set<Long> required) {
        paths.setPrerequisites(resourceId, required);
    }

    /** Saves a path's review settings (decision 0013). */
    public void saveReviewSettings(long pathId, org.studypath.domain.review.ReviewSettings review) {
        if (reviews == null) {
            throw new IllegalStateException("this PlanService was made without a review store");
        }
        reviews.saveSettings(pathId, review);
    }

    /** The pace factors by resource type that every path is planned with. */
    public PaceFactors paceFactors() {
        return paths.paceFactors();
    }

    public void savePaceFactors(PaceFactors factors) {
        paths.savePaceFactors(factors);
    }
}
