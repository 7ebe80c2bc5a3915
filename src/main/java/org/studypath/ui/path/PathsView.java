package org.studypath.ui.path;

import org.studypath.domain.report.PlanText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.Durations;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.PlanItem;

/** The path editor: paths, their resources in order (drag and drop, Alt+Up/Down), units, and study time. */
public final class PathsView extends SplitPane {
    /** Drag-and-drop payloads: a resource from the catalog list, or a position within the path. */
    static final DataFormat RESOURCE = new DataFormat("application/x-studypath-resource");
    static final DataFormat POSITION = new DataFormat("application/x-studypath-path-position");

    private final PathsViewModel viewModel;
    private final Locale locale;

    public PathsView(PathsViewModel viewModel, ObservableList<ResourceSummary> catalog) {
        this.viewModel = viewModel;
        this.locale = viewModel.locale();
        setId("pathsView");
        VBox left = new VBox(8, pathList(), catalogPicker(catalog));
        left.setPadding(new Insets(10));
        left.setMinWidth(220);
        left.setPrefWidth(250);
        ScrollPane availability = new ScrollPane(availabilityPane());
        availability.setFitToWidth(true);
        availability.setMinWidth(280);
        getItems().addAll(left, editor(), availability);
        setDividerPositions(0.22, 0.72);
    }

    // ---- left: paths and the catalog to drag from ----

