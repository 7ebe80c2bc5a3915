package org.studypath.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.studypath.domain.catalog.CatalogSearch;

/** The index as a whole: every search it answers is what reading every resource's text would answer. */
class CatalogIndexTest {
    private static final CatalogIndex INDEX = CatalogIndex.of(List.of(
            new Entry(1, List.of("Essence of Linear Algebra\n线性代数的本质", "Grant Sanderson", "Linear algebra\n线性代数")),
            new Entry(2, List.of("Deep Learning\n深度学习", "Ian Goodfellow\nYoshua Bengio", "Chapter 2: Linear Algebra")),
            new Entry(3, List.of("概率论与数理统计 (Probability)", "陈希孺")),
            new Entry(4, List.of("My notes", "", "Ünïcode ÄRGER")),
            new Entry(1L << 40, List.of("A resource with a huge id"))));

    private static List<Long> ids(CatalogSearch.Hits hits) {
        return LongStream.of(1, 2, 3, 4, 5, 1L << 40).filter(hits::contains).boxed().toList();
    }

    private static List<Long> find(String query) {
        return ids(INDEX.find(query, null));
    }

    @Test
    void everyWordMustOccurSomewhereIgnoringCase() {
        assertThat(find("linear")).containsExactly(1L, 2L);
        assertThat(find("LINEAR goodfellow")).containsExactly(2L);
        assertThat(find("sanderson deep")).isEmpty();
        assertThat(find("ärger")).containsExactly(4L);
        assertThat(find("huge")).containsExactly(1L << 40);
    }

    @Test
    void chineseWordsOfAnyLengthAreFoundInsideLongerText() {
        assertThat(find("线")).containsExactly(1L);
        assertThat(find("线性")).containsExactly(1L);
        assertThat(find("学习")).containsExactly(2L);
        assertThat(find("统计 概率")).containsExactly(3L);
        // a Latin word on a line that also holds Chinese is found too
        assertThat(find("probability")).containsExactly(3L);
        assertThat(find("(probability)")).containsExactly(3L);
    }

    @Test
    void wordsDoNotMatchAcrossLines() {
        assertThat(find("sandersonlinear")).isEmpty();
        assertThat(find("algebra线性")).isEmpty();
        assertThat(find("本质grant")).isEmpty();
        // a line break in the query separates words like a space
        assertThat(find("sanderson\nlinear")).containsExactly(1L);
    }

    @Test
    void aQueryWithoutWordsIsNoSearch() {
        assertThat(INDEX.find("", null)).isNull();
        assertThat(INDEX.find(" \t\u3000 ", null)).isNull();
        assertThat(INDEX.find(null, null)).isNull();
        assertThat(CatalogSearch.empty().find("x", null).size()).isZero();
        assertThat(CatalogIndex.of(List.of()).find("x", null).size()).isZero();
        assertThat(CatalogSearch.empty().size()).isZero();
        assertThat(CatalogSearch.empty().find("线性 ab", null).next(0)).isEqualTo(-1);
    }

    @Test
    void narrowingFromThePreviousHitsFindsWhatAFullSearchFinds() {
        Random random = new Random(7);
        String alphabet = "abcdefgh线性代数概率 ";
        List<Entry> entries = new ArrayList<>();
        for (int id = 0; id < 3_000; id++) {
            entries.add(new Entry(id, List.of(randomText(random, alphabet, 30), randomText(random, alphabet, 12))));
        }
        CatalogIndex index = CatalogIndex.of(entries);
        CatalogIndex other = CatalogIndex.of(entries.subList(0, 10));
        for (int round = 0; round < 300; round++) {
            String query = randomText(random, alphabet, 1 + random.nextInt(6));
            CatalogSearch.Hits previous = null;
            for (int end = 1; end <= query.length(); end++) {
                String typed = query.substring(0, end);
                CatalogSearch.Hits full = index.find(typed, null);
                CatalogSearch.Hits narrowed = index.find(typed, previous);
                if (full == null) {
                    assertThat(narrowed).isNull();
                    continue;
                }
                assertThat(narrowed.size()).as(typed).isEqualTo(full.size());
                for (int id = 0; id < 3_000; id++) {
                    assertThat(narrowed.contains(id)).as("%s: %d", typed, id).isEqualTo(full.contains(id));
                }
                // hits from another index (an older catalog) are not narrowed from
                assertThat(index.find(typed, other.find(typed, null)).size()).isEqualTo(full.size());
                previous = narrowed;
            }
        }
    }

