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

    public void show() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("shortcuts.title"));
        dialog.getDialogPane().setId("shortcutsDialog");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        TableView<Row> table = new TableView<>(javafx.collections.FXCollections.observableArrayList(rows(messages)));
        table.setId("shortcutsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> action = new TableColumn<>(messages.text("shortcuts.action"));
        action.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().action()));
        action.setPrefWidth(330);
        TableColumn<Row, String> keys = new TableColumn<>(messages.text("shortcuts.keys"));
        keys.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(170);
        table.getColumns().add(action);
        table.getColumns().add(keys);
        table.setPrefSize(540, 520);
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().setPadding(new Insets(8));
        dialog.setResizable(true);
        dialog.show();
    }
}
