package org.studypath.ui.progress;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.studypath.domain.plan.PathSummary;

/**
 * Progress of the selected path: the path's bars on top ({@link ProgressHeader}), its resources and units to tick off
 * ({@link ProgressTree}), the selected row in detail ({@link DetailPane}), and a status line saying what was done.
 */
public final class ProgressView extends BorderPane {
    public ProgressView(ProgressViewModel viewModel, ObservableList<PathSummary> paths, ObjectProperty<PathSummary> selectedPath) {
        setId("progressView");
        setTop(new ProgressHeader(viewModel, paths, selectedPath));
        SplitPane split = new SplitPane(new ProgressTree(viewModel), new DetailPane(viewModel));
        split.setDividerPositions(0.6);
        setCenter(split);
        Label notice = new Label();
        notice.setId("progressNotice");
        notice.textProperty().bind(viewModel.noticeProperty());
        HBox status = new HBox(notice);
        status.getStyleClass().add("status-bar");
        status.setPadding(new Insets(4, 12, 4, 12));
        setBottom(status);
    }
}
