package org.studypath.ui.catalog;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.Durations;
import org.studypath.domain.Resource;
import org.studypath.domain.Topic;
import org.studypath.domain.Unit;

/** The right-hand pane: the selected resource's description, link, actions and units. */
final class ResourceDetailView extends StackPane {
    private final CatalogViewModel viewModel;
    private final Runnable onEdit;
    private final Label placeholder = new Label("Select a resource to see its description, link and units.");
    private final Label title = new Label();
    private final Label otherTitle = new Label();
    private final Label creators = new Label();
    private final Label facts = new Label();
    private final FlowPane topics = new FlowPane(6, 6);
    private final Label note = new Label();
    private final Hyperlink link = new Hyperlink();
    private final Label durationNote = new Label();
    private final Button hideButton = new Button();
    private final Button editButton = new Button("Edit", new FontIcon("mdi2p-pencil-outline"));
    private final Button deleteButton = new Button("Delete", new FontIcon("mdi2d-delete-outline"));
    private final Label unitsHeading = new Label();
    private final TableView<Unit> unitTable = new TableView<>();
    private final VBox content;

    private final javafx.scene.control.MenuButton addToPath = new javafx.scene.control.MenuButton("Add to path",
            new FontIcon("mdi2p-playlist-plus"));

    ResourceDetailView(CatalogViewModel viewModel, Runnable onEdit,
                       java.util.function.Consumer<javafx.collections.ObservableList<javafx.scene.control.MenuItem>> pathMenu) {
        this.viewModel = viewModel;
        this.onEdit = onEdit;
        addToPath.setId("addToPathButton");
        addToPath.setOnShowing(e -> pathMenu.accept(addToPath.getItems()));
        addToPath.getItems().add(new javafx.scene.control.MenuItem("…"));
        setId("detailPane");
        getStyleClass().add("detail-pane");
        placeholder.setId("detailPlaceholder");
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);

        title.setId("detailTitle");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        otherTitle.getStyleClass().add("detail-subtitle");
        otherTitle.setWrapText(true);
        creators.setId("detailCreators");
        creators.setWrapText(true);
        facts.setId("detailFacts");
        facts.getStyleClass().add("detail-facts");
        facts.setWrapText(true);
        note.setId("detailNote");
        note.setWrapText(true);
        note.getStyleClass().add("detail-note");
        link.setId("detailLink");
        link.setGraphic(new FontIcon("mdi2o-open-in-new"));
        link.setWrapText(true);
        link.setOnAction(e -> viewModel.openLink(link.getText()));
        durationNote.setId("detailDurationNote");
        durationNote.getStyleClass().add("detail-muted");
        durationNote.setWrapText(true);

        hideButton.setId("hideButton");
        hideButton.setOnAction(e -> viewModel.toggleHidden());
        editButton.setId("editButton");
        editButton.setOnAction(e -> onEdit.run());
        deleteButton.setId("deleteButton");
        deleteButton.getStyleClass().add("danger");
        deleteButton.setOnAction(e -> viewModel.deleteSelected());
        HBox actions = new HBox(8, addToPath, hideButton, editButton, deleteButton);

        unitsHeading.getStyleClass().add("section-heading");
        buildUnitTable();

