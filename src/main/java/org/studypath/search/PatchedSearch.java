package org.studypath.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studypath.domain.catalog.CatalogSearch;
import org.studypath.domain.catalog.ResourceText;

/**
 * A {@link CatalogIndex} with the text of a few of its resources replaced, so that a note saved on one resource is
 * found at once without building the whole index again. The base index answers every search; the replaced
 * resources' positions are then set from their new text, read word by word (the same rule as the index's: every
 * word of the query within one line, ignoring case). Immutable; each change makes a new one over the same base.
 */
public final class PatchedSearch implements CatalogSearch {
    private final CatalogIndex base;
    /** The replaced resources by position: their lines as the index keeps them (lower-cased, blank ones left out). */
    private final Map<Integer, List<String>> replaced;

    private PatchedSearch(CatalogIndex base, Map<Integer, List<String>> replaced) {
        this.base = base;
        this.replaced = Map.copyOf(replaced);
    }

    /**
     * {@code search} with {@code text} as its resource's searchable text, or null when that cannot be done in place
     * (the resource is not in the index, or the search is not an index of this package): then build it again.
     */
    public static CatalogSearch replace(CatalogSearch search, ResourceText text) {
        CatalogIndex base;
        Map<Integer, List<String>> replaced = new HashMap<>();
        if (search instanceof PatchedSearch patched) {
            base = patched.base;
            replaced.putAll(patched.replaced);
        } else if (search instanceof CatalogIndex index) {
            base = index;
        } else {
            return null;
        }
        int position = base.position(text.id());
        if (position < 0) {
            return null;
        }
        replaced.put(position, lines(Entry.of(text)));
        return new PatchedSearch(base, replaced);
    }

    /** The entry's lines as {@link Slice} reads them: each text cut at line breaks, lower-cased, blank ones dropped. */
    private static List<String> lines(Entry entry) {
        List<String> lines = new ArrayList<>();
        for (String text : entry.lines()) {
            if (text == null) {
                continue;
            }
            for (String line : text.split("\n")) {
                String lower = Words.normalised(line);
                if (lower != null) {
                    lines.add(lower);
                }
            }
        }
        return lines;
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public int position(long id) {
        return base.position(id);
    }

    @Override
    public Hits find(String query, Hits previous) {
        Hits narrowing = previous instanceof PatchedHits hits && hits.search == this ? hits.base : null;
        Hits found = base.find(query, narrowing);
        if (found == null) {
            return null;
        }
        List<String> words = Words.of(query);
        long[] bits = ((IndexHits) found).bits();
        int size = found.size();
        for (Map.Entry<Integer, List<String>> entry : replaced.entrySet()) {
            int at = entry.getKey();
            boolean was = (bits[at >>> 6] & (1L << at)) != 0;
            boolean now = holdsAll(entry.getValue(), words);
            if (was != now) {
                bits[at >>> 6] ^= 1L << at;
                size += now ? 1 : -1;
            }
        }
        return new PatchedHits(this, found, bits, size);
    }

    private static boolean holdsAll(List<String> lines, List<String> words) {
        for (String word : words) {
            if (lines.stream().noneMatch(line -> line.contains(word))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int prepareReading(String query) {
        return base.prepareReading(query);
    }

    /** What a search of a patched index found: the base's hits with the replaced resources' bits set anew. */
    private static final class PatchedHits implements Hits {
        private final PatchedSearch search;
        /** The base index's own hits, for a narrower search to start from. */
        private final Hits base;
        private final long[] bits;
        private final int size;

        PatchedHits(PatchedSearch search, Hits base, long[] bits, int size) {
            this.search = search;
            this.base = base;
            this.bits = bits;
            this.size = size;
        }

        @Override
        public boolean contains(long id) {
            int position = search.position(id);
            return position >= 0 && containsAt(position);
        }

        @Override
        public boolean containsAt(int position) {
            return (bits[position >>> 6] & (1L << position)) != 0;
        }

        @Override
        public int next(int from) {
            return PositionSets.next(bits, from);
        }

        @Override
        public boolean isFrom(CatalogSearch other) {
            return other == search;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
