package org.studypath.exchange.notes;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for the notes vault that every desktop system and Obsidian accept, each used once:
 * <ul>
 *   <li>no character Windows forbids ({@code \ / : * ? " < > |}), no control character, and none that breaks an
 *       Obsidian [[wikilink]] ({@code # ^ [ ]}): each becomes a space, and runs of spaces one;</li>
 *   <li>no leading dot (a hidden file that Obsidian skips), no trailing dot or space (Windows drops them);</li>
 *   <li>not a name Windows reserves for a device ({@code CON}, {@code nul.txt}, {@code COM1} …): an underscore is
 *       added before the first dot;</li>
 *   <li>at most {@value #MAX_CODE_POINTS} characters and {@value #MAX_BYTES} bytes of UTF-8 (Linux allows 255 bytes,
 *       and the folder's path has to fit in Windows' 260 characters too), cut between characters;</li>
 *   <li>Chinese and other letters are kept, in Unicode's composed form (NFC), as macOS would otherwise store them
 *       decomposed;</li>
 *   <li>a name already used, ignoring case (Windows and macOS do), gets " (2)", " (3)" ….</li>
 * </ul>
 */
public final class VaultNames {
    static final int MAX_CODE_POINTS = 80;
    static final int MAX_BYTES = 180;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|#^\\[\\]\\p{Cc}\\p{Cf}\\u2028\\u2029]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)(con|prn|aux|nul|com[0-9\\u00B9\\u00B2\\u00B3]|lpt[0-9\\u00B9\\u00B2\\u00B3]|conin\\$|conout\\$)");

    private final Set<String> taken = new HashSet<>();

    /** A safe name (without extension) for {@code title}, not used before by this vault; {@code fallback} if none is left. */
    public String claim(String title, String fallback) {
        String name = safe(title, fallback);
        String chosen = name;
        for (int n = 2; !taken.add(key(chosen)); n++) {
            chosen = name + " (" + n + ")";
        }
        return chosen;
    }

    /** {@code title} made safe as a file name without extension (see the class comment); {@code fallback} when empty. */
    public static String safe(String title, String fallback) {
        String name = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC);
        name = FORBIDDEN.matcher(name).replaceAll(" ");
        name = SPACES.matcher(name).replaceAll(" ");
        name = trimEnds(name);
        name = trimEnds(shorten(name));
        if (name.isEmpty()) {
            return fallback;
        }
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        if (RESERVED.matcher(base.strip()).matches()) {
            name = base.strip() + "_" + (dot < 0 ? "" : name.substring(dot));
        }
        return name;
    }

    /** Without spaces at either end, dots at the start (hidden) or the end (dropped by Windows). */
    private static String trimEnds(String name) {
        String trimmed = name;
        while (true) {
            String next = trimmed.strip();
            while (next.startsWith(".")) {
                next = next.substring(1);
            }
            while (next.endsWith(".")) {
                next = next.substring(0, next.length() - 1);
            }
            if (next.equals(trimmed)) {
                return trimmed;
            }
            trimmed = next;
        }
    }

    /** At most {@link #MAX_CODE_POINTS} characters and {@link #MAX_BYTES} bytes, cut between characters. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) > MAX_CODE_POINTS) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_CODE_POINTS));
        }
        while (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
        }
        return name;
    }

    /** How file systems that ignore case compare names. */
    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
