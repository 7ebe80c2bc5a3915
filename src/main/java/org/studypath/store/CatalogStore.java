package org.studypath.store;

import java.util.OptionalInt;
import org.studypath.domain.catalog.CatalogData;

/** Loads curated catalogs into the store without touching what the user made, hid or ticked. */
public interface CatalogStore {
    /** The version of the catalog last loaded, if any. */
    OptionalInt installedVersion(String catalogId);

    /**
     * Brings the stored catalog rows up to {@code catalog}: inserts new categories, resources and units, updates
     * changed ones, and retires (keeps, but no longer shows) the ones the catalog dropped. One transaction.
     */
    void sync(CatalogData catalog);
}
