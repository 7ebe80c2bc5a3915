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

/** The export dialog: one choice per format, with the options that format has. */
public final class ExportDialog implements ExportChooser {
    private final Window owner;

    public ExportDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ExportChoice> choose(String pathName, ExportChoice previous) {
        Dialog<ExportChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText(pathName == null ? "Export — there is no study path yet, so only a full backup"
                : "Export “" + pathName + "”");
        ButtonType next = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        dialog.getDialogPane().setId("exportDialog");

        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
        CheckBox bom = new CheckBox("Start with a byte order mark, so Excel reads Chinese text correctly");
        bom.setId("exportBom");
        bom.setSelected(previous.byteOrderMark());
        TextField dayStart = new TextField(previous.dayStart().toString());
        dayStart.setId("exportDayStart");
        dayStart.setPrefColumnCount(5);
        dayStart.setAccessibleText("Time study starts each day");
        Label dayStartError = new Label();
        dayStartError.getStyleClass().add("danger");
        HBox dayStartRow = new HBox(8, new Label("Sessions start each day at"), dayStart, dayStartError);
        dayStartRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (ExportFormat format : ExportFormat.values()) {
            RadioButton button = new RadioButton(format.label() + " — " + explanation(format));
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
                dayStartError.setText("Write a time such as 19:00");
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

    private static String explanation(ExportFormat format) {
        return switch (format) {
            case ICS -> "one event per study session, for Google Calendar, Outlook or Thunderbird; "
                    + "export again after a replan and the events move";
            case CSV -> "one row per session, for Excel, LibreOffice or Google Sheets";
            case MD -> "a checklist by week and resource, for your notes app";
            case HTML -> "progress bars and the plan week by week, for a browser";
            case PDF -> "the same report, ready to print or share";
            case JSON -> "everything in StudyPath, to restore on this or another computer";
        };
    }
}
