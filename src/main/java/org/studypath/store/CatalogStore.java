package org.studypath.store;

import java.util.OptionalInt;
import org.studypath.domain.catalog.CatalogData;
import org.studypath.domain.catalog.PackMerge;

/** Loads curated catalogs into the store without touching what the user made, hid or ticked. */
public interface CatalogStore {
    /** The version of the catalog last loaded, if any. */
    OptionalInt installedVersion(String catalogId);

    /**
     * Brings the stored catalog rows up to {@code catalog}: inserts new categories, resources and units, updates
     * changed ones, and retires (keeps, but no longer shows) the ones the catalog dropped. One transaction.
     */
    void sync(CatalogData catalog);

    /**
     * Merges a shared catalog pack: adds its categories (matched to existing ones by key or English name) and the
     * resources the catalog does not already have (same key, same link, or same title in the same category count as
     * already there). One transaction; with {@code apply} false nothing is written and the result is a preview.
     */
    PackMerge merge(CatalogData pack, boolean apply);
}
