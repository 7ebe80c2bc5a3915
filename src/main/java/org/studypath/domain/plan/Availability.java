package org.studypath.domain.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The time a learner really has: minutes per weekday, a start date, an optional target date and days off.
 */
public record Availability(Map<DayOfWeek, Integer> minutesPerWeekday, LocalDate start, LocalDate target, Set<LocalDate> daysOff) {
    public static final int MAX_MINUTES_PER_DAY = 24 * 60;

    public Availability {
        EnumMap<DayOfWeek, Integer> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            int minutes = minutesPerWeekday == null ? 0 : minutesPerWeekday.getOrDefault(day, 0);
            if (minutes < 0 || minutes > MAX_MINUTES_PER_DAY) {
                throw new IllegalArgumentException(day + ": minutes must be between 0 and " + MAX_MINUTES_PER_DAY + ", was " + minutes);
            }
            copy.put(day, minutes);
        }
        minutesPerWeekday = Map.copyOf(copy);
        daysOff = daysOff == null ? Set.of() : Set.copyOf(new TreeSet<>(daysOff));
        if (start == null) {
            throw new IllegalArgumentException("start date is required");
        }
    }

    /** Mon–Fri 60 minutes, Saturday 180, Sunday free: a typical evening-and-weekend learner. */
    public static Availability typical(LocalDate start) {
        Map<DayOfWeek, Integer> minutes = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            minutes.put(day, day == DayOfWeek.SATURDAY ? 180 : day == DayOfWeek.SUNDAY ? 0 : 60);
        }
        return new Availability(minutes, start, null, Set.of());
    }

    public int minutesOn(LocalDate date) {
        return daysOff.contains(date) ? 0 : minutesPerWeekday.get(date.getDayOfWeek());
    }

    public int minutesPerWeek() {
        return minutesPerWeekday.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Optional<LocalDate> targetDate() {
        return Optional.ofNullable(target);
    }

    public Availability withStart(LocalDate newStart) {
        return new Availability(minutesPerWeekday, newStart, target, daysOff);
    }

    public Availability withTarget(LocalDate newTarget) {
        return new Availability(minutesPerWeekday, start, newTarget, daysOff);
    }

    public Availability withMinutes(DayOfWeek day, int minutes) {
        Map<DayOfWeek, Integer> copy = new EnumMap<>(minutesPerWeekday);
        copy.put(day, minutes);
        return new Availability(copy, start, target, daysOff);
    }
}
