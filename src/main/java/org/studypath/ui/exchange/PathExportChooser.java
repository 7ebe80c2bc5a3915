package org.studypath.ui.exchange;

import java.util.List;
import java.util.Optional;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.plan.PathSummary;

/** Asks which path to export and whether with progress, notes and time logs; the view shows a dialog, tests answer. */
@FunctionalInterface
public interface PathExportChooser {
    /** @param selected the path chosen in the window, or null; {@code previous} the last choice of what to include */
    Optional<PathExportChoice> choose(List<PathSummary> paths, PathSummary selected, PathFile.Includes previous);
}
