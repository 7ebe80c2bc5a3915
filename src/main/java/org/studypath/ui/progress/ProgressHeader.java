package org.studypath.ui.progress;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PathChoice;
import org.studypath.ui.common.StandingStyle;

/** The top of the progress page: which path, its bar, Undo, how it stands against the plan, and each category's bar. */
final class ProgressHeader extends VBox {
    ProgressHeader(ProgressViewModel viewModel, ObservableList<PathSummary> paths, ObjectProperty<PathSummary> selectedPath) {
        super(6);
        Messages messages = viewModel.messages();
        ProgressSummary summary = viewModel.summary();
        ProgressBar bar = new ProgressBar();
        bar.setId("pathProgressBar");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(summary.ratioProperty());
        bar.accessibleTextProperty().bind(summary.progressTextProperty());
        Label percent = new Label();
        percent.setId("pathProgressText");
        percent.textProperty().bind(summary.progressTextProperty());
        Button undo = new Button(messages.text("progress.undo"), new FontIcon("mdi2u-undo"));
        undo.setId("undoButton");
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.setOnAction(e -> viewModel.undo());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text("progress.undo.tooltip", viewModel.undoTextProperty().get()), viewModel.undoTextProperty()));
        undo.setTooltip(undoTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label pathLabel = new Label(messages.text("progress.path"));
        // in a narrow window the bar and its text give way, not the label or Undo
        pathLabel.setMinWidth(Region.USE_PREF_SIZE);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMinWidth(60);
        percent.setMinWidth(0);
        HBox top = new HBox(10, pathLabel, PathChoice.create("progressPathChoice", paths, selectedPath, messages), bar, percent,
                spacer, undo);
        top.setAlignment(Pos.CENTER_LEFT);
        Label standing = new Label();
        standing.setId("progressStanding");
        standing.getStyleClass().add("standing");
        standing.textProperty().bind(summary.standingTextProperty());
        StandingStyle.bind(standing, summary.standingStateProperty());
        getChildren().setAll(top, standing, categories(summary, messages));
        setPadding(new Insets(10, 12, 8, 12));
    }

    private static Node categories(ProgressSummary summary, Messages messages) {
        FlowPane categories = new FlowPane(18, 6);
        categories.setId("categoryProgress");
        Runnable render = () -> categories.getChildren().setAll(summary.categories().stream().map(c -> {
            ProgressBar small = new ProgressBar(c.progress().ratio());
            small.setPrefWidth(110);
            small.setAccessibleText(messages.text("progress.category.accessible", c.name(), c.progress().percent()));
            Label name = new Label(messages.text("progress.category.label", c.name(), c.progress().percent()));
            name.getStyleClass().add("detail-muted");
            HBox box = new HBox(6, name, small);
            box.setAlignment(Pos.CENTER_LEFT);
            return (Node) box;
        }).toList());
        summary.categories().addListener((ListChangeListener<ProgressSummary.CategoryProgress>) c -> render.run());
        render.run(); // the page is built on first view, after the path was loaded
        return categories;
    }
}
