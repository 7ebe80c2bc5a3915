package org.studypath.domain.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Search as you type over the whole catalog, in memory: a resource matches when every word of the query occurs
 * somewhere in its searchable text (title in both languages, creators, topics, unit titles, notes), ignoring case.
 * Words are substrings, so one Chinese character or a word's first letters find what they are part of.
 *
 * <p>Built once per catalog load, then immutable; safe to search from any thread. A query that only adds to the
 * previous one (another letter, another word) is looked for among the previous hits only, so typing narrows an
 * ever smaller set. Text is kept in two lower-cased strings per resource: the lines written in Latin-1 (stored at one
 * byte per character) and the others (Chinese, for example). A Chinese word is looked for in the second only; a word
 * in Latin letters in both, as a line may mix the two.
 */
public final class CatalogSearch {
    /** One resource's searchable text: any number of texts (a title, creators, unit titles, notes…), of one or more lines. */
    public record Entry(long id, List<String> lines) {
        public Entry {
            lines = List.copyOf(lines);
        }
    }

    /** Below this many candidates a search runs on the calling thread only. */
    private static final int PARALLEL_FROM = 20_000;

    private final long[] ids;
    private final String[] latin;
    private final String[] other;
    /**
     * For each resource, which characters its text holds, one bit each for a–z and 0–9 and the rest folded into the
     * remaining 28 bits: a word can only occur where all its characters' bits are set. This rules most resources out
     * without reading their text, and answers a one-letter or one-digit word on its own.
     */
    private final long[] characters;

    private CatalogSearch(long[] ids, String[] latin, String[] other, long[] characters) {
        this.ids = ids;
        this.latin = latin;
        this.other = other;
        this.characters = characters;
    }

    /** The bit of {@link #characters} for one (lower-cased) character. */
    static long bit(char c) {
        if (c >= 'a' && c <= 'z') {
            return 1L << (c - 'a');
        }
        if (c >= '0' && c <= '9') {
            return 1L << (26 + c - '0');
        }
        return 1L << (36 + c % 28);
    }

    /** The bits of every character of {@code text}. */
    static long bits(String text) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) {
            bits |= bit(text.charAt(i));
        }
        return bits;
    }

    /** True when the bit of {@code word} alone says whether it occurs: one letter a–z or one digit. */
    private static boolean answeredByBits(String word) {
        char c = word.charAt(0);
        return word.length() == 1 && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    }

    public static CatalogSearch of(List<Entry> entries) {
        long[] ids = new long[entries.size()];
        String[] latin = new String[entries.size()];
        String[] other = new String[entries.size()];
        long[] characters = new long[entries.size()];
        StringBuilder latinText = new StringBuilder();
        StringBuilder otherText = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            ids[i] = entry.id();
            latinText.setLength(0);
            otherText.setLength(0);
            for (String text : entry.lines()) {
                if (text == null) {
                    continue;
                }
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) {
                        StringBuilder into = isLatin1(line) ? latinText : otherText;
                        into.append(line.toLowerCase(Locale.ROOT)).append('\n');
                    }
                }
            }
            latin[i] = latinText.toString();
            other[i] = otherText.length() == 0 ? null : otherText.toString();
            characters[i] = bits(latin[i]) | (other[i] == null ? 0 : bits(other[i]));
        }
        return new CatalogSearch(ids, latin, other, characters);
    }

    public static CatalogSearch empty() {
        return of(List.of());
    }

    public int size() {
        return ids.length;
    }

    /**
     * The resources matching every word of {@code query}, or null for a query with no words (no search). When
     * {@code previous} came from this index and every one of its words is part of a word of the query, only its hits
     * are read again.
     */
    public Hits find(String query, Hits previous) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return null;
        }
        int[] candidates = previous != null && previous.index == this && previous.isNarrowedBy(words) ? previous.positions : null;
        int count = candidates == null ? ids.length : candidates.length;
        IntStream positions = candidates == null ? IntStream.range(0, count) : IntStream.of(candidates);
        if (count >= PARALLEL_FROM) {
            positions = positions.parallel();
        }
        String[] wordArray = words.toArray(String[]::new);
        boolean[] wordIsLatin = new boolean[wordArray.length];
        long[] wordBits = new long[wordArray.length];
        boolean[] byBits = new boolean[wordArray.length];
        long allBits = 0;
        for (int w = 0; w < wordArray.length; w++) {
            wordIsLatin[w] = isLatin1(wordArray[w]);
            wordBits[w] = bits(wordArray[w]);
            byBits[w] = answeredByBits(wordArray[w]);
            allBits |= wordBits[w];
        }
        long needed = allBits;
        int[] found = positions.filter(i -> (characters[i] & needed) == needed && matches(i, wordArray, wordIsLatin, byBits))
                .toArray();
        return new Hits(this, words, found);
    }

    private boolean matches(int i, String[] words, boolean[] wordIsLatin, boolean[] byBits) {
        for (int w = 0; w < words.length; w++) {
            if (byBits[w]) {
                continue; // its bit is set (checked by the caller), so it occurs
            }
            String word = words[w];
            String rest = other[i];
            boolean found = (wordIsLatin[w] && latin[i].contains(word)) || (rest != null && rest.contains(word));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * The query's words, lower-cased, split at spaces (including the ideographic space); a word that is part of
     * another is dropped (it adds nothing), and the longest come first (they rule out the most).
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

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** What one search found: the matching resources' ids, looked up in constant time. */
    public static final class Hits {
        /** Ids under this bound go in a bit set (SQLite row ids are small and dense); larger ones in a hash set. */
        private static final long BITS = 1L << 24;

        private final CatalogSearch index;
        private final List<String> words;
        private final int[] positions;
        private final BitSet small = new BitSet();
        private final Set<Long> large = new HashSet<>();

        private Hits(CatalogSearch index, List<String> words, int[] positions) {
            this.index = index;
            this.words = List.copyOf(words);
            this.positions = positions;
            for (int position : positions) {
                long id = index.ids[position];
                if (id >= 0 && id < BITS) {
                    small.set((int) id);
                } else {
                    large.add(id);
                }
            }
        }

        public boolean contains(long id) {
            return id >= 0 && id < BITS ? small.get((int) id) : !large.isEmpty() && large.contains(id);
        }

        public int size() {
            return positions.length;
        }

        /** True when whatever matches {@code newWords} also matched these hits' words. */
        private boolean isNarrowedBy(List<String> newWords) {
            return words.stream().allMatch(old -> newWords.stream().anyMatch(word -> word.contains(old)));
        }
    }
}
