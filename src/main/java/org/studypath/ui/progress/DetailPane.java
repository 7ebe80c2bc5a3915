package org.studypath.ui.progress;

import java.util.Collections;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.ui.common.DateField;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PlanWording;
import org.studypath.ui.progress.ProgressViewModel.Row;

/**
 * The selected row in detail: for a unit its status, the day a change counts on and its time ({@link TimeEntry}); for
 * a resource a button that marks it all done; for both a note ({@link NoteEditor}); under it, for a unit, where the learner stopped and how
 * much is done ({@link ResumePane}). With nothing selected it says so.
 */
final class DetailPane extends StackPane {
    private final ProgressViewModel viewModel;
    private final Messages messages;
    private final PlanWording wording;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final List<ToggleButton> statusButtons;
    private final VBox content;
    private final VBox unitOnly;
    private final VBox resourceOnly;

    DetailPane(ProgressViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.wording = new PlanWording(messages);
        title.setId("progressDetailTitle");
        title.getStyleClass().add("detail-title");
        subtitle.setId("progressDetailSubtitle");
        subtitle.getStyleClass().add("detail-subtitle");
        // two lines each, whatever the unit: the status buttons and the time field below stay where the pointer is
        fixedLines(title, 2);
        fixedLines(subtitle, 2);

        statusButtons = List.of(
                statusButton(messages.text("progress.status.notStarted"), UnitStatus.NOT_STARTED, "statusNotStarted"),
                statusButton(messages.text("progress.status.inProgress"), UnitStatus.IN_PROGRESS, "statusInProgress"),
                statusButton(messages.text("progress.status.done"), UnitStatus.DONE, "statusDone"),
                statusButton(messages.text("progress.status.skipped"), UnitStatus.SKIPPED, "statusSkipped"));
        SegmentedButton status = new SegmentedButton(statusButtons.toArray(ToggleButton[]::new));
        status.setId("statusButtons");
        unitOnly = new VBox(8, heading(messages.text("progress.status.heading")), status, dateRow(), new TimeEntry(viewModel));

        Button allDone = new Button(messages.text("progress.markResourceDone"), new FontIcon("mdi2c-check-all"));
        allDone.setId("markResourceDoneButton");
        allDone.setOnAction(e -> viewModel.markSelectedResourceDone());
        resourceOnly = new VBox(8, heading(messages.text("progress.resource.heading")), allDone);

        content = new VBox(10, title, subtitle, unitOnly, resourceOnly);
        NoteEditor noteEditor = new NoteEditor(viewModel.details(), messages);
        content.getChildren().add(noteEditor);
        // after the note, which stays where it was: on a unit only, scrolled to in a window of the usual size
        ResumePane resume = new ResumePane(viewModel);
        resume.visibleProperty().bind(unitOnly.visibleProperty());
        resume.managedProperty().bind(unitOnly.visibleProperty());
        content.getChildren().add(resume);
        content.setPadding(new Insets(12));
        Label nothing = new Label(messages.text("progress.nothingSelected"));
        nothing.getStyleClass().add("empty-state");
        nothing.setWrapText(true);

        viewModel.selectedProperty().addListener((o, a, b) -> render());
        render();
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // the note is last: writing in it brings it, and its preview below, up to the top of the pane
        // (and keeps it there while the preview grows under it)
        Runnable bringUp = () -> {
            double range = content.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, noteEditor.getBoundsInParent().getMinY() / range));
        };
        noteEditor.focusWithinProperty().addListener((o, was, is) -> {
            if (is) {
                bringUp.run();
            }
        });
        content.heightProperty().addListener((o, was, is) -> {
            if (noteEditor.isFocusWithin()) {
                bringUp.run();
            }
        });
        getChildren().setAll(nothing, scroll);
        // the detail keeps room for its four status buttons whole; the tree gives way in a narrow window
        minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> status.prefWidth(-1) + 24 + 16, status.layoutBoundsProperty()));
        nothing.visibleProperty().bind(content.visibleProperty().not());
        scroll.visibleProperty().bind(content.visibleProperty());
    }

    /** The day a change counts on; a typed date that cannot be read is said in place of the label. */
    private HBox dateRow() {
        DateField on = new DateField(messages, viewModel.firstDayOfWeekProperty());
        on.setId("tickDatePicker");
        on.setAccessibleText(messages.text("progress.tickDate.accessible"));
        on.valueProperty().bindBidirectional(viewModel.tickDateProperty());
        on.setPrefWidth(190); // the longest dates whole, in either language
        on.setMinWidth(Region.USE_PREF_SIZE); // and kept whole beside a sentence about a date typed wrong
        Label onLabel = new Label(messages.text("progress.tickDate.label"));
        onLabel.getStyleClass().add("detail-muted");
        // said in place of the label, so nothing below moves
        Label onProblem = on.problemLabel();
        onLabel.visibleProperty().bind(onProblem.visibleProperty().not());
        onLabel.managedProperty().bind(onLabel.visibleProperty());
        HBox.setHgrow(onProblem, Priority.ALWAYS);
        HBox dateRow = new HBox(8, on, onLabel, onProblem);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        return dateRow;
    }

    private void render() {
        Row row = viewModel.selectedProperty().get();
        boolean has = row != null;
        content.setVisible(has);
        boolean unit = has && !row.isResource();
        unitOnly.setVisible(unit);
        unitOnly.setManaged(unit);
        resourceOnly.setVisible(has && !unit);
        resourceOnly.setManaged(has && !unit);
        if (!has) {
            return;
        }
        if (unit) {
            title.setText(row.unit().title());
            subtitle.setText(messages.text("progress.unit.subtitle", row.item().title(),
                    ProgressTree.statusText(messages, row.unit())));
            for (ToggleButton b : statusButtons) {
                b.setSelected(b.getUserData() == row.unit().status());
            }
        } else {
            title.setText(row.item().title());
            subtitle.setText(wording.progress(viewModel.summary().progressOf(row.item())));
        }
        title.setTooltip(new Tooltip(title.getText()));
        subtitle.setTooltip(new Tooltip(subtitle.getText()));
    }

    private ToggleButton statusButton(String text, UnitStatus status, String id) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(status);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> {
            // show the saved status until the change is committed
            button.setSelected(!button.isSelected());
            viewModel.setSelectedStatus(status);
        });
        return button;
    }

    /**
     * Keeps a label exactly {@code lines} lines high, whatever its text: a shorter text leaves the rest empty, a
     * longer one ends in "…" (the tooltip has it whole). The height follows the font the theme gives the label.
     */
    static void fixedLines(Label label, int lines) {
        label.setWrapText(true);
        label.setAlignment(Pos.TOP_LEFT);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        Runnable size = () -> {
            Text probe = new Text(String.join("\n", Collections.nCopies(lines, "Ag国")));
            // a Chinese character too: its fallback font's lines are taller, and a line short would cut the title to one
            probe.setFont(label.getFont());
            probe.setLineSpacing(label.getLineSpacing());
            Insets padding = label.getPadding();
            Insets labelPadding = label.getLabelPadding();
            // room to spare (a fifth of a line each): were it a little short, as with the Chinese fonts' fallback
            // for Latin titles, the label would show one line and "…"
            double height = Math.ceil(probe.getLayoutBounds().getHeight() + padding.getTop() + padding.getBottom()
                    + labelPadding.getTop() + labelPadding.getBottom() + 0.2 * label.getFont().getSize() * lines);
            label.setMinHeight(height);
            label.setPrefHeight(height);
            label.setMaxHeight(height);
        };
        label.fontProperty().addListener(o -> size.run());
        label.paddingProperty().addListener(o -> size.run());
        label.labelPaddingProperty().addListener(o -> size.run());
        label.lineSpacingProperty().addListener(o -> size.run());
        size.run();
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }
}
