package org.studypath.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;
import org.studypath.store.SettingsRepository;

/**
 * The choices made in Settings: language, theme, the first day of the week, where backups go, whether a
 * notification of today's sessions appears at start, the gentle mode (what is next instead of how far behind), and
 * whether Today shows the welcome of a first start. Kept in the database's settings table, so a backup carries
 * them; a value that cannot be read counts as not set.
 *
 * @param firstDayOfWeek null: the custom of the UI locale's region
 * @param backupFolder   null: {@code backups/} in the data folder
 * @param gentle         true: no page says how far behind the learner is; Today says what is next and quietly offers
 *                       to replan
 * @param welcome        true: Today shows the welcome (set on a first start, cleared when dismissed)
 */
public record Preferences(Language language, Theme theme, DayOfWeek firstDayOfWeek, Path backupFolder,
                          boolean startupNotification, boolean gentle, boolean welcome) {
    static final String LANGUAGE = "ui.language";
    static final String THEME = "ui.theme";
    static final String FIRST_DAY = "ui.firstDayOfWeek";
    static final String BACKUP_FOLDER = "backup.folder";
    static final String NOTIFICATION = "ui.startupNotification";
    static final String GENTLE = "ui.gentle";
    static final String WELCOME = "ui.welcome";

    /** The UI's language: the system's (when it is Chinese or English), or one chosen in Settings. */
    public enum Language {
        SYSTEM, ENGLISH, CHINESE;

        /** The locale the UI uses: Simplified Chinese for a {@code zh} system locale, English otherwise. */
        public Locale locale(Locale system) {
            return switch (this) {
                case ENGLISH -> Locale.UK;
                case CHINESE -> Locale.SIMPLIFIED_CHINESE;
                case SYSTEM -> "zh".equals(system.getLanguage()) ? Locale.SIMPLIFIED_CHINESE
                        : "en".equals(system.getLanguage()) ? system : Locale.UK;
            };
        }
    }

    /** Light or dark, or whatever the system is set to when that can be found out. */
    public enum Theme { SYSTEM, LIGHT, DARK }

    public Preferences {
        language = language == null ? Language.SYSTEM : language;
        theme = theme == null ? Theme.SYSTEM : theme;
    }

    /** The choices of a version without the gentle mode and the welcome: both off. */
    public Preferences(Language language, Theme theme, DayOfWeek firstDayOfWeek, Path backupFolder,
                       boolean startupNotification) {
        this(language, theme, firstDayOfWeek, backupFolder, startupNotification, false, false);
    }

    /** The same choices with another backup folder (null: the data folder's own). */
    public Preferences withBackupFolder(Path folder) {
        return new Preferences(language, theme, firstDayOfWeek, folder, startupNotification, gentle, welcome);
    }

    /** The same choices with the welcome shown or not. */
    public Preferences withWelcome(boolean shown) {
        return new Preferences(language, theme, firstDayOfWeek, backupFolder, startupNotification, gentle, shown);
    }

    public static Preferences defaults() {
        return new Preferences(Language.SYSTEM, Theme.SYSTEM, null, null, true, false, false);
    }

    public static Preferences load(SettingsRepository settings) {
        return new Preferences(
                settings.get(LANGUAGE).flatMap(v -> parse(Language.class, v)).orElse(Language.SYSTEM),
                settings.get(THEME).flatMap(v -> parse(Theme.class, v)).orElse(Theme.SYSTEM),
                settings.get(FIRST_DAY).flatMap(v -> parse(DayOfWeek.class, v)).orElse(null),
                settings.get(BACKUP_FOLDER).filter(v -> !v.isBlank()).flatMap(Preferences::path).orElse(null),
                settings.get(NOTIFICATION).map(v -> !"false".equals(v)).orElse(true),
                settings.get(GENTLE).map("true"::equals).orElse(false),
                // a data folder from before the welcome existed is not a first start: no welcome there
                settings.get(WELCOME).map("true"::equals).orElse(false));
    }

    /** Shows the welcome on Today from the next start on (a first start), or no longer (dismissed). */
    public static void showWelcome(SettingsRepository settings, boolean shown) {
        settings.put(WELCOME, Boolean.toString(shown));
    }

    /** Saves every choice in one transaction. */
    public void save(SettingsRepository settings) {
        settings.putAll(java.util.Map.of(
                LANGUAGE, language.name(),
                THEME, theme.name(),
                FIRST_DAY, firstDayOfWeek == null ? "" : firstDayOfWeek.name(),
                BACKUP_FOLDER, backupFolder == null ? "" : backupFolder.toString(),
                NOTIFICATION, Boolean.toString(startupNotification),
                GENTLE, Boolean.toString(gentle),
                WELCOME, Boolean.toString(welcome)));
    }

    /** The first day of the week to show: the chosen one, or the custom of {@code locale}'s region (Monday in Britain). */
    public DayOfWeek weekStart(Locale locale) {
        return firstDayOfWeek == null ? java.time.temporal.WeekFields.of(locale).getFirstDayOfWeek() : firstDayOfWeek;
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A chosen folder is always absolute: a relative one would be taken against wherever StudyPath was started. */
    private static Optional<Path> path(String value) {
        try {
            return Optional.of(Path.of(value)).filter(Path::isAbsolute);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
