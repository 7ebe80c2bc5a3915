package org.studypath.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.Session;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.progress.Standing;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PlanWording;
import org.studypath.ui.progress.ProgressViewModel;

/**
 * The landing page: today's sessions to tick off, what is still open from earlier days (summed up in one line, the
 * list folded, with "Replan from today" beside it), what to study next, and where the learner stands. Derived from the
 * selected path's plan; ticking goes through {@link ProgressViewModel}. In the gentle mode nothing here says "behind":
 * the standing line says what is next, and the replan is offered quietly. On a first start a welcome sits on top.
 *
 * <p>It is near 400 lines because the page's parts all derive from one plan and one day together (today, overdue,
 * next, standing, welcome): splitting them would hand the same plan and day to five objects that must stay in step.
 */
public final class TodayViewModel {
    /** What Today asks of the rest of the window; each does nothing until {@link #connect} is given the real ones. */
    public interface Actions {
        Actions NONE = new Actions() { };

        /** "Replan from today" for the selected path; {@code tell} gets what the learner should read afterwards. */
        default void replan(java.util.function.Consumer<String> tell) {
        }

        /** Stores that the welcome was dismissed (off the FX thread). */
        default void dismissWelcome() {
        }

        default void openCatalog() {
        }

        default void openExport() {
        }
    }

    /**
     * One unit to study: its (summed) planned minutes for the day, whether it is done, a line of text, the shares of
     * the unit at which its parts on this list start and end (0 and 1 when it is not split), and whether Open has a link.
     */
    public record Entry(long unitId, long resourceId, String resourceTitle, String unitTitle, int minutes, boolean done,
                        String detail, double from, double to, boolean canOpen) {
        public Entry(long unitId, long resourceId, String resourceTitle, String unitTitle, int minutes, boolean done,
                     String detail) {
            this(unitId, resourceId, resourceTitle, unitTitle, minutes, done, detail, 0, 1, false);
        }
    }

    public static final int NEXT_UP = 3;

