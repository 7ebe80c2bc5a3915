package org.studypath.domain.catalog;

import java.util.List;

/** A curated catalog as shipped in a catalog file: versioned, with categories of resources. */
public record CatalogData(String id, int version, List<CatalogCategory> categories) {
    public CatalogData {
        categories = List.copyOf(categories);
    }

    public int resourceCount() {
        return categories.stream().mapToInt(c -> c.resources().size()).sum();
    }
}
