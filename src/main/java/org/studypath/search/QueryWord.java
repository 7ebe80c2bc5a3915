package org.studypath.search;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

/** One word of a query: its keys in the index, and whether they alone answer it (else candidates are read). */
final class QueryWord {
    final char[] chars;
    /** The word in Latin-1, or null when it has other characters (then it can only be in the other lines). */
    final byte[] latin;
    final int[] keys;
    final boolean exact;

    QueryWord(String text) {
        chars = text.toCharArray();
        latin = Words.isLatin1(text) ? text.getBytes(StandardCharsets.ISO_8859_1) : null;
        int n = chars.length;
        if (n == 1) {
            keys = new int[] {Keys.character(chars[0])};
            exact = true;
        } else if (n == 2) {
            keys = new int[] {Keys.pair(chars[0], chars[1])};
            exact = Keys.alnum(chars[0]) >= 0 && Keys.alnum(chars[1]) >= 0;
        } else {
            keys = IntStream.range(0, n - 2).map(k -> Keys.triple(chars[k], chars[k + 1], chars[k + 2])).distinct().toArray();
            exact = n == 3 && Keys.alnum(chars[0]) >= 0 && Keys.alnum(chars[1]) >= 0 && Keys.alnum(chars[2]) >= 0;
        }
    }
}
