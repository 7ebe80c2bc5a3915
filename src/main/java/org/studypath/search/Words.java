package org.studypath.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How text is cut into words and compared: lower-cased in the root locale, split at spaces and line breaks. */
final class Words {
    private Words() {
    }

    /**
     * The query's words, lower-cased, split at spaces (including the ideographic space); a word that is part of
     * another is dropped (it adds nothing), and the longest come first.
     */
    static List<String> of(String query) {
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

    /** A line of text as the index keeps it: lower-cased, or null when it is blank (left out). */
    static String normalised(String line) {
        return line.isBlank() ? null : line.toLowerCase(Locale.ROOT);
    }

    /** The characters the query's words are split at: none of them is ever part of a word, so the index skips them. */
    static boolean isSeparator(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000';
    }

    static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
