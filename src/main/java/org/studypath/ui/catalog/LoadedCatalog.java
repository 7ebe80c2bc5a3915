package org.studypath.ui.catalog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studypath.app.CatalogService;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.catalog.CatalogSearch;

/**
 * A snapshot with what is counted in it, counted on the worker thread: a catalog may be very large. Also which row is
 * at each place of the snapshot's search index ({@code rowAt}), so that hits are turned into rows without looking ids
 * up, and each row's category and whether it is hidden (a bit set), so that filtering reads arrays rather than the
 * rows' objects.
 */
record LoadedCatalog(CatalogService.Snapshot snapshot, Map<Long, Integer> perCategory,
                     Map<Long, Integer> hiddenPerCategory, int hidden, int[] rowAt, long[] categoryOf, long[] hiddenRows) {
    /** Nothing loaded yet (immutable, so one is shared). */
    static final LoadedCatalog NONE = new LoadedCatalog(new CatalogService.Snapshot(List.of(), List.of(),
            CatalogSearch.empty()), Map.of(), Map.of(), 0, new int[0], new long[0], new long[0]);

    static LoadedCatalog of(CatalogService.Snapshot snapshot) {
        Map<Long, Integer> perCategory = new HashMap<>();
        Map<Long, Integer> hiddenPerCategory = new HashMap<>();
        int hidden = 0;
        List<ResourceSummary> rows = snapshot.resources();
        int[] rowAt = new int[snapshot.search().size()];
        Arrays.fill(rowAt, -1);
        long[] categoryOf = new long[rows.size()];
        long[] hiddenRows = new long[(rows.size() + 63) >>> 6];
        for (int row = 0; row < rows.size(); row++) {
            ResourceSummary r = rows.get(row);
            perCategory.merge(r.categoryId(), 1, Integer::sum);
            categoryOf[row] = r.categoryId();
            if (r.hidden()) {
                hiddenPerCategory.merge(r.categoryId(), 1, Integer::sum);
                hidden++;
                hiddenRows[row >>> 6] |= 1L << row;
            }
            int position = snapshot.search().position(r.id());
            if (position >= 0) {
                rowAt[position] = row;
            }
        }
        return new LoadedCatalog(snapshot, perCategory, hiddenPerCategory, hidden, rowAt, categoryOf, hiddenRows);
    }

    /**
     * This catalog with {@code search} in place of its search: the same resources at the same positions, one
     * resource's text read again ({@link CatalogService#withTextOf}).
     */
    LoadedCatalog withSearch(CatalogSearch search) {
        return new LoadedCatalog(new CatalogService.Snapshot(snapshot.categories(), snapshot.resources(), search),
                perCategory, hiddenPerCategory, hidden, rowAt, categoryOf, hiddenRows);
    }

    /** How many resources the category holds (null: all of them), counting hidden ones or not. */
    int count(Long categoryId, boolean withHidden) {
        int all = categoryId == null ? snapshot.resources().size() : perCategory.getOrDefault(categoryId, 0);
        int hiddenHere = categoryId == null ? hidden : hiddenPerCategory.getOrDefault(categoryId, 0);
        return withHidden ? all : all - hiddenHere;
    }

    /** The row of the resource at this position of the search index, or -1. */
    int rowAt(int position) {
        return rowAt[position];
    }

    boolean isHiddenRow(int row) {
        return (hiddenRows[row >>> 6] & (1L << row)) != 0;
    }
}
