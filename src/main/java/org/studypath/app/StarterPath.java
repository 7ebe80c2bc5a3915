package org.studypath.app;

import java.time.LocalDate;
import java.util.List;
import org.studypath.domain.Origin;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.plan.Availability;
import org.studypath.store.PathRepository;
import org.studypath.store.ResourceRepository;
import org.studypath.store.SettingsRepository;

/**
 * On first start, a path with the seed article's resources in its order, so a new user sees a plan at once.
 * Created once: if the user renames or deletes it, it stays that way.
 */
public final class StarterPath {
    static final String CREATED_KEY = "starterPath.created";

    private StarterPath() {
    }

    /** Creates the starter path unless it was created before; returns true when it did. */
    public static boolean ensure(PathRepository paths, ResourceRepository resources, SettingsRepository settings,
                                 LocalDate today) {
        if (settings.get(CREATED_KEY).isPresent()) {
            return false;
        }
        List<Long> catalogOrder = resources.summaries().stream()
                .filter(r -> r.origin() == Origin.CATALOG && !r.hidden())
                .map(ResourceSummary::id)
                .toList();
        // the path and its resources are one transaction; a path of that name from an interrupted first start counts
        boolean exists = paths.paths().stream().anyMatch(p -> p.name().equalsIgnoreCase(PlanService.STARTER_PATH_NAME));
        if (!exists) {
            paths.create(PlanService.STARTER_PATH_NAME, Availability.typical(today), catalogOrder);
        }
        settings.put(CREATED_KEY, today.toString());
        return !exists;
    }
}
