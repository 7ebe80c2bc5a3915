package org.studypath.ui.path;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.common.Keys;
import org.studypath.ui.common.Messages;

/**
 * The chosen path's plan: where it finishes, "Replan from today" and whether the learner is behind, its warnings, its
 * resources in order (drag and drop, Alt+Up/Down) and the selected one's details.
 */
final class PlanPane extends VBox {
    private final PathsViewModel viewModel;
    private final Messages messages;

    PlanPane(PathsViewModel viewModel, PathControls controls) {
        super(8);
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        Label outcome = new Label();
        outcome.setId("outcomeLabel");
        outcome.getStyleClass().add("plan-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.outcomeProperty());
        outcome.setMinHeight(Region.USE_PREF_SIZE);

        Label warnings = new Label();
        warnings.setId("warningsLabel");
        warnings.getStyleClass().add("plan-warning");
        warnings.setWrapText(true);
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        warnings.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", viewModel.warnings()),
                viewModel.warnings()));
        warnings.visibleProperty().bind(Bindings.isNotEmpty(viewModel.warnings()));
        warnings.managedProperty().bind(warnings.visibleProperty());

        ListView<PlanItem> items = itemList();
        Button up = controls.icon("moveUpButton", "mdi2a-arrow-up", "paths.items.moveUp", () -> viewModel.moveSelected(-1));
        Button down = controls.icon("moveDownButton", "mdi2a-arrow-down", "paths.items.moveDown", () -> viewModel.moveSelected(1));
        Button remove = controls.icon("removeFromPathButton", "mdi2p-playlist-remove", "paths.items.remove",
                viewModel::removeSelectedItem);
        for (Button b : List.of(up, down, remove)) {
            b.disableProperty().bind(viewModel.selectedItemProperty().isNull());
        }
        getChildren().addAll(controls.heading("paths.plan.heading"), outcome, planBar(), warnings, items,
                new HBox(4, up, down, remove), new ItemDetailPane(viewModel.itemsEditor(), messages, controls));
        setPadding(new Insets(10));
        VBox.setVgrow(items, Priority.ALWAYS);
    }

    private HBox planBar() {
        Button replan = new Button(messages.text("paths.plan.replan"), new FontIcon("mdi2c-calendar-refresh"));
        replan.setId("replanButton");
        replan.disableProperty().bind(viewModel.plannedProperty().isNull());
        replan.setOnAction(e -> viewModel.replanFromToday());
        Label behind = new Label();
        behind.textProperty().bind(Bindings.when(viewModel.gentleProperty())
                .then(messages.text("paths.plan.behind.gentle")).otherwise(messages.text("paths.plan.behind")));
        behind.getStyleClass().add("behind-note");
        behind.visibleProperty().bind(viewModel.behindProperty());
        behind.managedProperty().bind(behind.visibleProperty());
        HBox bar = new HBox(10, replan, behind);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ListView<PlanItem> itemList() {
        ListView<PlanItem> list = new ListView<>(viewModel.items());
        list.setId("pathItems");
        list.setAccessibleText(messages.text("paths.items.accessible"));
        list.setPlaceholder(new Label(messages.text("paths.items.empty")));
        list.setCellFactory(v -> new PathItemCell(viewModel));
        PathControls.follow(list, viewModel.selectedItemProperty(), true);
        list.setOnKeyPressed(e -> {
            if (Keys.MOVE_UP.match(e)) {
                viewModel.moveSelected(-1);
                e.consume();
            } else if (Keys.MOVE_DOWN.match(e)) {
                viewModel.moveSelected(1);
                e.consume();
            } else if (Keys.REMOVE_FROM_PATH.match(e)) {
                viewModel.removeSelectedItem();
                e.consume();
            }
        });
        // dropping a catalog resource onto the empty area of the list appends it
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(PathControls.RESOURCE)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        list.setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(PathControls.RESOURCE)) {
                viewModel.addToSelectedPath(List.of((Long) e.getDragboard().getContent(PathControls.RESOURCE)));
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return list;
    }
}
