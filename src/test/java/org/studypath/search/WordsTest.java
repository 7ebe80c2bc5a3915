package org.studypath.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void wordsAreLowerCasedDeduplicatedAndTheLongestComeFirst() {
        assertThat(Words.of(" Lin  LINEAR\u3000alg a ")).containsExactly("linear", "alg");
        assertThat(Words.of("b a")).containsExactly("b", "a");
        assertThat(Words.of("线性 线性代数 代")).containsExactly("线性代数");
    }

    @Test
    void aQueryOfSpacesOrNothingHasNoWords() {
        assertThat(Words.of(null)).isEmpty();
        assertThat(Words.of("")).isEmpty();
        assertThat(Words.of(" \t\n\u3000 ")).isEmpty();
    }

    @Test
    void linesAreLowerCasedInTheRootLocaleAndBlankOnesLeftOut() {
        assertThat(Words.normalised("Ünïcode ÄRGER")).isEqualTo("ünïcode ärger");
        assertThat(Words.normalised("TITLE")).isEqualTo("title"); // not the Turkish dotless i
        assertThat(Words.normalised("   ")).isNull();
        assertThat(Words.normalised("")).isNull();
    }

    @Test
    void separatorsAreTheCharactersAQueryIsSplitAt() {
        for (char c : new char[] {' ', '\t', '\n', '\r', '\u000B', '\f', '\u3000'}) {
            assertThat(Words.isSeparator(c)).as("%04x", (int) c).isTrue();
            assertThat(Words.of("a" + c + "b")).as("%04x", (int) c).containsExactly("a", "b");
        }
        assertThat(Words.isSeparator('-')).isFalse();
        assertThat(Words.isSeparator('线')).isFalse();
    }

    @Test
    void latin1IsUpToCharacterFF() {
        assertThat(Words.isLatin1("abc ÿ é")).isTrue();
        assertThat(Words.isLatin1("Ā")).isFalse();
        assertThat(Words.isLatin1("线")).isFalse();
        assertThat(Words.isLatin1("")).isTrue();
    }
}