    @Test
    void theIndexNeverHidesAMatchNorAddsOne() {
        // letters, digits, accented and Chinese characters (several share a bucket of the index), across lines and cases
        String alphabet = "abcxyz09ÉéüçĀ线性代数概率论深度学习 ";
        checkAgainstReading(new Random(11), 2_000, alphabet, 25, 400);
    }

    @Test
    void mixedTextOfAnySizeIsSearchedExactlyAsReadingItWould() {
        // few letters, so that words of two to four characters match some resources and not others; upper case,
        // punctuation, line breaks, ideographic spaces, characters whose lower case is longer (İ) or Latin (K, the
        // Kelvin sign), a character outside the BMP
        String alphabet = "abcdeSTAL12-:(Äé\u0130\u212A线性代数概率\u3000\n\uD83D\uDE00 ";
        for (int size : new int[] {40, 3_000, 25_000}) {
            checkAgainstReading(new Random(size), size, alphabet, 60, size > 10_000 ? 60 : 300);
        }
    }

    @Test
    void longLatinWordsAreReadExactlyEvenInTensOfThousandsOfCandidates() {
        // three letters only: every pair and triple is everywhere, so words of four letters or more are read in the
        // text of most of the 25,000 resources (the reading that runs on both cores, eight bytes at a time)
        checkAgainstReading(new Random(5), 25_000, "abcab", 80, 40);
    }

    @Test
    void readingAheadCountsWhatASearchFinds() {
        assertThat(INDEX.prepareReading("linear")).isEqualTo(find("linear").size()).isEqualTo(2);
        assertThat(INDEX.prepareReading("线性代数")).isEqualTo(1);
        assertThat(INDEX.prepareReading("代数 goodfellow")).isEqualTo(1); // the longest word: goodfellow
        assertThat(INDEX.prepareReading("  ")).isZero();
        // words the index answers alone are not read (a one-letter word has no second letter to scan with)
        assertThat(INDEX.prepareReading("a")).isEqualTo(INDEX.find("a", null).size()).isPositive();
        assertThat(INDEX.prepareReading("1 2 3")).isEqualTo(INDEX.find("1", null).size());
        assertThat(CatalogSearch.empty().prepareReading("linear")).isZero();
        // big enough to read in parallel: both ways count the same
        Random random = new Random(11);
        List<Entry> entries = new ArrayList<>();
        for (int id = 0; id < 25_000; id++) {
            entries.add(new Entry(id, List.of(randomText(random, "abc", 30))));
        }
        CatalogIndex big = CatalogIndex.of(entries);
        assertThat(big.prepareReading("abca")).isEqualTo(big.find("abca", null).size()).isPositive();
    }

