package org.studypath.ui.today;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PathChoice;
import org.studypath.ui.common.StandingStyle;

/**
 * The landing page: the first start's welcome, the ahead/behind line, the day's reviews with their rating buttons,
 * today's sessions with checkboxes, earlier open
 * sessions summed up in one line (their list folded) with "Replan from today", and what is next.
 */
public final class TodayView extends BorderPane {
    private final TodayViewModel viewModel;
    private final Messages messages;
    /** The lists with check boxes, in the order shown: today's, then those still open from earlier days. */
    private final java.util.List<TodayRows> tickLists = new java.util.ArrayList<>();
    private final javafx.scene.control.ComboBox<PathSummary> pathChoice;
    private final ReviewRows reviewList;

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
        Label overdueHeading = section("");
        overdueHeading.setId("overdueHeading");
        overdueHeading.textProperty().bind(viewModel.overdueHeadingProperty());
        Label overdueSummary = new Label();
        overdueSummary.setId("overdueSummary");
        overdueSummary.setWrapText(true);
        overdueSummary.setMinWidth(0);
        overdueSummary.textProperty().bind(viewModel.overdueSummaryProperty());
        // folded by default: after weeks away the list holds dozens of rows; a toggle so Tab and Space reach it
        ToggleButton fold = new ToggleButton();
        fold.setId("overdueToggle");
        fold.getStyleClass().add("flat");
        fold.selectedProperty().bindBidirectional(viewModel.overdueShownProperty());
        fold.textProperty().bind(javafx.beans.binding.Bindings.when(fold.selectedProperty())
                .then(messages.text("today.overdue.hide")).otherwise(messages.text("today.overdue.show")));
        fold.setAccessibleText(messages.text("today.overdue.toggleAccessible"));
        FontIcon foldIcon = new FontIcon("mdi2c-chevron-right");
        fold.setGraphic(foldIcon);
        fold.selectedProperty().addListener((o, was, now) -> foldIcon.setIconLiteral(now ? "mdi2c-chevron-down" : "mdi2c-chevron-right"));
        fold.setMinWidth(Region.USE_PREF_SIZE);
        Button replan = replanButton("todayReplan");
        Runnable replanStyle = () -> {
            // the gentle mode offers the replan quietly: a flat button instead of the accent one
            replan.getStyleClass().removeAll("accent", "flat");
            replan.getStyleClass().add(viewModel.gentleProperty().get() ? "flat" : "accent");
        };
        viewModel.gentleProperty().addListener((o, a, b) -> replanStyle.run());
        replanStyle.run();
        Region overdueSpacer = new Region();
        HBox.setHgrow(overdueSpacer, Priority.ALWAYS);
        HBox overdueBar = new HBox(10, overdueSummary, fold, overdueSpacer, replan);
        overdueBar.setId("overdueBar");
        overdueBar.setAlignment(Pos.CENTER_LEFT);
        bindShown(overdueHeading, viewModel.overdue());
        bindShown(overdueBar, viewModel.overdue());
        Runnable overdueListShown = () -> {
            boolean shown = !viewModel.overdue().isEmpty() && viewModel.overdueShownProperty().get();
            overdueList.setVisible(shown);
            overdueList.setManaged(shown);
        };
        viewModel.overdue().addListener((ListChangeListener<TodayViewModel.Entry>) c -> overdueListShown.run());
        viewModel.overdueShownProperty().addListener((o, a, b) -> overdueListShown.run());
        overdueListShown.run();

        TodayRows nextList = list("nextList", viewModel.next(), false);
        Label nextHeading = section(messages.text("today.next.heading"));
        bindShown(nextHeading, viewModel.next());

        // the day's reviews come first: they take the first minutes of the day (decision 0013)
        Label reviewHeading = section("");
        reviewHeading.setId("reviewHeading");
        reviewHeading.textProperty().bind(viewModel.reviews().headingProperty());
        reviewList = new ReviewRows(viewModel.reviews());
        bindShown(reviewHeading, viewModel.reviews().entries());
        bindShown(reviewList, viewModel.reviews().entries());

