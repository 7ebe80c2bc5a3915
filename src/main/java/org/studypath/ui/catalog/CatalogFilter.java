package org.studypath.ui.catalog;

import java.util.ArrayList;
import java.util.List;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.catalog.CatalogSearch;

/**
 * Which rows the table shows: those of the category (null: all), of the type and topic when one is chosen, not
 * hidden unless hidden ones are shown, and among the search's hits when there is a search (null hits: no search).
 */
record CatalogFilter(Long categoryId, ResourceType type, Topic topic, boolean hidden, CatalogSearch.Hits hits) {
    CatalogFilter withHits(CatalogSearch.Hits found) {
        return new CatalogFilter(categoryId, type, topic, hidden, found);
    }

    /**
     * Whether a row passes; {@code position} is its place in {@code index}, by which the hits are tested when
     * they came from it (else by the row's id: hits of the catalog loaded before).
     */
    boolean test(ResourceSummary r, int position, CatalogSearch index) {
        return (categoryId == null || categoryId == r.categoryId())
                && (type == null || r.type() == type)
                && (topic == null || r.topics().contains(topic))
                && (hidden || !r.hidden())
                && (hits == null || (hits.isFrom(index) ? position >= 0 && hits.containsAt(position) : hits.contains(r.id())));
    }

    /**
     * The catalog's rows that pass, in their order. With hits of the catalog's index only their rows are gone
     * through (marked in a bit set over the rows, then read in order); the category and hidden flag are read from
     * the catalog's arrays, the row itself only for a type or topic.
     */
    List<ResourceSummary> rows(LoadedCatalog catalog) {
        List<ResourceSummary> all = catalog.snapshot().resources();
        CatalogSearch index = catalog.snapshot().search();
        List<ResourceSummary> passing = new ArrayList<>(hits == null ? all.size() : hits.size());
        if (hits != null && hits.isFrom(index)) {
            long[] hitRows = new long[(all.size() + 63) >>> 6];
            for (int p = hits.next(0); p >= 0; p = hits.next(p + 1)) {
                int row = catalog.rowAt(p);
                if (row >= 0) {
                    hitRows[row >>> 6] |= 1L << row;
                }
            }
            for (int w = 0; w < hitRows.length; w++) {
                for (long bits = hitRows[w]; bits != 0; bits &= bits - 1) {
                    int row = (w << 6) + Long.numberOfTrailingZeros(bits);
                    if (passesOthers(catalog, row)) {
                        passing.add(all.get(row));
                    }
                }
            }
            return passing;
        }
        for (int row = 0; row < all.size(); row++) {
            if (passesOthers(catalog, row) && (hits == null || hits.contains(all.get(row).id()))) {
                passing.add(all.get(row));
            }
        }
        return passing;
    }

    /** {@link #test} but for the search, of the catalog's row {@code row}. */
    private boolean passesOthers(LoadedCatalog catalog, int row) {
        if ((categoryId != null && catalog.categoryOf()[row] != categoryId) || (!hidden && catalog.isHiddenRow(row))) {
            return false;
        }
        if (type == null && topic == null) {
            return true;
        }
        ResourceSummary r = catalog.snapshot().resources().get(row);
        return (type == null || r.type() == type) && (topic == null || r.topics().contains(topic));
    }

    /**
     * Whether {@code selected} is among the rows this filter leaves in {@code catalog}: the catalog's row of its id,
     * equal to it, passing; null when the search index does not hold it (then the caller looks among the rows).
     */
    Boolean shows(LoadedCatalog catalog, ResourceSummary selected) {
        CatalogSearch index = catalog.snapshot().search();
        int position = index.position(selected.id());
        int row = position < 0 ? -1 : catalog.rowAt(position);
        if (row < 0) {
            return null;
        }
        ResourceSummary current = catalog.snapshot().resources().get(row);
        return current.equals(selected) && test(current, position, index);
    }
}
