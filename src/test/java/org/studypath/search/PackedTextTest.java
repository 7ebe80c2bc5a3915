package org.studypath.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedTextTest {
    private static byte[] latin(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aLatinWordIsFoundAtEveryPlaceAndNotPastTheRange() {
        byte[] text = latin("xxxxxxxxxxxxxxxxabxxxxxxxxxxxxxxxxxxab");
        assertThat(PackedText.contains(text, 0, text.length, latin("ab"))).isTrue();
        assertThat(PackedText.contains(text, 0, 17, latin("ab"))).isFalse(); // cut between a and b
        assertThat(PackedText.contains(text, 0, 18, latin("ab"))).isTrue();
        assertThat(PackedText.contains(text, 18, text.length, latin("ab"))).isTrue();
        assertThat(PackedText.contains(text, 18, text.length - 1, latin("ab"))).isFalse();
        assertThat(PackedText.contains(text, 0, text.length, latin("ba"))).isFalse();
    }

    @Test
    void theEightAtOnceScanAgreesWithAPlainSearchAtEveryOffset() {
        Random random = new Random(3);
        for (int round = 0; round < 2_000; round++) {
            String s = randomText(random, "aab\u00e9\n", 1 + random.nextInt(40));
            String word = randomText(random, "aab\u00e9", 2 + random.nextInt(3));
            int from = random.nextInt(s.length());
            int to = from + random.nextInt(s.length() - from + 1);
            boolean expected = s.substring(from, to).contains(word);
            assertThat(PackedText.contains(latin(s), from, to, latin(word))).as("%s in %s[%d..%d)", word, s, from, to)
                    .isEqualTo(expected);
            assertThat(PackedText.contains(s.toCharArray(), from, to, word.toCharArray())).isEqualTo(expected);
        }
    }

    @Test
    void aResourceHoldsAllWordsWhenEachIsInItsLatinOrItsOtherLines() {
        PackedText.Buffer latin = new PackedText.Buffer();
        PackedText.Buffer other = new PackedText.Buffer();
        latin.appendLatin1("linear algebra");
        other.appendOther("线性代数");
        int latinEnd = latin.length;
        int otherEnd = other.length;
        latin.appendLatin1("deep learning");
        PackedText text = new PackedText(latin.bytes, new int[] {0, latinEnd, latin.length}, other.chars,
                new int[] {0, otherEnd, otherEnd});
        assertThat(text.holdsAll(0, new QueryWord[] {new QueryWord("algebra"), new QueryWord("代数")})).isTrue();
        assertThat(text.holdsAll(0, new QueryWord[] {new QueryWord("learning")})).isFalse();
        assertThat(text.holdsAll(1, new QueryWord[] {new QueryWord("learning")})).isTrue();
        assertThat(text.holdsAll(1, new QueryWord[] {new QueryWord("代数")})).isFalse();
        assertThat(text.footprint()).isPositive();
    }

    @Test
    void theBufferEndsEachLineWithALineBreakAndGrows() {
        PackedText.Buffer buffer = new PackedText.Buffer();
        for (int i = 0; i < 100; i++) {
            buffer.appendLatin1("line " + i);
        }
        String all = new String(buffer.bytes, 0, buffer.length, StandardCharsets.ISO_8859_1);
        assertThat(all).startsWith("line 0\nline 1\n").endsWith("line 99\n");
        assertThat(all.split("\n")).hasSize(100);
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
