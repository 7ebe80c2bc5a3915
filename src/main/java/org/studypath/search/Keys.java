package org.studypath.search;

/**
 * The index's keys: every character, and every pair and triple of characters in a row within a line, gets a number.
 * A pair or triple of letters and digits (a–z, 0–9) has a key of its own, so a word of one character, or of two or
 * three letters and digits, is answered by its key alone; a pair or triple with another character (Chinese, accented,
 * punctuation) shares its key with others whose hash falls in the same bucket, so a resource holding the key only may
 * hold the word.
 */
final class Keys {
    /** Letters a–z and digits 0–9: the characters whose pairs and triples have keys of their own. */
    private static final int ALNUM = 36;
    /** Buckets for the pairs, and for the triples, that hold another character. */
    private static final int BUCKETS = 1 << 16;
    // one range of keys each for ...
    private static final int ALNUM_PAIRS = ALNUM; // ... after the 36 letters and digits
    private static final int ALNUM_TRIPLES = ALNUM_PAIRS + ALNUM * ALNUM;
    private static final int OTHER_CHARACTERS = ALNUM_TRIPLES + ALNUM * ALNUM * ALNUM; // one key a UTF-16 unit
    private static final int OTHER_PAIRS = OTHER_CHARACTERS + (1 << 16);
    private static final int OTHER_TRIPLES = OTHER_PAIRS + BUCKETS;
    /** How many keys there are: every key is below this. */
    static final int COUNT = OTHER_TRIPLES + BUCKETS;

    private Keys() {
    }

    /** 0–35 for a–z and 0–9, else -1. */
    static int alnum(int c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return -1;
    }

    static int character(int c) {
        int a = alnum(c);
        return a >= 0 ? a : OTHER_CHARACTERS + c;
    }

    static int pair(int first, int second) {
        int a = alnum(first);
        int b = alnum(second);
        return a >= 0 && b >= 0 ? ALNUM_PAIRS + a * ALNUM + b : OTHER_PAIRS + bucket(first, second, 0);
    }

    static int triple(int first, int second, int third) {
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
}
