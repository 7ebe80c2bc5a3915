package org.studypath.ui.path;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.ScheduleChange;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PlanWording;
import org.studypath.ui.common.TaskRunner;

/**
 * The path editor's state and logic: the list of paths, the selected path's resources and units, its availability
 * (edited as a draft with an instant "what if" finish date), and replanning. Touches no control.
 */
public final class PathsViewModel {
    private final PlanService plans;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final Messages messages;
    private final PlanWording wording;

    private final ObservableList<PathSummary> paths = FXCollections.observableArrayList();
    private final ObjectProperty<PathSummary> selectedPath = new SimpleObjectProperty<>(this, "selectedPath");
    private final ReadOnlyObjectWrapper<PlannedPath> planned = new ReadOnlyObjectWrapper<>(this, "planned");
    private final ObservableList<PlanItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<PlanItem> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper whatIf = new ReadOnlyStringWrapper(this, "whatIf", "");
    private final ReadOnlyBooleanWrapper availabilityChanged = new ReadOnlyBooleanWrapper(this, "availabilityChanged");
    private final ReadOnlyBooleanWrapper behind = new ReadOnlyBooleanWrapper(this, "behind");
    private final javafx.beans.property.BooleanProperty gentle =
            new javafx.beans.property.SimpleBooleanProperty(this, "gentle", false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    private final Map<DayOfWeek, IntegerProperty> minutes = new EnumMap<>(DayOfWeek.class);
    private final Map<ResourceType, javafx.beans.property.DoubleProperty> typePace = new EnumMap<>(ResourceType.class);
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<LocalDate> target = new SimpleObjectProperty<>(this, "target");
    private final ObservableList<LocalDate> daysOff = FXCollections.observableArrayList();
    private final ObjectProperty<DayOfWeek> firstDayOfWeek = new SimpleObjectProperty<>(this, "firstDayOfWeek", DayOfWeek.MONDAY);
    private boolean filling;
    /** True while the path list is replaced: path choosers clear their value for a moment, which is not a choice. */
    private boolean replacingList;

    public PathsViewModel(PlanService plans, TaskRunner runner, DialogService dialogs, Clock clock, Messages messages) {
        this.plans = plans;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.messages = messages;
        this.wording = new PlanWording(messages);
        for (DayOfWeek day : DayOfWeek.values()) {
            IntegerProperty property = new SimpleIntegerProperty(this, day.name(), 0);
            property.addListener((o, a, b) -> updateWhatIf());
            minutes.put(day, property);
        }
        for (ResourceType type : ResourceType.values()) {
            typePace.put(type, new javafx.beans.property.SimpleDoubleProperty(this, type.name(), 1.0));
        }
        start.addListener((o, a, b) -> updateWhatIf());
        target.addListener((o, a, b) -> updateWhatIf());
        daysOff.addListener((ListChangeListener<LocalDate>) c -> updateWhatIf());
        selectedPath.addListener((o, old, now) -> {
            if (!replacingList) {
                loadPlan(now == null ? null : now.id());
                if (now != null) {
                    remember(now.id());
                }
            }
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- loading ----

    public void load() {
        load(null);
    }

    private void load(Long select) {
        runner.run("Load paths", () -> new Listed(plans.paths(), plans.currentPath().orElse(null)), listed -> {
            List<PathSummary> list = listed.paths();
            // the path asked for, else the one shown, else the one the learner worked on last time (the window was
            // just built: a start, a language switch), else the first
            Long keep = select != null ? select : Optional.ofNullable(selectedPath.get()).map(PathSummary::id)
                    .orElse(listed.remembered());
            PathSummary next = list.stream().filter(p -> keep != null && p.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (next != null && !Long.valueOf(next.id()).equals(listed.remembered())) {
                // a restore brought another remembered path, or the remembered one is gone: what is shown is kept
                remember(next.id());
            }
            replacingList = true;
            try {
                if (!paths.equals(list)) {
                    paths.setAll(list);
                }
                selectedPath.set(next);
            } finally {
                replacingList = false;
            }
            loadPlan(next == null ? null : next.id());
            loaded.set(true);
        }, this::fail);
    }

    /** The paths, and the one remembered as the learner's current path (null: none). */
    private record Listed(List<PathSummary> paths, Long remembered) {
    }

    /** Remembers the path shown, which every page follows, for the next start (off the FX thread). */
    private void remember(long pathId) {
        runner.run("Remember path", () -> {
            plans.rememberCurrentPath(pathId);
            return null;
        }, ignored -> { }, error -> {
            // only the memory of the choice is lost: the path is shown, and the next choice is saved again
        });
    }

    private void loadPlan(Long pathId) {
        if (pathId == null) {
            show(null);
            return;
        }
        runner.run("Plan path", () -> plans.planned(pathId).orElse(null), this::show, this::fail);
    }

    private void show(PlannedPath path) {
        Long keepItem = Optional.ofNullable(selectedItem.get()).map(PlanItem::resourceId).orElse(null);
        planned.set(path);
        items.setAll(path == null ? List.of() : path.path().items());
        selectedItem.set(items.stream().filter(i -> keepItem != null && i.resourceId() == keepItem).findFirst().orElse(null));
        warnings.setAll(path == null ? List.of() : allWarnings(path));
        outcome.set(path == null ? "" : wording.outcome(path.schedule()));
        behind.set(path != null && path.isBehind(today()));
        fillAvailability(path == null ? null : path.path().availability());
        if (path != null) {
            typePace.forEach((type, property) -> property.set(path.pace().factorFor(type, null)));
        }
    }

    /** Saves the default pace factor of each resource type (used where a resource has no pace of its own). */
    public void savePaceFactors() {
        Map<ResourceType, Double> factors = new EnumMap<>(ResourceType.class);
        for (Map.Entry<ResourceType, javafx.beans.property.DoubleProperty> entry : typePace.entrySet()) {
            double factor = entry.getValue().get();
            if (!(factor >= PaceFactors.MIN && factor <= PaceFactors.MAX)) {
                dialogs.showError(messages.text("paths.pace.checkTitle"), messages.text("paths.pace.typeOutOfRange",
                        entry.getKey().label().in(messages.locale()), messages.decimal(PaceFactors.MIN),
                        messages.decimal(PaceFactors.MAX)));
                return;
            }
            factors.put(entry.getKey(), factor);
        }
        PaceFactors pace = new PaceFactors(factors);
        change("Save pace factors", () -> plans.savePaceFactors(pace), messages.text("paths.pace.saved"));
    }

    public javafx.beans.property.DoubleProperty paceFactorProperty(ResourceType type) {
        return typePace.get(type);
    }

    private List<String> allWarnings(PlannedPath path) {
        List<String> all = new ArrayList<>();
        path.orderWarnings().forEach(n -> all.add(messages.notice(n)));
        path.schedule().notices().forEach(n -> all.add(messages.notice(n)));
        return all;
    }

    private void fillAvailability(Availability availability) {
        filling = true;
        try {
            for (DayOfWeek day : DayOfWeek.values()) {
                minutes.get(day).set(availability == null ? 0 : availability.minutesPerWeekday().get(day));
            }
            start.set(availability == null ? null : availability.start());
            target.set(availability == null ? null : availability.target());
            daysOff.setAll(availability == null ? List.of() : availability.daysOff().stream().sorted().toList());
        } finally {
            filling = false;
        }
        updateWhatIf();
    }

    // ---- availability draft and what-if ----

    /** The availability as edited, not yet saved; empty while it is incomplete. */
    public Optional<Availability> draftAvailability() {
        if (start.get() == null) {
            return Optional.empty();
        }
        Map<DayOfWeek, Integer> values = new EnumMap<>(DayOfWeek.class);
        minutes.forEach((day, property) -> values.put(day, Math.max(0, Math.min(Availability.MAX_MINUTES_PER_DAY, property.get()))));
        return Optional.of(new Availability(values, start.get(), target.get(), new HashSet<>(daysOff)));
    }

    private void updateWhatIf() {
        if (filling) {
            return;
        }
        PlannedPath path = planned.get();
        Optional<Availability> draft = draftAvailability();
        if (path == null || draft.isEmpty()) {
            whatIf.set("");
            availabilityChanged.set(false);
            return;
        }
        boolean changed = !draft.get().equals(path.path().availability());
        availabilityChanged.set(changed);
        Schedule schedule = path.whatIf(draft.get());
        String perWeek = messages.duration(draft.get().minutesPerWeek());
        whatIf.set(changed ? messages.text("paths.whatIf.changed", wording.outcome(schedule), perWeek)
                : messages.text("paths.whatIf.perWeek", perWeek));
    }

    public void saveAvailability() {
        PlannedPath path = planned.get();
        Optional<Availability> draft = draftAvailability();
        if (path == null || draft.isEmpty()) {
            return;
        }
        if (draft.get().target() != null && draft.get().target().isBefore(draft.get().start())) {
            dialogs.showError(messages.text("paths.dates.checkTitle"),
                    messages.text("paths.dates.targetBeforeStart", messages.date(draft.get().start())));
            return;
        }
        long id = path.path().id();
        change("Save availability", () -> plans.saveAvailability(id, draft.get()), messages.text("paths.availability.saved"));
    }

    public void resetAvailability() {
        PlannedPath path = planned.get();
        fillAvailability(path == null ? null : path.path().availability());
    }

    public void addDayOff(LocalDate day) {
        if (day != null && !daysOff.contains(day)) {
            daysOff.add(day);
            FXCollections.sort(daysOff);
        }
    }

    // ---- replanning ----

    /** {@link #replanFromToday(Consumer)} from the path editor: what it has to say shows in the editor's notice. */
    public void replanFromToday() {
        replanFromToday(notice::set);
    }

    /**
     * "Replan from today", wherever it is asked for (the path editor, Today): shows what moves when unfinished work
     * starts again today, and applies it when the user agrees. {@code tell} gets what the learner should read
     * afterwards: why nothing moves, or that the plan was replanned. With nothing overdue there is nothing to replan,
     * and {@code tell} says so instead of showing a preview.
     */
    public void replanFromToday(Consumer<String> tell) {
        PlannedPath path = planned.get();
        if (path == null) {
            tell.accept(messages.text("paths.replan.noPath"));
            return;
        }
        LocalDate today = today();
        if (!path.isBehind(today)) {
            tell.accept(messages.text("paths.replan.nothingOverdue"));
            return;
        }
        List<ScheduleChange> changes = path.replanFrom(today);
        if (changes.isEmpty()) {
            tell.accept(messages.text("paths.replan.nothingToMove"));
            return;
        }
        Schedule after = path.whatIf(path.path().availability().withStart(today));
        List<String> lines = changes.stream().map(c -> messages.text("paths.replan.move", shortDate(c.before()),
                messages.shortDate(c.after()), c.resourceTitle(), c.unitTitle())).toList();
        String message = messages.text("paths.replan.message", changes.size(), wording.outcome(after));
        if (dialogs.confirmList(messages.text("paths.replan.title"), message, lines, messages.text("paths.replan.confirm"))) {
            Availability moved = path.path().availability().withStart(today);
            runner.run("Replan", () -> {
                plans.saveAvailability(path.path().id(), moved);
                return null;
            }, ignored -> {
                tell.accept(messages.text("paths.replan.done"));
                load();
            }, error -> {
                fail(error);
                load();
            });
        }
    }

    /** A unit the old plan did not hold (it did not fit) has no day it moves from. */
    private String shortDate(LocalDate day) {
        return day == null ? messages.text("paths.replan.unplanned") : messages.shortDate(day);
    }

    // ---- paths ----

    public void createPath() {
        dialogs.askText(messages.text("paths.create.title"), messages.text("paths.name.prompt"),
                freeName(messages.text("paths.create.defaultName"))).ifPresent(name ->
                runner.run("Create path", () -> plans.create(name, today()), id -> {
                    notice.set(messages.text("paths.create.done", name));
                    load(id);
                }, this::fail));
    }

    /** {@code base}, or "base (2)"… whichever no loaded path uses yet. */
    String freeName(String base) {
        Set<String> taken = new HashSet<>();
        paths.forEach(p -> taken.add(p.name().toLowerCase(Locale.ROOT)));
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = messages.text("paths.name.numbered", base, n);
        }
        return name;
    }

    public void renamePath() {
        PathSummary path = selectedPath.get();
        if (path == null) {
            return;
        }
        dialogs.askText(messages.text("paths.rename.title"), messages.text("paths.name.prompt"), path.name()).ifPresent(name ->
                change("Rename path", () -> plans.rename(path.id(), name), messages.text("paths.rename.done", name)));
    }

    public void duplicatePath() {
        PathSummary path = selectedPath.get();
        if (path == null) {
            return;
        }
        dialogs.askText(messages.text("paths.duplicate.title"), messages.text("paths.duplicate.prompt"),
                freeName(messages.text("paths.duplicate.defaultName", path.name()))).ifPresent(name ->
                runner.run("Duplicate path", () -> plans.duplicate(path.id(), name), id -> {
                    notice.set(messages.text("paths.duplicate.done", name));
                    load(id);
                }, this::fail));
    }

    public void deletePath() {
        PathSummary path = selectedPath.get();
        if (path == null || !dialogs.confirm(messages.text("paths.delete.title", path.name()),
                messages.text("paths.delete.message"), messages.text("common.delete"))) {
            return;
        }
        runner.run("Delete path", () -> {
            plans.delete(path.id());
            return null;
        }, ignored -> {
            notice.set(messages.text("paths.delete.done", path.name()));
            selectedPath.set(null);
            load();
        }, this::fail);
    }

    // ---- the path's resources ----

    public void addResources(long pathId, List<Long> resourceIds) {
        runner.run("Add to path", () -> plans.addResources(pathId, resourceIds), added -> {
            notice.set(added == 0 ? messages.text("paths.add.already") : messages.text("paths.add.done", added));
            load(pathId);
        }, this::fail);
    }

    public void addToSelectedPath(List<Long> resourceIds) {
        if (selectedPath.get() != null) {
            addResources(selectedPath.get().id(), resourceIds);
        }
    }

    public void removeSelectedItem() {
        PlanItem item = selectedItem.get();
        PathSummary path = selectedPath.get();
        if (item == null || path == null) {
            return;
        }
        selectedItem.set(null);
        change("Remove from path", () -> plans.removeResource(path.id(), item.resourceId()),
                messages.text("paths.remove.done", item.title()));
    }

    /** Moves the selected resource up (-1) or down (+1): Alt+Up and Alt+Down in the editor. */
    public void moveSelected(int delta) {
        PlanItem item = selectedItem.get();
        if (item != null) {
            int from = items.indexOf(item);
            moveItem(from, from + delta);
        }
    }

    /** Moves a resource to a new position, as drag and drop does; saved at once. */
    public void moveItem(int from, int to) {
        PathSummary path = selectedPath.get();
        if (path == null || from < 0 || from >= items.size() || to < 0 || to >= items.size() || from == to) {
            return;
        }
        PlanItem moving = items.remove(from);
        items.add(to, moving);
        selectedItem.set(moving);
        List<Long> order = items.stream().map(PlanItem::resourceId).toList();
        change("Reorder path", () -> plans.reorder(path.id(), order), null);
    }

    public void setUnitIncluded(long unitId, boolean included) {
        PlanItem item = selectedItem.get();
        PathSummary path = selectedPath.get();
        if (item != null && path != null) {
            change("Include unit", () -> plans.setUnitIncluded(path.id(), item.resourceId(), unitId, included), null);
        }
    }

    /** Includes only units {@code first}..{@code last} (1-based) of the selected resource, e.g. chapters 1–5. */
    public void includeOnlyUnits(int first, int last) {
        PlanItem item = selectedItem.get();
        PathSummary path = selectedPath.get();
        if (item == null || path == null) {
            return;
        }
        Set<Long> excluded = new HashSet<>();
        for (int i = 0; i < item.units().size(); i++) {
            if (i + 1 < first || i + 1 > last) {
                excluded.add(item.units().get(i).unitId());
            }
        }
        change("Include units", () -> plans.setExcludedUnits(path.id(), item.resourceId(), excluded), null);
    }

    public void setPaceOverride(Double factor) {
        PlanItem item = selectedItem.get();
        PathSummary path = selectedPath.get();
        if (item == null || path == null) {
            return;
        }
        if (factor != null && !(factor >= PaceFactors.MIN && factor <= PaceFactors.MAX)) {
            dialogs.showError(messages.text("paths.pace.checkTitle"), messages.text("paths.pace.outOfRange",
                    messages.decimal(PaceFactors.MIN), messages.decimal(PaceFactors.MAX)));
            return;
        }
        change("Set pace", () -> plans.setPaceOverride(path.id(), item.resourceId(), factor), null);
    }

    public void setPrerequisites(Set<Long> required) {
        PlanItem item = selectedItem.get();
        if (item != null) {
            change("Set prerequisites", () -> plans.setPrerequisites(item.resourceId(), required), null);
        }
    }

    private void change(String description, Runnable work, String doneNotice) {
        Callable<Void> call = () -> {
            work.run();
            return null;
        };
        runner.run(description, call, ignored -> {
            if (doneNotice != null) {
                notice.set(doneNotice);
            }
            load();
        }, error -> {
            fail(error);
            load();
        });
    }

    private void fail(Throwable error) {
        String reason = messages.reason(error);
        dialogs.showError(messages.text("paths.error.title"), reason);
    }

    // ---- properties ----

    public ObservableList<PathSummary> paths() {
        return paths;
    }

    /** The gentle mode of Settings: the editor says what is still open, never that the learner is behind. */
    public javafx.beans.property.BooleanProperty gentleProperty() {
        return gentle;
    }

    public ObjectProperty<PathSummary> selectedPathProperty() {
        return selectedPath;
    }

    public ReadOnlyObjectProperty<PlannedPath> plannedProperty() {
        return planned.getReadOnlyProperty();
    }

    public ObservableList<PlanItem> items() {
        return items;
    }

    public ObjectProperty<PlanItem> selectedItemProperty() {
        return selectedItem;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whatIfProperty() {
        return whatIf.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availabilityChangedProperty() {
        return availabilityChanged.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty behindProperty() {
        return behind.getReadOnlyProperty();
    }

    /** True once the list of paths has been loaded for the first time. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public IntegerProperty minutesProperty(DayOfWeek day) {
        return minutes.get(day);
    }

    /** The day the week starts on (Settings): the study-time editor lists the weekdays from it. Null means Monday. */
    public ObjectProperty<DayOfWeek> firstDayOfWeekProperty() {
        return firstDayOfWeek;
    }

    /** The seven weekdays in the order the week is shown, from {@link #firstDayOfWeekProperty()}. */
    public List<DayOfWeek> weekdays() {
        DayOfWeek first = firstDayOfWeek.get() == null ? DayOfWeek.MONDAY : firstDayOfWeek.get();
        List<DayOfWeek> days = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            days.add(first.plus(i));
        }
        return days;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> targetProperty() {
        return target;
    }

    public ObservableList<LocalDate> daysOff() {
        return daysOff;
    }

    public Messages messages() {
        return messages;
    }

    /** Whether a resource is ready to start (its prerequisites in the path are done). */
    public boolean isReady(PlanItem item) {
        PlannedPath path = planned.get();
        return path != null && path.readyToStart().contains(item.resourceId());
    }

    public Optional<PlannedPath> current() {
        return Optional.ofNullable(planned.get());
    }
}
