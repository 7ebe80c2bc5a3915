package org.studypath.ui.progress;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.ui.common.Messages;

/**
 * Where the learner stopped in the selected unit ("p. 43", "12:34") with Open beside it, and how much of it is done
 * (minutes or a percentage). The fields hand their text to {@link UnitProgressEdits} as typed, which reads it when
 * it is saved and says in one sentence why it could not.
 */
final class ResumePane extends VBox {
    ResumePane(ProgressViewModel viewModel) {
        super(8);
        Messages messages = viewModel.messages();
        UnitProgressEdits edits = viewModel.edits();
        HBox resume = line(messages, "resumeField", messages.text("progress.resume.prompt"),
                messages.text("progress.resume.accessible"), edits.resumeInputProperty(), edits::saveResume);
        Button open = new Button(messages.text("progress.resume.open"), new FontIcon("mdi2o-open-in-new"));
        open.setId("resumeOpenButton");
        open.setOnAction(e -> {
            var row = viewModel.selectedProperty().get();
            if (row != null && !row.isResource()) {
                edits.open(row.unit().unitId());
            }
        });
        resume.getChildren().add(open);
        open.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            var row = viewModel.selectedProperty().get();
            return row == null || row.isResource() || row.unit().url().isEmpty();
        }, viewModel.selectedProperty()));
        HBox share = line(messages, "shareField", messages.text("progress.share.prompt"),
                messages.text("progress.share.accessible"), edits.shareInputProperty(), edits::saveShare);
        Label shareLabel = new Label(messages.text("progress.share.heading"));
        shareLabel.setMinWidth(Region.USE_PREF_SIZE);
        share.getChildren().addFirst(shareLabel);
        Label now = new Label();
        now.setId("shareNow");
        now.getStyleClass().add("detail-muted");
        now.textProperty().bind(edits.shareTextProperty());
        share.getChildren().add(now);
        getChildren().setAll(DetailPane.heading(messages.text("progress.resume.heading")), resume,
                error("resumeError", edits.resumeErrorProperty()), share,
                error("shareError", edits.shareErrorProperty()));
    }

    /** A field, saved by Enter or its Save button. */
    private static HBox line(Messages messages, String id, String prompt, String accessible, StringProperty input,
                             Runnable save) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(accessible);
        field.setPrefColumnCount(8);
        field.textProperty().bindBidirectional(input);
        field.setOnAction(e -> save.run());
        Button button = new Button(messages.text("progress.resume.save"));
        button.setId(id + "Save");
        button.setOnAction(e -> save.run());
        HBox line = new HBox(8, field, button);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Label error(String id, ReadOnlyStringProperty text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(text);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }
}
