package org.studypath.ui.editor;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.ui.common.Messages;
import org.studypath.ui.editor.PasteUnitsViewModel.PreviewRow;

/**
 * The paste area of the resource form, a dialog of its own over it: the pasted list, the reading rate, whether the
 * units go after the form's or replace them, and the preview of what would be added with every line that could not be
 * read. "Add N units" puts them in the form; the form is saved as ever. Also opens a playlist file into the same
 * preview ("Import playlist JSON…"). Everything it shows comes from {@link PasteUnitsViewModel}.
 */
public final class PasteUnitsDialog extends Dialog<Boolean> {
    private PasteUnitsDialog(PasteUnitsViewModel paste) {
        Messages messages = paste.messages();
        setTitle(messages.text("editor.paste.title"));
        setHeaderText(messages.text("editor.paste.header"));
        setResizable(true);
        getDialogPane().setId("pasteUnitsDialog");
        ButtonType addType = new ButtonType(messages.text("editor.paste.add", 0), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(addType, ButtonType.CANCEL);
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.text("common.cancel"));
        Button add = (Button) getDialogPane().lookupButton(addType);
        add.setId("addPastedButton");
        add.textProperty().bind(paste.addLabelProperty());
        add.disableProperty().bind(paste.canAddProperty().not());
        // its words change with the count ("Add 12 units"): sized to them, not to Cancel's
        ButtonBar.setButtonUniformSize(add, false);
        add.setMinWidth(Region.USE_PREF_SIZE);

        TextArea area = new TextArea();
        area.setId("pasteArea");
        area.setPromptText(messages.text("editor.paste.prompt"));
        area.setPrefRowCount(8);
        area.setMinHeight(150);
        area.textProperty().bindBidirectional(paste.textProperty());
        area.setAccessibleText(messages.text("editor.paste.title"));
        Label source = label("pasteSource", paste.sourceProperty(), null);

        TextField rate = new TextField();
        rate.setId("pagesPerHourField");
        rate.setPrefColumnCount(3);
        rate.setMinWidth(Region.USE_PREF_SIZE);
        rate.textProperty().bindBidirectional(paste.pagesPerHourProperty());
        rate.setTooltip(new Tooltip(messages.text("editor.paste.rateTooltip")));
        Label rateLabel = new Label(messages.text("editor.paste.rate"));
        rateLabel.setLabelFor(rate);
        rateLabel.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup where = new ToggleGroup();
        RadioButton append = new RadioButton(messages.text("editor.paste.append"));
        append.setId("appendChoice");
        RadioButton replace = new RadioButton(messages.text("editor.paste.replace"));
        replace.setId("replaceChoice");
        append.setToggleGroup(where);
        replace.setToggleGroup(where);
        (paste.replaceProperty().get() ? replace : append).setSelected(true);
        paste.replaceProperty().bind(replace.selectedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ProgressIndicator reading = new ProgressIndicator();
        reading.setPrefSize(18, 18);
        reading.visibleProperty().bind(paste.busyProperty());
        HBox options = new HBox(8, rateLabel, rate, gap, append, replace, reading);
        options.setAlignment(Pos.CENTER_LEFT);

        Label problem = label("pasteProblem", paste.problemProperty(), "field-error");
        Label summary = label("pasteSummary", paste.summaryProperty(), null);
        TableView<PreviewRow> preview = preview(paste, messages);
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox content = new VBox(8, source, area, options, problem, summary, preview);
        content.setPadding(new Insets(4));
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(680, 600);
        setResultConverter(button -> button == addType);
        setOnShown(e -> area.requestFocus());
    }

    private static Label label(String id, javafx.beans.value.ObservableStringValue text, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static TableView<PreviewRow> preview(PasteUnitsViewModel paste, Messages messages) {
        TableView<PreviewRow> table = new TableView<>(paste.rows());
        table.setId("pastePreview");
        table.setPlaceholder(new Label()); // the summary above says what to do
        TableColumn<PreviewRow, Number> line = new TableColumn<>(messages.text("editor.paste.col.line"));
        line.setCellValueFactory(c -> new javafx.beans.property.SimpleIntegerProperty(c.getValue().line()));
        line.setPrefWidth(56);
        line.setMinWidth(48);
        TableColumn<PreviewRow, PreviewRow> title = new TableColumn<>(messages.text("editor.paste.col.title"));
        title.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        title.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("field-error");
                setText(empty || row == null ? null : row.title());
                if (!empty && row != null && row.problem()) {
                    getStyleClass().add("field-error");
                }
            }
        });
        TableColumn<PreviewRow, String> time = new TableColumn<>(messages.text("editor.paste.col.time"));
        time.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().time()));
        time.setPrefWidth(110);
        time.setMinWidth(90);
        table.getColumns().add(line);
        table.getColumns().add(title);
        table.getColumns().add(time);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        title.setPrefWidth(460);
        return table;
    }

    /** Opens the paste area over the form; with {@code file}, its preview shows the file's units. */
    public static void open(Window owner, ResourceEditorViewModel editor, Path file) {
        PasteUnitsViewModel paste = editor.pasteUnits();
        PasteUnitsDialog dialog = new PasteUnitsDialog(paste);
        dialog.initOwner(owner);
        if (file != null) {
            paste.readFile(file);
        }
        Optional<Boolean> added = dialog.showAndWait();
        if (added.orElse(false)) {
            paste.take().ifPresent(course -> editor.addUnits(course, paste.replaceProperty().get()));
        }
    }

    /** The form's "Paste units…" and "Import playlist JSON…" buttons, and Ctrl+Shift+V once the form has a scene. */
    static Node[] buttons(ResourceEditorViewModel editor, Messages messages, java.util.function.Supplier<Window> owner) {
        Button paste = new Button(messages.text("editor.paste.button"), new FontIcon("mdi2c-clipboard-text-outline"));
        paste.setId("pasteUnitsButton");
        paste.setTooltip(new Tooltip(messages.text("editor.paste.tooltip")));
        paste.setOnAction(e -> open(owner.get(), editor, null));
        Button playlist = new Button(messages.text("editor.playlist.button"), new FontIcon("mdi2p-playlist-play"));
        playlist.setId("importPlaylistButton");
        playlist.setTooltip(new Tooltip(messages.text("editor.playlist.tooltip")));
        playlist.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.text("editor.playlist.chooserTitle"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("editor.playlist.filter"),
                    "*.json", "*.txt"));
            java.io.File chosen = chooser.showOpenDialog(owner.get());
            if (chosen != null) {
                open(owner.get(), editor, chosen.toPath());
            }
        });
        for (Button button : new Button[] {paste, playlist}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new Node[] {paste, playlist};
    }

    /** Ctrl+Shift+V in the form opens the paste area. */
    static void shortcut(Scene scene, ResourceEditorViewModel editor) {
        scene.getAccelerators().put(org.studypath.ui.common.Keys.PASTE_UNITS, () -> open(scene.getWindow(), editor, null));
    }
}
