package org.studypath.domain.catalog;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Search as you type over the whole catalog, in memory: a resource matches when every word of the query occurs
 * somewhere in its searchable text (title in both languages, creators, topics, unit titles, notes), ignoring case.
 * Words are substrings, so one Chinese character or a word's first letters find what they are part of.
 *
 * <p>Built once per catalog load, then immutable; safe to search from any thread. The text is kept lower-cased in two
 * arrays, with each resource's range in them: the lines written in Latin-1 at one byte a character, the others
 * (Chinese, for example) at two. An index of the short substrings of that text says which resources hold each
 * one — every character, every pair of characters and every three characters in a row within a line — as a bit set
 * over the resources when many hold it, else as a sorted array of their positions:
 * <ul>
 *   <li>a character, a pair of letters or digits (a–z, 0–9) or three of them has a set of its own, so a word of one
 *       character, or of two or three letters and digits, is answered by the index alone;</li>
 *   <li>pairs and triples with another character (Chinese, accented, punctuation) share their set with others whose
 *       hash falls in the same bucket: a resource in the set may hold the word;</li>
 *   <li>a longer word may occur where all its triples do; those candidates are then read (the word looked for in
 *       their text).</li>
 * </ul>
 * A query that only adds to the previous one (another letter, another word) starts from the previous hits, so typing
 * narrows an ever smaller set.
 */
public final class CatalogSearch {
    /** One resource's searchable text: any number of texts (a title, creators, unit titles, notes…), of one or more lines. */
    public record Entry(long id, List<String> lines) {
        public Entry {
            lines = List.copyOf(lines);
        }
    }

    /** From this many candidates to read, both cores read them. */
    private static final int PARALLEL_FROM = 20_000;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Letters a–z and digits 0–9: the characters whose pairs and triples have sets of their own. */
    private static final int ALNUM = 36;
    /** Buckets for the pairs, and for the triples, that hold another character. */
    private static final int BUCKETS = 1 << 16;
    // The keys of the index: one range each for ...
    private static final int ALNUM_PAIRS = ALNUM; // ... after the 36 letters and digits
    private static final int ALNUM_TRIPLES = ALNUM_PAIRS + ALNUM * ALNUM;
    private static final int OTHER_CHARACTERS = ALNUM_TRIPLES + ALNUM * ALNUM * ALNUM; // one key a UTF-16 unit
    private static final int OTHER_PAIRS = OTHER_CHARACTERS + (1 << 16);
    private static final int OTHER_TRIPLES = OTHER_PAIRS + BUCKETS;
    private static final int KEYS = OTHER_TRIPLES + BUCKETS;

    /** The resources' ids, ascending; a resource's position in the index is its place here. */
    private final long[] ids;
    /** The Latin-1 lines of resource {@code i}, lower-cased, each ended by '\n': {@code latin[latinStart[i]..latinStart[i+1])}. */
    private final byte[] latin;
    private final int[] latinStart;
    /** The other lines, the same way. */
    private final char[] other;
    private final int[] otherStart;
    /** The index: keys present, ascending, and for each the resources holding it (long[] bit set or sorted int[]). */
    private final int[] keys;
    private final Object[] sets;
    private final int[] counts;

    private CatalogSearch(long[] ids, byte[] latin, int[] latinStart, char[] other, int[] otherStart, int[] keys,
                          Object[] sets, int[] counts) {
        this.ids = ids;
        this.latin = latin;
        this.latinStart = latinStart;
        this.other = other;
        this.otherStart = otherStart;
        this.keys = keys;
        this.sets = sets;
        this.counts = counts;
    }

