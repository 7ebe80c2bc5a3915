package org.studypath.ui.path;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.studypath.domain.ResourceSummary;

/**
 * The Study paths page: on the left the paths ({@link PathListPane}) and the catalog to take resources from
 * ({@link CatalogPicker}); in the middle the chosen path's plan and resources ({@link PlanPane}); on the right its
 * study time and pace ({@link AvailabilityPane}).
 */
public final class PathsView extends SplitPane {
    public PathsView(PathsViewModel viewModel, ObservableList<ResourceSummary> catalog) {
        setId("pathsView");
        PathControls controls = new PathControls(viewModel.messages());
        VBox left = new VBox(8, new PathListPane(viewModel, controls), new CatalogPicker(viewModel, catalog, controls));
        left.setPadding(new Insets(10));
        left.setMinWidth(190);
        left.setPrefWidth(250);
        ScrollPane availability = new ScrollPane(new AvailabilityPane(viewModel, controls));
        availability.setFitToWidth(true);
        availability.setMinWidth(250);
        getItems().addAll(left, new PlanPane(viewModel, controls), availability);
        setDividerPositions(0.22, 0.72);
    }
}
