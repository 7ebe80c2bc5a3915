package org.studypath.ui.editor;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.Category;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;

/** The form for adding or editing one of the user's own resources; messages sit next to their fields. */
public final class ResourceEditorDialog extends Dialog<ResourceDraft> {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final ResourceEditorViewModel viewModel;
    private final VBox unitRows = new VBox(6);

    public ResourceEditorDialog(ResourceEditorViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle(viewModel.isNew() ? "Add a resource" : "Edit resource");
        setHeaderText(viewModel.isNew() ? "Add a resource of your own" : "Edit “" + viewModel.titleProperty().get() + "”");
        setResizable(true);
        getDialogPane().setId("resourceEditor");
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        getDialogPane().setContent(buildForm());
        getDialogPane().setPrefSize(720, 640);
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("saveResourceButton");
        // Save checks the form first; an invalid form stays open with every message showing.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            if (viewModel.commit().isEmpty()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == SAVE ? viewModel.commit().orElse(null) : null);
    }

    public static Optional<ResourceDraft> show(Window owner, ResourceEditorViewModel viewModel) {
        ResourceEditorDialog dialog = new ResourceEditorDialog(viewModel);
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }

    private Node buildForm() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;

        TextField title = textField("titleField", viewModel.titleProperty(), "Title (required)");
        row = addRow(grid, row, "Title *", title, error("titleError", viewModel.titleErrorProperty()));
        TextField creators = textField("creatorsField", viewModel.creatorsProperty(), "Names, separated by commas");
        row = addRow(grid, row, "Creators", creators, null);
        TextField url = textField("urlField", viewModel.urlProperty(), "https://…");
        row = addRow(grid, row, "Link", url, error("urlError", viewModel.urlErrorProperty()));

        ComboBox<Category> category = new ComboBox<>();
        category.getItems().setAll(viewModel.categoryChoices());
        category.setId("categoryField");
        category.setConverter(converter(c -> c == null ? "" : c.name().en() + " · " + c.name().zh()));
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        row = addRow(grid, row, "Category", category, error("categoryError", viewModel.categoryErrorProperty()));

        ComboBox<ResourceType> type = new ComboBox<>();
        type.getItems().setAll(ResourceType.values());
        type.setId("typeField");
        type.setConverter(converter(t -> t == null ? "" : t.label().en()));
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        ComboBox<UnitKind> kind = new ComboBox<>();
        kind.getItems().setAll(UnitKind.values());
        kind.setId("unitKindField");
        kind.setConverter(converter(k -> k == null ? "" : k.label().en() + "s"));
        kind.valueProperty().bindBidirectional(viewModel.unitKindProperty());
        kind.setAccessibleText("What the units are called");
        CheckBox free = new CheckBox("Free to use");
        free.setId("freeField");
        free.selectedProperty().bindBidirectional(viewModel.freeProperty());
        TextField language = textField("languageField", viewModel.languageProperty(), "en");
        language.setPrefColumnCount(4);
        language.setTooltip(new Tooltip("Language code, for example en or zh"));
        type.setMinWidth(Region.USE_PREF_SIZE);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        HBox typeRow = new HBox(8, type, fixed(new Label("made of")), kind);
        typeRow.setAlignment(Pos.CENTER_LEFT);
        row = addRow(grid, row, "Type", typeRow, null);
        HBox moreRow = new HBox(8, free, fixed(new Label("Language")), language);
        moreRow.setAlignment(Pos.CENTER_LEFT);
        free.setMinWidth(Region.USE_PREF_SIZE);
        row = addRow(grid, row, "Cost", moreRow, null);

        FlowPane topics = new FlowPane(10, 6);
        for (Topic topic : Topic.values()) {
            CheckBox box = new CheckBox(topic.label().en());
            box.setId("topic-" + topic.key());
            box.selectedProperty().bindBidirectional(viewModel.topicProperty(topic));
            topics.getChildren().add(box);
        }
        row = addRow(grid, row, "Topics", topics, null);

        TextArea note = new TextArea();
        note.setId("noteField");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText("Why this resource? What to watch out for?");
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        row = addRow(grid, row, "Description", note, null);

        Button addUnit = new Button("Add unit", new FontIcon("mdi2p-plus"));
        addUnit.setId("addUnitButton");
        addUnit.setOnAction(e -> viewModel.addUnit());
        Label unitsError = error("unitsError", viewModel.unitsErrorProperty());
        HBox unitHeader = new HBox(8, label("Units *"), addUnit);
        unitHeader.setAlignment(Pos.CENTER_LEFT);
        rebuildUnitRows();
        viewModel.units().addListener((ListChangeListener<UnitRow>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                rebuildUnitRows();
            }
        });
        VBox form = new VBox(10, grid, unitHeader, unitsError, unitRows);
        form.setPadding(new Insets(4, 4, 4, 4));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void rebuildUnitRows() {
        unitRows.getChildren().clear();
        for (int i = 0; i < viewModel.units().size(); i++) {
            unitRows.getChildren().add(unitRow(i, viewModel.units().get(i)));
        }
    }

    private Node unitRow(int index, UnitRow row) {
        Label number = new Label((index + 1) + ".");
        number.setMinWidth(28);
        TextField title = textField("unitTitle-" + index, row.titleProperty(), "Title of unit " + (index + 1));
        HBox.setHgrow(title, Priority.ALWAYS);
        TextField minutes = textField("unitMinutes-" + index, row.minutesProperty(), "min");
        minutes.setPrefColumnCount(5);
        minutes.setAccessibleText("Minutes for unit " + (index + 1));
        TextField url = textField("unitUrl-" + index, row.urlProperty(), "link (optional)");
        url.setPrefColumnCount(14);
        Button up = iconButton("mdi2a-arrow-up", "Move unit " + (index + 1) + " up", () -> viewModel.moveUnit(row, -1));
        up.setDisable(index == 0);
        Button down = iconButton("mdi2a-arrow-down", "Move unit " + (index + 1) + " down", () -> viewModel.moveUnit(row, 1));
        down.setDisable(index == viewModel.units().size() - 1);
        Button remove = iconButton("mdi2c-close", "Remove unit " + (index + 1), () -> viewModel.removeUnit(row));
        remove.setId("removeUnit-" + index);
        minutes.setMinWidth(Region.USE_PREF_SIZE);
        minutes.setMaxWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(url, Priority.SOMETIMES);
        title.setMinWidth(160);
        HBox fields = new HBox(6, number, title, minutes, fixed(new Label("min")), url, up, down, remove);
        fields.setAlignment(Pos.CENTER_LEFT);
        Label error = error("unitError-" + index, row.errorProperty());
        return new VBox(2, fields, error);
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Button iconButton(String icon, String accessibleText, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setAccessibleText(accessibleText);
        button.setTooltip(new Tooltip(accessibleText));
        button.getStyleClass().add("flat");
        button.setOnAction(e -> action.run());
        return button;
    }

    private static int addRow(GridPane grid, int row, String name, Node field, Label error) {
        Label label = label(name);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        int next = row + 1;
        if (error != null) {
            grid.add(error, 1, next++);
        }
        return next;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static TextField textField(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label error(String id, ReadOnlyStringProperty message) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(message);
        label.visibleProperty().bind(Bindings.isNotEmpty(message));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

}
