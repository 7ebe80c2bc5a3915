package org.studypath.ui.exchange;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.ui.common.Messages;

/**
 * The preview of a path file's import: what it adds, a line each, and a box for each of the sender's progress,
 * notes and time logs the file holds, unticked, so nothing of someone else's is taken without the learner asking.
 */
public final class PathImportDialog implements PathImportConfirmer {
    private final Window owner;
    private final Messages messages;

    public PathImportDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<PathFile.Includes> confirm(String title, String message, List<String> lines, PathFile.Includes offered) {
        Dialog<PathFile.Includes> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType go = new ButtonType(messages.text("pathFile.import.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(go, cancel);
        dialog.getDialogPane().setId("pathImportDialog");
        Label summary = new Label(message);
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ListView<String> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(lines));
        list.setId("pathImportLines");
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            private final Label line = new Label();

            {
                // each line wraps at the list's width: a long title reads whole
                line.setWrapText(true);
                line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                line.maxWidthProperty().bind(view.widthProperty().subtract(40));
                line.prefWidthProperty().bind(line.maxWidthProperty());
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                line.setText(item);
                setGraphic(empty || item == null ? null : line);
            }
        });
        list.setPrefHeight(260);
        list.setMinHeight(120);
        VBox content = new VBox(8, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        CheckBox progress = check("pathImportProgress", "pathFile.import.takeProgress", offered.progress(), content);
        CheckBox notes = check("pathImportNotes", "pathFile.import.takeNotes", offered.notes(), content);
        CheckBox logs = check("pathImportLogs", "pathFile.import.takeLogs", offered.logs(), content);
        content.setPadding(new Insets(8, 4, 4, 4));
        dialog.getDialogPane().setContent(content);
        double width = owner == null || owner.getWidth() <= 0 ? 640 : Math.min(640, owner.getWidth() - 40);
        dialog.getDialogPane().setPrefWidth(width);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button != go ? null
                : new PathFile.Includes(progress.isSelected(), notes.isSelected(), logs.isSelected()));
        return dialog.showAndWait();
    }

    /** A box for one kind the file holds (unticked), shown only when the file holds it. */
    private CheckBox check(String id, String key, boolean offered, VBox content) {
        CheckBox box = new CheckBox(messages.text(key));
        box.setId(id);
        box.setWrapText(true);
        box.setSelected(false);
        if (offered) {
            content.getChildren().add(box);
        }
        return box;
    }
}
