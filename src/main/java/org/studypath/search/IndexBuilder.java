package org.studypath.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Builds a {@link CatalogIndex}: the resources sorted by id, read in slices (on both cores for a large catalog), joined. */
final class IndexBuilder {
    private IndexBuilder() {
    }

    static CatalogIndex build(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::id));
        int n = sorted.size();
        // a large catalog is read in four slices, on both cores, then joined
        int slices = n >= CatalogIndex.PARALLEL_FROM ? 4 : 1;
        IntStream each = IntStream.range(0, slices);
        if (slices > 1) {
            each = each.parallel();
        }
        Slice[] read = each.mapToObj(s -> new Slice(sorted, (int) ((long) n * s / slices), (int) ((long) n * (s + 1) / slices), n))
                .toArray(Slice[]::new);
        return join(sorted, read);
    }

    /** The slices' texts one after another, and their sets joined key by key. */
    private static CatalogIndex join(List<Entry> sorted, Slice[] slices) {
        int n = sorted.size();
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = sorted.get(i).id();
        }
        PackedText text = joinText(n, slices);

        int denseFrom = Slice.denseFrom(n);
        // the keys any slice saw, ascending (a small catalog holds a few thousand of the possible ones)
        int[] total = new int[Keys.COUNT];
        int present = 0;
        for (Slice slice : slices) {
            for (int k = 0; k < slice.seenCount; k++) {
                int key = slice.seen[k];
                if (total[key] == 0) {
                    present++;
                }
                total[key] += slice.count[key];
            }
        }
        int[] keys = new int[present];
        int listed = 0;
        for (Slice slice : slices) {
            for (int k = 0; k < slice.seenCount; k++) {
                int key = slice.seen[k];
                if (total[key] > 0) {
                    keys[listed++] = key;
                    total[key] = -total[key]; // listed once
                }
            }
        }
        Arrays.sort(keys);
        Object[] sets = new Object[present];
        int[] counts = new int[present];
        for (int at = 0; at < present; at++) {
            int key = keys[at];
            total[key] = -total[key];
            counts[at] = total[key];
            sets[at] = total[key] > denseFrom ? joinBits(slices, key, n) : joinPositions(slices, key, total[key]);
        }
        return new CatalogIndex(ids, text, keys, sets, counts);
    }

    private static PackedText joinText(int n, Slice[] slices) {
        int latinLength = 0;
        int otherLength = 0;
        for (Slice slice : slices) {
            latinLength += slice.latin.length;
            otherLength += slice.other.length;
        }
        byte[] latin = new byte[latinLength];
        char[] other = new char[otherLength];
        int[] latinStart = new int[n + 1];
        int[] otherStart = new int[n + 1];
        int latinAt = 0;
        int otherAt = 0;
        for (Slice slice : slices) {
            System.arraycopy(slice.latin.bytes, 0, latin, latinAt, slice.latin.length);
            System.arraycopy(slice.other.chars, 0, other, otherAt, slice.other.length);
            for (int i = slice.from; i < slice.to; i++) {
                latinStart[i] = latinAt + slice.latinStart[i - slice.from];
                otherStart[i] = otherAt + slice.otherStart[i - slice.from];
            }
            latinAt += slice.latin.length;
            otherAt += slice.other.length;
        }
        latinStart[n] = latinAt;
        otherStart[n] = otherAt;
        return new PackedText(latin, latinStart, other, otherStart);
    }

    /** A key's set as one bit set: the slices' bit sets or-ed together (the first one reused), then their arrays. */
    private static long[] joinBits(Slice[] slices, int key, int n) {
        long[] bits = null;
        for (Slice slice : slices) {
            Object set = slice.sets[key];
            if (set instanceof long[] part) {
                if (bits == null) {
                    bits = part;
                } else {
                    for (int w = 0; w < bits.length; w++) {
                        bits[w] |= part[w];
                    }
                }
            }
        }
        if (bits == null) {
            bits = new long[PositionSets.bitWords(n)];
        }
        for (Slice slice : slices) {
            if (slice.sets[key] instanceof int[] positions) {
                for (int k = 0; k < slice.count[key]; k++) {
                    bits[positions[k] >>> 6] |= 1L << positions[k];
                }
            }
        }
        return bits;
    }

    /** A key's set as one sorted array: the slices' arrays one after another (the slices are in order). */
    private static int[] joinPositions(Slice[] slices, int key, int total) {
        int[] positions = new int[total];
        int filled = 0;
        for (Slice slice : slices) {
            if (slice.count[key] > 0) {
                System.arraycopy((int[]) slice.sets[key], 0, positions, filled, slice.count[key]);
                filled += slice.count[key];
            }
        }
        return positions;
    }
}
