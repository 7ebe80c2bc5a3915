package org.studypath.ui.path;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PlanWording;
import org.studypath.ui.common.TaskRunner;

/**
 * The Study paths page's view model, and the path every other page follows ({@link #selectedPathProperty()},
 * {@link #plannedProperty()}). It holds the chosen path as planned and what is said about it, and hands each job to
 * its part: the list of paths ({@link PathList}), the path's resources ({@link PathItems}), its study time as edited
 * ({@link AvailabilityDraft}), its review settings ({@link PathReviews}), the pace of each type ({@link TypePaces}) and
 * replanning ({@link Replanner}). The parts
 * stay package-private; what the views and tests use is reached through here. Touches no control.
 *
 * <p>It is over 300 lines because it keeps the page's whole public API in one place, for Today, Progress, Schedule,
 * Statistics, the exports and the window assembly to follow; nearly every method is a one-line hand-off to a part.
 */
public final class PathsViewModel {
    private final Clock clock;
    private final Messages messages;
    private final PlanWording wording;
    private final PathWork work;
    private final PathList list;
    private final PathItems items;
    private final AvailabilityDraft availability;
    private final TypePaces typePaces;
    private final PathReviews reviews;
    private final Replanner replanner;

    private final ReadOnlyObjectWrapper<PlannedPath> planned = new ReadOnlyObjectWrapper<>(this, "planned");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper behind = new ReadOnlyBooleanWrapper(this, "behind");
    private final BooleanProperty gentle = new SimpleBooleanProperty(this, "gentle", false);