        for (Label label : new Label[] {title, otherTitle, creators, facts, note, durationNote}) {
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap instead of being cut to one line
        }
        link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        content = new VBox(10, title, otherTitle, creators, facts, topics, note, link, actions, unitsHeading, unitTable,
                durationNote);
        content.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().addAll(placeholder, scroll);
        scroll.visibleProperty().bind(viewModel.detailProperty().isNotNull());
        placeholder.visibleProperty().bind(viewModel.detailProperty().isNull());
        viewModel.detailProperty().addListener((obs, old, resource) -> show(resource));
    }

    private void buildUnitTable() {
        unitTable.setId("unitTable");
        unitTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // as tall as its rows: the whole pane scrolls, not a small table inside it
        unitTable.setFixedCellSize(30);
        unitTable.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(unitTable.getItems()).multiply(30).add(40));
        unitTable.minHeightProperty().bind(unitTable.prefHeightProperty());
        unitTable.maxHeightProperty().bind(unitTable.prefHeightProperty());
        TableColumn<Unit, Number> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().position() + 1));
        number.setPrefWidth(36);
        number.setMinWidth(36);
        TableColumn<Unit, String> name = new TableColumn<>("Title");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        name.setPrefWidth(260);
        name.setMinWidth(100);
        TableColumn<Unit, String> duration = new TableColumn<>("Time");
        duration.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Durations.format(c.getValue().minutes(), c.getValue().estimated())));
        duration.setPrefWidth(80);
        duration.setMinWidth(80);
        duration.getStyleClass().add("numeric");
        TableColumn<Unit, String> open = new TableColumn<>("Link");
        open.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().url()));
        open.setCellFactory(column -> new TableCell<>() {
            private final Hyperlink hyperlink = new Hyperlink("Open");

            @Override
            protected void updateItem(String url, boolean empty) {
                super.updateItem(url, empty);
                if (empty || url == null || url.isBlank()) {
                    setGraphic(null);
                } else {
                    hyperlink.setOnAction(e -> viewModel.openLink(url));
                    hyperlink.setTooltip(new Tooltip(url));
                    hyperlink.setAccessibleText("Open " + url);
                    setGraphic(hyperlink);
                }
            }
        });
        open.setPrefWidth(60);
        open.setMinWidth(60);
        unitTable.getColumns().add(number);
        unitTable.getColumns().add(name);
        unitTable.getColumns().add(duration);
        unitTable.getColumns().add(open);
        unitTable.setPlaceholder(new Label("This resource has no units."));
    }

    private void show(Resource resource) {
        if (resource == null) {
            unitTable.getItems().clear();
            return;
        }
        Locale locale = viewModel.locale();
        title.setText(resource.title());
        otherTitle.setText(resource.titleZh());
        otherTitle.setVisible(!resource.titleZh().isBlank());
        otherTitle.setManaged(otherTitle.isVisible());
        creators.setText(resource.creators().isEmpty() ? "" : "by " + String.join(", ", resource.creators()));
        String unitWord = resource.unitKind().label().in(locale).toLowerCase(locale);
        facts.setText(String.join("  ·  ",
                resource.type().label().in(locale),
                resource.units().size() + " " + unitWord + (resource.units().size() == 1 ? "" : "s"),
                Durations.format(resource.totalMinutes(), resource.estimated()),
                resource.free() ? "Free" : "Paid",
                languageName(resource.language(), locale))
                + (resource.hidden() ? "  ·  Hidden" : ""));
        topics.getChildren().setAll(resource.topics().stream().sorted()
                .map(t -> chip(t, locale)).collect(Collectors.toList()));
        String noteText = resource.note().in(locale);
        String otherNote = "zh".equals(locale.getLanguage()) ? resource.note().en() : resource.note().zh();
        note.setText(otherNote.isBlank() || otherNote.equals(noteText) ? noteText : noteText + "\n\n" + otherNote);
        link.setText(resource.url());
        link.setVisible(!resource.url().isBlank());
        link.setManaged(link.isVisible());
        link.setAccessibleText("Open " + resource.title() + " in the browser");
        durationNote.setText(resource.estimated()
                ? "≈ marks estimated times. " + resource.durationNote().in(locale)
                : resource.durationNote().in(locale));
        hideButton.setText(resource.hidden() ? "Show again" : "Hide");
        hideButton.setGraphic(new FontIcon(resource.hidden() ? "mdi2e-eye-outline" : "mdi2e-eye-off-outline"));
        hideButton.setTooltip(new Tooltip(resource.hidden()
                ? "Show this resource in the catalog again" : "Hide this resource from the catalog (it is kept and can be shown again)"));
        hideButton.setVisible(!resource.editable());
        hideButton.setManaged(hideButton.isVisible());
        editButton.setVisible(resource.editable());
        editButton.setManaged(resource.editable());
        deleteButton.setVisible(resource.editable());
        deleteButton.setManaged(resource.editable());
        unitsHeading.setText(resource.unitKind().label().in(locale) + "s");
        unitTable.getItems().setAll(resource.units());
    }

    private static Label chip(Topic topic, Locale locale) {
        Label chip = new Label(topic.label().in(locale));
        chip.getStyleClass().add("chip");
        return chip;
    }

    private static String languageName(String tag, Locale locale) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
        return name.isBlank() ? tag : name;
    }
}
