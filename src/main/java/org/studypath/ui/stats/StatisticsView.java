package org.studypath.ui.stats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.progress.Statistics;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PathChoice;

/** Minutes per week against the plan, the burn-up, a year of study days, the opt-in streak and the learner's pace. */
public final class StatisticsView extends BorderPane {
    private static final int CELL = 11;

    private final StatisticsViewModel viewModel;
    private final Messages messages;
    private final BarChart<String, Number> weeks;
    private final LineChart<Number, Number> burnUp;
    private final GridPane heatmap = new GridPane();

    public StatisticsView(StatisticsViewModel viewModel, ObservableList<PathSummary> paths,
                          ObjectProperty<PathSummary> selectedPath) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("statisticsView");

        CategoryAxis weekAxis = new CategoryAxis();
        NumberAxis hoursAxis = new NumberAxis();
        hoursAxis.setLabel(messages.text("stats.axis.hours"));
        weeks = new BarChart<>(weekAxis, hoursAxis);
        weeks.setId("weeklyChart");
        weeks.setTitle(messages.text("stats.weekly.title"));
        weeks.setAnimated(false);
        weeks.setPrefHeight(260);
        weeks.setCategoryGap(8);
        weeks.setBarGap(1);

        NumberAxis dayAxis = new NumberAxis();
        dayAxis.setForceZeroInRange(false);
        DateTimeFormatter axisDate = messages.dates("stats.format.axisDate");
        dayAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return LocalDate.ofEpochDay(epochDay.longValue()).format(axisDate);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis cumulative = new NumberAxis();
        cumulative.setLabel(messages.text("stats.axis.hours"));
        burnUp = new LineChart<>(dayAxis, cumulative);
        burnUp.setId("burnUpChart");
        burnUp.setTitle(messages.text("stats.burnUp.title"));
        burnUp.setCreateSymbols(false);
        burnUp.setAnimated(false);
        burnUp.setPrefHeight(260);

        heatmap.setId("yearHeatmap");
        heatmap.setHgap(2);
        heatmap.setVgap(2);

        Label totals = new Label();
        totals.setId("statsTotals");
        totals.textProperty().bind(viewModel.totalsProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, new Label(messages.text("stats.path")), PathChoice.create("statsPathChoice", paths, selectedPath, messages), spacer, totals);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox charts = new HBox(12, weeks, burnUp);
        HBox.setHgrow(weeks, Priority.ALWAYS);
        HBox.setHgrow(burnUp, Priority.ALWAYS);
        weeks.setMinWidth(300);
        burnUp.setMinWidth(300);

        VBox content = new VBox(12, top, charts, heading(messages.text("stats.year.heading")), heatmap, legend(),
                new ReviewsSection(viewModel.reviews(), messages, heading(messages.text("stats.reviews.heading"))),
                streak(), pace());
        content.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        viewModel.statisticsProperty().addListener((o, a, stats) -> render(stats));
        render(viewModel.statisticsProperty().get());
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    private void render(Statistics stats) {
        weeks.getData().clear();
        burnUp.getData().clear();
        heatmap.getChildren().clear();
        if (stats == null) {
            return;
        }
        XYChart.Series<String, Number> planned = new XYChart.Series<>();
        planned.setName(messages.text("stats.series.planned"));
        XYChart.Series<String, Number> studied = new XYChart.Series<>();
        studied.setName(messages.text("stats.series.studied"));
        DateTimeFormatter weekLabel = messages.dates("stats.format.week");
        for (Statistics.Week week : stats.weeks()) {
            String label = week.monday().format(weekLabel);
            planned.getData().add(new XYChart.Data<>(label, week.plannedMinutes() / 60.0));
            studied.getData().add(new XYChart.Data<>(label, week.studiedMinutes() / 60.0));
        }
        weeks.getData().setAll(java.util.List.of(planned, studied));

        XYChart.Series<Number, Number> plannedLine = new XYChart.Series<>();
        plannedLine.setName(messages.text("stats.series.planned"));
        XYChart.Series<Number, Number> doneLine = new XYChart.Series<>();
        doneLine.setName(messages.text("stats.series.done"));
        for (Statistics.BurnPoint point : stats.burnUp()) {
            plannedLine.getData().add(new XYChart.Data<>(point.date().toEpochDay(), point.planned() / 60.0));
            if (point.done() != null) {
                doneLine.getData().add(new XYChart.Data<>(point.date().toEpochDay(), point.done() / 60.0));
            }
        }
        burnUp.getData().setAll(java.util.List.of(plannedLine, doneLine));

        int max = stats.year().stream().mapToInt(Statistics.Day::minutes).max().orElse(0);
        LocalDate first = stats.year().get(0).date();
        for (int i = 0; i < stats.year().size(); i++) {
            Statistics.Day day = stats.year().get(i);
            Region cell = new Region();
            cell.setPrefSize(CELL, CELL);
            cell.setMinSize(CELL, CELL);
            cell.getStyleClass().addAll("heat-cell", "heat-" + level(day.minutes(), max));
            Tooltip.install(cell, new Tooltip(day.minutes() == 0 ? messages.text("stats.day.nothing", messages.date(day.date()))
                    : messages.text("stats.day.studied", messages.date(day.date()), messages.duration(day.minutes()))));
            heatmap.add(cell, (int) (java.time.temporal.ChronoUnit.DAYS.between(first, day.date()) / 7), i % 7);
        }
    }

