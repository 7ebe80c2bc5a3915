package org.studypath.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.studypath.domain.catalog.CatalogSearch;
import org.studypath.domain.catalog.ResourceText;

/**
 * The catalog's search in memory. Built once per catalog load ({@link IndexBuilder}), then immutable; safe to search
 * from any thread. It holds the resources' text ({@link PackedText}) and an index of the short substrings of that
 * text ({@link Keys}: every character, pair and triple of characters within a line), each key with the resources
 * holding it ({@link PositionSets}). A query's words ({@link Words}, {@link QueryWord}) are answered from the keys:
 * <ul>
 *   <li>a word of one character, or of two or three letters and digits, by its key alone;</li>
 *   <li>any other word may occur where all its keys do; those candidates are then read (the word looked for in
 *       their text).</li>
 * </ul>
 * A query that only adds to the previous one (another letter, another word) starts from the previous hits, so typing
 * narrows an ever smaller set.
 */
public final class CatalogIndex implements CatalogSearch {
    /** From this many resources, a catalog is read on both cores, and so are this many candidates. */
    static final int PARALLEL_FROM = 20_000;

    /** The resources' ids, ascending; a resource's position in the index is its place here. */
    private final long[] ids;
    private final PackedText text;
    /** The index: keys present, ascending, and for each the resources holding it (long[] bit set or sorted int[]). */
    private final int[] keys;
    private final Object[] sets;
    private final int[] counts;

    CatalogIndex(long[] ids, PackedText text, int[] keys, Object[] sets, int[] counts) {
        this.ids = ids;
        this.text = text;
        this.keys = keys;
        this.sets = sets;
        this.counts = counts;
    }

    /** The index of the resources' text as the store reads it. */
    public static CatalogIndex build(List<ResourceText> resources) {
        List<Entry> entries = new ArrayList<>(resources.size());
        for (ResourceText resource : resources) {
            entries.add(Entry.of(resource));
        }
        return of(entries);
    }

    /** The index of these entries (in any order: the index keeps them in the order of their ids). */
    public static CatalogIndex of(List<Entry> entries) {
        return IndexBuilder.build(entries);
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public int position(long id) {
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? -1 : at;
    }

    /** Roughly how many bytes the index holds (its arrays, not the objects' headers): for measurements. */
    public long footprint() {
        long bytes = ids.length * 8L + text.footprint() + keys.length * 12L;
        for (Object set : sets) {
            bytes += 16 + (set instanceof long[] bits ? bits.length * 8L : ((int[]) set).length * 4L);
        }
        return bytes;
    }

    @Override
    public Hits find(String query, Hits previous) {
        List<String> words = Words.of(query);
        if (words.isEmpty()) {
            return null;
        }
        IndexHits narrowing = previous instanceof IndexHits hits && hits.isFrom(this) && hits.isNarrowedBy(words)
                ? hits : null;
        List<Integer> found = new ArrayList<>();
        List<QueryWord> toRead = new ArrayList<>();
        for (String word : words) {
            QueryWord keyed = new QueryWord(word);
            for (int key : keyed.keys) {
                int at = Arrays.binarySearch(keys, key);
                if (at < 0) {
                    return new IndexHits(this, words, new long[PositionSets.bitWords(ids.length)], 0);
                }
                if (!found.contains(at)) {
                    found.add(at);
                }
            }
            if (!keyed.exact && !(narrowing != null && narrowing.hasWord(word))) {
                // (a word the previous search had already holds in all of its hits)
                toRead.add(keyed);
            }
        }
        found.sort(Comparator.comparingInt(at -> counts[at]));
        long[] candidates = narrowing != null ? narrowing.bits() : PositionSets.bitSet(sets[found.remove(0)], ids.length);
        for (int at : found) {
            candidates = PositionSets.intersect(candidates, sets[at]);
        }
        int count = PositionSets.cardinality(candidates);
        if (!toRead.isEmpty() && count > 0) {
            count = read(candidates, toRead.toArray(QueryWord[]::new), count >= PARALLEL_FROM);
        }
        return new IndexHits(this, words, candidates, count);
    }

    /**
     * Reads every text for {@code query}'s longest word once in parallel and once in turn, and returns how many hold
     * it (both ways agree; a word the keys answer alone is not read): the reading a search of four letters or more
     * does, run ahead so that the JIT has compiled it (and the common fork-join pool has started) before the first
     * such keystroke. A catalog big enough to read in parallel is the one where that matters.
     */
    @Override
    public int prepareReading(String query) {
        List<String> words = Words.of(query);
        if (ids.length == 0 || words.isEmpty()) {
            return 0;
        }
        QueryWord[] reading = {new QueryWord(words.get(0))};
        if (reading[0].exact) {
            return find(words.get(0), null).size(); // a search never reads for such a word: its keys answer it
        }
        long[] all = new long[PositionSets.bitWords(ids.length)];
        for (int i = 0; i < ids.length; i++) {
            all[i >>> 6] |= 1L << i;
        }
        int inParallel = read(all.clone(), reading, true);
        int inTurn = read(all, reading, false);
        return Math.min(inParallel, inTurn);
    }

    /** Keeps of {@code candidates} the resources whose text holds every word; returns how many are left. */
    private int read(long[] candidates, QueryWord[] words, boolean parallel) {
        int chunk = 64; // longs of the bit set: 4,096 resources a chunk
        IntStream chunks = IntStream.range(0, (candidates.length + chunk - 1) / chunk);
        if (parallel) {
            chunks = chunks.parallel();
        }
        return chunks.map(c -> {
            int kept = 0;
            for (int w = c * chunk; w < Math.min(candidates.length, (c + 1) * chunk); w++) {
                long bits = candidates[w];
                long keep = bits;
                while (bits != 0) {
                    int bit = Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    if (!text.holdsAll(w * 64 + bit, words)) {
                        keep &= ~(1L << bit);
                    }
                }
                candidates[w] = keep;
                kept += Long.bitCount(keep);
            }
            return kept;
        }).sum();
    }
}
