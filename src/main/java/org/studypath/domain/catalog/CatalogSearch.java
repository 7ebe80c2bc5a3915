package org.studypath.domain.catalog;

/**
 * Search as you type over the whole catalog: a resource matches when every word of the query occurs somewhere in its
 * searchable text ({@link ResourceText}), ignoring case. Words are substrings, so one Chinese character or a word's
 * first letters find what they are part of. Hits are a set over the index's positions, not a ranking: the catalog
 * shows them in its own order.
 *
 * <p>The rule of what matches belongs here, with the catalog; how it is answered quickly is the search package's
 * business (an implementation is immutable once built and safe to search from any thread).
 */
public interface CatalogSearch {
    /** How many resources the index holds; their positions are 0 to size() - 1, in ascending order of id. */
    int size();

    /**
     * Where the resource with this id is in the index, or -1 when it is not there: what {@link Hits#containsAt} takes.
     * A caller testing many resources looks their positions up once per catalog load.
     */
    int position(long id);

    /**
     * The resources matching every word of {@code query}, or null for a query with no words (no search). When
     * {@code previous} came from this index and every one of its words is part of a word of the query, the search
     * may start from its hits: typing narrows an ever smaller set.
     */
    Hits find(String query, Hits previous);

    /**
     * Does, once over every resource, the reading a search for {@code query}'s longest word does, and returns how many
     * hold it: run ahead of the first keystroke so that the code is compiled by then. The answers are not kept.
     */
    int prepareReading(String query);

    /** The index of no resources. */
    static CatalogSearch empty() {
        return EmptySearch.INDEX;
    }

    /** What one search found: a set over the positions of the index searched. */
    interface Hits {
        /** Whether the resource with this id matched. */
        boolean contains(long id);

        /** Whether the resource at this {@link CatalogSearch#position position} of the index searched matched. */
        boolean containsAt(int position);

        /** The first position from {@code from} on whose resource matched, or -1: to go through the hits in order. */
        int next(int from);

        /** True when these hits came from {@code search}, so that its positions apply. */
        boolean isFrom(CatalogSearch search);

        int size();
    }
}
