package org.studypath.store;

import java.util.Optional;

/** Small named preferences that belong with the user's data (window placement, choices in the UI). */
public interface SettingsRepository {
    Optional<String> get(String key);

    void put(String key, String value);

    /** Several settings in one transaction: all of them are saved, or none. */
    void putAll(java.util.Map<String, String> values);
}
