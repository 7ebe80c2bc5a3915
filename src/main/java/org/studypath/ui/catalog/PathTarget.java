package org.studypath.ui.catalog;

import java.util.List;
import javafx.collections.ObservableList;
import org.studypath.domain.plan.PathSummary;

/** Where the catalog can send resources: the user's study paths. */
public interface PathTarget {
    ObservableList<PathSummary> paths();

    void addToPath(long pathId, List<Long> resourceIds);
}