    private final ProgressViewModel progress;
    private final Clock clock;
    private final Messages messages;
    private final PlanWording wording;
    private final ObjectProperty<PlannedPath> planned = new SimpleObjectProperty<>(this, "planned");
    private final ObservableList<Entry> today = FXCollections.observableArrayList();
    private final ObservableList<Entry> overdue = FXCollections.observableArrayList();
    private final ObservableList<Entry> next = FXCollections.observableArrayList();
    private final TodayReviews reviews;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper(this, "standing", "");
    private final ReadOnlyStringWrapper standingState = new ReadOnlyStringWrapper(this, "standingState", "");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper ratio = new ReadOnlyDoubleWrapper(this, "ratio");
    private final ReadOnlyStringWrapper todayEmpty = new ReadOnlyStringWrapper(this, "todayEmpty", "");
    /** Days from today the page shows (Alt+Left / Alt+Right move it, Alt+Home comes back). */
    private int dayOffset;
    private final javafx.beans.property.ReadOnlyBooleanWrapper showingToday =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "showingToday", true);
    private final ReadOnlyStringWrapper section = new ReadOnlyStringWrapper(this, "section", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper canTick =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "canTick", true);
    private final ReadOnlyStringWrapper overdueHeading = new ReadOnlyStringWrapper(this, "overdueHeading", "");
    private final ReadOnlyStringWrapper overdueSummary = new ReadOnlyStringWrapper(this, "overdueSummary", "");
    /** The earlier days' list unfolded: folded by default, since after weeks away it holds dozens of rows. */
    private final javafx.beans.property.BooleanProperty overdueShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "overdueShown", false);
    private final ReadOnlyStringWrapper replanNote = new ReadOnlyStringWrapper(this, "replanNote", "");
    private final javafx.beans.property.BooleanProperty gentle =
            new javafx.beans.property.SimpleBooleanProperty(this, "gentle", false);
    private final javafx.beans.property.BooleanProperty welcomeShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "welcomeShown", false);
    private Actions actions = Actions.NONE;

    public TodayViewModel(ProgressViewModel progress, Clock clock, Messages messages) {
        this.progress = progress;
        this.clock = clock;
        this.messages = messages;
        this.wording = new PlanWording(messages);
        this.reviews = new TodayReviews(messages);
        planned.addListener((o, a, b) -> {
            if (a == null || b == null || a.path().id() != b.path().id()) {
                // what a replan said is about the path it was asked on
                replanNote.set("");
                overdueShown.set(false);
            }
            refresh();
        });
        gentle.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Connects the page to the window: called once the window is built. */
    public void connect(Actions actions) {
        this.actions = actions == null ? Actions.NONE : actions;
    }

    /** "Replan from today": the path editor's replan; what it has to say shows on this page. */
    public void replanFromToday() {
        replanNote.set("");
        actions.replan(replanNote::set);
    }

    /** The welcome goes, for good (Settings can show it again). */
    public void dismissWelcome() {
        if (welcomeShown.get()) {
            welcomeShown.set(false);
            actions.dismissWelcome();
        }
    }

    public void openCatalog() {
        actions.openCatalog();
    }

    public void openExport() {
        actions.openExport();
    }

    public LocalDate date() {
        return LocalDate.now(clock).plusDays(dayOffset);
    }

    /** False while the page shows another day than today. */
    public javafx.beans.property.ReadOnlyBooleanProperty showingTodayProperty() {
        return showingToday.getReadOnlyProperty();
    }

    /** The heading over the day's sessions: "Today", or "Planned for Tue 1 Dec". */
    public ReadOnlyStringProperty sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public void previousDay() {
        dayOffset--;
        refresh();
    }

    public void nextDay() {
        dayOffset++;
        refresh();
    }

    public void showToday() {
        dayOffset = 0;
        refresh();
    }

    private void refresh() {
        LocalDate day = date();
        boolean isToday = dayOffset == 0;
        showingToday.set(isToday);
        canTick.set(dayOffset <= 0);
        heading.set(messages.dayHeading(day));
        section.set(isToday ? messages.text("today.today.heading") : messages.text("today.day.heading", messages.shortDate(day)));
        PlannedPath path = planned.get();
        reviews.show(path, day, isToday); // first on the page; the lists below are study only
        overdueHeading.set(messages.text(gentle.get() ? "today.gentle.earlier.heading" : "today.overdue.heading"));
        if (path == null) {
            today.clear();
            overdue.clear();
            next.clear();
            overdueSummary.set("");
            summary.set("");
            standing.set("");
            standingState.set("");
            progressText.set("");
            ratio.set(0);
            todayEmpty.set(messages.text("today.empty.noPath"));
            return;
        }
        // the plan as shown, which Schedule and every export read too: a unit on today's list is on today there
        Schedule schedule = path.shown();
        List<Session> study = schedule.sessions().stream().filter(s -> !s.isReview()).toList();
        List<Session> todays = study.stream().filter(s -> s.date().equals(day)).toList();
        TodayParts parts = new TodayParts(path, messages);
        today.setAll(parts.entries(todays, false));
        Set<Long> onToday = todays.stream().map(Session::unitId).collect(Collectors.toSet());
        List<Session> earlier = study.stream()
                .filter(s -> s.date().isBefore(day) && !parts.done(s) && !onToday.contains(s.unitId())).toList();
        // "still open from earlier days" is about today; another day shows only what is planned on it
        overdue.setAll(isToday ? parts.entries(earlier, true) : List.of());
        Set<Long> shown = new java.util.HashSet<>();
        today.forEach(e -> shown.add(e.unitId()));
        overdue.forEach(e -> shown.add(e.unitId()));
        List<Session> ahead = study.stream()
                .filter(s -> s.date().isAfter(day) && !path.isDone(s.unitId()) && !shown.contains(s.unitId())).toList();
        List<Entry> upcoming = parts.entries(ahead, false);
        // what is next follows from today's projection: shown on today's page only
        next.setAll(upcoming.subList(0, isToday ? Math.min(NEXT_UP, upcoming.size()) : 0).stream()
                .map(e -> new Entry(e.unitId(), e.resourceId(), e.resourceTitle(), e.unitTitle(), e.minutes(), e.done(),
                        plannedOn(schedule, e.unitId()), e.from(), e.to(), e.canOpen())).toList());

        int planned = todays.stream().mapToInt(Session::minutes).sum();
        long done = today.stream().filter(Entry::done).count();
        if (todays.isEmpty()) {
            summary.set(messages.text(isToday ? "today.summary.nothing" : "today.day.summary.nothing"));
        } else {
            summary.set(messages.text(isToday ? "today.summary" : "today.day.summary", messages.duration(planned), done,
                    today.size()));
        }
        int overdueMinutes = overdue.stream().mapToInt(Entry::minutes).sum();
        overdueSummary.set(overdue.isEmpty() ? "" : messages.text(
                gentle.get() ? "today.gentle.earlier.summary" : "today.overdue.summary", overdue.size(),
                messages.duration(overdueMinutes)));
        Standing where = path.standing();
        if (gentle.get() && where.state() == Standing.State.BEHIND) {
            // the gentle mode's line: what to study next, never how far behind
            standing.set(firstOpen().map(e -> messages.text("today.gentle.next", e.resourceTitle(), e.unitTitle()))
                    .orElseGet(() -> messages.text("today.gentle.nextDone")));
            standingState.set("");
        } else {
            standing.set(wording.standing(where, day));
            standingState.set(where.state().name());
        }
        Progress total = path.progress();
        progressText.set(wording.progress(total));
        ratio.set(total.ratio());
        if (where.state() == Standing.State.NO_PLAN) {
            todayEmpty.set(messages.notice(where.problem()));
        } else if (where.state() == Standing.State.FINISHED) {
            todayEmpty.set(messages.text("today.empty.finished"));
        } else if (day.isBefore(path.path().availability().start())) {
            todayEmpty.set(messages.text("today.empty.notStarted", messages.date(path.path().availability().start())));
        } else if (path.path().availability().daysOff().contains(day)) {
            todayEmpty.set(messages.text(isToday ? "today.empty.dayOff" : "today.day.empty.dayOff"));
        } else if (path.path().availability().minutesOn(day) == 0) {
            todayEmpty.set(messages.text(isToday ? "today.empty.noMinutes" : "today.day.empty.noMinutes",
                    day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, messages.locale())));
        } else if (schedule.finish() != null && schedule.finish().isBefore(day)) {
            todayEmpty.set(messages.text("today.empty.planEnded", messages.date(schedule.finish())));
        } else {
            todayEmpty.set(messages.text(isToday ? "today.empty.nothingToday" : "today.day.empty.nothing"));
        }
    }

    /** The unit to study next: the first one not done today, else from earlier days, else the next one. */
    private java.util.Optional<Entry> firstOpen() {
        return java.util.stream.Stream.of(today, overdue, next).flatMap(List::stream).filter(e -> !e.done()).findFirst();
    }

    private String plannedOn(Schedule schedule, long unitId) {
        return schedule.sessions().stream().filter(s -> s.unitId() == unitId && !s.isReview()).findFirst()
                .map(s -> messages.text("today.plannedOn", messages.shortDate(s.date()))).orElse("");
    }

    /**
     * Ticks {@code entry} on the day shown (today, or an earlier day); a day still to come cannot be ticked. A row of
     * some parts of a split unit ticks those parts: the unit's share moves to where they end (or, unticked, start).
     */
    public void setDone(Entry entry, boolean done) {
        if (!canTick.get()) {
            return;
        }
        if (entry.from() > 0 || entry.to() < 1) {
            progress.edits().setShare(entry.unitId(), done ? entry.to() : entry.from(), date());
        } else {
            progress.setDone(entry.unitId(), done, date());
        }
    }

    /** "Stopped at…": asks where the learner stopped in the entry's unit. */
    public void askResume(Entry entry) {
        progress.edits().askResume(entry.unitId());
    }

    /** Opens the entry's link, a YouTube video at the time the learner stopped. */
    public void open(Entry entry) {
        progress.edits().open(entry.unitId());
    }

    /** False while the page shows a day still to come: work is ticked on the day it was done, not ahead. */
    public javafx.beans.property.ReadOnlyBooleanProperty canTickProperty() {
        return canTick.getReadOnlyProperty();
    }

    public void undo() {
        progress.undo();
    }

    public ObjectProperty<PlannedPath> plannedProperty() {
        return planned;
    }

    public ObservableList<Entry> today() {
        return today;
    }

    public ObservableList<Entry> overdue() {
        return overdue;
    }

    public ObservableList<Entry> next() {
        return next;
    }

    /** The day's reviews, shown first. */
    public TodayReviews reviews() {
        return reviews;
    }

    /** "Still open from earlier days" (gentle: "From earlier days"). */
    public ReadOnlyStringProperty overdueHeadingProperty() {
        return overdueHeading.getReadOnlyProperty();
    }

    /** One line for the earlier days' list: "12 units, 9 h 20 min overdue" (gentle: without "overdue"). */
    public ReadOnlyStringProperty overdueSummaryProperty() {
        return overdueSummary.getReadOnlyProperty();
    }

    /** True while the earlier days' list is unfolded. */
    public javafx.beans.property.BooleanProperty overdueShownProperty() {
        return overdueShown;
    }

    /** What the last "Replan from today" on this page said: why nothing moved, or that it replanned. */
    public ReadOnlyStringProperty replanNoteProperty() {
        return replanNote.getReadOnlyProperty();
    }

    public void clearReplanNote() {
        replanNote.set("");
    }

    /** The gentle mode of Settings. */
    public javafx.beans.property.BooleanProperty gentleProperty() {
        return gentle;
    }

    /** True while the first start's welcome is shown. */
    public javafx.beans.property.BooleanProperty welcomeShownProperty() {
        return welcomeShown;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty standingProperty() {
        return standing.getReadOnlyProperty();
    }

    /** The {@link Standing.State} name, for styling: BEHIND, AHEAD… */
    public ReadOnlyStringProperty standingStateProperty() {
        return standingState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty ratioProperty() {
        return ratio.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty todayEmptyProperty() {
        return todayEmpty.getReadOnlyProperty();
    }

    /** The UI's words, for the view. */
    public Messages messages() {
        return messages;
    }
}
