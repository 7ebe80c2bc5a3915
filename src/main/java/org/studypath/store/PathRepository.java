package org.studypath.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.StudyPathPlan;

/** Study paths: their resources in order, included units, availability; plus prerequisites and pace factors. */
public interface PathRepository {
    List<PathSummary> paths();

    Optional<StudyPathPlan> find(long pathId);

    /** Creates a path holding these resources in this order; names are unique, ignoring case. One transaction. */
    long create(String name, Availability availability, List<Long> resourceIds);

    void rename(long pathId, String name);

    /** Copies a path with its resources, exclusions and availability under a new name. */
    long duplicate(long pathId, String newName);

    void delete(long pathId);

    /** Appends resources not yet in the path, in the given order; returns how many were added. */
    int addResources(long pathId, List<Long> resourceIds);

    void removeResource(long pathId, long resourceId);

    /** Puts the path's resources in this order; the list must hold exactly the path's resources. */
    void reorder(long pathId, List<Long> resourceIds);

    void setUnitIncluded(long pathId, long resourceId, long unitId, boolean included);

    /** Leaves out exactly these units of the resource in this path (all others included), in one transaction. */
    void setExcludedUnits(long pathId, long resourceId, Set<Long> excludedUnitIds);

    /** A resource's own pace factor in this path, or null for its type's. */
    void setPaceOverride(long pathId, long resourceId, Double factor);

    void saveAvailability(long pathId, Availability availability);

    /** Replaces the resources that {@code resourceId} needs first. */
    void setPrerequisites(long resourceId, Set<Long> requiredResourceIds);

    PaceFactors paceFactors();

    void savePaceFactors(PaceFactors factors);
}
