package org.studypath.app;

import java.util.Optional;
import org.studypath.store.SettingsRepository;

/**
 * Where the learner left off: the study path they work on and the page that was shown, kept in the settings so that
 * StudyPath reopens there after a restart, a language switch or a restore. A remembered path that no longer exists
 * (deleted, or a restore brought other paths) is only a wish: the window then falls back to the first path.
 */
public final class LeftOff {
    static final String PATH = "ui.currentPath";
    static final String PAGE = "ui.currentPage";

    /** The window's pages, in the order of their tabs (Ctrl+1 … Ctrl+6). */
    public enum Page { TODAY, CATALOG, PATHS, PROGRESS, SCHEDULE, STATISTICS }

    private LeftOff() {
    }

    /** The remembered path's id (empty: none, or a value that is not one). */
    public static Optional<Long> path(SettingsRepository settings) {
        return settings.get(PATH).flatMap(LeftOff::pathId);
    }

    public static void rememberPath(SettingsRepository settings, long pathId) {
        settings.put(PATH, Long.toString(pathId));
    }

    /** The remembered page (empty: none, or a value that names none). */
    public static Optional<Page> page(SettingsRepository settings) {
        return settings.get(PAGE).flatMap(LeftOff::pageNamed);
    }

    public static void rememberPage(SettingsRepository settings, Page page) {
        settings.put(PAGE, page.name());
    }

    /** A path id as the database makes them: a positive whole number. */
    static Optional<Long> pathId(String value) {
        if (!value.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    static Optional<Page> pageNamed(String value) {
        for (Page page : Page.values()) {
            if (page.name().equals(value)) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }
}
