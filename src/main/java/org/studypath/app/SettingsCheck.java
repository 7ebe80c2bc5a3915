package org.studypath.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.studypath.domain.Notice;
import org.studypath.domain.PlausibleDates;
import org.studypath.domain.SafeText;

/**
 * Settings that come from a file (a restored backup) are input like any other: each that StudyPath reads is checked
 * the way the window checks it when the learner makes the choice, and one that fails is left out with a warning, so
 * StudyPath starts with its default instead. A backup folder, above all, must be an absolute path to a folder that exists here and
 * can be written: a relative one would be taken against whatever folder StudyPath happened to be started in, and
 * later automatic backups would go there.
 */
public final class SettingsCheck {
    /** Every setting StudyPath keeps, with what is wrong with a value (empty: nothing). */
    private static final Map<String, Function<String, Optional<String>>> KNOWN = Map.ofEntries(
            Map.entry(Preferences.LANGUAGE, v -> oneOf(v, Preferences.Language.class, false)),
            Map.entry(Preferences.THEME, v -> oneOf(v, Preferences.Theme.class, false)),
            Map.entry(Preferences.FIRST_DAY, v -> oneOf(v, DayOfWeek.class, true)),
            Map.entry(Preferences.BACKUP_FOLDER, SettingsCheck::backupFolder),
            Map.entry(Preferences.NOTIFICATION, SettingsCheck::trueOrFalse),
            Map.entry(Preferences.GENTLE, SettingsCheck::trueOrFalse),
            Map.entry(Preferences.WELCOME, SettingsCheck::trueOrFalse),
            Map.entry(Services.BACKUP_OWNER, v -> v.matches("[0-9a-f]{8}") ? ok() : wrong("settings.expected.owner")),
            Map.entry(ProgressService.STREAK_ENABLED, SettingsCheck::trueOrFalse),
            Map.entry(ProgressService.WEEKLY_GOAL, SettingsCheck::weeklyGoal),
            Map.entry(WindowPlacement.KEY,
                    v -> WindowPlacement.parse(v).isPresent() ? ok() : wrong("settings.expected.placement")),
            Map.entry(StarterPath.CREATED_KEY,
                    v -> PlausibleDates.date(v).isPresent() ? ok() : wrong("settings.expected.date")),
            // a path id that names no path in the restored data is no error: the window falls back to the first path
            Map.entry(LeftOff.PATH, v -> LeftOff.pathId(v).isPresent() ? ok() : wrong("settings.expected.pathId")),
            Map.entry(LeftOff.PAGE, v -> LeftOff.pageNamed(v).isPresent() ? ok() : wrong("settings.expected.page")));

    private SettingsCheck() {
    }

    /** Why the setting {@code key} cannot have {@code value}, or empty when it can. */
    public static Optional<Notice> problem(String key, String value) {
        if (SafeText.problem(value, true).isPresent()) {
            // a value of one line, in valid Unicode, whatever the setting: the check of every other text in a backup
            return Optional.of(Notice.of("settings.badValue", key, SafeText.quote(value),
                    Notice.of("settings.expected.text")));
        }
        Function<String, Optional<String>> check = KNOWN.get(key);
        if (check == null) {
            // one this version never reads (a newer StudyPath's, say) cannot steer it: kept, so a round trip through
            // this version loses nothing; its text was checked like any other field's
            return Optional.empty();
        }
        return check.apply(value).map(expected -> Notice.of("settings.badValue", key, SafeText.quote(value), Notice.of(expected)));
    }

    private static Optional<String> ok() {
        return Optional.empty();
    }

    /** {@code expected}: the notice's key that says what the value should be. */
    private static Optional<String> wrong(String expected) {
        return Optional.of(expected);
    }

    private static <E extends Enum<E>> Optional<String> oneOf(String value, Class<E> type, boolean blankAllowed) {
        if (blankAllowed && value.isEmpty()) {
            return ok();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return ok();
            }
        }
        return wrong("settings.expected.choice");
    }

    private static Optional<String> trueOrFalse(String value) {
        return value.equals("true") || value.equals("false") ? ok() : wrong("settings.expected.boolean");
    }

    private static Optional<String> weeklyGoal(String value) {
        if (value.isEmpty()) {
            return ok();
        }
        try {
            int minutes = Integer.parseInt(value);
            return minutes > 0 && minutes <= 7 * 24 * 60 ? ok() : wrong("settings.expected.minutes");
        } catch (NumberFormatException e) {
            return wrong("settings.expected.minutes");
        }
    }

    /** The Settings dialog's rule: empty (the data folder's own), or an absolute folder that exists and can be written. */
    private static Optional<String> backupFolder(String value) {
        if (value.isEmpty()) {
            return ok();
        }
        Path folder;
        try {
            folder = Path.of(value);
        } catch (InvalidPathException e) {
            return wrong("settings.expected.folder");
        }
        if (!folder.isAbsolute()) {
            return wrong("settings.expected.absoluteFolder");
        }
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            return wrong("settings.expected.existingFolder");
        }
        return ok();
    }
}
