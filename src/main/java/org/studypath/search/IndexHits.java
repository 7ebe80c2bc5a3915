package org.studypath.search;

import java.util.List;
import org.studypath.domain.catalog.CatalogSearch;

/** What one search of a {@link CatalogIndex} found: a bit set over its positions, and the words searched. */
final class IndexHits implements CatalogSearch.Hits {
    private final CatalogIndex index;
    private final List<String> words;
    private final long[] bits;
    private final int size;

    IndexHits(CatalogIndex index, List<String> words, long[] bits, int size) {
        this.index = index;
        this.words = List.copyOf(words);
        this.bits = bits;
        this.size = size;
    }

    @Override
    public boolean contains(long id) {
        int position = index.position(id);
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
    public boolean isFrom(CatalogSearch search) {
        return index == search;
    }

    @Override
    public int size() {
        return size;
    }

    /** A copy of the hits' bit set, for a narrower search to start from. */
    long[] bits() {
        return bits.clone();
    }

    /** Whether this search had {@code word} among its words (so every hit holds it). */
    boolean hasWord(String word) {
        return words.contains(word);
    }

    /** True when whatever matches {@code newWords} also matched these hits' words. */
    boolean isNarrowedBy(List<String> newWords) {
        return words.stream().allMatch(old -> newWords.stream().anyMatch(word -> word.contains(old)));
    }
}
