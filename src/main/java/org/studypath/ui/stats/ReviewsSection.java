package org.studypath.ui.stats;

import java.time.format.DateTimeFormatter;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.studypath.domain.progress.ReviewStatistics;
import org.studypath.ui.common.Messages;

/** The statistics page's reviews: a chart of reviews per week, recall, and the next 30 days' load, or why none. */
final class ReviewsSection extends VBox {
    private final BarChart<String, Number> chart;
    private final Messages messages;

    ReviewsSection(ReviewFigures figures, Messages messages, Label heading) {
        super(6);
        this.messages = messages;
        setId("reviewStats");
        CategoryAxis weekAxis = new CategoryAxis();
        NumberAxis countAxis = new NumberAxis();
        countAxis.setLabel(messages.text("stats.reviews.axis"));
        countAxis.setMinorTickVisible(false);
        countAxis.setTickUnit(1);
        chart = new BarChart<>(weekAxis, countAxis);
        chart.setId("reviewsChart");
        chart.setTitle(messages.text("stats.reviews.chart"));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(200);
        chart.setCategoryGap(8);
        Label empty = label("reviewStatsEmpty", figures.emptyTextProperty());
        empty.setWrapText(true);
        empty.getStyleClass().add("detail-muted");
        Label recall = label("recallText", figures.recallProperty());
        Label load = label("reviewLoadText", figures.loadProperty());
        for (javafx.scene.Node shownWithFigures : new javafx.scene.Node[] {chart, recall, load}) {
            shownWithFigures.visibleProperty().bind(figures.emptyProperty().not());
            shownWithFigures.managedProperty().bind(figures.emptyProperty().not());
        }
        empty.visibleProperty().bind(figures.emptyProperty());
        empty.managedProperty().bind(figures.emptyProperty());
        getChildren().addAll(heading, empty, recall, load, chart);
        figures.statisticsProperty().addListener((o, a, stats) -> render(stats));
        render(figures.statisticsProperty().get());
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private void render(ReviewStatistics stats) {
        chart.getData().clear();
        if (stats == null) {
            return;
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.text("stats.reviews.chart"));
        DateTimeFormatter weekLabel = messages.dates("stats.format.week");
        for (ReviewStatistics.Week week : stats.weeks()) {
            series.getData().add(new XYChart.Data<>(week.start().format(weekLabel), week.reviews()));
        }
        chart.getData().setAll(java.util.List.of(series));
    }
}
