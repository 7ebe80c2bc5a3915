package org.studypath.ui.backup;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.studypath.ui.common.Messages;

/** File → Backups…: the list of automatic copies, with Back up now and Restore. */
public final class BackupsDialog {
    private final Window owner;
    private final Messages messages;

    public BackupsDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    public void show(BackupsViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("backup.title"));
        dialog.setHeaderText(messages.text("backup.header"));
        dialog.getDialogPane().setId("backupsDialog");
        dialog.getDialogPane().setPrefWidth(640);

        TableView<BackupsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("backupsTable");
        table.setAccessibleText(messages.text("backup.table.accessible"));
        table.setPlaceholder(new Label(messages.text("backup.table.empty")));
        table.getColumns().add(column(messages.text("backup.column.taken"), BackupsViewModel.Row::when, 190));
        table.getColumns().add(column(messages.text("backup.column.why"), BackupsViewModel.Row::why, 210));
        table.getColumns().add(column(messages.text("backup.column.size"), BackupsViewModel.Row::size, 90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(600, 300);
        // never squeezed to a row by the header and the actions around it
        table.setMinHeight(180);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        Button backUp = new Button(messages.text("backup.backUpNow"));
        backUp.setId("backUpNowButton");
        backUp.disableProperty().bind(model.busyProperty());
        backUp.setOnAction(e -> model.backUpNow());
        Button restore = new Button(messages.text("backup.restore"));
        restore.setId("restoreBackupButton");
        restore.disableProperty().bind(model.cannotRestore());
        restore.setOnAction(e -> model.restoreSelected());
        Label status = new Label();
        status.setId("backupsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        // a long folder path wraps in the status; the buttons keep their whole labels
        status.setMinWidth(0);
        backUp.setMinWidth(Region.USE_PREF_SIZE);
        restore.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, status, backUp, restore);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox content = new VBox(10, table, actions);
        content.setPadding(new Insets(8, 12, 0, 12));
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.text("common.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        model.load();
        dialog.showAndWait();
        model.selectedProperty().unbind();
    }

    private static TableColumn<BackupsViewModel.Row, String> column(String title,
            java.util.function.Function<BackupsViewModel.Row, String> value, double width) {
        TableColumn<BackupsViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
