package org.studypath.ui.progress;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.ui.common.Keys;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.progress.TimeLog;
import org.studypath.ui.common.DateField;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PathChoice;
import org.studypath.ui.common.PlanWording;

/**
 * Progress of the selected path: resources with their bars, units to tick off (checkbox, Space, double-click), and
 * for the selected unit its status, time logged, a timer and a note.
 */
public final class ProgressView extends BorderPane {
    private final ProgressViewModel viewModel;
    private final Messages messages;
    private final PlanWording wording;
    private final TreeView<ProgressViewModel.Row> tree = new TreeView<>();
    private final Set<Long> expanded = new HashSet<>();
    private boolean syncing;

    public ProgressView(ProgressViewModel viewModel, ObservableList<PathSummary> paths, ObjectProperty<PathSummary> selectedPath) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.wording = new PlanWording(messages);
        setId("progressView");
        setTop(header(paths, selectedPath));
        SplitPane split = new SplitPane(treePane(), details());
        split.setDividerPositions(0.6);
        setCenter(split);
        Label notice = new Label();
        notice.setId("progressNotice");
        notice.textProperty().bind(viewModel.noticeProperty());
        HBox status = new HBox(notice);
        status.getStyleClass().add("status-bar");
        status.setPadding(new Insets(4, 12, 4, 12));
        setBottom(status);
    }

    private Node header(ObservableList<PathSummary> paths, ObjectProperty<PathSummary> selectedPath) {
        ProgressBar bar = new ProgressBar();
        bar.setId("pathProgressBar");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(viewModel.pathRatioProperty());
        bar.accessibleTextProperty().bind(viewModel.pathProgressTextProperty());
        Label percent = new Label();
        percent.setId("pathProgressText");
        percent.textProperty().bind(viewModel.pathProgressTextProperty());
        Button undo = new Button(messages.text("progress.undo"), new FontIcon("mdi2u-undo"));
        undo.setId("undoButton");
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.setOnAction(e -> viewModel.undo());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.text("progress.undo.tooltip", viewModel.undoTextProperty().get()), viewModel.undoTextProperty()));
        undo.setTooltip(undoTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label pathLabel = new Label(messages.text("progress.path"));
        // in a narrow window the bar and its text give way, not the label or Undo
        pathLabel.setMinWidth(Region.USE_PREF_SIZE);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMinWidth(60);
        percent.setMinWidth(0);
        HBox top = new HBox(10, pathLabel, PathChoice.create("progressPathChoice", paths, selectedPath, messages), bar, percent,
                spacer, undo);
        top.setAlignment(Pos.CENTER_LEFT);
        Label standing = new Label();
        standing.setId("progressStanding");
        standing.getStyleClass().add("standing");
        standing.textProperty().bind(viewModel.standingTextProperty());
        org.studypath.ui.common.StandingStyle.bind(standing, viewModel.standingStateProperty());
        FlowPane categories = new FlowPane(18, 6);
        categories.setId("categoryProgress");
        Runnable renderCategories = () -> categories.getChildren().setAll(viewModel.categories().stream().map(c -> {
            ProgressBar small = new ProgressBar(c.progress().ratio());
            small.setPrefWidth(110);
            small.setAccessibleText(messages.text("progress.category.accessible", c.name(), c.progress().percent()));
            Label name = new Label(messages.text("progress.category.label", c.name(), c.progress().percent()));
            name.getStyleClass().add("detail-muted");
            HBox box = new HBox(6, name, small);
            box.setAlignment(Pos.CENTER_LEFT);
            return (Node) box;
        }).toList());
        viewModel.categories().addListener((ListChangeListener<ProgressViewModel.CategoryProgress>) c -> renderCategories.run());
        renderCategories.run(); // the page is built on first view, after the path was loaded
        VBox box = new VBox(6, top, standing, categories);
        box.setPadding(new Insets(10, 12, 8, 12));
        return box;
    }

    private Node treePane() {
        tree.setId("progressTree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setAccessibleText(messages.text("progress.tree.accessible"));
        tree.setCellFactory(t -> new RowCell());
        viewModel.items().addListener((ListChangeListener<PlanItem>) c -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (!syncing) {
                viewModel.selectedProperty().set(item == null ? null : item.getValue());
            }
        });
        viewModel.selectedProperty().addListener((o, old, row) -> selectInTree(row));
        tree.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (Keys.TICK.match(e)) {
                viewModel.toggleSelected();
                e.consume();
            }
        });
        VBox box = new VBox(tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        rebuild();
        return box;
    }

    /**
     * Shows the view model's items. After a tick the same resources and units come back with new progress: their
     * tree items are updated in place, so selection, focus and scrolling stay where the learner left them.
     */
    private void rebuild() {
        syncing = true;
        try {
            if (!updateInPlace()) {
                tree.getRoot().getChildren().forEach(item -> {
                    if (item.isExpanded()) {
                        expanded.add(item.getValue().item().resourceId());
                    } else {
                        expanded.remove(item.getValue().item().resourceId());
                    }
                });
                tree.getRoot().getChildren().clear();
                for (PlanItem item : viewModel.items()) {
                    TreeItem<ProgressViewModel.Row> resource = new TreeItem<>(new ProgressViewModel.Row(item, null));
                    for (PlanItem.PlanUnit unit : shownUnits(item)) {
                        resource.getChildren().add(new TreeItem<>(new ProgressViewModel.Row(item, unit)));
                    }
                    resource.setExpanded(expanded.contains(item.resourceId()));
                    tree.getRoot().getChildren().add(resource);
                }
            }
        } finally {
            syncing = false;
        }
        selectInTree(viewModel.selectedProperty().get());
    }

    private static List<PlanItem.PlanUnit> shownUnits(PlanItem item) {
        return item.units().stream().filter(PlanItem.PlanUnit::included).toList();
    }

    /** Replaces the rows' values when the tree already has the same resources and units; false when it does not. */
    private boolean updateInPlace() {
        List<TreeItem<ProgressViewModel.Row>> resources = tree.getRoot().getChildren();
        List<PlanItem> items = viewModel.items();
        if (resources.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            TreeItem<ProgressViewModel.Row> resource = resources.get(i);
            List<PlanItem.PlanUnit> units = shownUnits(items.get(i));
            if (resource.getValue().item().resourceId() != items.get(i).resourceId()
                    || resource.getChildren().size() != units.size()) {
                return false;
            }
            for (int u = 0; u < units.size(); u++) {
                if (resource.getChildren().get(u).getValue().unit().unitId() != units.get(u).unitId()) {
                    return false;
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            TreeItem<ProgressViewModel.Row> resource = resources.get(i);
            resource.setValue(new ProgressViewModel.Row(item, null));
            List<PlanItem.PlanUnit> units = shownUnits(item);
            for (int u = 0; u < units.size(); u++) {
                resource.getChildren().get(u).setValue(new ProgressViewModel.Row(item, units.get(u)));
            }
        }
        return true;
    }

    private void selectInTree(ProgressViewModel.Row row) {
        TreeItem<ProgressViewModel.Row> current = tree.getSelectionModel().getSelectedItem();
        if (row == null || current != null && current.getValue() == row) {
            return;
        }
        for (TreeItem<ProgressViewModel.Row> resource : tree.getRoot().getChildren()) {
            TreeItem<ProgressViewModel.Row> match = resource.getValue().sameAs(row) ? resource
                    : resource.getChildren().stream().filter(u -> u.getValue().sameAs(row)).findFirst().orElse(null);
            if (match != null) {
                syncing = true;
                try {
                    if (match != resource) {
                        resource.setExpanded(true);
                    }
                    tree.getSelectionModel().select(match);
                } finally {
                    syncing = false;
                }
                return;
            }
        }
    }

    /** A resource with its bar, or a unit with its checkbox, status and time. */
    private final class RowCell extends TreeCell<ProgressViewModel.Row> {
        RowCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null
                        && !getItem().isResource()) {
                    viewModel.toggleDone(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ProgressViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            if (row.isResource()) {
                Progress progress = viewModel.progressOf(row.item());
                Label title = new Label(row.item().title());
                title.getStyleClass().add("category-name");
                title.setMinWidth(0);
                ProgressBar bar = new ProgressBar(progress.ratio());
                bar.setPrefWidth(110);
                bar.setMinWidth(80);
                Label percent = new Label(messages.text("progress.percent", progress.percent()));
                percent.setMinWidth(42);
                percent.setAlignment(Pos.CENTER_RIGHT);
                HBox box = new HBox(8, title, spacer, bar, percent);
                box.setAlignment(Pos.CENTER_LEFT);
                setAccessibleText(messages.text("progress.resource.accessible", row.item().title(), wording.progress(progress)));
                setGraphic(box);
            } else {
                PlanItem.PlanUnit unit = row.unit();
                CheckBox done = new CheckBox();
                done.setSelected(unit.done());
                done.setAccessibleText(messages.text("progress.unit.doneAccessible", unit.title()));
                done.setOnAction(e -> {
                    // the tick shows once it is saved, not before
                    done.setSelected(unit.done());
                    viewModel.toggleDone(row);
                });
                Label title = new Label(unit.title());
                title.setMinWidth(0);
                if (unit.status() == UnitStatus.SKIPPED) {
                    title.getStyleClass().add("skipped");
                }
                Label state = new Label(statusText(unit));
                state.getStyleClass().add("detail-muted");
                state.setMinWidth(Region.USE_PREF_SIZE);
                HBox box = new HBox(8, done, title, spacer, state);
                box.setAlignment(Pos.CENTER_LEFT);
                setAccessibleText(messages.text("progress.unit.accessible", unit.title(), statusText(unit)));
                setGraphic(box);
            }
            // the cell must not grow wider than the tree: titles shrink instead
            setPrefWidth(0);
        }
    }

    private String statusText(PlanItem.PlanUnit unit) {
        String time = unit.loggedMinutes() > 0
                ? messages.text("progress.unit.timeLogged", messages.duration(unit.minutes()), messages.duration(unit.loggedMinutes()))
                : messages.duration(unit.minutes());
        return switch (unit.status()) {
            case NOT_STARTED -> time;
            case IN_PROGRESS -> messages.text("progress.unit.inProgress", time);
            case DONE -> messages.text("progress.unit.done", messages.shortDate(unit.statusDate()), time);
            case SKIPPED -> messages.text("progress.unit.skipped", time);
        };
    }

    private Node details() {
        Label title = new Label();
        title.setId("progressDetailTitle");
        title.getStyleClass().add("detail-title");
        Label subtitle = new Label();
        subtitle.setId("progressDetailSubtitle");
        subtitle.getStyleClass().add("detail-subtitle");
        // two lines each, whatever the unit: the status buttons and the time field below stay where the pointer is
        fixedLines(title, 2);
        fixedLines(subtitle, 2);

        ToggleButton notStarted = statusButton(messages.text("progress.status.notStarted"), UnitStatus.NOT_STARTED, "statusNotStarted");
        ToggleButton inProgress = statusButton(messages.text("progress.status.inProgress"), UnitStatus.IN_PROGRESS, "statusInProgress");
        ToggleButton done = statusButton(messages.text("progress.status.done"), UnitStatus.DONE, "statusDone");
        ToggleButton skipped = statusButton(messages.text("progress.status.skipped"), UnitStatus.SKIPPED, "statusSkipped");
        SegmentedButton status = new SegmentedButton(notStarted, inProgress, done, skipped);
        status.setId("statusButtons");
        DateField on = new DateField(messages, viewModel.firstDayOfWeekProperty());
        on.setId("tickDatePicker");
        on.setAccessibleText(messages.text("progress.tickDate.accessible"));
        on.valueProperty().bindBidirectional(viewModel.tickDateProperty());
        on.setPrefWidth(190); // "Wed 29 Sept 2027", "2027年9月29日 周三" whole
        on.setMinWidth(Region.USE_PREF_SIZE); // and kept whole beside a sentence about a date typed wrong
        for (ToggleButton b : new ToggleButton[] {notStarted, inProgress, done, skipped}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label onLabel = new Label(messages.text("progress.tickDate.label"));
        onLabel.getStyleClass().add("detail-muted");
        // a typed date that cannot be read is said in place of the label, so nothing below moves
        Label onProblem = on.problemLabel();
        onLabel.visibleProperty().bind(onProblem.visibleProperty().not());
        onLabel.managedProperty().bind(onLabel.visibleProperty());
        HBox.setHgrow(onProblem, Priority.ALWAYS);
        HBox dateRow = new HBox(8, on, onLabel, onProblem);
        dateRow.setAlignment(Pos.CENTER_LEFT);

        Button allDone = new Button(messages.text("progress.markResourceDone"), new FontIcon("mdi2c-check-all"));
        allDone.setId("markResourceDoneButton");
        allDone.setOnAction(e -> viewModel.markSelectedResourceDone());

        TextField logField = new TextField();
        logField.setId("logTimeField");
        logField.setPromptText(messages.text("progress.log.prompt"));
        logField.setAccessibleText(messages.text("progress.log.accessible"));
        logField.setPrefColumnCount(10);
        logField.textProperty().bindBidirectional(viewModel.logInputProperty());
        logField.setOnAction(e -> viewModel.logTime());
        Button log = new Button(messages.text("progress.log.button"));
        log.setId("logTimeButton");
        log.setOnAction(e -> viewModel.logTime());
        Button timer = new Button();
        timer.setId("timerButton");
        Label elapsed = new Label();
        elapsed.setId("timerElapsed");
        elapsed.getStyleClass().add("timer");
        elapsed.managedProperty().bind(elapsed.textProperty().isNotEmpty());
        Timeline tick = new Timeline();
        tick.setCycleCount(Timeline.INDEFINITE);
        Runnable timerState = () -> {
            boolean running = viewModel.timerStartProperty().get() != null;
            timer.setText(messages.text(running ? "progress.timer.stop" : "progress.timer.start"));
            timer.setGraphic(new FontIcon(running ? "mdi2s-stop" : "mdi2t-timer-outline"));
            elapsed.setText(running
                    ? messages.text("progress.timer.running", viewModel.elapsedText(), viewModel.timerUnitProperty().get()) : "");
            if (running) {
                tick.play();
            } else {
                tick.stop();
            }
        };
        tick.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1), e -> timerState.run()));
        viewModel.timerStartProperty().addListener((o, a, b) -> timerState.run());
        timerState.run();
        timer.setOnAction(e -> {
            if (viewModel.timerStartProperty().get() == null) {
                viewModel.startTimer();
            } else {
                viewModel.stopTimer();
            }
        });
        Label logError = new Label();
        logError.setId("logTimeError");
        logError.getStyleClass().add("field-error");
        logError.setWrapText(true);
        logError.textProperty().bind(viewModel.logErrorProperty());
        logError.managedProperty().bind(logError.textProperty().isNotEmpty());
        HBox logRow = new HBox(8, logField, log, timer);
        logRow.setAlignment(Pos.CENTER_LEFT);

        ListView<TimeLog> logs = new ListView<>(viewModel.logs());
        logs.setId("timeLogList");
        logs.setPrefHeight(110);
        Label noLogs = new Label(messages.text("progress.log.none"));
        noLogs.getStyleClass().add("detail-muted");
        logs.setPlaceholder(noLogs);
        logs.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TimeLog log, boolean empty) {
                super.updateItem(log, empty);
                if (empty || log == null) {
                    setGraphic(null);
                    return;
                }
                Label text = new Label(messages.text("progress.log.line", messages.date(log.day()), messages.duration(log.minutes())));
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Button remove = new Button(null, new FontIcon("mdi2c-close"));
                remove.getStyleClass().add("flat");
                remove.setAccessibleText(messages.text("progress.log.remove"));
                remove.setOnAction(e -> viewModel.deleteLog(log));
                HBox row = new HBox(6, text, spacer, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });

        TextArea note = new TextArea();
        note.setId("noteArea");
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.setPromptText(messages.text("progress.note.prompt"));
        note.setAccessibleText(messages.text("progress.note.heading"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        Button saveNote = new Button(messages.text("progress.note.save"));
        saveNote.setId("saveNoteButton");
        saveNote.disableProperty().bind(viewModel.noteDirtyProperty().not());
        saveNote.setOnAction(e -> viewModel.saveNote());

        Label statusHeading = heading(messages.text("progress.status.heading"));
        Label timeHeading = heading(messages.text("progress.log.heading"));
        Label noteHeading = heading(messages.text("progress.note.heading"));
        Region noteSpacer = new Region();
        HBox.setHgrow(noteSpacer, Priority.ALWAYS);
        // Save beside the heading: under the note it was below the fold at 1180×720
        HBox noteHeader = new HBox(8, noteHeading, noteSpacer, saveNote);
        noteHeader.setAlignment(Pos.CENTER_LEFT);
        VBox unitOnly = new VBox(8, statusHeading, status, dateRow, timeHeading, logRow, logError, elapsed, logs);
        VBox resourceOnly = new VBox(8, heading(messages.text("progress.resource.heading")), allDone);
        VBox content = new VBox(10, title, subtitle, unitOnly, resourceOnly, noteHeader, note);
        content.setPadding(new Insets(12));
        Label nothing = new Label(messages.text("progress.nothingSelected"));
        nothing.getStyleClass().add("empty-state");
        nothing.setWrapText(true);

        Runnable render = () -> {
            ProgressViewModel.Row row = viewModel.selectedProperty().get();
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
                subtitle.setText(messages.text("progress.unit.subtitle", row.item().title(), statusText(row.unit())));
                title.setTooltip(new Tooltip(title.getText()));
                subtitle.setTooltip(new Tooltip(subtitle.getText()));
                for (ToggleButton b : new ToggleButton[] {notStarted, inProgress, done, skipped}) {
                    b.setSelected(b.getUserData() == row.unit().status());
                }
            } else {
                title.setText(row.item().title());
                subtitle.setText(wording.progress(viewModel.progressOf(row.item())));
                title.setTooltip(new Tooltip(title.getText()));
                subtitle.setTooltip(new Tooltip(subtitle.getText()));
            }
        };
        viewModel.selectedProperty().addListener((o, a, b) -> render.run());
        render.run();
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane(nothing, scroll);
        // the detail keeps room for its four status buttons whole; the tree gives way in a narrow window
        stack.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> status.prefWidth(-1) + 24 + 16, status.layoutBoundsProperty()));
        nothing.visibleProperty().bind(content.visibleProperty().not());
        scroll.visibleProperty().bind(content.visibleProperty());
        return stack;
    }

    private ToggleButton statusButton(String text, UnitStatus status, String id) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(status);
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
        label.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        Runnable size = () -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(String.join("\n", java.util.Collections.nCopies(lines, "Ag国")));
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

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }
}
