package org.studypath.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CatalogSearchTest {
    private static final CatalogSearch INDEX = CatalogSearch.of(List.of(
            new CatalogSearch.Entry(1, List.of("Essence of Linear Algebra\n线性代数的本质", "Grant Sanderson", "Linear algebra\n线性代数")),
            new CatalogSearch.Entry(2, List.of("Deep Learning\n深度学习", "Ian Goodfellow\nYoshua Bengio", "Chapter 2: Linear Algebra")),
            new CatalogSearch.Entry(3, List.of("概率论与数理统计 (Probability)", "陈希孺")),
            new CatalogSearch.Entry(4, List.of("My notes", "", "Ünïcode ÄRGER")),
            new CatalogSearch.Entry(1L << 40, List.of("A resource with a huge id"))));

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
    }

    @Test
    void wordsAreLowerCasedDeduplicatedAndTheLongestComeFirst() {
        assertThat(CatalogSearch.words(" Lin  LINEAR\u3000alg a ")).containsExactly("linear", "alg");
        assertThat(CatalogSearch.words("b a")).containsExactly("b", "a");
    }

    @Test
    void narrowingFromThePreviousHitsFindsWhatAFullSearchFinds() {
        Random random = new Random(7);
        String alphabet = "abcdefgh线性代数概率 ";
        List<CatalogSearch.Entry> entries = new ArrayList<>();
        for (int id = 0; id < 3_000; id++) {
            entries.add(new CatalogSearch.Entry(id, List.of(randomText(random, alphabet, 30), randomText(random, alphabet, 12))));
        }
        CatalogSearch index = CatalogSearch.of(entries);
        CatalogSearch other = CatalogSearch.of(entries.subList(0, 10));
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
    void theCharacterBitsNeverHideAMatch() {
        // letters, digits, accented and Chinese characters (several share a folded bit), across lines and cases
        Random random = new Random(11);
        String alphabet = "abcxyz09ÉéüçĀ线性代数概率论深度学习 ";
        List<CatalogSearch.Entry> entries = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int id = 0; id < 2_000; id++) {
            String first = randomText(random, alphabet, 1 + random.nextInt(25));
            String second = randomText(random, alphabet, random.nextInt(8));
            entries.add(new CatalogSearch.Entry(id, List.of(first, second)));
            texts.add((first + "\n" + second).toLowerCase(java.util.Locale.ROOT));
        }
        CatalogSearch index = CatalogSearch.of(entries);
        for (int round = 0; round < 400; round++) {
            String query = randomText(random, alphabet, 1 + random.nextInt(4)) + (round % 3 == 0 ? " " + randomText(random, alphabet, 1) : "");
            CatalogSearch.Hits hits = index.find(query, null);
            if (hits == null) {
                continue;
            }
            List<String> words = CatalogSearch.words(query);
            for (int id = 0; id < 2_000; id++) {
                String[] lines = texts.get(id).split("\n");
                boolean expected = words.stream().allMatch(w -> java.util.Arrays.stream(lines).anyMatch(l -> l.contains(w)));
                assertThat(hits.contains(id)).as("%s in %s", query, texts.get(id)).isEqualTo(expected);
            }
        }
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
