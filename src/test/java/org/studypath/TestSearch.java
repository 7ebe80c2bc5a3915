package org.studypath;

import java.util.LinkedHashSet;
import java.util.Set;
import org.studypath.app.CatalogService;
import org.studypath.domain.catalog.CatalogSearch;
import org.studypath.domain.catalog.ResourceText;
import org.studypath.search.CatalogIndex;
import org.studypath.store.ResourceRepository;

/** The catalog's search as the window runs it, for tests: the ids of the resources a query finds, in id order. */
public final class TestSearch {
    private TestSearch() {
    }

    /** Searches the index built from the repository's texts now (empty for a query without words). */
    public static Set<Long> find(ResourceRepository resources, String query) {
        CatalogIndex index = CatalogIndex.build(resources.searchTexts());
        return ids(index, resources.searchTexts().stream().mapToLong(ResourceText::id).toArray(), query);
    }

    /** Searches the catalog's snapshot, as the catalog browser does after a load. */
    public static Set<Long> find(CatalogService catalog, String query) {
        CatalogService.Snapshot snapshot = catalog.snapshot();
        return ids(snapshot.search(), snapshot.resources().stream().mapToLong(r -> r.id()).sorted().toArray(), query);
    }

    private static Set<Long> ids(CatalogSearch index, long[] ids, String query) {
        Set<Long> found = new LinkedHashSet<>();
        CatalogSearch.Hits hits = index.find(query, null);
        if (hits == null) {
            return found;
        }
        for (long id : ids) {
            if (hits.contains(id)) {
                found.add(id);
            }
        }
        if (found.size() != hits.size()) {
            throw new AssertionError("the hits hold resources that are not in the catalog: " + hits.size() + " for " + found);
        }
        return found;
    }
}
