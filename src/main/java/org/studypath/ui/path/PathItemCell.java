package org.studypath.ui.path;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.common.Messages;

/**
 * A resource in the path as a row: position and title, the facts the view model words ({@link ItemFacts}), and the
 * ready mark. Dragged, it carries its position to reorder the path; a catalog resource dropped on it joins the path.
 */
final class PathItemCell extends ListCell<PlanItem> {
    private final PathsViewModel viewModel;
    private final Messages messages;
    /** Whether the row shown has its facts under its title. */
    private boolean twoLines;

    PathItemCell(PathsViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        widthProperty().addListener((o, was, width) -> {
            if (getItem() != null && !isEmpty() && narrow(width.doubleValue()) != twoLines) {
                updateItem(getItem(), false); // one line or two, by the width there is
            }
        });
        setOnDragDetected(e -> {
            if (getItem() != null) {
                ClipboardContent content = new ClipboardContent();
                content.put(PathControls.POSITION, getIndex());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasContent(PathControls.POSITION)) {
                e.acceptTransferModes(TransferMode.MOVE);
            } else if (e.getDragboard().hasContent(PathControls.RESOURCE)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(PathControls.POSITION)) {
                int from = (Integer) e.getDragboard().getContent(PathControls.POSITION);
                int to = isEmpty() ? viewModel.items().size() - 1 : getIndex();
                viewModel.moveItem(from, to);
                e.setDropCompleted(true);
            } else if (e.getDragboard().hasContent(PathControls.RESOURCE)) {
                viewModel.addToSelectedPath(List.of((Long) e.getDragboard().getContent(PathControls.RESOURCE)));
                e.setDropCompleted(true);
            }
            e.consume();
        });
    }

    /** Below this width a title and its facts ("12 of 12 units · ≈ 3 h 13 min") no longer share a line. */
    private static boolean narrow(double width) {
        return width > 0 && width < 400;
    }

    @Override
    protected void updateItem(PlanItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        ItemFacts shown = viewModel.itemsEditor().facts(item, getIndex() + 1);
        Label title = new Label(shown.title());
        title.getStyleClass().add("path-item-title");
        title.setMinWidth(0);
        Label facts = new Label(shown.facts());
        facts.getStyleClass().add("detail-muted");
        facts.setMinWidth(Region.USE_PREF_SIZE);
        // In a narrow column (the smallest window) the facts beside the title left it "3. Cal…": they go under
        // the title instead, so both read whole.
        twoLines = narrow(getWidth());
        HBox row;
        if (twoLines) {
            VBox lines = new VBox(2, title, facts);
            title.setMaxWidth(Double.MAX_VALUE);
            // as wide as the cell, whatever width the row is given: a long title still ends in "…" there
            lines.prefWidthProperty().bind(widthProperty().subtract(24));
            lines.setMinWidth(Region.USE_PREF_SIZE);
            row = new HBox(8, lines);
        } else {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row = new HBox(8, title, spacer, facts);
        }
        if (shown.chip() != null) {
            Label chip = new Label(messages.text(shown.chip().key));
            chip.getStyleClass().addAll("chip", shown.chip().styleClass);
            row.getChildren().add(chip);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPrefWidth(0);
        setText(null);
        setGraphic(row);
        setAccessibleText(shown.accessible());
    }
}