    private Node pathList() {
        ListView<PathSummary> list = new ListView<>(viewModel.paths());
        list.setId("pathList");
        list.setAccessibleText("Study paths");
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PathSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "  (" + item.resourceCount() + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && !item.equals(viewModel.selectedPathProperty().get())) {
                viewModel.selectedPathProperty().set(item);
            }
        });
        viewModel.selectedPathProperty().addListener((o, a, item) -> {
            if (item == null) {
                list.getSelectionModel().clearSelection();
            } else if (!item.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(item);
            }
        });
        list.setPlaceholder(new Label("No study paths yet.\nCreate one with +."));
        Button create = icon("newPathButton", "mdi2p-plus", "New study path", viewModel::createPath);
        Button rename = icon("renamePathButton", "mdi2r-rename-box", "Rename this path", viewModel::renamePath);
        Button duplicate = icon("duplicatePathButton", "mdi2c-content-copy", "Duplicate this path", viewModel::duplicatePath);
        Button delete = icon("deletePathButton", "mdi2d-delete-outline", "Delete this path", viewModel::deletePath);
        for (Button b : List.of(rename, duplicate, delete)) {
            b.disableProperty().bind(viewModel.selectedPathProperty().isNull());
        }
        Label heading = heading("Study paths");
        VBox box = new VBox(6, heading, list, new HBox(4, create, rename, duplicate, delete));
        VBox.setVgrow(list, Priority.SOMETIMES);
        return box;
    }

    private Node catalogPicker(ObservableList<ResourceSummary> catalog) {
        ListView<ResourceSummary> list = new ListView<>(catalog);
        list.setId("catalogPicker");
        list.setAccessibleText("Catalog resources to add");
        list.setCellFactory(v -> {
            ListCell<ResourceSummary> cell = new ListCell<>() {
                @Override
                protected void updateItem(ResourceSummary item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.title());
                    setTooltip(empty || item == null ? null : new Tooltip(item.title() + " · drag onto the path, or double-click"));
                }
            };
            cell.setPrefWidth(0); // follow the list's width: long titles end in "…" instead of scrolling sideways
            cell.setOnDragDetected(e -> {
                if (cell.getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.put(RESOURCE, cell.getItem().id());
                    cell.startDragAndDrop(TransferMode.COPY).setContent(content);
                    e.consume();
                }
            });
            cell.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && cell.getItem() != null) {
                    viewModel.addToSelectedPath(List.of(cell.getItem().id()));
                }
            });
            return cell;
        });
        Button add = new Button("Add to path", new FontIcon("mdi2p-playlist-plus"));
        add.setId("addPickedButton");
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.selectedPathProperty().isNull()));
        add.setOnAction(e -> viewModel.addToSelectedPath(List.of(list.getSelectionModel().getSelectedItem().id())));
        Label hint = new Label("Drag onto the path, double-click, or use “Add to path”.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, heading("Catalog"), list, add, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    // ---- middle: the path's resources and the selected one's units ----

    private Node editor() {
        Label outcome = new Label();
        outcome.setId("outcomeLabel");
        outcome.getStyleClass().add("plan-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.outcomeProperty());
        outcome.setMinHeight(Region.USE_PREF_SIZE);

        Button replan = new Button("Replan from today", new FontIcon("mdi2c-calendar-refresh"));
        replan.setId("replanButton");
        replan.disableProperty().bind(viewModel.plannedProperty().isNull());
        replan.setOnAction(e -> viewModel.replanFromToday());
        Label behind = new Label("You are behind: some sessions were planned before today.");
        behind.getStyleClass().add("behind-note");
        behind.visibleProperty().bind(viewModel.behindProperty());
        behind.managedProperty().bind(behind.visibleProperty());
        HBox planBar = new HBox(10, replan, behind);
        planBar.setAlignment(Pos.CENTER_LEFT);

        Label warnings = new Label();
        warnings.setId("warningsLabel");
        warnings.getStyleClass().add("plan-warning");
        warnings.setWrapText(true);
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        warnings.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", viewModel.warnings()), viewModel.warnings()));
        warnings.visibleProperty().bind(Bindings.isNotEmpty(viewModel.warnings()));
        warnings.managedProperty().bind(warnings.visibleProperty());

        ListView<PlanItem> items = itemList();
        Button up = icon("moveUpButton", "mdi2a-arrow-up", "Move up (Alt+Up)", () -> viewModel.moveSelected(-1));
        Button down = icon("moveDownButton", "mdi2a-arrow-down", "Move down (Alt+Down)", () -> viewModel.moveSelected(1));
        Button remove = icon("removeFromPathButton", "mdi2p-playlist-remove", "Remove from the path (Delete)", viewModel::removeSelectedItem);
        for (Button b : List.of(up, down, remove)) {
            b.disableProperty().bind(viewModel.selectedItemProperty().isNull());
        }
        HBox itemButtons = new HBox(4, up, down, remove);

        VBox box = new VBox(8, heading("Plan"), outcome, planBar, warnings, items, itemButtons, itemDetail());
        box.setPadding(new Insets(10));
        VBox.setVgrow(items, Priority.ALWAYS);
        return box;
    }

    private ListView<PlanItem> itemList() {
        ListView<PlanItem> list = new ListView<>(viewModel.items());
        list.setId("pathItems");
        list.setAccessibleText("Resources in this path, in order");
        list.setPlaceholder(new Label("This path is empty. Drag resources here from the catalog list,\nor use “Add to path” in the catalog."));
        list.setCellFactory(v -> new PathItemCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> viewModel.selectedItemProperty().set(item));
        viewModel.selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                viewModel.moveSelected(-1);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                viewModel.moveSelected(1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                viewModel.removeSelectedItem();
                e.consume();
            }
        });
        // dropping a catalog resource onto the empty area of the list appends it
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(RESOURCE)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        list.setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(RESOURCE)) {
                viewModel.addToSelectedPath(List.of((Long) e.getDragboard().getContent(RESOURCE)));
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return list;
    }

    /** A resource in the path: position, title, included units and time, ready mark; draggable to reorder. */
    private final class PathItemCell extends ListCell<PlanItem> {
        PathItemCell() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.put(POSITION, getIndex());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getDragboard().hasContent(POSITION)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                } else if (e.getDragboard().hasContent(RESOURCE)) {
                    e.acceptTransferModes(TransferMode.COPY);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                if (e.getDragboard().hasContent(POSITION)) {
                    int from = (Integer) e.getDragboard().getContent(POSITION);
                    int to = isEmpty() ? viewModel.items().size() - 1 : getIndex();
                    viewModel.moveItem(from, to);
                    e.setDropCompleted(true);
                } else if (e.getDragboard().hasContent(RESOURCE)) {
                    viewModel.addToSelectedPath(List.of((Long) e.getDragboard().getContent(RESOURCE)));
                    e.setDropCompleted(true);
                }
                e.consume();
            });
        }

        @Override
        protected void updateItem(PlanItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            long included = item.units().stream().filter(PlanItem.PlanUnit::included).count();
            int minutes = item.units().stream().filter(PlanItem.PlanUnit::included).mapToInt(PlanItem.PlanUnit::minutes).sum();
            Label title = new Label((getIndex() + 1) + ".  " + item.title());
            title.getStyleClass().add("path-item-title");
            title.setMinWidth(0);
            Label facts = new Label(included + " of " + item.units().size() + " units · " + Durations.format(minutes, true)
                    + (item.paceOverride() != null ? " · pace ×" + item.paceOverride() : ""));
            facts.getStyleClass().add("detail-muted");
            facts.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, title, spacer, facts);
            if (viewModel.isReady(item) && !item.prerequisites().isEmpty()) {
                Label ready = new Label("ready");
                ready.getStyleClass().addAll("chip", "ready-chip");
                row.getChildren().add(ready);
            } else if (!viewModel.isReady(item)) {
                Label waits = new Label("waits for prerequisites");
                waits.getStyleClass().addAll("chip", "waiting-chip");
                row.getChildren().add(waits);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPrefWidth(0);
            setText(null);
            setGraphic(row);
            setAccessibleText((getIndex() + 1) + ". " + item.title() + ", " + included + " of " + item.units().size() + " units");
        }
    }

    private Node itemDetail() {
        Label title = new Label();
        title.getStyleClass().add("section-heading");
        ListView<PlanItem.PlanUnit> units = new ListView<>();
        units.setId("unitChecklist");
        units.setPrefHeight(200);
        units.setCellFactory(v -> new ListCell<>() {
            private final CheckBox box = new CheckBox();

            @Override
            protected void updateItem(PlanItem.PlanUnit unit, boolean empty) {
                super.updateItem(unit, empty);
                if (empty || unit == null) {
                    setGraphic(null);
                    return;
                }
                box.setText((getIndex() + 1) + ". " + unit.title() + " · " + Durations.format(unit.minutes()));
                box.setSelected(unit.included());
                box.setOnAction(e -> viewModel.setUnitIncluded(unit.unitId(), box.isSelected()));
                box.setId("unitInclude-" + getIndex());
                setGraphic(box);
            }
        });
        Spinner<Integer> from = new Spinner<>(1, 999, 1);
        Spinner<Integer> to = new Spinner<>(1, 999, 5);
        from.setPrefWidth(80);
        to.setPrefWidth(80);
        from.setId("includeFrom");
        to.setId("includeTo");
        Button only = new Button("Include only these");
        only.setId("includeOnlyButton");
        only.setOnAction(e -> viewModel.includeOnlyUnits(from.getValue(), to.getValue()));
        HBox range = new HBox(6, fixed(new Label("Units")), from, fixed(new Label("to")), to, only);
        range.setAlignment(Pos.CENTER_LEFT);

        TextField pace = new TextField();
        pace.setId("paceField");
        pace.setPromptText("type default");
        pace.setPrefColumnCount(5);
        Button applyPace = new Button("Set pace");
        applyPace.setId("setPaceButton");
        applyPace.setOnAction(e -> {
            String text = pace.getText().strip().replace(',', '.');
            if (text.isEmpty()) {
                viewModel.setPaceOverride(null);
                return;
            }
            try {
                viewModel.setPaceOverride(Double.parseDouble(text));
            } catch (NumberFormatException ex) {
                viewModel.setPaceOverride(Double.NaN);
            }
        });
        HBox paceRow = new HBox(6, fixed(new Label("Pace ×")), pace, applyPace);
        paceRow.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(pace, new Tooltip("Planned minutes = estimated minutes × pace (" + PaceFactors.MIN + "–" + PaceFactors.MAX
                + "). Empty uses the default for its type."));

        CheckComboBox<PlanItem> prerequisites = new CheckComboBox<>();
        prerequisites.setId("prerequisitesField");
        prerequisites.setTitle("Needs first…");
        prerequisites.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PlanItem item) {
                return item == null ? "" : item.title();
            }

            @Override
            public PlanItem fromString(String s) {
                return null;
            }
        });
        boolean[] updating = {false};
        prerequisites.getCheckModel().getCheckedItems().addListener((ListChangeListener<PlanItem>) c -> {
            if (!updating[0]) {
                Set<Long> ids = new HashSet<>();
                prerequisites.getCheckModel().getCheckedItems().forEach(i -> ids.add(i.resourceId()));
                viewModel.setPrerequisites(ids);
            }
        });
        HBox prereqRow = new HBox(6, fixed(new Label("Needs first")), prerequisites);
        prereqRow.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(6, title, units, range, paceRow, prereqRow);
        box.visibleProperty().bind(viewModel.selectedItemProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        viewModel.selectedItemProperty().addListener((o, a, item) -> {
            updating[0] = true;
            try {
                if (item == null) {
                    units.getItems().clear();
                    prerequisites.getItems().clear();
                    return;
                }
                title.setText(item.title());
                units.getItems().setAll(item.units());
                to.getValueFactory().setValue(Math.max(1, item.units().size()));
                pace.setText(item.paceOverride() == null ? "" : item.paceOverride().toString());
                prerequisites.getCheckModel().clearChecks();
                prerequisites.getItems().setAll(viewModel.items().stream().filter(i -> i.resourceId() != item.resourceId()).toList());
                for (PlanItem other : prerequisites.getItems()) {
                    if (item.prerequisites().contains(other.resourceId())) {
                        prerequisites.getCheckModel().check(other);
                    }
                }
            } finally {
                updating[0] = false;
            }
        });
        return box;
    }

    // ---- right: study time ----

    private Node availabilityPane() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            Spinner<Integer> spinner = new Spinner<>(0, 1440, 0, 15);
            spinner.setEditable(true);
            spinner.setPrefWidth(100);
            spinner.setId("minutes-" + day.name());
            spinner.getEditor().setAccessibleText("Minutes on " + day.getDisplayName(TextStyle.FULL, locale));
            spinner.getValueFactory().valueProperty().addListener((o, a, b) -> {
                if (b != null && b != viewModel.minutesProperty(day).get()) {
                    viewModel.minutesProperty(day).set(b);
                }
            });
            viewModel.minutesProperty(day).addListener((o, a, b) -> spinner.getValueFactory().setValue(b.intValue()));
            grid.add(new Label(day.getDisplayName(TextStyle.FULL, locale)), 0, row);
            grid.add(spinner, 1, row);
            grid.add(new Label("min"), 2, row++);
        }
        DatePicker start = new DatePicker();
        start.setId("startDatePicker");
        start.valueProperty().bindBidirectional(viewModel.startProperty());
        DatePicker target = new DatePicker();
        target.setId("targetDatePicker");
        target.setPromptText("none");
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        Button clearTarget = icon("clearTargetButton", "mdi2c-close", "No target date", () -> viewModel.targetProperty().set(null));
        grid.add(new Label("Start"), 0, row);
        grid.add(start, 1, row++, 2, 1);
        grid.add(new Label("Target"), 0, row);
        grid.add(new HBox(4, target, clearTarget), 1, row++, 2, 1);

        ListView<LocalDate> daysOff = new ListView<>(viewModel.daysOff());
        daysOff.setId("daysOffList");
        daysOff.setPrefHeight(110);
        daysOff.setPlaceholder(new Label("No days off"));
        daysOff.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : PlanText.date(date, locale));
            }
        });
        DatePicker dayOff = new DatePicker();
        dayOff.setId("dayOffPicker");
        dayOff.setPromptText("add a day off");
        dayOff.valueProperty().addListener((o, a, date) -> {
            if (date != null) {
                viewModel.addDayOff(date);
                dayOff.setValue(null);
            }
        });
        Button removeDayOff = icon("removeDayOffButton", "mdi2c-close", "Remove the selected day off",
                () -> viewModel.daysOff().remove(daysOff.getSelectionModel().getSelectedItem()));
        removeDayOff.disableProperty().bind(daysOff.getSelectionModel().selectedItemProperty().isNull());

        Label whatIf = new Label();
        whatIf.setId("whatIfLabel");
        whatIf.setWrapText(true);
        whatIf.setMinHeight(Region.USE_PREF_SIZE);
        whatIf.getStyleClass().add("what-if");
        whatIf.textProperty().bind(viewModel.whatIfProperty());
        Button save = new Button("Save", new FontIcon("mdi2c-content-save-outline"));
        save.setId("saveAvailabilityButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.availabilityChangedProperty().not());
        save.setOnAction(e -> viewModel.saveAvailability());
        Button reset = new Button("Undo changes");
        reset.setId("resetAvailabilityButton");
        reset.disableProperty().bind(viewModel.availabilityChangedProperty().not());
        reset.setOnAction(e -> viewModel.resetAvailability());

        GridPane paceGrid = new GridPane();
        paceGrid.setHgap(8);
        paceGrid.setVgap(4);
        int paceRow = 0;
        for (org.studypath.domain.ResourceType type : org.studypath.domain.ResourceType.values()) {
            Spinner<Double> factor = new Spinner<>(PaceFactors.MIN, PaceFactors.MAX, 1.0, 0.05);
            factor.setEditable(true);
            factor.setPrefWidth(100);
            factor.setId("pace-" + type.name());
            factor.getEditor().setAccessibleText("Pace factor for " + type.label().in(locale));
            factor.getValueFactory().valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    viewModel.paceFactorProperty(type).set(b);
                }
            });
            viewModel.paceFactorProperty(type).addListener((o, a, b) -> factor.getValueFactory().setValue(b.doubleValue()));
            paceGrid.add(new Label(type.label().in(locale)), 0, paceRow);
            paceGrid.add(factor, 1, paceRow++);
        }
        Button savePace = new Button("Save pace");
        savePace.setId("savePaceButton");
        savePace.setOnAction(e -> viewModel.savePaceFactors());
        Label paceHint = new Label("Planned time = estimate × pace: below 1 when you watch faster, above 1 for exercises.");
        paceHint.getStyleClass().add("hint");
        paceHint.setWrapText(true);
        paceHint.setMinHeight(Region.USE_PREF_SIZE);

        VBox box = new VBox(8, heading("Study time"), grid, heading("Days off"), daysOff, new HBox(4, dayOff, removeDayOff),
                whatIf, new HBox(8, save, reset), heading("Pace by type"), paceHint, paceGrid, savePace);
        box.setPadding(new Insets(10));
        box.disableProperty().bind(viewModel.plannedProperty().isNull());
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Button icon(String id, String icon, String text, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(text));
        button.setOnAction(e -> action.run());
        return button;
    }
}
