package org.studypath.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * Dates and timestamps read from outside (a backup, a setting), parsed strictly and only within years a study plan
 * can have. The JDK's lenient and "smart" resolvers quietly move {@code 2026-02-30} to the 28th and {@code 24:00:00} to
 * the next day, and its ISO forms take {@code +10000-01-01} and year 0; each of those is refused here instead, so
 * nothing is changed silently and no year that a spreadsheet would take for a formula reaches an export.
 */
public final class PlausibleDates {
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    /** {@code 2026-11-25}, four digits of year, no sign. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-').appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    /** {@code 2026-11-25 18:30:00}, SQLite's {@code datetime('now')}, taken as UTC. */
    private static final DateTimeFormatter SQLITE = new DateTimeFormatterBuilder()
            .append(DATE).appendLiteral(' ')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    /** {@code 2026-11-25T18:30:00Z}, with or without a fraction of a second: what {@link Instant#toString} writes. */
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder()
            .append(DATE).appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .appendLiteral('Z')
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private PlausibleDates() {
    }

    /** A date written {@code 2026-11-25} that exists, in years {@value #FIRST_YEAR}–{@value #LAST_YEAR}. */
    public static Optional<LocalDate> date(String text) {
        try {
            return within(LocalDate.parse(text, DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A moment written {@code 2026-11-25T18:30:00Z} (or {@code 2026-11-25 18:30:00}, UTC) that exists, in years
     * {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
     */
    public static Optional<Instant> timestamp(String text) {
        try {
            LocalDateTime time = text.indexOf('T') >= 0 ? LocalDateTime.parse(text, INSTANT) : LocalDateTime.parse(text, SQLITE);
            return within(time.toLocalDate()).map(d -> time.toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Refuses a date chosen in the window outside years {@value #FIRST_YEAR}–{@value #LAST_YEAR} (a typo in a date
     * picker's year), which a backup could not carry; null passes.
     */
    public static LocalDate require(LocalDate date) {
        if (date != null && !plausible(date)) {
            throw new Notice.Refused(Notice.of("input.implausibleDate", date.toString(), FIRST_YEAR, LAST_YEAR));
        }
        return date;
    }

    /** Whether {@code date} is in years {@value #FIRST_YEAR}–{@value #LAST_YEAR}. */
    public static boolean plausible(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    private static Optional<LocalDate> within(LocalDate date) {
        return plausible(date) ? Optional.of(date) : Optional.empty();
    }
}
