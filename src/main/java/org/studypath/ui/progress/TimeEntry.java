package org.studypath.ui.progress;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.progress.TimeLog;
import org.studypath.ui.common.Messages;

/**
 * Time on the selected unit: a field for time spent ("45", "1 h 30"), the timer, why a typed time was refused, and the
 * times logged so far, each with a button that removes it.
 * <p>
 * The field hands its text to the view model as typed, with no {@code TextFormatter}: a formatter whose converter
 * refuses a text puts the previous value back, and the learner would lose what they typed along with the reason. The
 * view model reads it with the one duration parser ({@link org.studypath.domain.Durations#parse}) when it is logged.
 */
final class TimeEntry extends VBox {
    private final Messages messages;
    private final UnitDetails details;

    TimeEntry(ProgressViewModel viewModel) {
        super(8);
        this.messages = viewModel.messages();
        this.details = viewModel.details();
        TextField field = new TextField();
        field.setId("logTimeField");
        field.setPromptText(messages.text("progress.log.prompt"));
        field.setAccessibleText(messages.text("progress.log.accessible"));
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(details.logInputProperty());
        field.setOnAction(e -> viewModel.logTime());
        Button log = new Button(messages.text("progress.log.button"));
        log.setId("logTimeButton");
        log.setOnAction(e -> viewModel.logTime());
        Button timer = new Button();
        timer.setId("timerButton");
        Label elapsed = timer(viewModel, timer);
        Label error = new Label();
        error.setId("logTimeError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(details.logErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        HBox row = new HBox(8, field, log, timer);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(DetailPane.heading(messages.text("progress.log.heading")), row, error, elapsed, logs());
    }

    /** Starts and stops the timer with {@code button}; the label returned shows its time, each second. */
    private Label timer(ProgressViewModel viewModel, Button button) {
        Stopwatch stopwatch = viewModel.stopwatch();
        Label elapsed = new Label();
        elapsed.setId("timerElapsed");
        elapsed.getStyleClass().add("timer");
        elapsed.managedProperty().bind(elapsed.textProperty().isNotEmpty());
        Timeline tick = new Timeline();
        tick.setCycleCount(Timeline.INDEFINITE);
        Runnable state = () -> {
            ProgressViewModel.RunningTimer running = stopwatch.runningProperty().get();
            button.setText(messages.text(running != null ? "progress.timer.stop" : "progress.timer.start"));
            button.setGraphic(new FontIcon(running != null ? "mdi2s-stop" : "mdi2t-timer-outline"));
            elapsed.setText(running != null
                    ? messages.text("progress.timer.running", stopwatch.elapsedText(), running.unitTitle()) : "");
            if (running != null) {
                tick.play();
            } else {
                tick.stop();
            }
        };
        tick.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1), e -> state.run()));
        stopwatch.runningProperty().addListener((o, a, b) -> state.run());
        state.run();
        button.setOnAction(e -> {
            if (stopwatch.isRunning()) {
                viewModel.stopTimer();
            } else {
                viewModel.startTimer();
            }
        });
        return elapsed;
    }

    private ListView<TimeLog> logs() {
        ListView<TimeLog> logs = new ListView<>(details.logs());
        logs.setId("timeLogList");
        logs.setPrefHeight(110);
        Label none = new Label(messages.text("progress.log.none"));
        none.getStyleClass().add("detail-muted");
        logs.setPlaceholder(none);
        logs.setCellFactory(v -> new LogCell());
        return logs;
    }

    /** A time logged: its day and time, and a button that removes it (undo brings it back). */
    private final class LogCell extends ListCell<TimeLog> {
        @Override
        protected void updateItem(TimeLog log, boolean empty) {
            super.updateItem(log, empty);
            if (empty || log == null) {
                setGraphic(null);
                return;
            }
            Label text = new Label(messages.text("progress.log.line", messages.date(log.day()), messages.duration(log.minutes())));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.getStyleClass().add("flat");
            remove.setAccessibleText(messages.text("progress.log.remove"));
            remove.setOnAction(e -> details.deleteLog(log));
            HBox row = new HBox(6, text, spacer, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
