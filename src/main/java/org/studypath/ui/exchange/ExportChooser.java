package org.studypath.ui.exchange;

import java.util.Optional;

/** Asks which export the user wants; the view shows a dialog, tests answer directly. */
@FunctionalInterface
public interface ExportChooser {
    /** @param pathName the path being exported, or null when there is none (then only the backup is possible) */
    Optional<ExportChoice> choose(String pathName, ExportChoice previous);
}
