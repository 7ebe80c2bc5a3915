package org.studypath.ui.schedule;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.Session;
import org.studypath.ui.common.Messages;

/** Agenda, week and month views of the selected path's plan; today is highlighted in each. */
public final class ScheduleView extends BorderPane {
    private final ScheduleViewModel viewModel;
    private final Messages messages;

    public ScheduleView(ScheduleViewModel viewModel, ObservableList<PathSummary> paths,
                        javafx.beans.property.ObjectProperty<PathSummary> selectedPath) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("scheduleView");
        ComboBox<PathSummary> pathChoice = org.studypath.ui.common.PathChoice.create("schedulePathChoice", paths, selectedPath, messages);
        Label behind = new Label();
        behind.setId("behindNote");
        behind.getStyleClass().add("behind-note");
        behind.textProperty().bind(viewModel.behindNoteProperty());
        behind.visibleProperty().bind(viewModel.behindNoteProperty().isNotEmpty());
        HBox top = new HBox(10, new Label(messages.text("schedule.planFor")), pathChoice, behind);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 12, 6, 12));
        setTop(top);

        TabPane tabs = new TabPane(tab("agendaTab", messages.text("schedule.tab.agenda"), agenda()),
                tab("weekTab", messages.text("schedule.tab.week"), week()),
                tab("monthTab", messages.text("schedule.tab.month"), month()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("scheduleTabs");
        setCenter(tabs);
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    private Node agenda() {
        ListView<ScheduleViewModel.Day> list = new ListView<>(viewModel.agenda());
        list.setId("agendaList");
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.agendaEmptyProperty());
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ScheduleViewModel.Day day, boolean isEmpty) {
                super.updateItem(day, isEmpty);
                getStyleClass().remove("today");
                if (isEmpty || day == null) {
                    setGraphic(null);
                    return;
                }
                if (day.today()) {
                    getStyleClass().add("today");
                }
                Label date = new Label(messages.text(day.today() ? "schedule.agenda.today" : "schedule.agenda.day",
                        messages.date(day.date()), messages.duration(day.minutes())));
                date.getStyleClass().add("agenda-date");
                VBox box = new VBox(2, date);
                for (Session session : day.sessions()) {
                    Label line = new Label(sessionText(session));
                    line.setWrapText(true);
                    box.getChildren().add(line);
                }
                box.setPrefWidth(0);
                setGraphic(box);
            }
        });
        return list;
    }

    /** "✓ " before a session that is done: its unit done, or a review rated. */
    private String mark(Session s) {
        return viewModel.isDone(s) ? "✓ " : "";
    }

    private String sessionText(Session s) {
        String minutes = messages.duration(s.minutes());
        if (s.isReview()) {
            return mark(s) + (s.kind() == org.studypath.domain.plan.SessionKind.RESOURCE_REVIEW
                    ? messages.text("schedule.session.resourceReview", s.resourceTitle(), minutes)
                    : messages.text("schedule.session.review", s.resourceTitle(), s.unitTitle(), minutes));
        }
        return mark(s) + (s.isSplit()
                ? messages.text("schedule.session.part", s.resourceTitle(), s.unitTitle(), s.part(), s.parts(), minutes)
                : messages.text("schedule.session", s.resourceTitle(), s.unitTitle(), minutes));
    }

    private Node week() {
        GridPane grid = new GridPane();
        grid.setId("weekGrid");
        grid.setHgap(6);
        grid.setVgap(6);
        for (int i = 0; i < 7; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(column);
        }
        DateTimeFormatter dayName = messages.dates("schedule.format.weekDay");
        Runnable render = () -> {
            grid.getChildren().clear();
            for (int i = 0; i < viewModel.week().size(); i++) {
                ScheduleViewModel.Day day = viewModel.week().get(i);
                String name = day.date().format(dayName);
                Label header = new Label(day.today() ? messages.text("schedule.week.today", name) : name);
                header.getStyleClass().add("agenda-date");
                VBox column = new VBox(4, header);
                for (Session session : day.sessions()) {
                    Label block = new Label(mark(session) + (session.isReview() ? messages.text("schedule.block.review") + "\n" : "")
                            + session.resourceTitle() + "\n" + session.unitTitle() + "\n"
                            + messages.duration(session.minutes()));
                    block.setWrapText(true);
                    block.getStyleClass().add("session-block");
                    if (session.isReview()) {
                        block.getStyleClass().add("review-block");
                    }
                    block.setMaxWidth(Double.MAX_VALUE);
                    block.setTooltip(new Tooltip(sessionText(session)));
                    column.getChildren().add(block);
                }
                if (day.sessions().isEmpty()) {
                    Label free = new Label("—");
                    free.getStyleClass().add("detail-muted");
                    column.getChildren().add(free);
                }
                column.getStyleClass().add("day-column");
                if (day.today()) {
                    column.getStyleClass().add("today");
                }
                column.setPadding(new Insets(6));
                grid.add(column, i, 0);
            }
        };
        viewModel.week().addListener((ListChangeListener<ScheduleViewModel.Day>) c -> render.run());
        render.run();
        Label title = new Label();
        title.setId("weekTitle");
        title.textProperty().bind(viewModel.weekTitleProperty());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox box = new VBox(8, navigation(title, "previousWeekButton", viewModel::previousWeek, "nextWeekButton", viewModel::nextWeek), scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node month() {
        GridPane grid = new GridPane();
        grid.setId("monthGrid");
        grid.setHgap(4);
        grid.setVgap(4);
        for (int i = 0; i < 7; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(column);
            Label name = new Label();
            name.getStyleClass().add("section-heading");
            grid.add(name, i, 0);
        }
        Label[] names = grid.getChildren().stream().map(Label.class::cast).toArray(Label[]::new);
        Runnable nameDays = () -> {
            java.util.List<DayOfWeek> order = viewModel.weekdays();
            for (int i = 0; i < 7; i++) {
                names[i].setText(order.get(i).getDisplayName(TextStyle.SHORT, messages.locale()));
            }
        };
        nameDays.run();
        viewModel.firstDayOfWeekProperty().addListener((o, a, b) -> nameDays.run());
        for (int r = 0; r <= 6; r++) {
            RowConstraints row = new RowConstraints();
            if (r > 0) {
                row.setVgrow(Priority.ALWAYS);
                row.setMinHeight(56);
            }
            grid.getRowConstraints().add(row);
        }
        Runnable render = () -> {
            grid.getChildren().removeIf(n -> n.getStyleClass().contains("month-cell"));
            for (int i = 0; i < viewModel.monthDays().size(); i++) {
                ScheduleViewModel.Day day = viewModel.monthDays().get(i);
                Label number = new Label(Integer.toString(day.date().getDayOfMonth()));
                number.getStyleClass().add("month-day-number");
                VBox cell = new VBox(2, number);
                if (!day.sessions().isEmpty()) {
                    Label load = new Label(messages.duration(day.minutes()));
                    load.getStyleClass().add("month-load");
                    cell.getChildren().add(load);
                    Tooltip.install(cell, new Tooltip(day.sessions().stream().map(this::sessionText)
                            .reduce((a, b) -> a + "\n" + b).orElse("")));
                }
                cell.getStyleClass().add("month-cell");
                if (!day.inMonth()) {
                    cell.getStyleClass().add("other-month");
                }
                if (day.today()) {
                    cell.getStyleClass().add("today");
                }
                cell.setPadding(new Insets(4));
                cell.setMaxHeight(Double.MAX_VALUE);
                cell.setMaxWidth(Double.MAX_VALUE);
                grid.add(cell, i % 7, 1 + i / 7);
            }
        };
        viewModel.monthDays().addListener((ListChangeListener<ScheduleViewModel.Day>) c -> render.run());
        render.run();
        Label title = new Label();
        title.setId("monthTitle");
        title.textProperty().bind(viewModel.monthTitleProperty());
        VBox box = new VBox(8, navigation(title, "previousMonthButton", viewModel::previousMonth, "nextMonthButton", viewModel::nextMonth), grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private HBox navigation(Label title, String previousId, Runnable previous, String nextId, Runnable next) {
        Button back = new Button(null, new FontIcon("mdi2c-chevron-left"));
        back.setId(previousId);
        back.setAccessibleText(messages.text("schedule.nav.previous"));
        back.setTooltip(new Tooltip(messages.text("schedule.nav.previous")));
        back.setOnAction(e -> previous.run());
        Button forward = new Button(null, new FontIcon("mdi2c-chevron-right"));
        forward.setId(nextId);
        forward.setAccessibleText(messages.text("schedule.nav.next"));
        forward.setTooltip(new Tooltip(messages.text("schedule.nav.next")));
        forward.setOnAction(e -> next.run());
        Button today = new Button(messages.text("schedule.nav.today"));
        today.setOnAction(e -> viewModel.showToday());
        title.getStyleClass().add("calendar-title");
        HBox bar = new HBox(6, back, today, forward, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
