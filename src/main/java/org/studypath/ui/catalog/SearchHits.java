package org.studypath.ui.catalog;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The resource ids a search found, built on the worker thread and looked up on the FX thread once per resource when
 * the list is filtered: a bit per id, so 100,000 lookups take no boxing and no hashing. Ids are SQLite row ids, small
 * and dense; one beyond {@link #BITS} (never seen in practice) goes to an ordinary set instead.
 */
final class SearchHits {
    /** The largest bit set is 2 MB. */
    static final long BITS = 1L << 24;

    private final BitSet small = new BitSet();
    private final Set<Long> large = new HashSet<>();

    private SearchHits() {
    }

    static SearchHits of(Collection<Long> ids) {
        SearchHits hits = new SearchHits();
        for (long id : ids) {
            if (id >= 0 && id < BITS) {
                hits.small.set((int) id);
            } else {
                hits.large.add(id);
            }
        }
        return hits;
    }

    boolean contains(long id) {
        return id >= 0 && id < BITS ? small.get((int) id) : !large.isEmpty() && large.contains(id);
    }
}
