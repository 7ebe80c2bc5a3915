package org.studypath.ui.path;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.common.Messages;

/** The learner's paths, the one chosen, and the buttons to create, rename, duplicate and delete them. */
final class PathListPane extends VBox {
    PathListPane(PathsViewModel viewModel, PathControls controls) {
        super(6);
        Messages messages = viewModel.messages();
        ListView<PathSummary> list = new ListView<>(viewModel.paths());
        list.setId("pathList");
        list.setAccessibleText(messages.text("paths.list.accessible"));
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PathSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.text("paths.list.item", item.name(), item.resourceCount()));
            }
        });
        PathControls.follow(list, viewModel.selectedPathProperty(), false);
        list.setPlaceholder(new Label(messages.text("paths.list.empty")));
        Button create = controls.icon("newPathButton", "mdi2p-plus", "paths.list.new", viewModel::createPath);
        Button rename = controls.icon("renamePathButton", "mdi2r-rename-box", "paths.list.rename", viewModel::renamePath);
        Button duplicate = controls.icon("duplicatePathButton", "mdi2c-content-copy", "paths.list.duplicate",
                viewModel::duplicatePath);
        Button delete = controls.icon("deletePathButton", "mdi2d-delete-outline", "paths.list.delete", viewModel::deletePath);
        for (Button b : List.of(rename, duplicate, delete)) {
            b.disableProperty().bind(viewModel.selectedPathProperty().isNull());
        }
        getChildren().addAll(controls.heading("paths.list.heading"), list, new HBox(4, create, rename, duplicate, delete));
        VBox.setVgrow(list, Priority.SOMETIMES);
        list.setMinHeight(76); // at the smallest window the list was squeezed to nothing: two paths always show
    }
}
