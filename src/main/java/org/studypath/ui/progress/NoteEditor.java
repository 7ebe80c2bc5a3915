package org.studypath.ui.progress;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.SegmentedButton;
import org.studypath.notes.NoteDocument;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.NoteView;

/**
 * The note of the selected unit or resource: a Markdown editor with maths ({@code $…$}, {@code $$…$$}) and its live
 * preview below it, drawn without a web view. Edit, Preview or Both; the preview follows the typing a moment after
 * it pauses, rendered in the background by the view model, so a long note never holds up the window.
 */
final class NoteEditor extends VBox {
    /** Pixels per em of the formulas: a little above the text size, as TeX's maths sit beside text. */
    static final float MATH_SIZE = 15f;
    /** Formulas drawn in the preview; further ones show as their TeX. */
    static final int FORMULA_LIMIT = 500;
    private static final Duration PAUSE = Duration.millis(250);

    private enum Mode { EDIT, PREVIEW, BOTH }

    private final UnitDetails details;
    private final Messages messages;
    private final TextArea area = new TextArea();
    private final VBox preview = new VBox();
    private final PauseTransition typing = new PauseTransition(PAUSE);
    private Mode mode = Mode.BOTH;

    NoteEditor(UnitDetails details, Messages messages) {
        super(8);
        this.details = details;
        this.messages = messages;
        area.setId("noteArea");
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setPromptText(messages.text("progress.note.prompt"));
        area.setAccessibleText(messages.text("progress.note.heading"));
        area.textProperty().bindBidirectional(details.noteProperty());

        Button save = new Button(messages.text("progress.note.save"));
        save.setId("saveNoteButton");
        save.disableProperty().bind(details.noteDirtyProperty().not());
        save.setOnAction(e -> details.saveNote());
        ToggleButton edit = modeButton("progress.note.mode.edit", Mode.EDIT, "noteModeEdit");
        ToggleButton show = modeButton("progress.note.mode.preview", Mode.PREVIEW, "noteModePreview");
        ToggleButton both = modeButton("progress.note.mode.both", Mode.BOTH, "noteModeBoth");
        both.setSelected(true);
        SegmentedButton modes = new SegmentedButton(edit, show, both);
        modes.setId("noteModes");
        modes.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the modes and Save beside the heading: below it they would push the note under the fold of a small window
        Label heading = DetailPane.heading(messages.text("progress.note.heading"));
        heading.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, heading, modes, spacer, save);
        header.setAlignment(Pos.CENTER_LEFT);

        preview.setId("notePreview");
        preview.getStyleClass().add("note-preview-box");
        preview.setFillWidth(true);

        typing.setOnFinished(e -> render());
        details.noteProperty().addListener((o, a, b) -> {
            if (mode != Mode.EDIT) {
                typing.playFromStart();
            }
        });
        details.renderedProperty().addListener((o, a, document) -> show(document));
        getChildren().setAll(header, area, preview);
        apply();
        show(details.renderedProperty().get());
    }

    private ToggleButton modeButton(String key, Mode target, String id) {
        ToggleButton button = new ToggleButton(messages.text(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.getStyleClass().add("small");
        button.setOnAction(e -> {
            // one of the three is always chosen
            button.setSelected(true);
            if (mode != target) {
                mode = target;
                apply();
            }
        });
        return button;
    }

    private void apply() {
        boolean editing = mode != Mode.PREVIEW;
        boolean previewing = mode != Mode.EDIT;
        area.setVisible(editing);
        area.setManaged(editing);
        preview.setVisible(previewing);
        preview.setManaged(previewing);
        if (previewing) {
            typing.stop();
            render();
        }
    }

    private void render() {
        details.renderNote(MATH_SIZE, FORMULA_LIMIT);
    }

    private void show(NoteDocument document) {
        if (document.blocks().isEmpty()) {
            Label empty = new Label(messages.text("progress.note.previewEmpty"));
            empty.getStyleClass().add("detail-muted");
            empty.setWrapText(true);
            preview.getChildren().setAll(empty);
        } else {
            preview.getChildren().setAll(NoteView.build(document, messages, MATH_SIZE, FORMULA_LIMIT));
        }
    }
}
