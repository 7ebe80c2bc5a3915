package org.studypath.ui.catalog;

import java.util.ArrayList;
import java.util.List;
import org.studypath.app.CatalogService;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.catalog.CatalogSearch;

/** A keystroke's work on the worker thread, and the warm-up that types a few keystrokes before the user does. */
final class SearchWork {
    private SearchWork() {
    }

    /** What a search found, and the rows it leaves with the other filters (null when no catalog was loaded). */
    record Found(CatalogSearch.Hits hits, List<ResourceSummary> rows) {
    }

    /** The search, and the rows it leaves with the other filters. */
    static Found find(CatalogSearch index, String query, CatalogSearch.Hits previous, LoadedCatalog catalog,
                      CatalogFilter chosen) {
        CatalogSearch.Hits hits = index.find(query, previous);
        return new Found(hits, catalog == null ? null : chosen.withHits(hits).rows(catalog));
    }

    /** A catalog with one resource's text read again into its search, and the typed search's hits in it. */
    record Patched(LoadedCatalog catalog, CatalogSearch.Hits hits) {
    }

    /**
     * {@code catalog} with resource {@code resourceId}'s text read again into its search, and {@code query} answered
     * from it (null hits: no search); null when the search cannot be changed in place (then the catalog is read again).
     */
    static Patched patch(CatalogService service, LoadedCatalog catalog, long resourceId, String query) {
        return service.withTextOf(catalog.snapshot().search(), resourceId)
                .map(search -> new Patched(catalog.withSearch(search), search.find(query, null)))
                .orElse(null);
    }

    /**
     * Types {@link #warmUpQueries} into the catalog's index one at a time, as a user types them, through the same
     * search and row picking as a keystroke; then every text is read for the last ({@link CatalogSearch#prepareReading}),
     * as a search of four letters or more does. Returns a count so that nothing is optimised away.
     */
    static int warmUp(LoadedCatalog catalog, List<String> queries, CatalogFilter chosen) {
        CatalogSearch index = catalog.snapshot().search();
        CatalogSearch.Hits previous = null;
        int rows = 0;
        for (String query : queries) {
            Found found = find(index, query, previous, catalog, chosen);
            previous = found.hits();
            rows += found.rows().size();
        }
        return rows + index.prepareReading(queries.get(queries.size() - 1));
    }

    /** The first six letters of the first title, as typed: "L", "Li", "Lin"… (none for an empty catalog). */
    static List<String> warmUpQueries(List<ResourceSummary> resources) {
        if (resources.isEmpty()) {
            return List.of();
        }
        String title = resources.get(0).title().strip();
        List<String> typed = new ArrayList<>();
        int end = 0;
        for (int i = 0; i < 6 && end < title.length(); i++) {
            end = title.offsetByCodePoints(end, 1);
            typed.add(title.substring(0, end));
        }
        return typed;
    }
}
