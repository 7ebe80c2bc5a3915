package org.studypath.ui.exchange;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.studypath.app.ExportFormat;
import org.studypath.ui.common.Messages;

/** The export dialog: one choice per format, with the options that format has. */
public final class ExportDialog implements ExportChooser {
    private final Window owner;
    private final Messages messages;

    public ExportDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<ExportChoice> choose(String pathName, ExportChoice previous) {
        Dialog<ExportChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("exchange.dialog.title"));
        dialog.setHeaderText(pathName == null ? messages.text("exchange.dialog.headerNoPath")
                : messages.text("exchange.dialog.header", pathName));
        ButtonType next = new ButtonType(messages.text("exchange.dialog.chooseFile"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(next, cancel);
        dialog.getDialogPane().setId("exportDialog");

        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
        CheckBox bom = new CheckBox(messages.text("exchange.dialog.bom"));
        bom.setId("exportBom");
        bom.setSelected(previous.byteOrderMark());
        TextField dayStart = new TextField(previous.dayStart().toString());
        dayStart.setId("exportDayStart");
        dayStart.setPrefColumnCount(5);
        dayStart.setAccessibleText(messages.text("exchange.dialog.dayStart.accessible"));
        Label dayStartError = new Label();
        dayStartError.getStyleClass().add("danger");
        HBox dayStartRow = new HBox(8, new Label(messages.text("exchange.dialog.dayStart")), dayStart, dayStartError);
        dayStartRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (ExportFormat format : ExportFormat.values()) {
            RadioButton button = new RadioButton(messages.text("exchange.dialog.choice",
                    ExchangeViewModel.label(format, messages), explanation(format)));
            button.setId("exportFormat-" + format.extension());
            button.setUserData(format);
            button.setToggleGroup(group);
            button.setDisable(pathName == null && format != ExportFormat.JSON);
            button.setWrapText(true);
            choices.getChildren().add(button);
            if (format == ExportFormat.ICS) {
                dayStartRow.setPadding(new Insets(0, 0, 4, 28));
                choices.getChildren().add(dayStartRow);
            }
            if (format == ExportFormat.CSV) {
                bom.setPadding(new Insets(0, 0, 4, 28));
                choices.getChildren().add(bom);
            }
        }
        ExportFormat initial = pathName == null ? ExportFormat.JSON : previous.format();
        group.getToggles().stream().filter(t -> t.getUserData() == initial).findFirst().ifPresent(group::selectToggle);
        bom.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> group.getSelectedToggle() == null || group.getSelectedToggle().getUserData() != ExportFormat.CSV,
                group.selectedToggleProperty()));
        dayStartRow.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> group.getSelectedToggle() == null || group.getSelectedToggle().getUserData() != ExportFormat.ICS,
                group.selectedToggleProperty()));
        choices.setPadding(new Insets(8, 4, 4, 4));
        choices.setPrefWidth(620);
        dialog.getDialogPane().setContent(choices);

        javafx.scene.Node nextButton = dialog.getDialogPane().lookupButton(next);
        nextButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            if (group.getSelectedToggle() == null) {
                event.consume();
            } else if (group.getSelectedToggle().getUserData() == ExportFormat.ICS && parseTime(dayStart.getText()).isEmpty()) {
                dayStartError.setText(messages.text("exchange.dialog.dayStart.error"));
                dayStart.requestFocus();
                event.consume();
            }
        });
        dialog.setResultConverter(button -> {
            if (button != next || group.getSelectedToggle() == null) {
                return null;
            }
            return new ExportChoice((ExportFormat) group.getSelectedToggle().getUserData(), bom.isSelected(),
                    parseTime(dayStart.getText()).orElse(previous.dayStart()));
        });
        return dialog.showAndWait();
    }

    static Optional<LocalTime> parseTime(String text) {
        String t = text == null ? "" : text.strip().replace('.', ':');
        if (t.matches("\\d:\\d\\d")) {
            t = "0" + t;
        }
        try {
            return Optional.of(LocalTime.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String explanation(ExportFormat format) {
        return switch (format) {
            case ICS -> messages.text("exchange.dialog.explain.ics");
            case CSV -> messages.text("exchange.dialog.explain.csv");
            case MD -> messages.text("exchange.dialog.explain.md");
            case HTML -> messages.text("exchange.dialog.explain.html");
            case PDF -> messages.text("exchange.dialog.explain.pdf");
            case JSON -> messages.text("exchange.dialog.explain.json");
        };
    }
}
