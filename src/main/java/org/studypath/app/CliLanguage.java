package org.studypath.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.studypath.store.SqliteSettingsRepository;

/**
 * The language of the command line's messages and help: {@code --lang} when given, else the language chosen in
 * Settings for the data folder, else the system's, as the window would choose ({@link Preferences.Language#locale}).
 * Machine-read output (a CSV, a backup) is the same in every language; only the sentences for people change.
 */
public final class CliLanguage {
    private CliLanguage() {
    }

    /**
     * @param chosen  what {@code --lang} asked for; null: not given
     * @param dataDir the data folder whose saved choice counts; null: none (the system's language)
     * @param system  the system's locale
     */
    public static Locale of(Preferences.Language chosen, Path dataDir, Locale system) {
        if (chosen != null) {
            return chosen.locale(system);
        }
        return saved(dataDir).orElse(Preferences.Language.SYSTEM).locale(system);
    }

    /** The language saved in Settings for {@code dataDir}, read without opening the folder for StudyPath. */
    static Optional<Preferences.Language> saved(Path dataDir) {
        if (dataDir == null) {
            return Optional.empty();
        }
        return SqliteSettingsRepository.peek(dataDir, Preferences.LANGUAGE).flatMap(value -> {
            try {
                return Optional.of(Preferences.Language.valueOf(value));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // as the window does: a value it cannot read counts as not set
            }
        });
    }
}
