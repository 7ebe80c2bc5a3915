package org.studypath.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.studypath.domain.book.BookPart;
import org.studypath.ui.common.Messages;

/**
 * "From a PDF book…": picks a PDF, reads its outline in the background, and previews the units it makes at the chosen
 * depth (or every so many pages) and reading rate. Add hands them to the resource form; nothing is saved here.
 */
public final class PdfBookDialog extends Dialog<Boolean> {
    private final PdfBookViewModel viewModel;
    private final Messages messages;

    private PdfBookDialog(PdfBookViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setTitle(messages.text("book.dialog.title"));
        setResizable(true);
        getDialogPane().setId("pdfBookDialog");
        ButtonType addType = new ButtonType(messages.text("book.add"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(addType, cancelType);
        Button add = (Button) getDialogPane().lookupButton(addType);
        add.setId("addBookButton");
        add.disableProperty().bind(viewModel.canAddProperty().not());
        add.addEventFilter(ActionEvent.ACTION, e -> {
            if (!viewModel.canAddProperty().get()) {
                e.consume();
            }
        });
        getDialogPane().setContent(content());
        getDialogPane().setPrefSize(720, 560);
        setResultConverter(button -> button == addType);
        // closing while the reading runs stops it
        setOnHidden(e -> viewModel.cancel());
    }

    /**
     * Asks for a PDF, then shows its preview; returns the view model when the learner pressed Add (its parts, title
     * and file are then what the form takes), empty otherwise.
     */
    public static Optional<PdfBookViewModel> pick(Window owner, BookReading reading, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("book.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("book.chooser.filter"),
                "*.pdf", "*.PDF"));
        File picked = chooser.showOpenDialog(owner);
        if (picked == null) {
            return Optional.empty();
        }
        PdfBookViewModel viewModel = new PdfBookViewModel(reading, messages);
        PdfBookDialog dialog = new PdfBookDialog(viewModel);
        dialog.initOwner(owner);
        dialog.setHeaderText(messages.text("book.dialog.header", picked.getName()));
        viewModel.read(Path.of(picked.getPath()));
        return Boolean.TRUE.equals(dialog.showAndWait().orElse(false)) ? Optional.of(viewModel) : Optional.empty();
    }

    private Node content() {
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        Button stop = new Button(messages.text("book.cancelReading"));
        stop.setId("cancelReadingButton");
        stop.setOnAction(e -> viewModel.cancel());
        HBox reading = new HBox(8, new Label(messages.text("book.reading")), progress, stop);
        reading.setAlignment(Pos.CENTER_LEFT);
        reading.visibleProperty().bind(viewModel.busyProperty());
        reading.managedProperty().bind(viewModel.busyProperty());

        Label problem = wrapping("bookProblem", "field-error");
        problem.textProperty().bind(viewModel.problemProperty());
        Label notes = wrapping("bookNotes", "detail-muted");
        notes.textProperty().bind(viewModel.notesProperty());

        ToggleGroup how = new ToggleGroup();
        RadioButton byOutline = new RadioButton(messages.text("book.depth.label"));
        byOutline.setId("byOutline");
        byOutline.setToggleGroup(how);
        RadioButton byPages = new RadioButton(messages.text("book.everyPages.label"));
        byPages.setId("byPages");
        byPages.setToggleGroup(how);
        byOutline.setSelected(!viewModel.byPagesProperty().get());
        byPages.setSelected(viewModel.byPagesProperty().get());
        viewModel.byPagesProperty().addListener((o, was, now) -> {
            byPages.setSelected(now);
            byOutline.setSelected(!now);
            byOutline.setDisable(!viewModel.hasOutline());
        });
        byPages.selectedProperty().addListener((o, was, now) -> viewModel.byPagesProperty().set(now));

        ComboBox<Integer> depth = new ComboBox<>();
        depth.setId("depthChoice");
        // the outline's levels are chosen from the keyboard too: Alt+O selects the outline, then the list has the focus
        byOutline.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                depth.requestFocus();
            }
        });
        depth.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer level) {
                return level == null ? "" : level == 1 ? messages.text("book.depth.chapters")
                        : level == 2 ? messages.text("book.depth.sections") : messages.text("book.depth.level", level);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        viewModel.deepestProperty().addListener((o, was, now) -> {
            depth.getItems().clear();
            for (int level = 1; level <= now.intValue(); level++) {
                depth.getItems().add(level);
            }
            depth.setValue(viewModel.depthProperty().get());
        });
        depth.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.depthProperty().set(now);
            }
        });
        depth.disableProperty().bind(viewModel.byPagesProperty());
        TextField every = field("everyPagesField", 4);
        every.textProperty().bindBidirectional(viewModel.everyPagesProperty());
        every.disableProperty().bind(viewModel.byPagesProperty().not());
        Label pagesWord = fixed(new Label(messages.text("book.everyPages.suffix")));
        HBox howRow = new HBox(8, byOutline, depth, gap(), byPages, every, pagesWord);
        howRow.setAlignment(Pos.CENTER_LEFT);

        TextField rate = field("pagesPerHourField", 4);
        rate.textProperty().bindBidirectional(viewModel.pagesPerHourProperty());
        rate.setTooltip(new Tooltip(messages.text("book.rate.tooltip")));
        Label rateLabel = fixed(new Label(messages.text("book.rate.label")));
        rateLabel.setMnemonicParsing(true);
        rateLabel.setLabelFor(rate);
        HBox rateRow = new HBox(8, rateLabel, rate,
                fixed(new Label(messages.text("book.rate.suffix"))));
        rateRow.setAlignment(Pos.CENTER_LEFT);

        TableView<BookPart> table = new TableView<>(viewModel.parts());
        table.setId("bookParts");
        // the title gives up width; page numbers and times are read whole
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<BookPart, String> title = new TableColumn<>(messages.text("book.column.title"));
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setPrefWidth(340);
        title.setMinWidth(50);
        TableColumn<BookPart, String> first = new TableColumn<>(messages.text("book.column.firstPage"));
        first.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(messages.number(c.getValue().firstPage())));
        first.setPrefWidth(100);
        first.setMinWidth(100);
        first.getStyleClass().add("numeric");
        TableColumn<BookPart, String> pages = new TableColumn<>(messages.text("book.column.pages"));
        pages.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(messages.number(c.getValue().pages())));
        pages.setPrefWidth(70);
        pages.setMinWidth(70);
        pages.getStyleClass().add("numeric");
        TableColumn<BookPart, String> time = new TableColumn<>(messages.text("book.column.time"));
        time.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(messages.duration(c.getValue().minutes(), true)));
        time.setPrefWidth(130);
        time.setMinWidth(130);
        time.getStyleClass().add("numeric");
        table.getColumns().add(title);
        table.getColumns().add(first);
        table.getColumns().add(pages);
        table.getColumns().add(time);
        table.setPlaceholder(new Label(messages.text("book.noParts")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label total = new Label();
        total.setId("bookTotal");
        total.textProperty().bind(viewModel.totalProperty());
        Label estimate = wrapping("bookEstimate", "detail-muted");
        estimate.setText(messages.text("book.estimateNote"));

        VBox box = new VBox(8, reading, problem, notes, howRow, rateRow, table, total, estimate);
        box.setPadding(new Insets(4));
        return box;
    }

    private static Label wrapping(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static TextField field(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setMinWidth(Region.USE_PREF_SIZE);
        return field;
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Region gap() {
        Region gap = new Region();
        gap.setMinWidth(16);
        return gap;
    }
}