        Label daySection = section("");
        daySection.setId("todaySection");
        daySection.textProperty().bind(viewModel.sectionProperty());
        VBox content = new VBox(10, welcome(), top, standingRow(standing), progressRow, replanNote(), reviewHeading,
                reviewList, daySection, summary, todayEmpty, todayList, overdueHeading, overdueBar, overdueList, nextHeading, nextList);
        content.setPadding(new Insets(16, 20, 16, 20));
        content.setMaxWidth(900);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    /**
     * The standing line, with a quiet "Replan from today" beside it while nothing is overdue (when something is, the
     * button sits by the earlier days' summary instead): asked then, it says why there is nothing to replan.
     */
    private Node standingRow(Label standing) {
        Button replan = replanButton("todayReplanQuiet");
        replan.getStyleClass().add("flat");
        Runnable shown = () -> {
            boolean show = viewModel.overdue().isEmpty() && viewModel.plannedProperty().get() != null
                    && viewModel.showingTodayProperty().get();
            replan.setVisible(show);
            replan.setManaged(show);
        };
        viewModel.overdue().addListener((ListChangeListener<TodayViewModel.Entry>) c -> shown.run());
        viewModel.plannedProperty().addListener((o, a, b) -> shown.run());
        viewModel.showingTodayProperty().addListener((o, a, b) -> shown.run());
        shown.run();
        standing.setMinWidth(0);
        standing.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(standing, Priority.ALWAYS);
        HBox row = new HBox(10, standing, replan);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Button replanButton(String id) {
        Button replan = new Button(messages.text("today.replan"), new FontIcon("mdi2c-calendar-refresh"));
        replan.setId(id);
        replan.setTooltip(new javafx.scene.control.Tooltip(messages.text("today.replan.tooltip")));
        replan.setMinWidth(Region.USE_PREF_SIZE);
        replan.setOnAction(e -> viewModel.replanFromToday());
        return replan;
    }

    /** What the last replan said (why nothing moved, or that it replanned), with a button to put it away. */
    private Node replanNote() {
        Label note = new Label();
        note.setId("todayReplanNote");
        note.setWrapText(true);
        note.setMinWidth(0);
        note.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(note, Priority.ALWAYS);
        note.textProperty().bind(viewModel.replanNoteProperty());
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("todayReplanNoteClose");
        close.getStyleClass().addAll("flat", "button-icon");
        close.setAccessibleText(messages.text("main.status.dismiss"));
        close.setTooltip(new javafx.scene.control.Tooltip(messages.text("main.status.dismiss")));
        close.setOnAction(e -> viewModel.clearReplanNote());
        HBox box = new HBox(6, new FontIcon("mdi2i-information-outline"), note, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("today-note");
        box.visibleProperty().bind(viewModel.replanNoteProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The first start's welcome: the starter path, a path of one's own from the catalog, and where Export is. */
    private Node welcome() {
        Label title = new Label(messages.text("today.welcome.title"));
        title.getStyleClass().add("section-heading");
        VBox text = new VBox(4);
        for (String key : new String[] {"today.welcome.starter", "today.welcome.own", "today.welcome.export"}) {
            Label line = new Label(messages.text(key));
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            text.getChildren().add(line);
        }
        Button catalog = new Button(messages.text("today.welcome.catalog"), new FontIcon("mdi2b-bookshelf"));
        catalog.setId("welcomeCatalog");
        catalog.setOnAction(e -> viewModel.openCatalog());
        Button export = new Button(messages.text("today.welcome.exportButton"), new FontIcon("mdi2e-export"));
        export.setId("welcomeExport");
        export.setOnAction(e -> viewModel.openExport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button dismiss = new Button(messages.text("today.welcome.dismiss"));
        dismiss.setId("welcomeDismiss");
        dismiss.getStyleClass().add("accent");
        dismiss.setAccessibleText(messages.text("today.welcome.dismissAccessible"));
        dismiss.setTooltip(new javafx.scene.control.Tooltip(messages.text("today.welcome.dismissAccessible")));
        dismiss.setOnAction(e -> viewModel.dismissWelcome());
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(10, 6, catalog, export);
        HBox actions = new HBox(10, buttons, spacer, dismiss);
        HBox.setHgrow(buttons, Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, title, text, actions);
        box.setId("welcome");
        box.getStyleClass().add("today-welcome");
        box.setPadding(new Insets(12, 14, 12, 14));
        box.visibleProperty().bind(viewModel.welcomeShownProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
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
     * Puts the focus on the first review still to rate, else the page's first check box (Ctrl+1), else on the path
     * chooser: the keyboard is then in the page, where Down and Tab move through it, not on the tab's name.
     */
    public void focusFirst() {
        java.util.Optional<Node> review = reviewList.firstOpen().map(Node.class::cast);
        review.or(() -> tickLists.stream().map(TodayRows::firstCheckBox).flatMap(java.util.Optional::stream)
                .map(Node.class::cast).findFirst()).ifPresentOrElse(Node::requestFocus, pathChoice::requestFocus);
    }
}
