package org.studypath.ui.path;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.PlanItem;

/**
 * The chosen path's resources in order and the one selected, with what the editor shows and changes of it: its units,
 * the range of units to keep, its own pace, and the resources it needs first. Every change is saved at once.
 */
final class PathItems {
    private final PathWork work;
    private final Supplier<PathSummary> path;
    private final Supplier<PlannedPath> planned;
    private final ObservableList<PlanItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<PlanItem> selected = new SimpleObjectProperty<>(this, "selectedItem");
    private final ReadOnlyIntegerWrapper unitCount = new ReadOnlyIntegerWrapper(this, "unitCount", 1);
    private final ObjectProperty<Integer> includeFrom = new SimpleObjectProperty<>(this, "includeFrom", 1);
    private final ObjectProperty<Integer> includeTo = new SimpleObjectProperty<>(this, "includeTo", 1);
    private final ObjectProperty<Double> paceDraft = new SimpleObjectProperty<>(this, "paceDraft");
    /** The other resources of the path, which the selected one may need first. */
    private final ObservableList<PlanItem> prerequisiteChoices = FXCollections.observableArrayList();
    /** True while the selected resource is shown: what the choosers report then is what was shown, not a choice. */
    private boolean showing;

    PathItems(PathWork work, Supplier<PathSummary> path, Supplier<PlannedPath> planned) {
        this.work = work;
        this.path = path;
        this.planned = planned;
        selected.addListener((o, was, item) -> showSelected(item));
    }

    /** Shows the resources of {@code plannedPath} (null: none), keeping the selected one when it is still there. */
    void show(PlannedPath plannedPath) {
        Long keep = Optional.ofNullable(selected.get()).map(PlanItem::resourceId).orElse(null);
        items.setAll(plannedPath == null ? List.of() : plannedPath.path().items());
        selected.set(items.stream().filter(i -> keep != null && i.resourceId() == keep).findFirst().orElse(null));
    }

    private void showSelected(PlanItem item) {
        showing = true;
        try {
            if (item == null) {
                prerequisiteChoices.clear();
                return;
            }
            // the boxes say the units included now: 1–10 after "Include only these" with 1 to 10
            int[] range = includedRange(item);
            unitCount.set(Math.max(1, item.units().size()));
            includeFrom.set(range[0]);
            includeTo.set(range[1]);
            paceDraft.set(item.paceOverride());
            prerequisiteChoices.setAll(items.stream().filter(i -> i.resourceId() != item.resourceId()).toList());
        } finally {
            showing = false;
        }
    }

