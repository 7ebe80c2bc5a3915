package org.studypath;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * System properties cleared for a test and put back as they were when closed (cleared again when they had no value):
 * {@code try (var cleared = ClearedProperties.of("a", "b")) { … }}, or opened in a {@code @BeforeEach} and closed in
 * an {@code @AfterEach}.
 */
public final class ClearedProperties implements AutoCloseable {
    private final Map<String, String> before = new LinkedHashMap<>();

    private ClearedProperties(String... keys) {
        for (String key : keys) {
            before.put(key, System.clearProperty(key));
        }
    }

    public static ClearedProperties of(String... keys) {
        return new ClearedProperties(keys);
    }

    /** Clears them again, as at the start (keeping what they held before the test for {@link #close()}). */
    public void clearAgain() {
        before.keySet().forEach(System::clearProperty);
    }

    @Override
    public void close() {
        before.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
