package org.studypath.search;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The resources' text, lower-cased, in two arrays with each resource's range in them: the lines written in Latin-1 at
 * one byte a character, the others (Chinese, for example) at two; each line ends with '\n'. Read when the index's keys
 * alone cannot answer a word: the word is looked for in a candidate's text.
 */
final class PackedText {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** The Latin-1 lines of resource {@code i}: {@code latin[latinStart[i]..latinStart[i+1])}. */
    final byte[] latin;
    final int[] latinStart;
    /** The other lines, the same way. */
    final char[] other;
    final int[] otherStart;

    PackedText(byte[] latin, int[] latinStart, char[] other, int[] otherStart) {
        this.latin = latin;
        this.latinStart = latinStart;
        this.other = other;
        this.otherStart = otherStart;
    }

    /** Roughly how many bytes the arrays hold. */
    long footprint() {
        return latin.length + other.length * 2L + (latinStart.length + otherStart.length) * 4L;
    }

    /** Whether the text of resource {@code i} holds every word (each of two characters or more). */
    boolean holdsAll(int i, QueryWord[] words) {
        for (QueryWord word : words) {
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
    static boolean contains(byte[] text, int from, int to, byte[] word) {
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

    static boolean contains(char[] text, int from, int to, char[] word) {
        char first = word[0];
        for (int p = from, last = to - word.length; p <= last; p++) {
            if (text[p] == first && Arrays.equals(text, p, p + word.length, word, 0, word.length)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cased lines, appended one after another, each ended by '\n': Latin-1 ones as bytes, others as chars. */
    static final class Buffer {
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
}
