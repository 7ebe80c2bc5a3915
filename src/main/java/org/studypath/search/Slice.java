package org.studypath.search;

import java.util.Arrays;
import java.util.List;

/**
 * The text and index of the resources at positions {@code from} to {@code to}: the text lower-cased into arrays of
 * its own, and key by key, the resources holding it in the order they come (so positions ascend). A set starts as
 * an array of positions and becomes a bit set over all {@code n} resources once that is smaller (more than one
 * resource in 32). A large catalog is read in several slices at once, then {@link IndexBuilder} joins them.
 */
final class Slice {
    final int from;
    final int to;
    private final int n;
    private final int denseFrom;
    final PackedText.Buffer latin = new PackedText.Buffer();
    final PackedText.Buffer other = new PackedText.Buffer();
    final int[] latinStart;
    final int[] otherStart;
    private final int[] last = new int[Keys.COUNT];
    final int[] count = new int[Keys.COUNT];
    final Object[] sets = new Object[Keys.COUNT];
    /** The keys this slice has seen, in the order it first saw them: a small catalog's join reads only these. */
    int[] seen = new int[256];
    int seenCount;
    private int resource;
    /** The two characters before the one being read (-1: none, at a line's start or after a separator). */
    private int previous;
    private int beforePrevious;

    Slice(List<Entry> sorted, int from, int to, int n) {
        this.from = from;
        this.to = to;
        this.n = n;
        this.denseFrom = denseFrom(n);
        latinStart = new int[to - from + 1];
        otherStart = new int[to - from + 1];
        for (int i = from; i < to; i++) {
            latinStart[i - from] = latin.length;
            otherStart[i - from] = other.length;
            for (String text : sorted.get(i).lines()) {
                if (text == null) {
                    continue;
                }
                for (String line : text.split("\n")) {
                    String lower = Words.normalised(line);
                    if (lower == null) {
                        continue;
                    }
                    if (Words.isLatin1(lower)) {
                        latin.appendLatin1(lower);
                    } else {
                        other.appendOther(lower);
                    }
                }
            }
        }
        latinStart[to - from] = latin.length;
        otherStart[to - from] = other.length;
        Arrays.fill(last, -1);
        for (int i = from; i < to; i++) {
            resource = i;
            previous = beforePrevious = -1;
            for (int k = latinStart[i - from]; k < latinStart[i - from + 1]; k++) {
                read(latin.bytes[k] & 0xFF);
            }
            previous = beforePrevious = -1;
            for (int k = otherStart[i - from]; k < otherStart[i - from + 1]; k++) {
                read(other.chars[k]);
            }
        }
    }

    /** A set of more resources than this is a bit set. */
    static int denseFrom(int n) {
        return Math.max(1, n / 32);
    }

    /** The next character of the resource's text: its keys with the one or two before it (none across lines). */
    private void read(int c) {
        if (Words.isSeparator(c)) {
            previous = beforePrevious = -1;
            return;
        }
        put(Keys.character(c));
        if (previous >= 0) {
            put(Keys.pair(previous, c));
            if (beforePrevious >= 0) {
                put(Keys.triple(beforePrevious, previous, c));
            }
        }
        beforePrevious = previous;
        previous = c;
    }

    private void put(int key) {
        int i = resource;
        if (last[key] == i) {
            return;
        }
        last[key] = i;
        int size = count[key]++;
        if (size == 0) {
            if (seenCount == seen.length) {
                seen = Arrays.copyOf(seen, seenCount * 2);
            }
            seen[seenCount++] = key;
        }
        Object set = sets[key];
        if (set instanceof long[] bits) {
            bits[i >>> 6] |= 1L << i;
            return;
        }
        int[] positions = (int[]) set;
        if (size >= denseFrom) {
            long[] bits = new long[PositionSets.bitWords(n)];
            for (int p : positions) {
                bits[p >>> 6] |= 1L << p;
            }
            bits[i >>> 6] |= 1L << i;
            sets[key] = bits;
            return;
        }
        if (positions == null) {
            positions = new int[Math.min(4, denseFrom)];
            sets[key] = positions;
        } else if (size == positions.length) {
            positions = Arrays.copyOf(positions, Math.min(denseFrom, size * 2));
            sets[key] = positions;
        }
        positions[size] = i;
    }
}
