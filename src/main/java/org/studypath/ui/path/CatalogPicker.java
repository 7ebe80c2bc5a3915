package org.studypath.ui.path;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.ResourceSummary;
import org.studypath.ui.common.Messages;

/** The catalog beside the path: resources to drag into it, double-click or add with the button. */
final class CatalogPicker extends VBox {
    CatalogPicker(PathsViewModel viewModel, ObservableList<ResourceSummary> catalog, PathControls controls) {
        super(6);
        Messages messages = viewModel.messages();
        ListView<ResourceSummary> list = new ListView<>(catalog);
        list.setId("catalogPicker");
        list.setAccessibleText(messages.text("paths.picker.accessible"));
        list.setCellFactory(v -> {
            PickerCell cell = new PickerCell(messages);
            cell.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && cell.getItem() != null) {
                    viewModel.addToSelectedPath(List.of(cell.getItem().id()));
                }
            });
            return cell;
        });
        Button add = new Button(messages.text("paths.picker.add"), new FontIcon("mdi2p-playlist-plus"));
        add.setId("addPickedButton");
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.selectedPathProperty().isNull()));
        add.setOnAction(e -> viewModel.addToSelectedPath(List.of(list.getSelectionModel().getSelectedItem().id())));
        getChildren().addAll(controls.heading("paths.picker.heading"), list, add, controls.hint("paths.picker.hint"));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(this, Priority.ALWAYS);
    }

    /**
     * A catalog resource: its title, and under it its type and creators. Two resources can share the start of a title
     * ("Mathematics for Machine Learning" the book and "...: Multivariate Calculus" the course), and a narrow list cuts
     * both to the same "…": the second line tells them apart. Dragged, it carries the resource's id.
     */
    static final class PickerCell extends ListCell<ResourceSummary> {
        private final Messages messages;
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox lines = new VBox(1, title, detail);

        PickerCell(Messages messages) {
            this.messages = messages;
            detail.getStyleClass().add("hint");
            title.setMinWidth(0);
            detail.setMinWidth(0);
            setPrefWidth(0); // follow the list's width: long titles end in "…" instead of scrolling sideways
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.put(PathControls.RESOURCE, getItem().id());
                    startDragAndDrop(TransferMode.COPY).setContent(content);
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(ResourceSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            title.setText(item.title());
            detail.setText(detail(item, messages));
            setGraphic(lines);
            setAccessibleText(item.title() + ", " + detail.getText());
            setTooltip(new Tooltip(messages.text("paths.picker.tooltip", item.title())));
        }

        /** "Book · Author One, Author Two", or only the type when nobody is named. */
        static String detail(ResourceSummary item, Messages messages) {
            String type = item.type().label().in(messages.locale());
            return item.creators().isEmpty() ? type
                    : type + " · " + String.join(messages.text("common.listSeparator"), item.creators());
        }
    }
}
