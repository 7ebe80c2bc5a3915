package org.studypath.ui.path;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.ui.common.DateField;
import org.studypath.ui.common.Messages;

/**
 * The chosen path's study time as a draft ({@link AvailabilityDraft}): minutes per weekday, start and target dates,
 * days off, the "what if" finish, Save and Undo; then its review settings and the pace of each resource type.
 */
final class AvailabilityPane extends VBox {
    private final PathsViewModel viewModel;
    private final AvailabilityDraft draft;
    private final Messages messages;
    private final PathControls controls;

    AvailabilityPane(PathsViewModel viewModel, PathControls controls) {
        super(8);
        this.viewModel = viewModel;
        this.draft = viewModel.availabilityDraft();
        this.messages = viewModel.messages();
        this.controls = controls;
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        weekRows(grid);
        dateRows(grid, 7);
        ListView<LocalDate> daysOff = daysOffList();
        DateField dayOff = new DateField(messages, draft.firstDayOfWeekProperty());
        dayOff.setId("dayOffPicker");
        dayOff.setPromptText(messages.text("paths.daysOff.prompt"));
        dayOff.valueProperty().addListener((o, a, date) -> {
            if (date != null) {
                draft.addDayOff(date);
                dayOff.setValue(null);
            }
        });
        Button removeDayOff = controls.icon("removeDayOffButton", "mdi2c-close", "paths.daysOff.remove",
                () -> draft.daysOff().remove(daysOff.getSelectionModel().getSelectedItem()));
        removeDayOff.disableProperty().bind(daysOff.getSelectionModel().selectedItemProperty().isNull());

        getChildren().addAll(controls.heading("paths.availability.heading"), grid,
                controls.heading("paths.daysOff.heading"), daysOff, new HBox(4, dayOff, removeDayOff), dayOff.problemLabel(),
                whatIf(), saveButtons(), new ReviewSettingsPane(viewModel, controls),
                new PaceFactorsPane(viewModel, controls));
        setPadding(new Insets(10));
        disableProperty().bind(viewModel.plannedProperty().isNull());
    }

    /** A row per weekday, in the order of the week chosen in Settings. */
    private void weekRows(GridPane grid) {
        Map<DayOfWeek, List<Node>> dayRows = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String dayName = day.getDisplayName(TextStyle.FULL, messages.locale());
            // typed minutes count once Enter is pressed or the box is left, as in every number box here
            Spinner<Integer> minutes = NumberFields.whole(new Spinner<>(0, 1440, 0, 15));
            // the page may be built after the path has loaded: binding starts from the minutes already there
            minutes.getValueFactory().valueProperty().bindBidirectional(draft.minutesValueProperty(day));
            minutes.setPrefWidth(100);
            minutes.setId("minutes-" + day.name());
            minutes.getEditor().setAccessibleText(messages.text("paths.availability.minutesOn", dayName));
            Label name = new Label(dayName);
            Label unit = new Label(messages.text("paths.availability.minutesUnit"));
            grid.add(name, 0, 0);
            grid.add(minutes, 1, 0);
            grid.add(unit, 2, 0);
            dayRows.put(day, List.of(name, minutes, unit));
        }
        Runnable orderDays = () -> {
            List<DayOfWeek> order = draft.weekdays();
            dayRows.forEach((day, nodes) -> nodes.forEach(n -> GridPane.setRowIndex(n, order.indexOf(day))));
        };
        orderDays.run();
        draft.firstDayOfWeekProperty().addListener((o, a, b) -> orderDays.run());
    }

    private void dateRows(GridPane grid, int row) {
        DateField start = new DateField(messages, draft.firstDayOfWeekProperty());
        start.setId("startDatePicker");
        start.valueProperty().bindBidirectional(draft.startProperty());
        DateField target = new DateField(messages, draft.firstDayOfWeekProperty());
        target.setId("targetDatePicker");
        target.setPromptText(messages.text("paths.availability.noTarget"));
        target.valueProperty().bindBidirectional(draft.targetProperty());
        Button clearTarget = controls.icon("clearTargetButton", "mdi2c-close", "paths.availability.clearTarget",
                () -> draft.targetProperty().set(null));
        grid.add(new Label(messages.text("paths.availability.start")), 0, row);
        grid.add(new VBox(2, start, start.problemLabel()), 1, row, 2, 1);
        grid.add(new Label(messages.text("paths.availability.target")), 0, row + 1);
        grid.add(new VBox(2, new HBox(4, target, clearTarget), target.problemLabel()), 1, row + 1, 2, 1);
    }

    private ListView<LocalDate> daysOffList() {
        ListView<LocalDate> daysOff = new ListView<>(draft.daysOff());
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
        return daysOff;
    }

    private Label whatIf() {
        Label whatIf = new Label();
        whatIf.setId("whatIfLabel");
        whatIf.setWrapText(true);
        whatIf.setMinHeight(Region.USE_PREF_SIZE);
        whatIf.getStyleClass().add("what-if");
        whatIf.textProperty().bind(draft.whatIfProperty());
        return whatIf;
    }

    private HBox saveButtons() {
        Button save = new Button(messages.text("common.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("saveAvailabilityButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(draft.changedProperty().not());
        save.setOnAction(e -> draft.save());
        Button reset = new Button(messages.text("paths.availability.undo"));
        reset.setId("resetAvailabilityButton");
        reset.disableProperty().bind(draft.changedProperty().not());
        reset.setOnAction(e -> draft.reset());
        return new HBox(8, save, reset);
    }
}
