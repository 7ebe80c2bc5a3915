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
import org.studypath.ui.catalog.Labels;
import org.studypath.ui.common.Messages;

/**
 * The form for adding or editing one of the user's own resources; messages sit next to their fields.
 *
 * <p>Over 300 lines because the form has a dozen fields plus an editable unit table, each with its message beside
 * it; every check and every value lives in {@link ResourceEditorViewModel}, this class only lays out and binds.
 */
public final class ResourceEditorDialog extends Dialog<ResourceDraft> {
    private final ResourceEditorViewModel viewModel;
    private final Messages messages;
    private final VBox unitRows = new VBox(6);
    /** Each unit row's title field, to put the focus in it (Add unit, Enter). */
    private final java.util.Map<UnitRow, TextField> titleFields = new java.util.HashMap<>();
    private ScrollPane scroll;
    /** The unit row the focus was last in: leaving it shows its problems. */
    private UnitRow focusedRow;

    public ResourceEditorDialog(ResourceEditorViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setTitle(viewModel.isNew() ? messages.text("editor.dialog.titleNew") : messages.text("editor.dialog.titleEdit"));
        setHeaderText(viewModel.isNew() ? messages.text("editor.dialog.headerNew")
                : messages.text("editor.dialog.headerEdit", viewModel.titleProperty().get()));
        setResizable(true);
        getDialogPane().setId("resourceEditor");
        ButtonType saveType = new ButtonType(messages.text("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(saveType, cancelType);
        getDialogPane().setContent(buildForm());
        getDialogPane().setPrefSize(720, 640);
        Button save = (Button) getDialogPane().lookupButton(saveType);
        save.setId("saveResourceButton");
        // Save checks the form first; an invalid form stays open with every message showing.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            if (viewModel.commit().isEmpty()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == saveType ? viewModel.commit().orElse(null) : null);
        getDialogPane().sceneProperty().addListener((o, was, scene) -> watchFocus(scene));
        watchFocus(getDialogPane().getScene());
    }

    /** A unit row is checked once the focus leaves it, not while the learner goes from its title to its minutes. */
    private void watchFocus(javafx.scene.Scene scene) {
        if (scene == null) {
            return;
        }
        PasteUnitsDialog.shortcut(scene, viewModel);
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            UnitRow row = rowOf(now);
            if (focusedRow != null && focusedRow != row) {
                viewModel.touchUnit(focusedRow);
            }
            focusedRow = row;
        });
    }

