package org.studypath.domain.catalog;

import java.util.List;

/** A curated catalog as shipped in a catalog file: versioned, with categories of resources. */
public record CatalogData(String id, int version, List<CatalogCategory> categories) {
    /** Longest text a catalog file may give a field, in characters. */
    public static final int MAX_TEXT = 4_000;
    /** Longest key of a catalog, category, resource or unit. */
    public static final int MAX_KEY_LENGTH = 80;
    /** What such a key looks like: lowercase letters, digits and dashes, not starting with a dash. */
    public static final String KEY_PATTERN = "[a-z0-9][a-z0-9-]{0," + (MAX_KEY_LENGTH - 1) + "}";

    public CatalogData {
        categories = List.copyOf(categories);
    }

    public int resourceCount() {
        return categories.stream().mapToInt(c -> c.resources().size()).sum();
    }
}
