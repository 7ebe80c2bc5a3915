package org.studypath.ui.help;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.studypath.ui.common.Keys;
import org.studypath.ui.common.Messages;

/** Help → Keyboard shortcuts (F1): the table of {@link Keys#table()}, in the UI's language. */
public final class ShortcutsDialog {
    /** One row as shown: what the keys do, and the keys. */
    public record Row(String action, String keys) {
    }

    private final Window owner;
    private final Messages messages;

    public ShortcutsDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /** The rows in the UI's language ("Space" is named as the language names it). */
    public static java.util.List<Row> rows(Messages messages) {
        return Keys.table().stream()
                .map(s -> new Row(messages.text(s.actionKey()),
                        s.keys().equals("Space") ? messages.text("shortcuts.spaceKey") : s.keys()))
                .toList();
    }

    /** A cell whose text wraps at the column's width, growing the row instead of cutting the text. */
    private static final class WrappingCell extends javafx.scene.control.TableCell<Row, String> {
        WrappingCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }

        @Override
        protected double computePrefHeight(double width) {
            // a TableCell is measured at -1; the wrapped height needs the column's width
            double w = getTableColumn() == null ? width : getTableColumn().getWidth() - snappedLeftInset() - snappedRightInset();
            return super.computePrefHeight(w);
        }
    }

    public void show() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("shortcuts.title"));
        dialog.getDialogPane().setId("shortcutsDialog");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        TableView<Row> table = new TableView<>(javafx.collections.FXCollections.observableArrayList(rows(messages)));
        table.setId("shortcutsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Row, String> action = new TableColumn<>(messages.text("shortcuts.action"));
        action.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().action()));
        // long actions ("Remove the selected resource from the path (Study paths)") wrap instead of ending in "…"
        action.setCellFactory(column -> new WrappingCell());
        action.setPrefWidth(330);
        TableColumn<Row, String> keys = new TableColumn<>(messages.text("shortcuts.keys"));
        keys.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(150);
        keys.setMinWidth(130); // "Ctrl+1 … Ctrl+6", the longest keys, always whole
        keys.setMaxWidth(190); // the room left goes to the actions
        table.getColumns().add(action);
        table.getColumns().add(keys);
        // the dialog fits inside its window, the smallest (720 x 480) included, instead of the screen's corner
        double width = owner == null || owner.getWidth() <= 0 ? 560 : Math.min(560, owner.getWidth() - 40);
        double height = owner == null || owner.getHeight() <= 0 ? 520 : Math.min(520, owner.getHeight() - 140);
        table.setPrefSize(width, height);
        table.setMinSize(Math.min(width, 360), Math.min(height, 200));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().setPadding(new Insets(8));
        dialog.setResizable(true);
        dialog.show();
    }
}
