package org.studypath.ui.path;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.ui.common.Keys;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.common.DateField;
import org.studypath.ui.common.Messages;

/** The path editor: paths, their resources in order (drag and drop, Alt+Up/Down), units, and study time. */
public final class PathsView extends SplitPane {
    /** Drag-and-drop payloads: a resource from the catalog list, or a position within the path. */
    static final DataFormat RESOURCE = new DataFormat("application/x-studypath-resource");
    static final DataFormat POSITION = new DataFormat("application/x-studypath-path-position");

    private final PathsViewModel viewModel;
    /** Stands for a control inside a sentence from the bundle ({@link #sentence}): U+E000, its index, U+E001. */
    private static final Pattern SLOT = Pattern.compile("\uE000(\\d)\uE001");

    private final Messages messages;

    public PathsView(PathsViewModel viewModel, ObservableList<ResourceSummary> catalog) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("pathsView");
        VBox left = new VBox(8, pathList(), catalogPicker(catalog));
        left.setPadding(new Insets(10));
        left.setMinWidth(190);
        left.setPrefWidth(250);
        ScrollPane availability = new ScrollPane(availabilityPane());
        availability.setFitToWidth(true);
        availability.setMinWidth(250);
        getItems().addAll(left, editor(), availability);
        setDividerPositions(0.22, 0.72);
    }

    // ---- left: paths and the catalog to drag from ----

    private Node pathList() {
        ListView<PathSummary> list = new ListView<>(viewModel.paths());
        list.setId("pathList");
        list.setAccessibleText(messages.text("paths.list.accessible"));
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PathSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.text("paths.list.item", item.name(), item.resourceCount()));
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
        if (viewModel.selectedPathProperty().get() != null) {
            list.getSelectionModel().select(viewModel.selectedPathProperty().get()); // built after the paths loaded
        }
        list.setPlaceholder(new Label(messages.text("paths.list.empty")));
        Button create = icon("newPathButton", "mdi2p-plus", "paths.list.new", viewModel::createPath);
        Button rename = icon("renamePathButton", "mdi2r-rename-box", "paths.list.rename", viewModel::renamePath);
        Button duplicate = icon("duplicatePathButton", "mdi2c-content-copy", "paths.list.duplicate", viewModel::duplicatePath);
        Button delete = icon("deletePathButton", "mdi2d-delete-outline", "paths.list.delete", viewModel::deletePath);
        for (Button b : List.of(rename, duplicate, delete)) {
            b.disableProperty().bind(viewModel.selectedPathProperty().isNull());
        }
        Label heading = heading(messages.text("paths.list.heading"));
        VBox box = new VBox(6, heading, list, new HBox(4, create, rename, duplicate, delete));
        VBox.setVgrow(list, Priority.SOMETIMES);
        list.setMinHeight(76); // at the smallest window the list was squeezed to nothing: two paths always show
        return box;
    }

    private Node catalogPicker(ObservableList<ResourceSummary> catalog) {
        ListView<ResourceSummary> list = new ListView<>(catalog);
        list.setId("catalogPicker");
        list.setAccessibleText(messages.text("paths.picker.accessible"));
        list.setCellFactory(v -> {
            ListCell<ResourceSummary> cell = new ListCell<>() {
                // Two resources can share the start of a title ("Mathematics for Machine Learning" the book and
                // "...: Multivariate Calculus" the course), and a narrow list cuts both to the same "…": a second
                // line with the type and creators tells them apart.
                private final Label title = new Label();
                private final Label detail = new Label();
                private final VBox lines = new VBox(1, title, detail);

                {
                    detail.getStyleClass().add("hint");
                    title.setMinWidth(0);
                    detail.setMinWidth(0);
                }

                @Override
                protected void updateItem(ResourceSummary item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(null);
                    if (empty || item == null) {
                        setGraphic(null);
                        setTooltip(null);
                        setAccessibleText(null);
                        return;
                    }
                    title.setText(item.title());
                    detail.setText(pickerDetail(item));
                    setGraphic(lines);
                    setAccessibleText(item.title() + ", " + detail.getText());
                    setTooltip(new Tooltip(messages.text("paths.picker.tooltip", item.title())));
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
        Button add = new Button(messages.text("paths.picker.add"), new FontIcon("mdi2p-playlist-plus"));
        add.setId("addPickedButton");
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.selectedPathProperty().isNull()));
        add.setOnAction(e -> viewModel.addToSelectedPath(List.of(list.getSelectionModel().getSelectedItem().id())));
        Label hint = new Label(messages.text("paths.picker.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, heading(messages.text("paths.picker.heading")), list, add, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private String pickerDetail(ResourceSummary item) {
        String type = item.type().label().in(messages.locale());
        return item.creators().isEmpty() ? type
                : type + " · " + String.join(messages.text("common.listSeparator"), item.creators());
    }

    // ---- middle: the path's resources and the selected one's units ----

    private Node editor() {
        Label outcome = new Label();
        outcome.setId("outcomeLabel");
        outcome.getStyleClass().add("plan-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.outcomeProperty());
        outcome.setMinHeight(Region.USE_PREF_SIZE);

        Button replan = new Button(messages.text("paths.plan.replan"), new FontIcon("mdi2c-calendar-refresh"));
        replan.setId("replanButton");
        replan.disableProperty().bind(viewModel.plannedProperty().isNull());
        replan.setOnAction(e -> viewModel.replanFromToday());
        Label behind = new Label();
        behind.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.gentleProperty())
                .then(messages.text("paths.plan.behind.gentle")).otherwise(messages.text("paths.plan.behind")));
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
        Button up = icon("moveUpButton", "mdi2a-arrow-up", "paths.items.moveUp", () -> viewModel.moveSelected(-1));
        Button down = icon("moveDownButton", "mdi2a-arrow-down", "paths.items.moveDown", () -> viewModel.moveSelected(1));
        Button remove = icon("removeFromPathButton", "mdi2p-playlist-remove", "paths.items.remove", viewModel::removeSelectedItem);
        for (Button b : List.of(up, down, remove)) {
            b.disableProperty().bind(viewModel.selectedItemProperty().isNull());
        }
        HBox itemButtons = new HBox(4, up, down, remove);

        VBox box = new VBox(8, heading(messages.text("paths.plan.heading")), outcome, planBar, warnings, items, itemButtons, itemDetail());
        box.setPadding(new Insets(10));
        VBox.setVgrow(items, Priority.ALWAYS);
        return box;
    }

    private ListView<PlanItem> itemList() {
        ListView<PlanItem> list = new ListView<>(viewModel.items());
        list.setId("pathItems");
        list.setAccessibleText(messages.text("paths.items.accessible"));
        list.setPlaceholder(new Label(messages.text("paths.items.empty")));
        list.setCellFactory(v -> new PathItemCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> viewModel.selectedItemProperty().set(item));
        viewModel.selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
            }
        });
        list.setOnKeyPressed(e -> {
            if (Keys.MOVE_UP.match(e)) {
                viewModel.moveSelected(-1);
                e.consume();
            } else if (Keys.MOVE_DOWN.match(e)) {
                viewModel.moveSelected(1);
                e.consume();
            } else if (Keys.REMOVE_FROM_PATH.match(e)) {
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
        /** Whether the row shown has its facts under its title. */
        private boolean twoLines;

        PathItemCell() {
            widthProperty().addListener((o, was, width) -> {
                if (getItem() != null && !isEmpty() && narrow(width.doubleValue()) != twoLines) {
                    updateItem(getItem(), false); // one line or two, by the width there is
                }
            });
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

        /** Below this width a title and its facts ("12 of 12 units · ≈ 3 h 13 min") no longer share a line. */
        private static boolean narrow(double width) {
            return width > 0 && width < 400;
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
            String time = messages.duration(minutes, true);
            Label facts = new Label(item.paceOverride() == null
                    ? messages.text("paths.item.facts", included, item.units().size(), time)
                    : messages.text("paths.item.factsWithPace", included, item.units().size(), time, item.paceOverride()));
            facts.getStyleClass().add("detail-muted");
            facts.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            // In a narrow column (the smallest window) the facts beside the title left it "3. Cal…": they go under
            // the title instead, so both read whole.
            twoLines = narrow(getWidth());
            HBox row;
            if (twoLines) {
                VBox lines = new VBox(2, title, facts);
                title.setMaxWidth(Double.MAX_VALUE);
                // as wide as the cell, whatever width the row is given: a long title still ends in "…" there
                lines.prefWidthProperty().bind(widthProperty().subtract(24));
                lines.setMinWidth(Region.USE_PREF_SIZE);
                row = new HBox(8, lines);
            } else {
                row = new HBox(8, title, spacer, facts);
            }
            if (viewModel.isReady(item) && !item.prerequisites().isEmpty()) {
                Label ready = new Label(messages.text("paths.item.ready"));
                ready.getStyleClass().addAll("chip", "ready-chip");
                row.getChildren().add(ready);
            } else if (!viewModel.isReady(item)) {
                Label waits = new Label(messages.text("paths.item.waiting"));
                waits.getStyleClass().addAll("chip", "waiting-chip");
                row.getChildren().add(waits);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPrefWidth(0);
            setText(null);
            setGraphic(row);
            setAccessibleText(messages.text("paths.item.accessible", getIndex() + 1, item.title(), included, item.units().size()));
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
                box.setText((getIndex() + 1) + ". " + unit.title() + " · " + messages.duration(unit.minutes()));
                box.setSelected(unit.included());
                box.setOnAction(e -> viewModel.setUnitIncluded(unit.unitId(), box.isSelected()));
                box.setId("unitInclude-" + getIndex());
                setGraphic(box);
            }
        });
        Spinner<Integer> from = typeable(new Spinner<>(1, 999, 1));
        Spinner<Integer> to = typeable(new Spinner<>(1, 999, 5));
        from.setPrefWidth(80);
        to.setPrefWidth(80);
        from.setId("includeFrom");
        to.setId("includeTo");
        from.getEditor().setAccessibleText(messages.text("paths.units.fromAccessible"));
        to.getEditor().setAccessibleText(messages.text("paths.units.toAccessible"));
        Button only = new Button(messages.text("paths.units.includeOnly"));
        only.setId("includeOnlyButton");
        only.setOnAction(e -> {
            // what is typed but not yet committed counts (the learner may click here straight from a box)
            from.getEditor().commitValue();
            to.getEditor().commitValue();
            viewModel.includeOnlyUnits(Math.min(from.getValue(), to.getValue()), Math.max(from.getValue(), to.getValue()));
        });
        HBox range = sentence("paths.units.range", from, to);
        range.getChildren().add(only);
        range.setAlignment(Pos.CENTER_LEFT);

        TextField pace = new TextField();
        pace.setId("paceField");
        pace.setPromptText(messages.text("paths.pace.prompt"));
        pace.setPrefColumnCount(5);
        Button applyPace = new Button(messages.text("paths.pace.set"));
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
        HBox paceRow = new HBox(6, fixed(new Label(messages.text("paths.pace.label"))), pace, applyPace);
        paceRow.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(pace, new Tooltip(messages.text("paths.pace.tooltip", messages.decimal(PaceFactors.MIN),
                messages.decimal(PaceFactors.MAX))));

        CheckComboBox<PlanItem> prerequisites = new CheckComboBox<>();
        prerequisites.setId("prerequisitesField");
        prerequisites.setTitle(messages.text("paths.prerequisites.title"));
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
        HBox prereqRow = new HBox(6, fixed(new Label(messages.text("paths.prerequisites.label"))), prerequisites);
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
                // the boxes say the units included now: 1–10 after "Include only these" with 1 to 10
                int count = Math.max(1, item.units().size());
                int[] included = includedRange(item);
                ((SpinnerValueFactory.IntegerSpinnerValueFactory) from.getValueFactory()).setMax(count);
                ((SpinnerValueFactory.IntegerSpinnerValueFactory) to.getValueFactory()).setMax(count);
                from.getValueFactory().setValue(included[0]);
                to.getValueFactory().setValue(included[1]);
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

    /**
     * The included units as "from" and "to" (1-based): the first and the last included unit, or all of them when
     * none is included.
     */
    static int[] includedRange(PlanItem item) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < item.units().size(); i++) {
            if (item.units().get(i).included()) {
                first = first < 0 ? i + 1 : first;
                last = i + 1;
            }
        }
        return first < 0 ? new int[] {1, Math.max(1, item.units().size())} : new int[] {first, last};
    }

    /**
     * A number box that takes typing as well as its arrows: digits only (anything else is not let in), committed on
     * Enter and when the focus leaves; an empty box goes back to its number, one too large or too small becomes the
     * largest or smallest allowed.
     */
    static Spinner<Integer> typeable(Spinner<Integer> spinner) {
        spinner.setEditable(true);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        javafx.util.StringConverter<Integer> converter = new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : Integer.toString(value);
            }

            @Override
            public Integer fromString(String text) {
                String digits = text == null ? "" : text.strip();
                if (digits.isEmpty()) {
                    return factory.getValue(); // nothing typed: the number stays
                }
                long value = Long.parseLong(digits);
                return (int) Math.max(factory.getMin(), Math.min(factory.getMax(), value));
            }
        };
        factory.setConverter(converter);
        javafx.scene.control.TextFormatter<Integer> formatter = new javafx.scene.control.TextFormatter<>(converter,
                factory.getValue(), change -> change.getControlNewText().matches("\\d{0,6}") ? change : null);
        spinner.getEditor().setTextFormatter(formatter);
        formatter.valueProperty().bindBidirectional(factory.valueProperty());
        // a number clamped to the same value as before leaves the value unchanged: show it again all the same
        spinner.getEditor().addEventHandler(javafx.event.ActionEvent.ACTION,
                e -> spinner.getEditor().setText(converter.toString(factory.getValue())));
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                spinner.getEditor().commitValue();
                spinner.getEditor().setText(converter.toString(factory.getValue()));
            }
        });
        return spinner;
    }

    // ---- right: study time ----

    private Node availabilityPane() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        java.util.Map<DayOfWeek, List<Node>> dayRows = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            // the page may be built after the path has loaded: start from the minutes already there
            // typed minutes count once Enter is pressed or the box is left, as in every number box here
            Spinner<Integer> spinner = typeable(new Spinner<>(0, 1440, viewModel.minutesProperty(day).get(), 15));
            spinner.setPrefWidth(100);
            spinner.setId("minutes-" + day.name());
            spinner.getEditor().setAccessibleText(messages.text("paths.availability.minutesOn",
                    day.getDisplayName(TextStyle.FULL, messages.locale())));
            spinner.getValueFactory().valueProperty().addListener((o, a, b) -> {
                if (b != null && b != viewModel.minutesProperty(day).get()) {
                    viewModel.minutesProperty(day).set(b);
                }
            });
            viewModel.minutesProperty(day).addListener((o, a, b) -> spinner.getValueFactory().setValue(b.intValue()));
            Label name = new Label(day.getDisplayName(TextStyle.FULL, messages.locale()));
            Label unit = new Label(messages.text("paths.availability.minutesUnit"));
            grid.add(name, 0, 0);
            grid.add(spinner, 1, 0);
            grid.add(unit, 2, 0);
            dayRows.put(day, List.of(name, spinner, unit));
        }
        // the weekdays in the order of the week, from the first day of the week chosen in Settings
        Runnable orderDays = () -> {
            List<DayOfWeek> order = viewModel.weekdays();
            dayRows.forEach((day, nodes) -> nodes.forEach(n -> GridPane.setRowIndex(n, order.indexOf(day))));
        };
        orderDays.run();
        viewModel.firstDayOfWeekProperty().addListener((o, a, b) -> orderDays.run());
        int row = 7;
        DateField start = new DateField(messages, viewModel.firstDayOfWeekProperty());
        start.setId("startDatePicker");
        start.valueProperty().bindBidirectional(viewModel.startProperty());
        DateField target = new DateField(messages, viewModel.firstDayOfWeekProperty());
        target.setId("targetDatePicker");
        target.setPromptText(messages.text("paths.availability.noTarget"));
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        Button clearTarget = icon("clearTargetButton", "mdi2c-close", "paths.availability.clearTarget", () -> viewModel.targetProperty().set(null));
        grid.add(new Label(messages.text("paths.availability.start")), 0, row);
        grid.add(new VBox(2, start, start.problemLabel()), 1, row++, 2, 1);
        grid.add(new Label(messages.text("paths.availability.target")), 0, row);
        grid.add(new VBox(2, new HBox(4, target, clearTarget), target.problemLabel()), 1, row++, 2, 1);

        ListView<LocalDate> daysOff = new ListView<>(viewModel.daysOff());
        daysOff.setId("daysOffList");
        daysOff.setPrefHeight(110);
        daysOff.setPlaceholder(new Label(messages.text("paths.daysOff.empty")));
        daysOff.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : messages.date(date));
            }
        });
        DateField dayOff = new DateField(messages, viewModel.firstDayOfWeekProperty());
        dayOff.setId("dayOffPicker");
        dayOff.setPromptText(messages.text("paths.daysOff.prompt"));
        dayOff.valueProperty().addListener((o, a, date) -> {
            if (date != null) {
                viewModel.addDayOff(date);
                dayOff.setValue(null);
            }
        });
        Button removeDayOff = icon("removeDayOffButton", "mdi2c-close", "paths.daysOff.remove",
                () -> viewModel.daysOff().remove(daysOff.getSelectionModel().getSelectedItem()));
        removeDayOff.disableProperty().bind(daysOff.getSelectionModel().selectedItemProperty().isNull());

        Label whatIf = new Label();
        whatIf.setId("whatIfLabel");
        whatIf.setWrapText(true);
        whatIf.setMinHeight(Region.USE_PREF_SIZE);
        whatIf.getStyleClass().add("what-if");
        whatIf.textProperty().bind(viewModel.whatIfProperty());
        Button save = new Button(messages.text("common.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("saveAvailabilityButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.availabilityChangedProperty().not());
        save.setOnAction(e -> viewModel.saveAvailability());
        Button reset = new Button(messages.text("paths.availability.undo"));
        reset.setId("resetAvailabilityButton");
        reset.disableProperty().bind(viewModel.availabilityChangedProperty().not());
        reset.setOnAction(e -> viewModel.resetAvailability());

        GridPane paceGrid = new GridPane();
        paceGrid.setHgap(8);
        paceGrid.setVgap(4);
        int paceRow = 0;
        for (org.studypath.domain.ResourceType type : org.studypath.domain.ResourceType.values()) {
            Spinner<Double> factor = new Spinner<>(PaceFactors.MIN, PaceFactors.MAX, viewModel.paceFactorProperty(type).get(), 0.05);
            factor.setEditable(true);
            factor.setPrefWidth(100);
            factor.setId("pace-" + type.name());
            factor.getEditor().setAccessibleText(messages.text("paths.pace.factorFor", type.label().in(messages.locale())));
            factor.getValueFactory().valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    viewModel.paceFactorProperty(type).set(b);
                }
            });
            viewModel.paceFactorProperty(type).addListener((o, a, b) -> factor.getValueFactory().setValue(b.doubleValue()));
            paceGrid.add(new Label(type.label().in(messages.locale())), 0, paceRow);
            paceGrid.add(factor, 1, paceRow++);
        }
        Button savePace = new Button(messages.text("paths.pace.save"));
        savePace.setId("savePaceButton");
        savePace.setOnAction(e -> viewModel.savePaceFactors());
        Label paceHint = new Label(messages.text("paths.pace.hint"));
        paceHint.getStyleClass().add("hint");
        paceHint.setWrapText(true);
        paceHint.setMinHeight(Region.USE_PREF_SIZE);

        VBox box = new VBox(8, heading(messages.text("paths.availability.heading")), grid,
                heading(messages.text("paths.daysOff.heading")), daysOff, new HBox(4, dayOff, removeDayOff), dayOff.problemLabel(),
                whatIf, new HBox(8, save, reset), heading(messages.text("paths.pace.heading")), paceHint, paceGrid, savePace);
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

    /**
     * A sentence from the bundle with controls in its placeholders ({0}, {1}…), laid out in the language's word order:
     * "Units [1] to [5]", "第 [1] 至 [5] 个单元".
     */
    private HBox sentence(String key, Node... controls) {
        Object[] slots = new Object[controls.length];
        for (int i = 0; i < controls.length; i++) {
            slots[i] = "\uE000" + i + "\uE001";
        }
        String text = messages.text(key, slots);
        HBox box = new HBox(6);
        box.setAlignment(Pos.CENTER_LEFT);
        Matcher m = SLOT.matcher(text);
        int at = 0;
        while (m.find()) {
            addWords(box, text.substring(at, m.start()));
            box.getChildren().add(controls[Integer.parseInt(m.group(1))]);
            at = m.end();
        }
        addWords(box, text.substring(at));
        return box;
    }

    private static void addWords(HBox box, String words) {
        if (!words.isBlank()) {
            box.getChildren().add(fixed(new Label(words.strip())));
        }
    }

    private Button icon(String id, String icon, String key, Runnable action) {
        String text = messages.text(key);
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(text));
        button.setOnAction(e -> action.run());
        return button;
    }
}