    public static CatalogSearch of(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::id));
        int n = sorted.size();
        // a large catalog is read in four slices, on both cores, then joined
        int slices = n >= PARALLEL_FROM ? 4 : 1;
        IntStream each = IntStream.range(0, slices);
        if (slices > 1) {
            each = each.parallel();
        }
        Slice[] read = each.mapToObj(s -> new Slice(sorted, (int) ((long) n * s / slices), (int) ((long) n * (s + 1) / slices), n))
                .toArray(Slice[]::new);
        return Slice.join(sorted, read);
    }

    /** The index of no resources (immutable, so one is shared). */
    private static final CatalogSearch EMPTY = new CatalogSearch(new long[0], new byte[0], new int[1], new char[0],
            new int[1], new int[0], new Object[0], new int[0]);

    public static CatalogSearch empty() {
        return EMPTY;
    }

    public int size() {
        return ids.length;
    }

    /**
     * Where the resource with this id is in the index, or -1 when it is not there: what {@link Hits#containsAt} takes.
     * A binary search; a caller testing many resources looks their positions up once per catalog load.
     */
    public int position(long id) {
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? -1 : at;
    }

    /** Roughly how many bytes the index holds (its arrays, not the objects' headers): for measurements. */
    public long footprint() {
        long bytes = ids.length * 8L + latin.length + other.length * 2L + (latinStart.length + otherStart.length) * 4L
                + keys.length * 12L;
        for (Object set : sets) {
            bytes += 16 + (set instanceof long[] bits ? bits.length * 8L : ((int[]) set).length * 4L);
        }
        return bytes;
    }

    /**
     * The resources matching every word of {@code query}, or null for a query with no words (no search). When
     * {@code previous} came from this index and every one of its words is part of a word of the query, the search
     * starts from its hits.
     */
    public Hits find(String query, Hits previous) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return null;
        }
        boolean narrowing = previous != null && previous.index == this && previous.isNarrowedBy(words);
        List<Integer> found = new ArrayList<>();
        List<Word> toRead = new ArrayList<>();
        for (String text : words) {
            Word word = new Word(text);
            for (int key : word.keys) {
                int at = Arrays.binarySearch(keys, key);
                if (at < 0) {
                    return new Hits(this, words, new long[bitWords(ids.length)], 0);
                }
                if (!found.contains(at)) {
                    found.add(at);
                }
            }
            if (!word.exact && !(narrowing && previous.words.contains(text))) {
                // (a word the previous search had already holds in all of its hits)
                toRead.add(word);
            }
        }
        found.sort(Comparator.comparingInt(at -> counts[at]));
        long[] candidates;
        if (narrowing) {
            candidates = previous.bits.clone();
        } else {
            candidates = bitSet(sets[found.remove(0)], ids.length);
        }
        for (int at : found) {
            candidates = intersect(candidates, sets[at]);
        }
        int count = cardinality(candidates);
        if (!toRead.isEmpty() && count > 0) {
            count = read(candidates, toRead.toArray(Word[]::new), count >= PARALLEL_FROM);
        }
        return new Hits(this, words, candidates, count);
    }

    /**
     * Reads every text for {@code query}'s longest word once in parallel and once in turn, and returns how many hold
     * it (both ways agree; a word of up to three letters or digits is answered by the index alone, without reading): the reading a search of four letters or more does, run ahead so that the JIT has compiled it (and the
     * common fork-join pool has started) before the first such keystroke. A catalog big enough to read in parallel
     * (from 20,000 resources) is the one where that matters.
     */
    public int prepareReading(String query) {
        List<String> words = words(query);
        if (ids.length == 0 || words.isEmpty()) {
            return 0;
        }
        Word[] reading = {new Word(words.get(0))};
        if (reading[0].exact) {
            return find(words.get(0), null).size(); // a search never reads for such a word: its keys answer it
        }
        long[] all = new long[bitWords(ids.length)];
        for (int i = 0; i < ids.length; i++) {
            all[i >>> 6] |= 1L << i;
        }
        int inParallel = read(all.clone(), reading, true);
        int inTurn = read(all, reading, false);
        return Math.min(inParallel, inTurn);
    }

    /** Keeps of {@code candidates} the resources whose text holds every word; returns how many are left. */
    private int read(long[] candidates, Word[] words, boolean parallel) {
        int chunk = 64; // words of the bit set, 4,096 resources
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
                    if (!holdsAll(w * 64 + bit, words)) {
                        keep &= ~(1L << bit);
                    }
                }
                candidates[w] = keep;
                kept += Long.bitCount(keep);
            }
            return kept;
        }).sum();
    }

    private boolean holdsAll(int i, Word[] words) {
        for (Word word : words) {
            boolean found = (word.latin != null && contains(latin, latinStart[i], latinStart[i + 1], word.latin))
                    || (otherStart[i] < otherStart[i + 1] && contains(other, otherStart[i], otherStart[i + 1], word.chars));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code word} (two or more characters) occurs in {@code text[from..to)}. Eight places are tried at once:
     * a long read at {@code p} and one at {@code p + 1}, compared with the word's first and second byte repeated,
     * mark the places where both match (a zero byte in the or of the two, found with the usual bit trick, which may
     * also mark a place above a true one); each marked place is then compared in full.
     */
    private static boolean contains(byte[] text, int from, int to, byte[] word) {
        int last = to - word.length;
        long first = (word[0] & 0xFFL) * ONES;
        long second = (word[1] & 0xFFL) * ONES;
        int p = from;
        for (; p + 9 <= to && p <= last; p += 8) {
            long x = ((long) LONGS.get(text, p) ^ first) | ((long) LONGS.get(text, p + 1) ^ second);
            long marked = (x - ONES) & ~x & HIGHS;
            while (marked != 0) {
                int at = p + (Long.numberOfTrailingZeros(marked) >>> 3);
                if (at > last) {
                    return false;
                }
                if (matchesAt(text, at, word)) {
                    return true;
                }
                marked &= marked - 1;
            }
        }
        for (; p <= last; p++) {
            if (matchesAt(text, p, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(byte[] text, int p, byte[] word) {
        return Arrays.equals(text, p, p + word.length, word, 0, word.length);
    }

    private static boolean contains(char[] text, int from, int to, char[] word) {
        char first = word[0];
        for (int p = from, last = to - word.length; p <= last; p++) {
            if (text[p] == first && Arrays.equals(text, p, p + word.length, word, 0, word.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The query's words, lower-cased, split at spaces (including the ideographic space); a word that is part of
     * another is dropped (it adds nothing), and the longest come first.
     */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        if (query == null) {
            return words;
        }
        for (String word : query.strip().toLowerCase(Locale.ROOT).split("[\\s\\u3000]+")) {
            if (!word.isEmpty() && !words.contains(word)) {
                words.add(word);
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (kept.stream().noneMatch(k -> k.contains(word))) {
                kept.add(word);
            }
        }
        return kept;
    }

    /** The characters the query's words are split at: none of them is ever part of a word, so the index skips them. */
    private static boolean isSeparator(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000';
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    // ---- the index's keys ----

    /** 0–35 for a–z and 0–9, else -1. */
    private static int alnum(int c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return -1;
    }

    private static int characterKey(int c) {
        int a = alnum(c);
        return a >= 0 ? a : OTHER_CHARACTERS + c;
    }

    private static int pairKey(int first, int second) {
        int a = alnum(first);
        int b = alnum(second);
        return a >= 0 && b >= 0 ? ALNUM_PAIRS + a * ALNUM + b : OTHER_PAIRS + bucket(first, second, 0);
    }

    private static int tripleKey(int first, int second, int third) {
        int a = alnum(first);
        int b = alnum(second);
        int c = alnum(third);
        return a >= 0 && b >= 0 && c >= 0 ? ALNUM_TRIPLES + (a * ALNUM + b) * ALNUM + c
                : OTHER_TRIPLES + bucket(first, second, third + 1);
    }

    private static int bucket(int first, int second, int third) {
        int h = first * 0x9E3779B1 ^ second * 0x85EBCA77 ^ third * 0xC2B2AE3D;
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 13;
        return h & (BUCKETS - 1);
    }

    /** One word of a query: its keys in the index, and whether they alone answer it. */
    private static final class Word {
        final char[] chars;
        /** The word in Latin-1, or null when it has other characters (then it can only be in the other lines). */
        final byte[] latin;
        final int[] keys;
        final boolean exact;

        Word(String text) {
            chars = text.toCharArray();
            latin = isLatin1(text) ? text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1) : null;
            int n = chars.length;
            if (n == 1) {
                keys = new int[] {characterKey(chars[0])};
                exact = true;
            } else if (n == 2) {
                keys = new int[] {pairKey(chars[0], chars[1])};
                exact = alnum(chars[0]) >= 0 && alnum(chars[1]) >= 0;
            } else {
                keys = IntStream.range(0, n - 2).map(k -> tripleKey(chars[k], chars[k + 1], chars[k + 2])).distinct().toArray();
                exact = n == 3 && alnum(chars[0]) >= 0 && alnum(chars[1]) >= 0 && alnum(chars[2]) >= 0;
            }
        }
    }

    // ---- sets of positions ----

    private static int bitWords(int n) {
        return (n + 63) >>> 6;
    }

    /** A set of the index as a new bit set. */
    private static long[] bitSet(Object set, int n) {
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
    private static long[] intersect(long[] bits, Object set) {
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

    private static int cardinality(long[] bits) {
        int count = 0;
        for (long w : bits) {
            count += Long.bitCount(w);
        }
        return count;
    }

    /** Lower-cased lines, appended one after another, each ended by '\n': Latin-1 ones as bytes, others as chars. */
    private static final class Text {
        byte[] bytes = new byte[0];
        char[] chars = new char[0];
        int length;

        void appendLatin1(String line) {
            int needed = length + line.length() + 1;
            if (needed > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length + (bytes.length >> 1)));
            }
            for (int k = 0; k < line.length(); k++) {
                bytes[length++] = (byte) line.charAt(k);
            }
            bytes[length++] = '\n';
        }

        void appendOther(String line) {
            int needed = length + line.length() + 1;
            if (needed > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(needed, chars.length + (chars.length >> 1)));
            }
            line.getChars(0, line.length(), chars, length);
            length += line.length();
            chars[length++] = '\n';
        }

    }

    /**
     * The text and index of the resources at positions {@code from} to {@code to}: the text lower-cased into arrays of
     * its own, and key by key, the resources holding it in the order they come (so positions ascend). A set starts as
     * an array of positions and becomes a bit set over all {@code n} resources once that is smaller (more than one
     * resource in 32).
     */
    private static final class Slice {
        private final int from;
        private final int to;
        private final int n;
        private final int denseFrom;
        private final Text latin = new Text();
        private final Text other = new Text();
        private final int[] latinStart;
        private final int[] otherStart;
        private final int[] last = new int[KEYS];
        private final int[] count = new int[KEYS];
        private final Object[] sets = new Object[KEYS];
        /** The keys this slice has seen, in the order it first saw them: a small catalog's join reads only these. */
        private int[] seen = new int[256];
        private int seenCount;
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
                        if (!line.isBlank()) {
                            String lower = line.toLowerCase(Locale.ROOT);
                            if (isLatin1(lower)) {
                                latin.appendLatin1(lower);
                            } else {
                                other.appendOther(lower);
                            }
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

        /** The next character of the resource's text: its keys with the one or two before it (none across lines). */
        private void read(int c) {
            if (isSeparator(c)) {
                previous = beforePrevious = -1;
                return;
            }
            add(c, previous, beforePrevious);
            beforePrevious = previous;
            previous = c;
        }

        /** A set of more resources than this is a bit set. */
        private static int denseFrom(int n) {
            return Math.max(1, n / 32);
        }

        /** The character {@code c} and the pair and triple it ends (a previous character of -1: none). */
        private void add(int c, int previous, int beforePrevious) {
            put(characterKey(c));
            if (previous >= 0) {
                put(pairKey(previous, c));
                if (beforePrevious >= 0) {
                    put(tripleKey(beforePrevious, previous, c));
                }
            }
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
                long[] bits = new long[bitWords(n)];
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

        /** The slices' texts one after another, and their sets joined key by key. */
        static CatalogSearch join(List<Entry> sorted, Slice[] slices) {
            int n = sorted.size();
            long[] ids = new long[n];
            for (int i = 0; i < n; i++) {
                ids[i] = sorted.get(i).id();
            }
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

            int denseFrom = denseFrom(n);
            // the keys any slice saw, ascending (a small catalog holds a few thousand of the 244,556 possible)
            int[] total = new int[KEYS];
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
                if (total[key] > denseFrom) {
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
                        bits = new long[bitWords(n)];
                    }
                    for (Slice slice : slices) {
                        if (slice.sets[key] instanceof int[] positions) {
                            for (int k = 0; k < slice.count[key]; k++) {
                                bits[positions[k] >>> 6] |= 1L << positions[k];
                            }
                        }
                    }
                    sets[at] = bits;
                } else {
                    int[] positions = new int[total[key]];
                    int filled = 0;
                    for (Slice slice : slices) {
                        if (slice.count[key] > 0) {
                            System.arraycopy((int[]) slice.sets[key], 0, positions, filled, slice.count[key]);
                            filled += slice.count[key];
                        }
                    }
                    sets[at] = positions;
                }
            }
            return new CatalogSearch(ids, latin, latinStart, other, otherStart, keys, sets, counts);
        }
    }

    /** What one search found: a bit set over the index's positions. */
    public static final class Hits {
        private final CatalogSearch index;
        private final List<String> words;
        private final long[] bits;
        private final int size;

        private Hits(CatalogSearch index, List<String> words, long[] bits, int size) {
            this.index = index;
            this.words = List.copyOf(words);
            this.bits = bits;
            this.size = size;
        }

        /** Whether the resource with this id matched (a binary search for its position). */
        public boolean contains(long id) {
            int position = index.position(id);
            return position >= 0 && containsAt(position);
        }

        /** Whether the resource at this {@link CatalogSearch#position position} of the index searched matched. */
        public boolean containsAt(int position) {
            return (bits[position >>> 6] & (1L << position)) != 0;
        }

        /** The first position from {@code from} on whose resource matched, or -1: to go through the hits in order. */
        public int next(int from) {
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

        /** True when these hits came from {@code search}, so that its positions apply. */
        public boolean isFrom(CatalogSearch search) {
            return index == search;
        }

        public int size() {
            return size;
        }

        /** True when whatever matches {@code newWords} also matched these hits' words. */
        private boolean isNarrowedBy(List<String> newWords) {
            return words.stream().allMatch(old -> newWords.stream().anyMatch(word -> word.contains(old)));
        }
    }
}
