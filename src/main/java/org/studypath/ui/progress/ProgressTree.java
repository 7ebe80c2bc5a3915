package org.studypath.ui.progress;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.Progress;
import org.studypath.ui.common.Keys;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PlanWording;
import org.studypath.ui.progress.ProgressViewModel.Row;

/**
 * The path's resources with their bars and, under each, its units to tick off (checkbox, Space, double-click). The
 * tree and the view model's selection follow each other.
 */
final class ProgressTree extends VBox {
    private final ProgressViewModel viewModel;
    private final Messages messages;
    private final PlanWording wording;
    private final TreeView<Row> tree = new TreeView<>();
    /** The resources the learner opened, kept open when the tree is built again. */
    private final Set<Long> expanded = new HashSet<>();
    /** The tree is being changed to match the view model: its selection events are not the learner's. */
    private boolean syncing;

    ProgressTree(ProgressViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.wording = new PlanWording(messages);
        tree.setId("progressTree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setAccessibleText(messages.text("progress.tree.accessible"));
        tree.setCellFactory(t -> new RowCell());
        viewModel.items().addListener((ListChangeListener<PlanItem>) c -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (!syncing) {
                viewModel.selectedProperty().set(item == null ? null : item.getValue());
            }
        });
        viewModel.selectedProperty().addListener((o, old, row) -> selectInTree(row));
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Keys.TICK.match(e)) {
                viewModel.toggleSelected();
                e.consume();
            }
        });
        getChildren().add(tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        rebuild();
    }

    /**
     * Shows the view model's items. After a tick the same resources and units come back with new progress: their
     * tree items are updated in place, so selection, focus and scrolling stay where the learner left them.
     */
    private void rebuild() {
        syncing = true;
        try {
            if (!updateInPlace()) {
                tree.getRoot().getChildren().forEach(item -> {
                    if (item.isExpanded()) {
                        expanded.add(item.getValue().item().resourceId());
                    } else {
                        expanded.remove(item.getValue().item().resourceId());
                    }
                });
                tree.getRoot().getChildren().clear();
                for (PlanItem item : viewModel.items()) {
                    TreeItem<Row> resource = new TreeItem<>(new Row(item, null));
                    for (PlanItem.PlanUnit unit : shownUnits(item)) {
                        resource.getChildren().add(new TreeItem<>(new Row(item, unit)));
                    }
                    resource.setExpanded(expanded.contains(item.resourceId()));
                    tree.getRoot().getChildren().add(resource);
                }
            }
        } finally {
            syncing = false;
        }
        selectInTree(viewModel.selectedProperty().get());
    }

    private static List<PlanItem.PlanUnit> shownUnits(PlanItem item) {
        return item.units().stream().filter(PlanItem.PlanUnit::included).toList();
    }

    /** Replaces the rows' values when the tree already has the same resources and units; false when it does not. */
    private boolean updateInPlace() {
        List<TreeItem<Row>> resources = tree.getRoot().getChildren();
        List<PlanItem> items = viewModel.items();
        if (resources.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            TreeItem<Row> resource = resources.get(i);
            List<PlanItem.PlanUnit> units = shownUnits(items.get(i));
            if (resource.getValue().item().resourceId() != items.get(i).resourceId()
                    || resource.getChildren().size() != units.size()) {
                return false;
            }
            for (int u = 0; u < units.size(); u++) {
                if (resource.getChildren().get(u).getValue().unit().unitId() != units.get(u).unitId()) {
                    return false;
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            TreeItem<Row> resource = resources.get(i);
            resource.setValue(new Row(item, null));
            List<PlanItem.PlanUnit> units = shownUnits(item);
            for (int u = 0; u < units.size(); u++) {
                resource.getChildren().get(u).setValue(new Row(item, units.get(u)));
            }
        }
        return true;
    }

    private void selectInTree(Row row) {
        TreeItem<Row> current = tree.getSelectionModel().getSelectedItem();
        if (row == null || current != null && current.getValue() == row) {
            return;
        }
        for (TreeItem<Row> resource : tree.getRoot().getChildren()) {
            TreeItem<Row> match = resource.getValue().sameAs(row) ? resource
                    : resource.getChildren().stream().filter(u -> u.getValue().sameAs(row)).findFirst().orElse(null);
            if (match != null) {
                syncing = true;
                try {
                    if (match != resource) {
                        resource.setExpanded(true);
                    }
                    tree.getSelectionModel().select(match);
                } finally {
                    syncing = false;
                }
                return;
            }
        }
    }

    /** A unit's status and time in words, as its row and the detail pane show them. */
    static String statusText(Messages messages, PlanItem.PlanUnit unit) {
        String time = unit.loggedMinutes() > 0
                ? messages.text("progress.unit.timeLogged", messages.duration(unit.minutes()), messages.duration(unit.loggedMinutes()))
                : messages.duration(unit.minutes());
        return switch (unit.status()) {
            case NOT_STARTED -> time;
            case IN_PROGRESS -> unit.doneShare() > 0 ? messages.text("progress.unit.inProgressShare", time,
                    (int) Math.floor(unit.doneShare() * 100)) : messages.text("progress.unit.inProgress", time);
            case DONE -> messages.text("progress.unit.done", messages.shortDate(unit.statusDate()), time);
            case SKIPPED -> messages.text("progress.unit.skipped", time);
        };
    }

    /** "review Thu 15 Jan", "review today", "review overdue": when the unit's next review is planned. */
    static String nextReviewText(Messages messages, java.time.LocalDate day, java.time.LocalDate today) {
        if (day.equals(today)) {
            return messages.text("progress.unit.reviewToday");
        }
        return day.isBefore(today) ? messages.text("progress.unit.reviewOverdue")
                : messages.text("progress.unit.nextReview", messages.shortDate(day));
    }

    /** A resource with its bar, or a unit with its checkbox, status and time. */
    private final class RowCell extends TreeCell<Row> {
        RowCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null
                        && !getItem().isResource()) {
                    viewModel.toggleDone(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox box = row.isResource() ? resource(row, spacer) : unit(row, spacer);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
            // the cell must not grow wider than the tree: titles shrink instead
            setPrefWidth(0);
        }

        private HBox resource(Row row, Region spacer) {
            Progress progress = viewModel.summary().progressOf(row.item());
            Label title = new Label(row.item().title());
            title.getStyleClass().add("category-name");
            title.setMinWidth(0);
            ProgressBar bar = new ProgressBar(progress.ratio());
            bar.setPrefWidth(110);
            bar.setMinWidth(80);
            Label percent = new Label(messages.text("progress.percent", progress.percent()));
            percent.setMinWidth(42);
            percent.setAlignment(Pos.CENTER_RIGHT);
            setAccessibleText(messages.text("progress.resource.accessible", row.item().title(), wording.progress(progress)));
            return new HBox(8, title, spacer, bar, percent);
        }

        private HBox unit(Row row, Region spacer) {
            PlanItem.PlanUnit unit = row.unit();
            CheckBox done = new CheckBox();
            done.setSelected(unit.done());
            done.setAccessibleText(messages.text("progress.unit.doneAccessible", unit.title()));
            done.setOnAction(e -> {
                // the tick shows once it is saved, not before
                done.setSelected(unit.done());
                viewModel.toggleDone(row);
            });
            Label title = new Label(unit.title());
            title.setMinWidth(0);
            if (unit.status() == UnitStatus.SKIPPED) {
                title.getStyleClass().add("skipped");
            }
            Label state = new Label(statusText(messages, unit));
            state.getStyleClass().add("detail-muted");
            state.setMinWidth(Region.USE_PREF_SIZE);
            String review = viewModel.nextReview(unit.unitId()).map(day -> nextReviewText(messages, day, viewModel.today()))
                    .orElse("");
            setAccessibleText(messages.text("progress.unit.accessible", unit.title(), statusText(messages, unit))
                    + (review.isEmpty() ? "" : ", " + review));
            if (review.isEmpty()) {
                return new HBox(8, done, title, spacer, state);
            }
            Label next = new Label(review);
            next.getStyleClass().addAll("detail-muted", "next-review");
            next.setMinWidth(Region.USE_PREF_SIZE);
            return new HBox(8, done, title, spacer, next, state);
        }
    }
}