    /** 0 for no study, then four steps up to the busiest day. */
    static int level(int minutes, int max) {
        if (minutes <= 0 || max <= 0) {
            return 0;
        }
        return Math.min(4, 1 + (int) (4.0 * (minutes - 1) / max));
    }

    private Node legend() {
        HBox legend = new HBox(3);
        legend.setAlignment(Pos.CENTER_LEFT);
        Label less = new Label(messages.text("stats.legend.less"));
        less.setPadding(new Insets(0, 3, 0, 0));
        legend.getChildren().add(less);
        for (int i = 0; i <= 4; i++) {
            Region cell = new Region();
            cell.setPrefSize(CELL, CELL);
            cell.setMinSize(CELL, CELL);
            cell.getStyleClass().addAll("heat-cell", "heat-" + i);
            legend.getChildren().add(cell);
        }
        Label more = new Label(messages.text("stats.legend.more"));
        more.setPadding(new Insets(0, 0, 0, 3));
        legend.getChildren().add(more);
        return legend;
    }

    private Node streak() {
        CheckBox enabled = new CheckBox(messages.text("stats.streak.enable"));
        enabled.setId("streakCheckBox");
        enabled.selectedProperty().bindBidirectional(viewModel.streakEnabledProperty());
        Spinner<Integer> goal = new Spinner<>();
        goal.setId("weeklyGoalSpinner");
        goal.setEditable(true);
        goal.setPrefWidth(90);
        goal.setAccessibleText(messages.text("stats.streak.goal.accessible"));
        Integer saved = viewModel.weeklyGoalHoursProperty().get(); // the page may be built after the goal was read
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100,
                saved == null ? 8 : saved);
        goal.setValueFactory(values);
        viewModel.weeklyGoalHoursProperty().addListener((o, a, hours) -> {
            if (hours != null && !hours.equals(values.getValue())) {
                values.setValue(hours);
            }
        });
        values.valueProperty().addListener((o, a, hours) -> {
            if (hours != null && !hours.equals(viewModel.weeklyGoalHoursProperty().get()) && enabled.isSelected()) {
                viewModel.weeklyGoalHoursProperty().set(hours);
            }
        });
        goal.disableProperty().bind(enabled.selectedProperty().not());
        Label goalNote = new Label(messages.text("stats.streak.goal.note"));
        goalNote.getStyleClass().add("detail-muted");
        Label text = new Label();
        text.setId("streakText");
        text.getStyleClass().add("streak");
        text.textProperty().bind(viewModel.streakTextProperty());
        HBox goalRow = new HBox(8, new Label(messages.text("stats.streak.goal")), goal, goalNote);
        goalRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading(messages.text("stats.streak.heading")), enabled, goalRow, text);
    }

    private Node pace() {
        ListView<StatisticsViewModel.PaceLine> list = new ListView<>(viewModel.pace());
        list.setId("paceList");
        list.setPrefHeight(120);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(StatisticsViewModel.PaceLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
            }
        });
        Label note = new Label();
        note.getStyleClass().add("detail-muted");
        note.setWrapText(true);
        note.textProperty().bind(viewModel.paceNoteProperty());
        list.setPlaceholder(new Label(messages.text("stats.pace.none")));
        Button use = new Button(messages.text("stats.pace.use"));
        use.setId("usePaceButton");
        use.setOnAction(e -> viewModel.usePersonalPace());
        // the note above says what it takes; the button waits for it instead of answering with an error
        use.disableProperty().bind(viewModel.paceUsableProperty().not());
        return new VBox(6, heading(messages.text("stats.pace.heading")), note, list, use);
    }
}
