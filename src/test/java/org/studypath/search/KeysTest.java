package org.studypath.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeysTest {
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

    @Test
    void lettersAndDigitsHaveKeysOfTheirOwnForEveryCharacterPairAndTriple() {
        Set<Integer> keys = new HashSet<>();
        for (char a : ALNUM.toCharArray()) {
            keys.add(Keys.character(a));
            for (char b : ALNUM.toCharArray()) {
                keys.add(Keys.pair(a, b));
                for (char c : ALNUM.toCharArray()) {
                    keys.add(Keys.triple(a, b, c));
                }
            }
        }
        assertThat(keys).hasSize(36 + 36 * 36 + 36 * 36 * 36);
    }

    @Test
    void everyKeyIsInRangeAndTheKindsNeverShareOne() {
        Set<Integer> characters = new HashSet<>();
        Set<Integer> pairs = new HashSet<>();
        Set<Integer> triples = new HashSet<>();
        String sample = "az09é线性代数Ā-:(\u212A";
        for (char a : sample.toCharArray()) {
            characters.add(Keys.character(a));
            for (char b : sample.toCharArray()) {
                pairs.add(Keys.pair(a, b));
                for (char c : sample.toCharArray()) {
                    triples.add(Keys.triple(a, b, c));
                }
            }
        }
        for (Set<Integer> kind : java.util.List.of(characters, pairs, triples)) {
            assertThat(kind).allMatch(k -> k >= 0 && k < Keys.COUNT);
        }
        assertThat(characters).doesNotContainAnyElementsOf(pairs).doesNotContainAnyElementsOf(triples);
        assertThat(pairs).doesNotContainAnyElementsOf(triples);
        // every other character has its own key
        assertThat(characters).hasSize(sample.length());
    }

    @Test
    void onlyLettersAndDigitsAreAlnum() {
        assertThat(Keys.alnum('a')).isZero();
        assertThat(Keys.alnum('z')).isEqualTo(25);
        assertThat(Keys.alnum('0')).isEqualTo(26);
        assertThat(Keys.alnum('9')).isEqualTo(35);
        assertThat(Keys.alnum('A')).isEqualTo(-1); // the index holds lower-cased text
        assertThat(Keys.alnum('é')).isEqualTo(-1);
        assertThat(Keys.alnum('线')).isEqualTo(-1);
    }

    @Test
    void aQueryWordIsAnsweredByItsKeysAloneOnlyWhenTheyAreItsOwn() {
        assertThat(new QueryWord("a").exact).isTrue();
        assertThat(new QueryWord("线").exact).isTrue();
        assertThat(new QueryWord("ab").exact).isTrue();
        assertThat(new QueryWord("abc").exact).isTrue();
        assertThat(new QueryWord("abcd").exact).isFalse();
        assertThat(new QueryWord("线性").exact).isFalse(); // a shared bucket
        assertThat(new QueryWord("a-b").exact).isFalse();
        assertThat(new QueryWord("abcd").keys).containsExactly(Keys.triple('a', 'b', 'c'), Keys.triple('b', 'c', 'd'));
        assertThat(new QueryWord("aaaa").keys).containsExactly(Keys.triple('a', 'a', 'a'));
        assertThat(new QueryWord("ab").latin).isEqualTo(new byte[] {(byte) 'a', (byte) 'b'});
        assertThat(new QueryWord("线性").latin).isNull();
    }
}
