package org.studypath.ui.exchange;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.common.Messages;

/** File → Export path…: which path, and whether the file takes your progress, notes and time logs along. */
public final class PathExportDialog implements PathExportChooser {
    private final Window owner;
    private final Messages messages;

    public PathExportDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<PathExportChoice> choose(List<PathSummary> paths, PathSummary selected, PathFile.Includes previous) {
        Dialog<PathExportChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("pathFile.export.title"));
        dialog.setHeaderText(messages.text("pathFile.export.header"));
        ButtonType next = new ButtonType(messages.text("exchange.dialog.chooseFile"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(next, cancel);
        dialog.getDialogPane().setId("pathExportDialog");

        ComboBox<PathSummary> path = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(paths));
        path.setId("pathExportPath");
        path.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PathSummary summary) {
                return summary == null ? "" : summary.name();
            }

            @Override
            public PathSummary fromString(String text) {
                return null;
            }
        });
        path.setMaxWidth(Double.MAX_VALUE);
        PathSummary initial = selected != null && paths.contains(selected) ? selected : paths.isEmpty() ? null : paths.get(0);
        path.getSelectionModel().select(initial);
        Label pathLabel = new Label(messages.text("pathFile.export.path"));
        pathLabel.setLabelFor(path);
        Label always = new Label(messages.text("pathFile.export.always"));
        always.setWrapText(true);
        always.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        CheckBox progress = check("pathExportProgress", "pathFile.export.progress", previous.progress());
        CheckBox notes = check("pathExportNotes", "pathFile.export.notes", previous.notes());
        CheckBox logs = check("pathExportLogs", "pathFile.export.logs", previous.logs());
        Label never = new Label(messages.text("pathFile.export.never"));
        never.setWrapText(true);
        never.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        never.getStyleClass().add("text-muted");
        VBox content = new VBox(8, pathLabel, path, always, progress, notes, logs, never);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(Math.min(560, owner == null || owner.getWidth() <= 0 ? 560 : owner.getWidth() - 60));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(path.valueProperty().isNull());
        dialog.setResultConverter(button -> button != next || path.getValue() == null ? null
                : new PathExportChoice(path.getValue(), new PathFile.Includes(progress.isSelected(), notes.isSelected(),
                        logs.isSelected())));
        return dialog.showAndWait();
    }

    private CheckBox check(String id, String key, boolean selected) {
        CheckBox box = new CheckBox(messages.text(key));
        box.setId(id);
        box.setWrapText(true);
        box.setSelected(selected);
        return box;
    }
}
