package org.studypath.domain.catalog;

import java.util.List;

/**
 * What merging a catalog pack does (or, in a preview, would do): the categories and resources it adds, and the
 * resources it leaves out because the catalog already has them, each with the reason.
 */
public record PackMerge(String packId, int categoriesAdded, List<String> resourcesAdded, List<String> duplicates) {
    public PackMerge {
        resourcesAdded = List.copyOf(resourcesAdded);
        duplicates = List.copyOf(duplicates);
    }
}
