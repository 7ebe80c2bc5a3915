package org.studypath.app;

import java.text.Normalizer;

/** File names made from what users type, safe on every desktop OS. */
public final class FileNames {
    private static final int MAX_LENGTH = 80;

    private FileNames() {
    }

    /**
     * {@code text} as one file name: no folder separators or ".." (a name such as {@code ../../etc/passwd} stays in
     * the chosen folder as {@code etc-passwd}), no characters Windows refuses, no control characters, not a reserved
     * Windows device name, at most 80 characters; {@code fallback} when nothing is left.
     */
    public static String safe(String text, String fallback) {
        String name = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
        name = name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]+", "-")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("\\s+", " ")
                .replaceAll("-{2,}", "-")
                .strip();
        name = name.replaceAll("^[-. ]+", "").replaceAll("[-. ]+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).strip();
        }
        if (name.isEmpty() || name.matches("(?i)(con|prn|aux|nul|com\\d|lpt\\d)")) {
            return fallback;
        }
        return name;
    }
}