    /**
     * The included units as "from" and "to" (1-based): the first and the last included unit, or all of them when
     * none is included.
     */
    static int[] includedRange(PlanItem item) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < item.units().size(); i++) {
            if (item.units().get(i).included()) {
                first = first < 0 ? i + 1 : first;
                last = i + 1;
            }
        }
        return first < 0 ? new int[] {1, Math.max(1, item.units().size())} : new int[] {first, last};
    }

    void removeSelected() {
        PlanItem item = selected.get();
        PathSummary shown = path.get();
        if (item == null || shown == null) {
            return;
        }
        selected.set(null);
        work.change("Remove from path", () -> work.plans.removeResource(shown.id(), item.resourceId()),
                work.messages.text("paths.remove.done", item.title()));
    }

    /** Moves the selected resource up (-1) or down (+1). */
    void moveSelected(int delta) {
        PlanItem item = selected.get();
        if (item != null) {
            int from = items.indexOf(item);
            move(from, from + delta);
        }
    }

    /** Moves a resource to a new position, as drag and drop does; saved at once. */
    void move(int from, int to) {
        PathSummary shown = path.get();
        if (shown == null || from < 0 || from >= items.size() || to < 0 || to >= items.size() || from == to) {
            return;
        }
        PlanItem moving = items.remove(from);
        items.add(to, moving);
        selected.set(moving);
        List<Long> order = items.stream().map(PlanItem::resourceId).toList();
        work.change("Reorder path", () -> work.plans.reorder(shown.id(), order), null);
    }

    void setUnitIncluded(long unitId, boolean included) {
        PlanItem item = selected.get();
        PathSummary shown = path.get();
        if (item != null && shown != null) {
            work.change("Include unit", () -> work.plans.setUnitIncluded(shown.id(), item.resourceId(), unitId, included), null);
        }
    }

    /** Includes only the units from {@link #includeFromProperty()} to {@link #includeToProperty()}, either way round. */
    void includeOnlyChosenUnits() {
        int from = includeFrom.get();
        int to = includeTo.get();
        includeOnly(Math.min(from, to), Math.max(from, to));
    }

    /** Includes only units {@code first}..{@code last} (1-based) of the selected resource, e.g. chapters 1–5. */
    void includeOnly(int first, int last) {
        PlanItem item = selected.get();
        PathSummary shown = path.get();
        if (item == null || shown == null) {
            return;
        }
        Set<Long> excluded = new HashSet<>();
        for (int i = 0; i < item.units().size(); i++) {
            if (i + 1 < first || i + 1 > last) {
                excluded.add(item.units().get(i).unitId());
            }
        }
        work.change("Include units", () -> work.plans.setExcludedUnits(shown.id(), item.resourceId(), excluded), null);
    }

    /** Saves {@link #paceDraftProperty()} as the selected resource's own pace (null: its type's). */
    void applyPaceDraft() {
        setPaceOverride(paceDraft.get());
    }

    void setPaceOverride(Double factor) {
        PlanItem item = selected.get();
        PathSummary shown = path.get();
        if (item == null || shown == null) {
            return;
        }
        if (factor != null && !(factor >= PaceFactors.MIN && factor <= PaceFactors.MAX)) {
            work.dialogs.showError(work.messages.text("paths.pace.checkTitle"), work.messages.text("paths.pace.outOfRange",
                    work.messages.decimal(PaceFactors.MIN), work.messages.decimal(PaceFactors.MAX)));
            return;
        }
        work.change("Set pace", () -> work.plans.setPaceOverride(shown.id(), item.resourceId(), factor), null);
    }

    /** The resources the selected one needs first, as checked in a chooser; ignored while the chooser is filled. */
    void prerequisitesChosen(Set<Long> required) {
        if (!showing) {
            setPrerequisites(required);
        }
    }

    void setPrerequisites(Set<Long> required) {
        PlanItem item = selected.get();
        if (item != null) {
            work.change("Set prerequisites", () -> work.plans.setPrerequisites(item.resourceId(), required), null);
        }
    }

    /** Whether the selected resource needs {@code other} first. */
    boolean isPrerequisite(PlanItem other) {
        PlanItem item = selected.get();
        return item != null && item.prerequisites().contains(other.resourceId());
    }

    /** Whether a resource is ready to start (its prerequisites in the path are done). */
    boolean isReady(PlanItem item) {
        PlannedPath shown = planned.get();
        return shown != null && shown.readyToStart().contains(item.resourceId());
    }

    /** What the path's row {@code position} (1-based) says about {@code item}. */
    ItemFacts facts(PlanItem item, int position) {
        return ItemFacts.of(item, position, isReady(item), work.messages);
    }

    ObservableList<PlanItem> items() {
        return items;
    }

    ObjectProperty<PlanItem> selectedProperty() {
        return selected;
    }

    /** How many units the selected resource has (at least 1): the largest number the range boxes take. */
    ReadOnlyIntegerProperty unitCountProperty() {
        return unitCount.getReadOnlyProperty();
    }

    ObjectProperty<Integer> includeFromProperty() {
        return includeFrom;
    }

    ObjectProperty<Integer> includeToProperty() {
        return includeTo;
    }

    /** The pace typed for the selected resource: null for its type's, NaN for a number that cannot be read. */
    ObjectProperty<Double> paceDraftProperty() {
        return paceDraft;
    }

    ObservableList<PlanItem> prerequisiteChoices() {
        return prerequisiteChoices;
    }
}