    public PathsViewModel(PlanService plans, TaskRunner runner, DialogService dialogs, Clock clock, Messages messages) {
        this.clock = clock;
        this.messages = messages;
        this.wording = new PlanWording(messages);
        this.work = new PathWork(plans, runner, dialogs, messages);
        this.list = new PathList(work, this::today, this::show);
        this.items = new PathItems(work, list.selectedProperty()::get, planned::get);
        this.availability = new AvailabilityDraft(work, wording, planned.getReadOnlyProperty());
        this.typePaces = new TypePaces(work);
        this.reviews = new PathReviews(work, planned::get);
        this.replanner = new Replanner(work, wording, planned::get, this::today);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void load() {
        list.load(null);
    }

    private void show(PlannedPath path) {
        planned.set(path);
        items.show(path);
        warnings.setAll(path == null ? List.of() : allWarnings(path));
        outcome.set(path == null ? "" : wording.outcome(path.schedule()));
        behind.set(path != null && path.isBehind(today()));
        availability.fill(path == null ? null : path.path().availability());
        reviews.fill(path == null ? null : path.path().reviewSettings());
        if (path != null) {
            typePaces.fill(path.pace());
        }
    }

    private List<String> allWarnings(PlannedPath path) {
        List<String> all = new ArrayList<>();
        path.orderWarnings().forEach(n -> all.add(messages.notice(n)));
        path.schedule().notices().forEach(n -> all.add(messages.notice(n)));
        return all;
    }

    // ---- paths ----

    public void createPath() {
        list.create();
    }

    /** {@code base}, or "base (2)"… whichever no loaded path uses yet. */
    String freeName(String base) {
        return list.freeName(base);
    }

    public void renamePath() {
        list.rename();
    }

    public void duplicatePath() {
        list.duplicate();
    }

    public void deletePath() {
        list.delete();
    }

    public void addResources(long pathId, List<Long> resourceIds) {
        list.addResources(pathId, resourceIds);
    }

    public void addToSelectedPath(List<Long> resourceIds) {
        PathSummary path = list.selectedProperty().get();
        if (path != null) {
            list.addResources(path.id(), resourceIds);
        }
    }

    // ---- the path's resources ----

    public void removeSelectedItem() {
        items.removeSelected();
    }

    /** Moves the selected resource up (-1) or down (+1): Alt+Up and Alt+Down in the editor. */
    public void moveSelected(int delta) {
        items.moveSelected(delta);
    }

    /** Moves a resource to a new position, as drag and drop does; saved at once. */
    public void moveItem(int from, int to) {
        items.move(from, to);
    }

    public void setUnitIncluded(long unitId, boolean included) {
        items.setUnitIncluded(unitId, included);
    }

    /** Includes only units {@code first}..{@code last} (1-based) of the selected resource, e.g. chapters 1–5. */
    public void includeOnlyUnits(int first, int last) {
        items.includeOnly(first, last);
    }

    public void setPaceOverride(Double factor) {
        items.setPaceOverride(factor);
    }

    public void setPrerequisites(Set<Long> required) {
        items.setPrerequisites(required);
    }

    /** Whether a resource is ready to start (its prerequisites in the path are done). */
    public boolean isReady(PlanItem item) {
        return items.isReady(item);
    }

    /** The resources part, for the editor's controls. */
    PathItems itemsEditor() {
        return items;
    }

    // ---- study time and pace ----

    /** Saves the default pace factor of each resource type (used where a resource has no pace of its own). */
    public void savePaceFactors() {
        typePaces.save();
    }

    public DoubleProperty paceFactorProperty(ResourceType type) {
        return typePaces.factorProperty(type);
    }

    /** The review settings of the chosen path, for its pane. */
    PathReviews reviews() {
        return reviews;
    }

    /** The pace part, for the editor's number boxes. */
    TypePaces typePaces() {
        return typePaces;
    }

    public void saveAvailability() {
        availability.save();
    }

    public void resetAvailability() {
        availability.reset();
    }

    public void addDayOff(LocalDate day) {
        availability.addDayOff(day);
    }

    /** The study-time part, for the editor's controls. */
    AvailabilityDraft availabilityDraft() {
        return availability;
    }

    // ---- replanning ----

    /** {@link #replanFromToday(Consumer)} from the path editor: what it has to say shows in the editor's notice. */
    public void replanFromToday() {
        replanner.replan(work::tell);
    }

    /**
     * "Replan from today", wherever it is asked for (the path editor, Today): shows what moves when unfinished work
     * starts again today, and applies it when the user agrees. {@code tell} gets what the learner should read
     * afterwards; with nothing overdue it says so instead of showing a preview.
     */
    public void replanFromToday(Consumer<String> tell) {
        replanner.replan(tell);
    }

    // ---- properties ----

    public ObservableList<PathSummary> paths() {
        return list.paths();
    }

    public ObjectProperty<PathSummary> selectedPathProperty() {
        return list.selectedProperty();
    }

    /** True once the list of paths has been loaded for the first time. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return list.loadedProperty();
    }

    /** The gentle mode of Settings: the editor says what is still open, never that the learner is behind. */
    public BooleanProperty gentleProperty() {
        return gentle;
    }

    public ReadOnlyObjectProperty<PlannedPath> plannedProperty() {
        return planned.getReadOnlyProperty();
    }

    public Optional<PlannedPath> current() {
        return Optional.ofNullable(planned.get());
    }

    public ObservableList<PlanItem> items() {
        return items.items();
    }

    public ObjectProperty<PlanItem> selectedItemProperty() {
        return items.selectedProperty();
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whatIfProperty() {
        return availability.whatIfProperty();
    }

    public ReadOnlyBooleanProperty availabilityChangedProperty() {
        return availability.changedProperty();
    }

    public ReadOnlyBooleanProperty behindProperty() {
        return behind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return work.noticeProperty();
    }

    public IntegerProperty minutesProperty(DayOfWeek day) {
        return availability.minutesProperty(day);
    }

    /** The day the week starts on (Settings): the study-time editor lists the weekdays from it. Null means Monday. */
    public ObjectProperty<DayOfWeek> firstDayOfWeekProperty() {
        return availability.firstDayOfWeekProperty();
    }

    /** The seven weekdays in the order the week is shown, from {@link #firstDayOfWeekProperty()}. */
    public List<DayOfWeek> weekdays() {
        return availability.weekdays();
    }

    public ObjectProperty<LocalDate> startProperty() {
        return availability.startProperty();
    }

    public ObjectProperty<LocalDate> targetProperty() {
        return availability.targetProperty();
    }

    public ObservableList<LocalDate> daysOff() {
        return availability.daysOff();
    }

    public Messages messages() {
        return messages;
    }
}
