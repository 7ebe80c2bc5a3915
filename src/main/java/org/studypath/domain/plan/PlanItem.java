package org.studypath.domain.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.studypath.domain.Category;
import org.studypath.domain.ResourceType;
import org.studypath.domain.ResumePoint;

/**
 * One resource in a study path, in path order, with the units the learner included and the resources it needs first.
 * {@code paceOverride} is null when the resource uses its type's pace factor; {@code category} may be null in tests.
 */
public record PlanItem(long resourceId, String title, ResourceType type, Category category, Double paceOverride,
                       Set<Long> prerequisites, List<PlanUnit> units) {
    public PlanItem(long resourceId, String title, ResourceType type, Double paceOverride, Set<Long> prerequisites,
                    List<PlanUnit> units) {
        this(resourceId, title, type, null, paceOverride, prerequisites, units);
    }

    public PlanItem {
        prerequisites = prerequisites == null ? Set.of() : Set.copyOf(prerequisites);
        units = List.copyOf(units);
        if (paceOverride != null) {
            PaceFactors.requireValid(paceOverride);
        }
    }

    /**
     * A unit of the path: {@code included} false when the learner left it out of this path; its progress status and
     * the day that status was reached (null when not started, or when not known); the minutes logged on it; the share
     * done of a unit in progress ({@link DoneShare}; 0 for any other status); where the learner stopped in it (null:
     * nowhere said); and the link Open follows: the unit's own, else its resource's ("" when neither has one).
     */
    public record PlanUnit(long unitId, String title, int minutes, boolean included, UnitStatus status,
                           LocalDate statusDate, int loggedMinutes, double doneShare, ResumePoint resume, String url) {
        public PlanUnit {
            Objects.requireNonNull(status);
            if (status == UnitStatus.NOT_STARTED) {
                statusDate = null;
            }
            doneShare = status == UnitStatus.IN_PROGRESS ? DoneShare.round(doneShare) : 0;
            url = url == null ? "" : url;
        }

        public PlanUnit(long unitId, String title, int minutes, boolean included, UnitStatus status,
                        LocalDate statusDate, int loggedMinutes) {
            this(unitId, title, minutes, included, status, statusDate, loggedMinutes, 0, null, "");
        }

        /** A unit that is either done (with no known date) or not started, and has no time logged. */
        public PlanUnit(long unitId, String title, int minutes, boolean included, boolean done) {
            this(unitId, title, minutes, included, done ? UnitStatus.DONE : UnitStatus.NOT_STARTED, null, 0);
        }

        /** The share done: 1 when done, the part done when in progress, else 0. */
        public double share() {
            return status == UnitStatus.DONE ? 1 : doneShare;
        }

        /**
         * The share done that was recorded before {@code day}: the part of an in-progress unit whose progress was
         * last changed before it (without a known day, long ago). What a plan from {@code day} need not place again.
         */
        public double shareBefore(LocalDate day) {
            return status == UnitStatus.IN_PROGRESS && (statusDate == null || statusDate.isBefore(day)) ? doneShare : 0;
        }

        public boolean done() {
            return status == UnitStatus.DONE;
        }

        /** Whether the unit counts in progress: included in the path and not skipped. */
        public boolean counts() {
            return included && status != UnitStatus.SKIPPED;
        }

        /** Done before {@code day} (a done unit without a date counts as done long ago). */
        public boolean doneBefore(LocalDate day) {
            return done() && (statusDate == null || statusDate.isBefore(day));
        }

        public PlanUnit withStatus(UnitStatus newStatus, LocalDate date) {
            return new PlanUnit(unitId, title, minutes, included, newStatus, date, loggedMinutes, doneShare, resume, url);
        }

        /** This unit in progress at {@code share} on {@code date} (done at a share of 1). */
        public PlanUnit withShare(double share, LocalDate date) {
            return share >= 1 ? withStatus(UnitStatus.DONE, date)
                    : new PlanUnit(unitId, title, minutes, included, UnitStatus.IN_PROGRESS, date, loggedMinutes, share,
                    resume, url);
        }
    }

    /**
     * The units a plan starting on {@code start} places: included, not skipped, and not already done before the
     * start. Units done on or after the start keep their place, so the plan stays a fixed baseline to measure against.
     */
    public List<PlanUnit> unitsToPlan(LocalDate start) {
        return units.stream().filter(u -> u.counts() && !u.doneBefore(start)).toList();
    }

    /** The units still to study: included, not skipped and not done. */
    public List<PlanUnit> unitsLeft() {
        return units.stream().filter(u -> u.counts() && !u.done()).toList();
    }

    public PlanItem withUnits(List<PlanUnit> newUnits) {
        return new PlanItem(resourceId, title, type, category, paceOverride, prerequisites, newUnits);
    }
}
