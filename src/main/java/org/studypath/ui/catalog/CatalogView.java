package org.studypath.ui.catalog;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.ui.common.Messages;
import org.studypath.ui.editor.ResourceEditorDialog;
import org.studypath.ui.editor.ResourceEditorViewModel;

/**
 * The catalog browser: category sidebar, searchable and filterable resource list, and the detail pane.
 *
 * <p>Over 300 lines because it lays out three panes and the keyboard paths between them (search → list → detail →
 * add to path); the logic behind each is in the view model, and the detail pane is a view of its own.
 */
public final class CatalogView extends BorderPane {
    private final CatalogViewModel viewModel;
    private final Messages messages;
    private final TextField searchField;

    private final PathTarget pathTarget;

    public CatalogView(CatalogViewModel viewModel, PathTarget pathTarget) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.pathTarget = pathTarget;
        getStyleClass().add("catalog-view");
        this.searchField = buildSearchField();
        setTop(buildToolbar());
        setLeft(buildSidebar());
        ResourceDetailView detail = new ResourceDetailView(viewModel, this::editSelected, this::fillPathMenu);
        SplitPane split = new SplitPane(buildTable(), detail);
        split.setDividerPositions(0.62);
        setCenter(split);
        setBottom(buildStatusBar());
    }

    /** The width of "Add resource" with its label, measured while the label shows. */
    private double addWithLabel;

    /** Puts the keyboard focus in the search field (Ctrl+F), selecting what is typed there. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private TextField buildSearchField() {
        CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
        field.setId("searchField");
        field.setLeft(new FontIcon("mdi2m-magnify"));
        field.setPromptText(messages.text("catalog.search.prompt"));
        field.setAccessibleText(messages.text("catalog.search.accessible"));
        field.setTooltip(new Tooltip(messages.text("catalog.search.tooltip")));
        field.setPrefColumnCount(26);
        field.textProperty().bindBidirectional(viewModel.searchTextProperty());
        return field;
    }

    private HBox buildToolbar() {
        ComboBox<ResourceType> typeFilter = filterBox("typeFilter", messages.text("catalog.filter.type"),
                ResourceType.values(), t -> Labels.type(t, messages));
        typeFilter.valueProperty().bindBidirectional(viewModel.typeFilterProperty());
        ComboBox<Topic> topicFilter = filterBox("topicFilter", messages.text("catalog.filter.topic"), Topic.values(),
                t -> Labels.topic(t, messages));
        topicFilter.valueProperty().bindBidirectional(viewModel.topicFilterProperty());
        CheckBox showHidden = new CheckBox(messages.text("catalog.showHidden"));
        showHidden.setId("showHiddenToggle");
        showHidden.selectedProperty().bindBidirectional(viewModel.showHiddenProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(messages.text("catalog.add.button"), new FontIcon("mdi2p-plus"));
        add.setId("addResourceButton");
        add.getStyleClass().add("accent");
        add.setTooltip(new Tooltip(messages.text("catalog.add.tooltip")));
        add.setOnAction(e -> addResource());
        // At the smallest window (720 px) the filters, the check box and the button were cut to "…": they keep
        // their whole labels, and the search field, which reads well narrower, gives up the width instead.
        for (javafx.scene.control.Control whole : List.of(typeFilter, topicFilter, showHidden, add)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        searchField.setMinWidth(150);
        HBox.setHgrow(searchField, Priority.SOMETIMES);
        HBox toolbar = new HBox(10, searchField, typeFilter, topicFilter, showHidden, spacer, add);
        add.setAccessibleText(add.getText()); // still said when only the icon shows
        toolbar.setMinWidth(0); // take the window's width, not the sum of what is inside, so fitAddButton can tell
        toolbar.widthProperty().addListener((o, was, width) -> fitAddButton(toolbar, add));
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(10, 12, 10, 12));
        toolbar.getStyleClass().add("main-toolbar");
        return toolbar;
    }

    /**
     * Below about 800 px there is no room for every label: "Add resource" then shows its icon only (its tooltip and
     * accessible text still name it), so that the filters and the check box stay whole and nothing leaves the window.
     */
    private void fitAddButton(HBox toolbar, Button add) {
        if (add.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            addWithLabel = add.prefWidth(-1);
        }
        double others = toolbar.getChildren().stream().filter(n -> n != add).mapToDouble(n -> n.minWidth(-1)).sum();
        double needed = others + addWithLabel + toolbar.getSpacing() * (toolbar.getChildren().size() - 1)
                + toolbar.snappedLeftInset() + toolbar.snappedRightInset();
        add.setContentDisplay(toolbar.getWidth() < needed ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
    }

    private static <T> ComboBox<T> filterBox(String id, String accessible, T[] values, Function<T, String> label) {
        ObservableList<T> items = FXCollections.observableArrayList();
        items.add(null);
        items.addAll(values);
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setAccessibleText(accessible);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(label.apply(item));
            }
        });
        return box;
    }

    private VBox buildSidebar() {
        ListView<CategoryItem> list = new ListView<>(viewModel.categories());
        list.setId("categoryList");
        list.setAccessibleText(messages.text("catalog.categories.heading"));
        list.setCellFactory(v -> new CategoryCell(messages));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != viewModel.selectedCategoryProperty().get()) {
                viewModel.selectedCategoryProperty().set(item);
            }
        });
        viewModel.selectedCategoryProperty().addListener((obs, old, item) -> {
            if (item != null && list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
            }
        });
        Label heading = new Label(messages.text("catalog.categories.heading"));
        heading.getStyleClass().add("section-heading");
        VBox sidebar = new VBox(6, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        sidebar.setPadding(new Insets(10, 0, 10, 12));
        sidebar.setPrefWidth(272);
        sidebar.setMinWidth(200);
        sidebar.getStyleClass().add("sidebar");
        return sidebar;
    }

    private TableView<ResourceSummary> buildTable() {
        TableView<ResourceSummary> table = new TableView<>(viewModel.resources());
        table.setId("resourceTable");
        table.setAccessibleText(messages.text("catalog.table.accessible"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // the title with its creators beneath: two resources of one title (a book and a course) are told apart
        TableColumn<ResourceSummary, String> title = column(messages.text("catalog.column.title"), 320, 120, ResourceSummary::title);
        title.setCellFactory(c -> new TitleCell());
        table.getColumns().add(title);
        table.getColumns().add(column(messages.text("catalog.column.type"), 104, 104,
                r -> r.type().label().in(messages.locale())));
        TableColumn<ResourceSummary, String> units = column(messages.text("catalog.column.units"), 54, 54,
                r -> messages.number(r.unitCount()));
        units.getStyleClass().add("numeric");
        table.getColumns().add(units);
        TableColumn<ResourceSummary, String> time = column(messages.text("catalog.column.time"), 80, 80,
                r -> messages.compactDuration(r.totalMinutes(), r.estimated()));
        time.getStyleClass().add("numeric");
        WholeTextColumns.fitText(time);
        table.getColumns().add(time);
        String free = messages.text("catalog.free");
        String paid = messages.text("catalog.paid");
        table.getColumns().add(column(messages.text("catalog.column.cost"), 50, 50, r -> r.free() ? free : paid));
        Label empty = new Label();
        empty.setId("resourceEmptyState");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(360);
        empty.textProperty().bind(viewModel.emptyMessageProperty());
        table.setPlaceholder(empty);
        table.setRowFactory(t -> new TableRow<>() {
            {
                // rows of one line, all of a height: the theme's is not a whole number of pixels (36.33 at the
                // default font), so each row would start at a fraction of a pixel and every third separator be drawn
                // across two pixel rows; the first row's height, rounded up, is fixed for all (which also spares the
                // table measuring each row it shows)
                heightProperty().addListener((o, was, height) -> {
                    if (t.getFixedCellSize() <= 0 && height.doubleValue() > 0) {
                        t.setFixedCellSize(Math.ceil(height.doubleValue()));
                    }
                });
            }

            @Override
            protected void updateItem(ResourceSummary item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("hidden-resource"), item != null && item.hidden());
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("own-resource"), item != null && item.origin() == org.studypath.domain.Origin.USER);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> viewModel.selectedResourceProperty().set(item));
        javafx.scene.control.Menu addTo = new javafx.scene.control.Menu(messages.text("catalog.addToPath.button"));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(addTo);
        menu.setOnShowing(e -> fillPathMenu(addTo.getItems()));
        table.setContextMenu(menu);
        viewModel.selectedResourceProperty().addListener((obs, old, item) -> {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
                table.scrollTo(item);
            }
        });
        return table;
    }

    private static TableColumn<ResourceSummary, String> column(String name, double width, double minWidth,
            Function<ResourceSummary, String> value) {
        TableColumn<ResourceSummary, String> column = new TableColumn<>(name);
        column.setMinWidth(minWidth);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private HBox buildStatusBar() {
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(viewModel.statusProperty());
        Label notice = new Label();
        notice.setId("noticeLabel");
        notice.textProperty().bind(viewModel.noticeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, notice);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Fills a menu with one item per study path, each adding the selected resource to it. */
    private void fillPathMenu(ObservableList<javafx.scene.control.MenuItem> items) {
        items.clear();
        ResourceSummary selected = viewModel.selectedResourceProperty().get();
        if (pathTarget.paths().isEmpty()) {
            javafx.scene.control.MenuItem none = new javafx.scene.control.MenuItem(
                    messages.text("catalog.addToPath.none"));
            none.setDisable(true);
            items.add(none);
            return;
        }
        for (var path : pathTarget.paths()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(path.name());
            item.setDisable(selected == null);
            item.setOnAction(e -> pathTarget.addToPath(path.id(), java.util.List.of(selected.id())));
            items.add(item);
        }
    }

    /** Opens the editor for a new resource of the user's own (Ctrl+N). */
    public void addResource() {
        if (viewModel.categoryList().isEmpty()) {
            return;
        }
        openEditor(ResourceEditorViewModel.forNew(messages, viewModel.categoryList(), viewModel.categoryForNewResource()));
    }

    private void editSelected() {
        var resource = viewModel.detailProperty().get();
        if (resource != null && resource.editable()) {
            openEditor(ResourceEditorViewModel.forEdit(messages, viewModel.categoryList(), resource));
        }
    }

    private void openEditor(ResourceEditorViewModel editor) {
        Optional<ResourceDraft> draft = ResourceEditorDialog.show(getScene().getWindow(), editor.readingWith(viewModel.runner()));
        draft.ifPresent(d -> viewModel.save(d,
                failed -> openEditor(ResourceEditorViewModel.fromDraft(messages, viewModel.categoryList(), failed))));
    }

    /** A resource's title, and beneath it its creators (or its type when it has none), each cut with "…" alone. */
    private final class TitleCell extends javafx.scene.control.TableCell<ResourceSummary, String> {
        private final Label title = new Label();
        private final Label second = new Label();
        private final VBox box = new VBox(0, title, second);
        private final Tooltip tip = new Tooltip();

        TitleCell() {
            title.setMinWidth(0);
            second.setMinWidth(0);
            second.getStyleClass().add("resource-second-line");
            box.setMinWidth(0);
            box.setPrefWidth(0); // follow the column's width instead of widening it
            tip.setWrapText(true);
            tip.setMaxWidth(420);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(null);
            ResourceSummary resource = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size()
                    ? null : getTableView().getItems().get(getIndex());
            if (resource == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String type = resource.type().label().in(messages.locale());
            String creators = resource.creatorLine();
            title.setText(resource.title());
            second.setText(creators.isBlank() ? type : creators);
            tip.setText(resource.title() + "\n" + (creators.isBlank() ? type : creators + " · " + type));
            setTooltip(tip);
            setGraphic(box);
        }
    }

    private static final class CategoryCell extends ListCell<CategoryItem> {
        private final Messages messages;

        CategoryCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(CategoryItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add("category-name");
            name.setMinWidth(0);
            Label count = new Label(messages.number(item.count()));
            count.getStyleClass().add("count-badge");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, name, spacer, count);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(1, top);
            box.setPrefWidth(0); // follow the list's width instead of widening it
            if (!item.otherName().isBlank()) {
                Label other = new Label(item.otherName());
                other.getStyleClass().add("category-other-name");
                box.getChildren().add(other);
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(messages.text("catalog.categories.accessible", item.name(), item.count()));
        }
    }
}
