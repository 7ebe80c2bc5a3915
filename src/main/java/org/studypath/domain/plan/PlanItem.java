package org.studypath.domain.plan;

import java.util.List;
import java.util.Set;
import org.studypath.domain.ResourceType;

/**
 * One resource in a study path, in path order, with the units the learner included and the resources it needs first.
 * {@code paceOverride} is null when the resource uses its type's pace factor.
 */
public record PlanItem(long resourceId, String title, ResourceType type, Double paceOverride, Set<Long> prerequisites,
                       List<PlanUnit> units) {
    public PlanItem {
        prerequisites = prerequisites == null ? Set.of() : Set.copyOf(prerequisites);
        units = List.copyOf(units);
        if (paceOverride != null) {
            PaceFactors.requireValid(paceOverride);
        }
    }

    /** A unit of the path: {@code included} false when the learner left it out, {@code done} when finished. */
    public record PlanUnit(long unitId, String title, int minutes, boolean included, boolean done) {
    }

    public List<PlanUnit> unitsToPlan() {
        return units.stream().filter(u -> u.included() && !u.done()).toList();
    }
}
