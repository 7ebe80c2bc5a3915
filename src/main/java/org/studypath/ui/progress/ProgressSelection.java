package org.studypath.ui.progress;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.progress.ProgressViewModel.Row;

/**
 * The rows of the progress tree and which one is selected. The selection is either the learner's (picked in the tree,
 * or worked on) or the page's own pick of the first unit left to study: a reload keeps the learner's, but moves the
 * page's pick on once that unit is done elsewhere (on Today), so the page opens on the first unit not done.
 * Touches no control.
 */
final class ProgressSelection {
    private final ObservableList<PlanItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    /** The selected row is the learner's choice. */
    private boolean chosen;
    /** The page is choosing the first unit left itself: not the learner's choice. */
    private boolean picking;

    ProgressSelection() {
        selected.addListener((o, old, now) -> {
            if (!picking) {
                chosen = now != null;
            }
        });
    }

    /**
     * Shows the items of a path read again: the learner's row stays selected, else the first unit left is. Null (no
     * path): no rows, nothing selected.
     */
    void show(List<PlanItem> shown) {
        if (shown == null) {
            items.clear();
            selected.set(null);
            return;
        }
        Row keep = selected.get();
        items.setAll(shown);
        Optional<Row> same = chosen && keep != null ? find(keep) : Optional.empty();
        if (same.isPresent()) {
            selected.set(same.get());
            return;
        }
        // nothing chosen by the learner (or it is gone): start at the first unit still to study
        picking = true;
        try {
            selected.set(firstUnitLeft().orElse(null));
        } finally {
            picking = false;
        }
    }

    /** The learner works on the selected row: a reload keeps it selected even once it is done. */
    void keep() {
        chosen = selected.get() != null;
    }

    private Optional<Row> firstUnitLeft() {
        for (PlanItem item : items) {
            for (PlanItem.PlanUnit unit : item.units()) {
                if (unit.counts() && !unit.done()) {
                    return Optional.of(new Row(item, unit));
                }
            }
        }
        return Optional.empty();
    }

    /** The row for the same resource or unit in the current items (a reload brings new records). */
    Optional<Row> find(Row row) {
        for (PlanItem item : items) {
            if (item.resourceId() != row.item().resourceId()) {
                continue;
            }
            if (row.isResource()) {
                return Optional.of(new Row(item, null));
            }
            return item.units().stream().filter(u -> u.unitId() == row.unit().unitId()).findFirst().map(u -> new Row(item, u));
        }
        return Optional.empty();
    }

    /** A unit of the current items. */
    Optional<PlanItem.PlanUnit> unit(long unitId) {
        return items.stream().flatMap(i -> i.units().stream()).filter(u -> u.unitId() == unitId).findFirst();
    }

    ObservableList<PlanItem> items() {
        return items;
    }

    ObjectProperty<Row> selectedProperty() {
        return selected;
    }
}
