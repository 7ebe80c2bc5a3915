package org.studypath.ui.today;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.studypath.ui.common.Messages;

/**
 * One of Today's lists of units, a row each, with a check box when the units can be ticked off here.
 *
 * <p>A tick or an undo replaces the view model's list, but a unit's row stays the same row: it is updated in place,
 * so the focus stays on the check box just ticked (rebuilding the rows lost it, and Space then went nowhere). When the
 * focused unit leaves the list (an earlier day's unit, ticked, is no longer open), the focus moves to the row that
 * takes its place; when an undo brings it back, the focus returns to it.
 */
final class TodayRows extends VBox {
    private final TodayViewModel viewModel;
    private final Messages messages;
    private final boolean tickable;
    private final Map<Long, Row> rows = new HashMap<>();
    /** The unit last ticked (or unticked) from this list, which an undo may bring back. */
    private Long lastTicked;

    TodayRows(String id, ObservableList<TodayViewModel.Entry> entries, TodayViewModel viewModel, boolean tickable) {
        super(4);
        setId(id);
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.tickable = tickable;
        entries.addListener((ListChangeListener<TodayViewModel.Entry>) c -> show(entries));
        show(entries);
    }

    /** The first check box, where Ctrl+1 puts the focus (empty: nothing here to tick). */
    java.util.Optional<CheckBox> firstCheckBox() {
        return getChildren().stream().map(n -> ((Row) n).done).filter(b -> b != null && !b.isDisabled()).findFirst();
    }

    private void show(List<TodayViewModel.Entry> entries) {
        Scene scene = getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        int focusedIndex = -1;
        for (int i = 0; i < getChildren().size(); i++) {
            if (focused != null && ((Row) getChildren().get(i)).done == focused) {
                focusedIndex = i;
            }
        }
        // an undo brings back a unit that ticking took off this list
        boolean returning = lastTicked != null && !rows.containsKey(lastTicked)
                && entries.stream().anyMatch(e -> e.unitId() == lastTicked);
        List<Row> shown = new ArrayList<>();
        Map<Long, Row> kept = new HashMap<>();
        for (TodayViewModel.Entry entry : entries) {
            Row row = rows.get(entry.unitId());
            if (row == null) {
                row = new Row();
            }
            row.show(entry);
            kept.put(entry.unitId(), row);
            shown.add(row);
        }
        rows.clear();
        rows.putAll(kept);
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
        if (focusedIndex >= 0 && (focused.getScene() == null || !getChildren().contains(focused.getParent()))) {
            // the focused unit left the list: the row now in its place (or the last one) takes the focus
            if (!shown.isEmpty()) {
                focus(shown.get(Math.min(focusedIndex, shown.size() - 1)));
            }
        } else if (returning && (focusedIndex >= 0 || focused == null)) {
            focus(kept.get(lastTicked));
        }
    }

    private static void focus(Row row) {
        if (row.done != null) {
            row.done.requestFocus();
        }
    }

    /**
     * A unit's row: its check box (when tickable), its title, and the line of detail; where units are ticked, also
     * "Stopped at…" and, when the unit has a link, Open (at the point the learner stopped in a YouTube video).
     */
    private final class Row extends HBox {
        private final CheckBox done;
        private final Label title = new Label();
        private final Label detail = new Label();
        private final Hyperlink stopped = new Hyperlink();
        private final Hyperlink open = new Hyperlink();
        private TodayViewModel.Entry entry;

        Row() {
            super(10);
            title.setWrapText(true);
            title.setMinWidth(0);
            detail.getStyleClass().add("detail-muted");
            detail.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            if (tickable) {
                done = new CheckBox();
                done.disableProperty().bind(viewModel.canTickProperty().not()); // a day still to come is not ticked ahead
                done.setOnAction(e -> {
                    boolean wanted = done.isSelected();
                    done.setSelected(entry.done()); // shown once it is saved
                    lastTicked = entry.unitId();
                    viewModel.setDone(entry, wanted);
                });
                stopped.setText(messages.text("today.stoppedAt"));
                stopped.setOnAction(e -> viewModel.askResume(entry));
                open.setText(messages.text("today.open"));
                open.setOnAction(e -> viewModel.open(entry));
                for (Hyperlink link : new Hyperlink[] {stopped, open}) {
                    link.getStyleClass().add("detail-muted");
                    link.setMinWidth(Region.USE_PREF_SIZE);
                    link.managedProperty().bind(link.visibleProperty());
                }
                getChildren().addAll(done, title, spacer, detail, stopped, open);
            } else {
                done = null;
                getChildren().addAll(title, spacer, detail);
            }
            getStyleClass().add("today-row");
            setAlignment(Pos.CENTER_LEFT);
            setPadding(new Insets(6, 10, 6, 10));
        }

        void show(TodayViewModel.Entry shown) {
            entry = shown;
            title.setText(messages.text("today.entry.title", shown.resourceTitle(), shown.unitTitle()));
            title.getStyleClass().remove("done");
            if (shown.done()) {
                title.getStyleClass().add("done");
            }
            detail.setText(shown.detail());
            stopped.setId("stoppedAt-" + shown.unitId());
            stopped.setAccessibleText(messages.text("today.stoppedAt.accessible", shown.unitTitle()));
            stopped.setVisible(true); // also on a row whose part is ticked: the unit goes on
            open.setId("open-" + shown.unitId());
            open.setAccessibleText(messages.text("today.open.accessible", shown.unitTitle()));
            open.setVisible(shown.canOpen());
            if (done != null) {
                done.setId("tick-" + shown.unitId());
                done.setSelected(shown.done());
                done.setAccessibleText(messages.text(shown.done() ? "today.entry.doneAccessible"
                        : "today.entry.markDoneAccessible", shown.unitTitle()));
            }
        }
    }
}
