package org.studypath.ui.today;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PathChoice;
import org.studypath.ui.common.StandingStyle;

/** The landing page: today's sessions with checkboxes, earlier open sessions, what is next, and the ahead/behind line. */
public final class TodayView extends BorderPane {
    private final TodayViewModel viewModel;
    private final Messages messages;
    /** The lists with check boxes, in the order shown: today's, then those still open from earlier days. */
    private final java.util.List<TodayRows> tickLists = new java.util.ArrayList<>();
    private final javafx.scene.control.ComboBox<PathSummary> pathChoice;

    public TodayView(TodayViewModel viewModel, ObservableList<PathSummary> paths, ObjectProperty<PathSummary> selectedPath) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("todayView");
        Label heading = new Label();
        heading.setId("todayHeading");
        heading.getStyleClass().add("today-heading");
        heading.textProperty().bind(viewModel.headingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button previous = dayButton("todayPreviousDay", "mdi2c-chevron-left", "today.day.previous", viewModel::previousDay);
        Button next = dayButton("todayNextDay", "mdi2c-chevron-right", "today.day.next", viewModel::nextDay);
        Button back = new Button(messages.text("today.day.backToToday"));
        back.setId("todayBackToToday");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> viewModel.showToday());
        back.visibleProperty().bind(viewModel.showingTodayProperty().not());
        back.managedProperty().bind(back.visibleProperty());
        pathChoice = PathChoice.create("todayPathChoice", paths, selectedPath, messages);
        HBox top = new HBox(10, heading, previous, next, back, spacer, new Label(messages.text("today.path")),
                pathChoice);
        top.setAlignment(Pos.CENTER_LEFT);

        Label standing = new Label();
        standing.setId("todayStanding");
        standing.getStyleClass().add("standing");
        standing.setWrapText(true);
        standing.textProperty().bind(viewModel.standingProperty());
        StandingStyle.bind(standing, viewModel.standingStateProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("todayProgressBar");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(viewModel.ratioProperty());
        bar.accessibleTextProperty().bind(viewModel.progressTextProperty());
        Label progress = new Label();
        progress.setId("todayProgressText");
        progress.textProperty().bind(viewModel.progressTextProperty());
        HBox progressRow = new HBox(10, bar, progress);
        progressRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("todaySummary");
        summary.getStyleClass().add("detail-muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        TodayRows todayList = list("todayList", viewModel.today(), true);
        Label todayEmpty = new Label();
        todayEmpty.setId("todayEmpty");
        todayEmpty.getStyleClass().add("detail-muted");
        todayEmpty.setWrapText(true);
        todayEmpty.textProperty().bind(viewModel.todayEmptyProperty());
        Runnable emptyState = () -> {
            todayEmpty.setVisible(viewModel.today().isEmpty());
            todayEmpty.setManaged(viewModel.today().isEmpty());
        };
        viewModel.today().addListener((ListChangeListener<TodayViewModel.Entry>) c -> emptyState.run());
        emptyState.run();

        TodayRows overdueList = list("overdueList", viewModel.overdue(), true);
        Label overdueHeading = section(messages.text("today.overdue.heading"));
        bindShown(overdueHeading, viewModel.overdue());
        bindShown(overdueList, viewModel.overdue());

        TodayRows nextList = list("nextList", viewModel.next(), false);
        Label nextHeading = section(messages.text("today.next.heading"));
        bindShown(nextHeading, viewModel.next());

        Label daySection = section("");
        daySection.setId("todaySection");
        daySection.textProperty().bind(viewModel.sectionProperty());
        VBox content = new VBox(10, top, standing, progressRow, daySection, summary, todayEmpty, todayList,
                overdueHeading, overdueList, nextHeading, nextList);
        content.setPadding(new Insets(16, 20, 16, 20));
        content.setMaxWidth(900);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    private static void bindShown(Node node, ObservableList<?> list) {
        Runnable update = () -> {
            node.setVisible(!list.isEmpty());
            node.setManaged(!list.isEmpty());
        };
        list.addListener((ListChangeListener<Object>) c -> update.run());
        update.run();
    }

    private Button dayButton(String id, String icon, String key, Runnable action) {
        Button button = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "button-icon");
        button.setAccessibleText(messages.text(key));
        button.setTooltip(new javafx.scene.control.Tooltip(messages.text(key)));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    /** A list of units; with checkboxes when they can be ticked off here. */
    private TodayRows list(String id, ObservableList<TodayViewModel.Entry> entries, boolean tickable) {
        TodayRows rows = new TodayRows(id, entries, viewModel, tickable);
        if (tickable) {
            tickLists.add(rows);
        }
        return rows;
    }

    /**
     * Puts the focus on the page's first check box (Ctrl+1), else on the path chooser: the keyboard is then in the
     * page, where Down and Tab move through it, not on the tab's name.
     */
    public void focusFirst() {
        tickLists.stream().map(TodayRows::firstCheckBox).flatMap(java.util.Optional::stream).findFirst()
                .ifPresentOrElse(CheckBox::requestFocus, pathChoice::requestFocus);
    }
}
