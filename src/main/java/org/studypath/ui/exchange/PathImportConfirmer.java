package org.studypath.ui.exchange;

import java.util.List;
import java.util.Optional;
import org.studypath.domain.pathfile.PathFile;

/**
 * Shows what importing a path file would do and asks to go ahead, and which of the sender's progress, notes and time
 * logs ({@code offered}: what the file holds) to take; empty when the learner cancels. The view shows a dialog,
 * tests answer directly.
 */
@FunctionalInterface
public interface PathImportConfirmer {
    Optional<PathFile.Includes> confirm(String title, String message, List<String> lines, PathFile.Includes offered);
}
