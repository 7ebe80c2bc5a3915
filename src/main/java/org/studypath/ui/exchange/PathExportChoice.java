package org.studypath.ui.exchange;

import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.plan.PathSummary;

/** What the learner chose in File → Export path…: the path and what of their own to put in the file. */
public record PathExportChoice(PathSummary path, PathFile.Includes includes) {
}
