package org.studypath.ui.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.Session;
import org.studypath.ui.common.Messages;

/**
 * The calendar side of a plan: an agenda of upcoming days, a week and a month, with today marked. Derived from the
 * selected path's schedule; no I/O.
 */
public final class ScheduleViewModel {
    /** One day of the agenda or a calendar. */
    public record Day(LocalDate date, boolean today, boolean inMonth, List<Session> sessions) {
        public int minutes() {
            return sessions.stream().mapToInt(Session::minutes).sum();
        }
    }

    public static final int AGENDA_DAYS = 60;

    private final Clock clock;
    private final Messages messages;
    private final ObjectProperty<DayOfWeek> firstDayOfWeek = new SimpleObjectProperty<>(this, "firstDayOfWeek", DayOfWeek.MONDAY);
    private final ObjectProperty<PlannedPath> planned = new SimpleObjectProperty<>(this, "planned");
    private final ObjectProperty<LocalDate> weekStart = new SimpleObjectProperty<>(this, "weekStart");
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ObservableList<Day> agenda = FXCollections.observableArrayList();
    private final ObservableList<Day> week = FXCollections.observableArrayList();
    private final ObservableList<Day> monthDays = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper weekTitle = new ReadOnlyStringWrapper(this, "weekTitle", "");
    private final ReadOnlyStringWrapper monthTitle = new ReadOnlyStringWrapper(this, "monthTitle", "");
    private final ReadOnlyStringWrapper behindNote = new ReadOnlyStringWrapper(this, "behindNote", "");
    private final ReadOnlyStringWrapper agendaEmpty = new ReadOnlyStringWrapper(this, "agendaEmpty", "");

    public ScheduleViewModel(Clock clock, Messages messages) {
        this.clock = clock;
        this.messages = messages;
        weekStart.set(startOfWeek(today()));
        month.set(YearMonth.from(today()));
        planned.addListener((o, a, b) -> refresh());
        weekStart.addListener((o, a, b) -> refresh());
        month.addListener((o, a, b) -> refresh());
        firstDayOfWeek.addListener((o, a, b) -> {
            LocalDate shown = weekStart.get();
            LocalDate today = today();
            boolean showsToday = !today.isBefore(shown) && today.isBefore(shown.plusDays(7));
            LocalDate start = startOfWeek(showsToday ? today : shown);
            if (start.equals(shown)) {
                refresh(); // the month grid starts its rows on the new day
            } else {
                weekStart.set(start);
            }
        });
        refresh();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private DayOfWeek firstDay() {
        return firstDayOfWeek.get() == null ? DayOfWeek.MONDAY : firstDayOfWeek.get();
    }

    /** The first day of the week {@code date} is in, by {@link #firstDayOfWeekProperty()}. */
    private LocalDate startOfWeek(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(firstDay()));
    }

    /** The seven weekdays in the order the week and month views show them. */
    public List<DayOfWeek> weekdays() {
        List<DayOfWeek> days = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            days.add(firstDay().plus(i));
        }
        return days;
    }

    private void refresh() {
        LocalDate today = today();
        // the plan as shown, as Today and every export read it
        Schedule schedule = planned.get() == null ? null : planned.get().shown();
        Map<LocalDate, List<Session>> byDay = schedule == null ? Map.of() : schedule.byDay();

        List<Day> upcoming = new ArrayList<>();
        byDay.forEach((date, sessions) -> {
            if (!date.isBefore(today) && date.isBefore(today.plusDays(AGENDA_DAYS))) {
                upcoming.add(new Day(date, date.equals(today), true, sessions));
            }
        });
        agenda.setAll(upcoming);
        long overdue = schedule == null ? 0 : schedule.sessions().stream().filter(s -> s.date().isBefore(today)
                && !isDone(s)).count();
        behindNote.set(overdue == 0 ? "" : messages.text("schedule.behind", overdue));
        if (schedule == null) {
            agendaEmpty.set(messages.text("schedule.agenda.noPath"));
        } else if (schedule.problem() != null) {
            agendaEmpty.set(messages.notice(schedule.problem()));
        } else {
            agendaEmpty.set(schedule.sessions().isEmpty() ? messages.text("schedule.agenda.nothingLeft")
                    : messages.text("schedule.agenda.noneSoon", AGENDA_DAYS));
        }

        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = weekStart.get().plusDays(i);
            days.add(new Day(date, date.equals(today), true, byDay.getOrDefault(date, List.of())));
        }
        week.setAll(days);
        weekTitle.set(messages.text("schedule.week.title", messages.date(weekStart.get())));

        YearMonth shown = month.get();
        LocalDate first = startOfWeek(shown.atDay(1));
        List<Day> cells = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            LocalDate date = first.plusDays(i);
            cells.add(new Day(date, date.equals(today), YearMonth.from(date).equals(shown), byDay.getOrDefault(date, List.of())));
        }
        monthDays.setAll(cells);
        monthTitle.set(shown.format(messages.dates("schedule.format.monthTitle")));
    }

    /** Whether a session is done (the calendar marks it ✓): its unit done, or, for a review, rated on its day. */
    public boolean isDone(Session session) {
        return planned.get() != null && planned.get().isDone(session);
    }

    /** Whether the unit of a session is done (the calendar marks it ✓). */
    public boolean isDone(long unitId) {
        return planned.get() != null && planned.get().isDone(unitId);
    }

    public void nextWeek() {
        weekStart.set(weekStart.get().plusWeeks(1));
    }

    public void previousWeek() {
        weekStart.set(weekStart.get().minusWeeks(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void showToday() {
        weekStart.set(startOfWeek(today()));
        month.set(YearMonth.from(today()));
    }

    public ObjectProperty<PlannedPath> plannedProperty() {
        return planned;
    }

    public ObservableList<Day> agenda() {
        return agenda;
    }

    public ObservableList<Day> week() {
        return week;
    }

    public ObservableList<Day> monthDays() {
        return monthDays;
    }

    public ReadOnlyObjectProperty<LocalDate> weekStartProperty() {
        return weekStart;
    }

    public ReadOnlyStringProperty weekTitleProperty() {
        return weekTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monthTitleProperty() {
        return monthTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty behindNoteProperty() {
        return behindNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agendaEmptyProperty() {
        return agendaEmpty.getReadOnlyProperty();
    }

    /**
     * The day the week and month views start their rows on; Monday unless Settings says otherwise (null is Monday).
     */
    public ObjectProperty<DayOfWeek> firstDayOfWeekProperty() {
        return firstDayOfWeek;
    }

    public Messages messages() {
        return messages;
    }
}
