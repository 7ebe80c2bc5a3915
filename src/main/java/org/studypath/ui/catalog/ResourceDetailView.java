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
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.Resource;
import org.studypath.domain.Topic;
import org.studypath.domain.Unit;
import org.studypath.ui.common.Messages;

/** The right-hand pane: the selected resource's description, link, actions and units. */
final class ResourceDetailView extends StackPane {
    private final CatalogViewModel viewModel;
    private final Messages messages;
    private final Runnable onEdit;
    private final Label placeholder = new Label();
    private final Label title = new Label();
    private final Label otherTitle = new Label();
    private final Label creators = new Label();
    private final Label facts = new Label();
    private final FlowPane topics = new FlowPane(6, 6);
    private final Label note = new Label();
    private final Hyperlink link = new Hyperlink();
    private final Label durationNote = new Label();
    private final Button hideButton = new Button();
    private final Button editButton = new Button(null, new FontIcon("mdi2p-pencil-outline"));
    private final Button deleteButton = new Button(null, new FontIcon("mdi2d-delete-outline"));
    private final Button openBookButton = new Button(null, new FontIcon("mdi2b-book-open-page-variant-outline"));
    private final Label unitsHeading = new Label();
    private final TableView<Unit> unitTable = new TableView<>();
    private final VBox content;

    private final javafx.scene.control.MenuButton addToPath = new javafx.scene.control.MenuButton(null,
            new FontIcon("mdi2p-playlist-plus"));

    ResourceDetailView(CatalogViewModel viewModel, Runnable onEdit,
                       java.util.function.Consumer<javafx.collections.ObservableList<javafx.scene.control.MenuItem>> pathMenu) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.onEdit = onEdit;
        placeholder.setText(messages.text("catalog.detail.placeholder"));
        editButton.setText(messages.text("catalog.detail.edit"));
        deleteButton.setText(messages.text("common.delete"));
        addToPath.setText(messages.text("catalog.addToPath.button"));
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
        // buttons keep their whole labels and go to a second line when the pane is narrow ("Add to …", "De…" otherwise)
        openBookButton.setId("openBookButton");
        openBookButton.setText(messages.text("catalog.detail.openBook"));
        openBookButton.setTooltip(new Tooltip(messages.text("catalog.detail.openBookTooltip")));
        openBookButton.setOnAction(e -> viewModel.openBook());
        FlowPane actions = new FlowPane(8, 8, addToPath, openBookButton, hideButton, editButton, deleteButton);
        actions.setId("detailActions");
        for (javafx.scene.control.Control button : new javafx.scene.control.Control[] {addToPath, openBookButton, hideButton,
                editButton, deleteButton}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        unitsHeading.getStyleClass().add("section-heading");
        buildUnitTable();

        for (Label label : new Label[] {title, otherTitle, creators, facts, note, durationNote}) {
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap instead of being cut to one line
        }
        link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        content = new VBox(10, title, otherTitle, creators, facts, topics, note, link, actions, unitsHeading, unitTable,
                durationNote);
        content.setPadding(new Insets(16));
        // a flow pane's height follows its wrap length, not its width: keep the two the same
        actions.prefWrapLengthProperty().bind(content.widthProperty().subtract(32));
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
        TableColumn<Unit, String> name = new TableColumn<>(messages.text("catalog.units.title"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        name.setPrefWidth(260);
        name.setMinWidth(50); // the title gives up width first: a time and the link are read whole
        TableColumn<Unit, String> duration = new TableColumn<>(messages.text("catalog.units.time"));
        duration.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                messages.duration(c.getValue().minutes(), c.getValue().estimated())));
        duration.setPrefWidth(80);
        duration.setMinWidth(80);
        duration.getStyleClass().add("numeric");
        WholeTextColumns.fitText(duration);
        TableColumn<Unit, String> open = new TableColumn<>(messages.text("catalog.units.link"));
        open.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().url()));
        open.setCellFactory(column -> new TableCell<>() {
            private final Hyperlink hyperlink = new Hyperlink(messages.text("catalog.units.open"));

            @Override
            protected void updateItem(String url, boolean empty) {
                super.updateItem(url, empty);
                if (empty || url == null || url.isBlank()) {
                    setGraphic(null);
                } else {
                    hyperlink.setOnAction(e -> viewModel.openLink(url));
                    hyperlink.setTooltip(new Tooltip(url));
                    hyperlink.setAccessibleText(messages.text("catalog.units.openAccessible", url));
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
        unitTable.setPlaceholder(new Label(messages.text("catalog.units.none")));
    }

    private void show(Resource resource) {
        if (resource == null) {
            unitTable.getItems().clear();
            return;
        }
        Locale locale = messages.locale();
        // the title in the UI's language first, the other language's under it
        LocalizedText titles = new LocalizedText(resource.title(), resource.titleZh());
        title.setText(Labels.first(titles, messages));
        otherTitle.setText(Labels.second(titles, messages));
        otherTitle.setVisible(!otherTitle.getText().isBlank());
        otherTitle.setManaged(otherTitle.isVisible());
        creators.setText(resource.creators().isEmpty() ? ""
                : messages.text("catalog.detail.creators", String.join(messages.text("common.listSeparator"), resource.creators())));
        java.util.List<String> factList = new java.util.ArrayList<>(java.util.List.of(
                resource.type().label().in(locale),
                Labels.unitCount(resource.unitKind(), resource.units().size(), messages),
                messages.duration(resource.totalMinutes(), resource.estimated()),
                resource.free() ? messages.text("catalog.free") : messages.text("catalog.paid"),
                languageName(resource.language(), locale)));
        if (resource.hidden()) {
            factList.add(messages.text("catalog.detail.hidden"));
        }
        facts.setText(String.join("  ·  ", factList));
        topics.getChildren().setAll(resource.topics().stream().sorted()
                .map(t -> chip(t, locale)).collect(Collectors.toList()));
        String noteText = Labels.first(resource.note(), messages);
        String otherNote = Labels.second(resource.note(), messages);
        note.setText(otherNote.isBlank() ? noteText : noteText + "\n\n" + otherNote);
        link.setText(resource.url());
        link.setVisible(!resource.url().isBlank());
        link.setManaged(link.isVisible());
        link.setAccessibleText(messages.text("catalog.detail.linkAccessible", title.getText()));
        String aboutDurations = Labels.first(resource.durationNote(), messages);
        durationNote.setText(resource.estimated()
                ? messages.text("catalog.detail.estimated", aboutDurations)
                : aboutDurations);
        hideButton.setText(resource.hidden() ? messages.text("catalog.detail.showAgain") : messages.text("catalog.detail.hide"));
        hideButton.setGraphic(new FontIcon(resource.hidden() ? "mdi2e-eye-outline" : "mdi2e-eye-off-outline"));
        hideButton.setTooltip(new Tooltip(resource.hidden()
                ? messages.text("catalog.detail.showAgainTooltip") : messages.text("catalog.detail.hideTooltip")));
        hideButton.setVisible(!resource.editable());
        hideButton.setManaged(hideButton.isVisible());
        openBookButton.setVisible(resource.editable() && viewModel.detailHasBookProperty().get());
        openBookButton.setManaged(openBookButton.isVisible());
        editButton.setVisible(resource.editable());
        editButton.setManaged(resource.editable());
        deleteButton.setVisible(resource.editable());
        deleteButton.setManaged(resource.editable());
        unitsHeading.setText(Labels.unitHeading(resource.unitKind(), messages));
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
