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

    /** The starter path's name, in the words of the language of the first start. */
    static final org.studypath.domain.Notice NAME = org.studypath.domain.Notice.of("starter.pathName");

    private StarterPath() {
    }

    /** Creates the starter path, named in {@code language}'s words, unless it was created before; true when it did. */
    public static boolean ensure(PathRepository paths, ResourceRepository resources, SettingsRepository settings,
                                 LocalDate today, java.util.Locale language) {
        if (settings.get(CREATED_KEY).isPresent()) {
            return false;
        }
        List<Long> catalogOrder = resources.summaries().stream()
                .filter(r -> r.origin() == Origin.CATALOG && !r.hidden())
                .map(ResourceSummary::id)
                .toList();
        // the path and its resources are one transaction; a path of that name from an interrupted first start counts
        java.util.Set<String> names = java.util.Set.of(PlanService.STARTER_PATH_NAME.toLowerCase(java.util.Locale.ROOT),
                NAME.in(java.util.Locale.SIMPLIFIED_CHINESE).toLowerCase(java.util.Locale.ROOT));
        boolean exists = paths.paths().stream().anyMatch(p -> names.contains(p.name().toLowerCase(java.util.Locale.ROOT)));
        if (!exists) {
            paths.create(NAME.in(language), Availability.typical(today), catalogOrder);
        }
        // a first start: Today welcomes the learner until the welcome is dismissed
        Preferences.showWelcome(settings, true);
        settings.put(CREATED_KEY, today.toString());
        return !exists;
    }
}
