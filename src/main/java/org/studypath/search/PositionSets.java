package org.studypath.search;

/**
 * Sets of positions in the index, as the index keeps them: a bit set ({@code long[]}) when many resources are in it,
 * else a sorted array of positions ({@code int[]}).
 */
final class PositionSets {
    private PositionSets() {
    }

    /** How many longs a bit set over {@code n} positions takes. */
    static int bitWords(int n) {
        return (n + 63) >>> 6;
    }

    /** A set of the index as a new bit set over {@code n} positions. */
    static long[] bitSet(Object set, int n) {
        if (set instanceof long[] bits) {
            return bits.clone();
        }
        long[] bits = new long[bitWords(n)];
        for (int p : (int[]) set) {
            bits[p >>> 6] |= 1L << p;
        }
        return bits;
    }

    /** {@code bits} and {@code set}: {@code bits} itself, changed, or a new bit set. */
    static long[] intersect(long[] bits, Object set) {
        if (set instanceof long[] other) {
            for (int w = 0; w < bits.length; w++) {
                bits[w] &= other[w];
            }
            return bits;
        }
        long[] both = new long[bits.length];
        for (int p : (int[]) set) {
            both[p >>> 6] |= bits[p >>> 6] & (1L << p);
        }
        return both;
    }

    static int cardinality(long[] bits) {
        int count = 0;
        for (long w : bits) {
            count += Long.bitCount(w);
        }
        return count;
    }

    /** The first position from {@code from} on in {@code bits}, or -1. */
    static int next(long[] bits, int from) {
        int w = from >>> 6;
        if (from < 0 || w >= bits.length) {
            return -1;
        }
        long word = bits[w] & (-1L << from);
        while (word == 0) {
            if (++w == bits.length) {
                return -1;
            }
            word = bits[w];
        }
        return (w << 6) + Long.numberOfTrailingZeros(word);
    }
}
