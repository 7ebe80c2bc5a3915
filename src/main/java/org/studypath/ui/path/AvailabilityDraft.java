package org.studypath.ui.path;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.Availability;
import org.studypath.ui.common.PlanWording;

/**
 * The chosen path's study time as edited and not yet saved: minutes per weekday, start and target dates, days off,
 * and the "what if" sentence saying where the plan would finish with them.
 */
final class AvailabilityDraft {
    private final PathWork work;
    private final PlanWording wording;
    private final ReadOnlyObjectProperty<PlannedPath> planned;
    private final Map<DayOfWeek, IntegerProperty> minutes = new EnumMap<>(DayOfWeek.class);
    /** The same minutes as objects, for number boxes to bind to; kept here so their bindings last. */
    private final Map<DayOfWeek, ObjectProperty<Integer>> minutesValues = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<LocalDate> target = new SimpleObjectProperty<>(this, "target");
    private final ObservableList<LocalDate> daysOff = FXCollections.observableArrayList();
    private final ObjectProperty<DayOfWeek> firstDayOfWeek = new SimpleObjectProperty<>(this, "firstDayOfWeek", DayOfWeek.MONDAY);
    private final ReadOnlyStringWrapper whatIf = new ReadOnlyStringWrapper(this, "whatIf", "");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "availabilityChanged");
    /** True while the draft is filled from the saved availability: one "what if" at the end, not one per field. */
    private boolean filling;

    AvailabilityDraft(PathWork work, PlanWording wording, ReadOnlyObjectProperty<PlannedPath> planned) {
        this.work = work;
        this.wording = wording;
        this.planned = planned;
        for (DayOfWeek day : DayOfWeek.values()) {
            IntegerProperty property = new SimpleIntegerProperty(this, day.name(), 0);
            property.addListener((o, a, b) -> updateWhatIf());
            minutes.put(day, property);
            minutesValues.put(day, property.asObject());
        }
        start.addListener((o, a, b) -> updateWhatIf());
        target.addListener((o, a, b) -> updateWhatIf());
        daysOff.addListener((ListChangeListener<LocalDate>) c -> updateWhatIf());
    }

    /** Shows {@code availability} (null: none) as the draft. */
    void fill(Availability availability) {
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

    /** The availability as edited, not yet saved; empty while it is incomplete. */
    Optional<Availability> availability() {
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
        Optional<Availability> draft = availability();
        if (path == null || draft.isEmpty()) {
            whatIf.set("");
            changed.set(false);
            return;
        }
        boolean differs = !draft.get().equals(path.path().availability());
        changed.set(differs);
        String perWeek = work.messages.duration(draft.get().minutesPerWeek());
        whatIf.set(differs ? work.messages.text("paths.whatIf.changed", wording.outcome(path.whatIf(draft.get())), perWeek)
                : work.messages.text("paths.whatIf.perWeek", perWeek));
    }

    void save() {
        PlannedPath path = planned.get();
        Optional<Availability> draft = availability();
        if (path == null || draft.isEmpty()) {
            return;
        }
        if (draft.get().target() != null && draft.get().target().isBefore(draft.get().start())) {
            work.dialogs.showError(work.messages.text("paths.dates.checkTitle"),
                    work.messages.text("paths.dates.targetBeforeStart", work.messages.date(draft.get().start())));
            return;
        }
        long id = path.path().id();
        work.change("Save availability", () -> work.plans.saveAvailability(id, draft.get()),
                work.messages.text("paths.availability.saved"));
    }

    /** Goes back to the saved study time. */
    void reset() {
        PlannedPath path = planned.get();
        fill(path == null ? null : path.path().availability());
    }

    void addDayOff(LocalDate day) {
        if (day != null && !daysOff.contains(day)) {
            daysOff.add(day);
            FXCollections.sort(daysOff);
        }
    }

    /** The seven weekdays in the order the week is shown, from {@link #firstDayOfWeekProperty()}. */
    List<DayOfWeek> weekdays() {
        DayOfWeek first = firstDayOfWeek.get() == null ? DayOfWeek.MONDAY : firstDayOfWeek.get();
        List<DayOfWeek> days = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            days.add(first.plus(i));
        }
        return days;
    }

    IntegerProperty minutesProperty(DayOfWeek day) {
        return minutes.get(day);
    }

    /** {@link #minutesProperty} as an object property, the type number boxes bind to. */
    ObjectProperty<Integer> minutesValueProperty(DayOfWeek day) {
        return minutesValues.get(day);
    }

    ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    ObjectProperty<LocalDate> targetProperty() {
        return target;
    }

    ObservableList<LocalDate> daysOff() {
        return daysOff;
    }

    ObjectProperty<DayOfWeek> firstDayOfWeekProperty() {
        return firstDayOfWeek;
    }

    ReadOnlyStringProperty whatIfProperty() {
        return whatIf.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }
}