    private static UnitRow rowOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getUserData() instanceof UnitRow row) {
                return row;
            }
        }
        return null;
    }

    /** Puts the focus in a unit row's title and scrolls the form to show the row. */
    private void focusRow(UnitRow row) {
        TextField title = titleFields.get(row);
        if (title == null) {
            return;
        }
        title.requestFocus();
        // the new row's place is known once the form is laid out again
        scroll.getContent().applyCss();
        scroll.layout();
        javafx.geometry.Bounds viewport = scroll.getViewportBounds();
        double extra = scroll.getContent().getLayoutBounds().getHeight() - viewport.getHeight();
        if (extra <= 0) {
            return;
        }
        Node rowNode = title.getParent().getParent(); // the row with its message line
        javafx.geometry.Bounds at = scroll.getContent().sceneToLocal(rowNode.localToScene(rowNode.getBoundsInLocal()));
        double top = scroll.getVvalue() * extra;
        if (at.getMinY() < top) {
            top = at.getMinY();
        } else if (at.getMaxY() > top + viewport.getHeight()) {
            top = at.getMaxY() - viewport.getHeight();
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / extra)));
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

        TextField title = textField("titleField", viewModel.titleProperty(), messages.text("editor.title.prompt"));
        // typing starts in the title, as in any form that opens
        setOnShown(e -> title.requestFocus());
        row = addRow(grid, row, messages.text("editor.title.label"), title,
                error("titleError", viewModel.titleErrorProperty()));
        TextField creators = textField("creatorsField", viewModel.creatorsProperty(),
                messages.text("editor.creators.prompt"));
        row = addRow(grid, row, messages.text("editor.creators.label"), creators, null);
        TextField url = textField("urlField", viewModel.urlProperty(), "https://…");
        row = addRow(grid, row, messages.text("editor.link.label"), url, error("urlError", viewModel.urlErrorProperty()));

        ComboBox<Category> category = new ComboBox<>();
        category.getItems().setAll(viewModel.categoryChoices());
        category.setId("categoryField");
        // the UI language's name first, then the other language's
        category.setConverter(converter(this::categoryName));
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        row = addRow(grid, row, messages.text("editor.category.label"), category, error("categoryError", viewModel.categoryErrorProperty()));

        ComboBox<ResourceType> type = new ComboBox<>();
        type.getItems().setAll(ResourceType.values());
        type.setId("typeField");
        type.setConverter(converter(t -> t == null ? "" : t.label().in(messages.locale())));
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        ComboBox<UnitKind> kind = new ComboBox<>();
        kind.getItems().setAll(UnitKind.values());
        kind.setId("unitKindField");
        kind.setConverter(converter(this::unitKindName));
        kind.valueProperty().bindBidirectional(viewModel.unitKindProperty());
        kind.setAccessibleText(messages.text("editor.unitKind.accessible"));
        CheckBox free = new CheckBox(messages.text("editor.free"));
        free.setId("freeField");
        free.selectedProperty().bindBidirectional(viewModel.freeProperty());
        TextField language = textField("languageField", viewModel.languageProperty(), "en");
        language.setPrefColumnCount(4);
        language.setTooltip(new Tooltip(messages.text("editor.language.tooltip")));
        type.setMinWidth(Region.USE_PREF_SIZE);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        HBox typeRow = new HBox(8, type, fixed(new Label(messages.text("editor.unitKind.label"))), kind);
        typeRow.setAlignment(Pos.CENTER_LEFT);
        row = addRow(grid, row, messages.text("editor.type.label"), typeRow, null);
        HBox moreRow = new HBox(8, free, fixed(new Label(messages.text("editor.language.label"))), language);
        moreRow.setAlignment(Pos.CENTER_LEFT);
        free.setMinWidth(Region.USE_PREF_SIZE);
        row = addRow(grid, row, messages.text("editor.cost.label"), moreRow, null);

        FlowPane topics = new FlowPane(10, 6);
        for (Topic topic : Topic.values()) {
            CheckBox box = new CheckBox(topic.label().in(messages.locale()));
            box.setId("topic-" + topic.key());
            box.selectedProperty().bindBidirectional(viewModel.topicProperty(topic));
            topics.getChildren().add(box);
        }
        row = addRow(grid, row, messages.text("editor.topics.label"), topics, null);

        TextArea note = new TextArea();
        note.setId("noteField");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(messages.text("editor.note.prompt"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        row = addRow(grid, row, messages.text("editor.note.label"), note, null);

        Button addUnit = new Button(messages.text("editor.units.add"), new FontIcon("mdi2p-plus"));
        addUnit.setId("addUnitButton");
        // the focus goes to the new row's title: typing there must not press Add unit again (Space)
        addUnit.setOnAction(e -> focusRow(viewModel.addUnit()));
        Label unitsError = error("unitsError", viewModel.unitsErrorProperty());
        HBox unitHeader = new HBox(8, label(messages.text("editor.units.label")), addUnit);
        unitHeader.setAlignment(Pos.CENTER_LEFT);
        // the ways to bring many units in at once, on a row of their own: beside the heading they were cut off
        javafx.scene.layout.FlowPane unitSources = new javafx.scene.layout.FlowPane(8, 6);
        unitSources.getChildren().addAll(PasteUnitsDialog.buttons(viewModel, messages, () -> getDialogPane().getScene().getWindow()));
        viewModel.books().ifPresent(books -> unitSources.getChildren().add(fromPdfButton(books)));
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
        VBox form = new VBox(10, grid, unitHeader, unitSources, unitsError, unitRows);
        form.setPadding(new Insets(4, 4, 4, 4));
        scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** "From a PDF book…" (PdfBookDialog): the units, and the title when it is empty, from a book's outline. */
    private Button fromPdfButton(BookReading books) {
        Button fromPdf = new Button(messages.text("editor.units.fromPdf"), new FontIcon("mdi2f-file-pdf-box"));
        fromPdf.setId("fromPdfButton");
        fromPdf.setOnAction(e -> PdfBookDialog.pick(getDialogPane().getScene().getWindow(), books, messages)
                .ifPresent(book -> viewModel.applyBook(book.bookTitle(), book.parts(), book.file())));
        return fromPdf;
    }

    private void rebuildUnitRows() {
        unitRows.getChildren().clear();
        titleFields.clear();
        for (int i = 0; i < viewModel.units().size(); i++) {
            unitRows.getChildren().add(unitRow(i, viewModel.units().get(i)));
        }
    }

    private Node unitRow(int index, UnitRow row) {
        Label number = new Label((index + 1) + ".");
        number.setMinWidth(28);
        int number1 = index + 1;
        TextField title = textField("unitTitle-" + index, row.titleProperty(),
                messages.text("editor.unit.titlePrompt", number1));
        HBox.setHgrow(title, Priority.ALWAYS);
        TextField minutes = textField("unitMinutes-" + index, row.minutesProperty(), messages.text("editor.unit.minutes"));
        minutes.setPrefColumnCount(5);
        minutes.setAccessibleText(messages.text("editor.unit.minutesAccessible", number1));
        TextField url = textField("unitUrl-" + index, row.urlProperty(), messages.text("editor.unit.urlPrompt"));
        url.setPrefColumnCount(14);
        Button up = iconButton("mdi2a-arrow-up", messages.text("editor.unit.moveUp", number1),
                () -> viewModel.moveUnit(row, -1));
        up.setDisable(index == 0);
        Button down = iconButton("mdi2a-arrow-down", messages.text("editor.unit.moveDown", number1),
                () -> viewModel.moveUnit(row, 1));
        down.setDisable(index == viewModel.units().size() - 1);
        Button remove = iconButton("mdi2c-close", messages.text("editor.unit.remove", number1),
                () -> viewModel.removeUnit(row));
        remove.setId("removeUnit-" + index);
        minutes.setMinWidth(Region.USE_PREF_SIZE);
        minutes.setMaxWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(url, Priority.SOMETIMES);
        title.setMinWidth(160);
        HBox fields = new HBox(6, number, title, minutes, fixed(new Label(messages.text("editor.unit.minutes"))), url, up, down, remove);
        fields.setAlignment(Pos.CENTER_LEFT);
        Label error = error("unitError-" + index, row.errorProperty());
        titleFields.put(row, title);
        // Enter checks the row and goes on to the next (a new one after the last); it does not save the form
        for (TextField field : new TextField[] {title, minutes, url}) {
            field.setOnAction(e -> {
                e.consume();
                viewModel.enterOn(row).ifPresent(this::focusRow);
            });
        }
        VBox box = new VBox(2, fields, error);
        box.setUserData(row);
        return box;
    }

    /** "Videos · 视频" in English, "视频 · Videos" in Chinese: a category's names, the UI language's first. */
    private String categoryName(Category category) {
        if (category == null) {
            return "";
        }
        String first = Labels.first(category.name(), messages);
        String second = Labels.second(category.name(), messages);
        return second.isBlank() ? first : first + " · " + second;
    }

    /** "Episodes" / "集": what the units are called, for the unit-kind choice. */
    private String unitKindName(UnitKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case EPISODE -> messages.text("editor.unitKind.episode");
            case CHAPTER -> messages.text("editor.unitKind.chapter");
            case MODULE -> messages.text("editor.unitKind.module");
            case LESSON -> messages.text("editor.unitKind.lesson");
            case UNIT -> messages.text("editor.unitKind.unit");
            case PART -> messages.text("editor.unitKind.part");
        };
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