    /**
     * Searches {@code queries} random queries over {@code size} random resources, each typed a character at a time
     * (each search starting from the previous hits) and also searched at once, and compares both with reading every
     * resource's lower-cased lines; fails unless enough queries match some resources and not others.
     */
    private static void checkAgainstReading(Random random, int size, String alphabet, int length, int queries) {
        List<Entry> entries = new ArrayList<>();
        List<String[]> lines = new ArrayList<>();
        for (int id = 0; id < size; id++) {
            String first = randomText(random, alphabet, 1 + random.nextInt(length));
            String second = randomText(random, alphabet, random.nextInt(length / 3));
            entries.add(new Entry(id * 3L + 1, List.of(first, second)));
            List<String> all = new ArrayList<>();
            for (String text : List.of(first, second)) {
                for (String line : text.split("\n")) {
                    all.add(line.toLowerCase(java.util.Locale.ROOT));
                }
            }
            lines.add(all.toArray(String[]::new));
        }
        java.util.Collections.shuffle(entries, random); // the index keeps them in the order of their ids
        CatalogIndex index = CatalogIndex.of(entries);
        int partial = 0;
        for (int round = 0; round < queries; round++) {
            String query = randomText(random, alphabet.replace("\n", ""), 1 + random.nextInt(4));
            if (round % 3 == 0) {
                query += (round % 2 == 0 ? " " : "\u3000") + randomText(random, alphabet, 1 + random.nextInt(3));
            }
            if (round % 5 == 0) {
                query = query.toUpperCase(java.util.Locale.ROOT);
            }
            CatalogSearch.Hits previous = null;
            for (int end = 1; end <= query.length(); end++) {
                String typed = query.substring(0, end);
                String[] words = typed.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s\u3000]+");
                CatalogSearch.Hits narrowed = index.find(typed, previous);
                CatalogSearch.Hits full = index.find(typed, null);
                if (words.length == 0 || words[0].isEmpty()) {
                    assertThat(full).as(typed).isNull();
                    assertThat(narrowed).as(typed).isNull();
                    continue;
                }
                int expectedSize = 0;
                for (int id = 0; id < size; id++) {
                    String[] text = lines.get(id);
                    boolean expected = java.util.Arrays.stream(words)
                            .allMatch(w -> java.util.Arrays.stream(text).anyMatch(l -> l.contains(w)));
                    if (expected != full.contains(id * 3L + 1) || expected != narrowed.contains(id * 3L + 1)) {
                        throw new AssertionError("“" + typed + "” in " + String.join(" / ", text) + ": expected "
                                + expected + ", found " + full.contains(id * 3L + 1) + " (at once), "
                                + narrowed.contains(id * 3L + 1) + " (typed)");
                    }
                    expectedSize += expected ? 1 : 0;
                }
                int walked = 0;
                for (int p = full.next(0); p >= 0; p = full.next(p + 1)) {
                    walked++;
                }
                assertThat(walked).as(typed).isEqualTo(expectedSize);
                assertThat(full.size()).as(typed).isEqualTo(expectedSize);
                assertThat(narrowed.size()).as(typed).isEqualTo(expectedSize);
                if (end == query.length() && expectedSize > 0 && expectedSize < size) {
                    partial++;
                }
                previous = narrowed;
            }
        }
        assertThat(partial).as("queries that match some resources and not others").isGreaterThan(queries / 4);
    }

    @Test
    void pairsAndTriplesDoNotSpanLinesOrScripts() {
        CatalogIndex index = CatalogIndex.of(List.of(
                new Entry(1, List.of("ab\ncd", "xy线", "性z")),
                new Entry(2, List.of("abc", "线性"))));
        assertThat(index.find("bc", null).size()).isEqualTo(1);
        assertThat(index.find("bc", null).contains(2)).isTrue();
        assertThat(index.find("bcd", null).size()).isZero();
        assertThat(index.find("y线", null).contains(1)).isTrue();
        assertThat(index.find("线性", null).contains(1)).isFalse();
        assertThat(index.find("线性", null).contains(2)).isTrue();
        assertThat(index.find("y线性", null).size()).isZero();
        assertThat(index.find("cdxy", null).size()).isZero();
    }

    @Test
    void positionsLetACallerTestManyResourcesWithoutLookingEachUp() {
        CatalogSearch.Hits linear = INDEX.find("linear", null);
        assertThat(INDEX.position(1L << 40)).isEqualTo(INDEX.size() - 1);
        assertThat(INDEX.position(99)).isEqualTo(-1);
        assertThat(linear.containsAt(INDEX.position(1))).isTrue();
        assertThat(linear.containsAt(INDEX.position(3))).isFalse();
        List<Integer> positions = new ArrayList<>();
        for (int p = linear.next(0); p >= 0; p = linear.next(p + 1)) {
            positions.add(p);
        }
        assertThat(positions).containsExactly(INDEX.position(1), INDEX.position(2));
        assertThat(linear.next(INDEX.size())).isEqualTo(-1);
        assertThat(linear.isFrom(INDEX)).isTrue();
        assertThat(linear.isFrom(CatalogSearch.empty())).isFalse();
    }

    @Test
    void aQueryThatIsNotANarrowingSearchesEverything() {
        CatalogSearch.Hits deep = INDEX.find("deep", null);
        assertThat(ids(INDEX.find("linear", deep))).containsExactly(1L, 2L);
        assertThat(ids(INDEX.find("dee", deep))).containsExactly(2L);
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
