package org.studypath.domain.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.studypath.domain.Notice;

/**
 * The result of planning: dated sessions, the projected finish, and whether the target date is met.
 * When the inputs cannot be planned, {@link #problem()} says why (a {@link Notice} the UI words in the learner's
 * language), and there are no sessions.
 */
public record Schedule(List<Session> sessions, LocalDate start, LocalDate finish, LocalDate target, List<Notice> notices,
                       Notice problem) {
    public Schedule {
        sessions = List.copyOf(sessions);
        notices = List.copyOf(notices);
    }

    static Schedule failed(LocalDate start, LocalDate target, Notice problem) {
        return new Schedule(List.of(), start, null, target, List.of(), problem);
    }

    /** Why no plan could be made, in English (exports, the command line). */
    public Optional<String> problemMessage() {
        return Optional.ofNullable(problem).map(Notice::toString);
    }

    /** What the learner should know about the plan, in English. */
    public List<String> warnings() {
        return notices.stream().map(Notice::toString).toList();
    }

    public Optional<LocalDate> finishDate() {
        return Optional.ofNullable(finish);
    }

    public boolean hasTarget() {
        return target != null;
    }

    /** True when there is a target and the plan finishes on or before it. */
    public boolean targetMet() {
        return target != null && finish != null && !finish.isAfter(target);
    }

    /** Days past the target date (0 when met or when there is no target). */
    public long daysLate() {
        if (target == null || finish == null || !finish.isAfter(target)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(target, finish);
    }

    public int plannedMinutes() {
        return sessions.stream().mapToInt(Session::minutes).sum();
    }

    public Map<LocalDate, List<Session>> byDay() {
        return sessions.stream().collect(Collectors.groupingBy(Session::date, TreeMap::new, Collectors.toList()));
    }

    /** The first day each unit is planned for study (reviews left out). */
    public Map<Long, LocalDate> firstDateByUnit() {
        Map<Long, LocalDate> first = new java.util.HashMap<>();
        for (Session session : sessions) {
            if (session.isReview()) {
                continue;
            }
            first.merge(session.unitId(), session.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return first;
    }
}
