package org.studypath.ui.common;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.studypath.domain.Durations;
import org.studypath.domain.Notice;
import org.studypath.domain.SafeText;

/**
 * The words of the user interface in the chosen language: one resource bundle, {@code org/studypath/ui/messages}
 * (English) and {@code messages_zh} (Simplified Chinese), plus the locale's way of writing dates, numbers and
 * durations.
 *
 * <p>Every text goes through {@link MessageFormat}, so whole sentences live in the bundle with their
 * placeholders ({@code {0}}) where each language wants them; nothing is glued together from fragments. English text
 * uses the typographic apostrophe (’), so no value needs MessageFormat's quote doubling.
 *
 * <p>One instance is made by the composition root and passed to the views and view models that need it; a language
 * change builds the window again with a new instance.
 */
public final class Messages {
    public static final String BUNDLE = "org.studypath.ui.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The UI's words for {@code locale}: Chinese for any {@code zh} locale, English otherwise. */
    public static Messages of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(locale, bundle);
    }

    public Locale locale() {
        return locale;
    }

    /** True when the UI is in Chinese (so, for example, Chinese titles come first). */
    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** The text for {@code key}, with {@code args} put in its placeholders in this locale's way. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for the key " + key + " in " + BUNDLE, e);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** What the domain has to say ({@link Notice}), in this language. */
    public String notice(Notice notice) {
        return notice == null ? "" : notice.in(locale);
    }

    /**
     * Why something failed, for the learner: the notice it carries in this language, else its message, else its
     * kind (an exception without a message says nothing useful, but at least not nothing).
     */
    public String reason(Throwable failure) {
        if (failure instanceof Notice.Carrier carrier && carrier.notice() != null) {
            return notice(carrier.notice());
        }
        // a failure's own words may quote a file (a path, a library's message): shown as a notice argument would be
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : SafeText.message(failure.getMessage());
    }

    /** A date or time pattern kept in the bundle under {@code key}, as a formatter for this locale. */
    public DateTimeFormatter dates(String key) {
        return DateTimeFormatter.ofPattern(bundle.getString(key), locale);
    }

    /** "Tue 4 May 2027" / "2027年5月4日 周二" */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(dates("format.date"));
    }

    /**
     * A date as the learner typed it, read the ways this language writes one: the way {@link #date} shows it
     * ("Mon 7 Dec 2026", "2026年12月7日 周一"), the same without the weekday ("7 Dec 2026", "2026年12月7日"), and
     * the numeric year-first forms every language reads alike ("2026-12-07", "2026/12/7"). Letter case and the
     * spaces around it do not matter; a weekday that is not the date's, or a day the month does not have, is not
     * read. Empty when {@code text} is none of these.
     */
    public java.util.Optional<LocalDate> readDate(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String typed = text.strip().replaceAll("\\s+", " ");
        for (String pattern : new String[] {bundle.getString("format.date"), bundle.getString("format.dayMonthYear"),
                "uuuu-M-d", "uuuu/M/d"}) {
            // strict, so "31 Feb" is refused rather than moved to the 28th; strict reads years as 'u' (no era)
            DateTimeFormatter reader = new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern(pattern.replace('y', 'u')).toFormatter(locale)
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT);
            try {
                return java.util.Optional.of(LocalDate.parse(typed, reader));
            } catch (java.time.format.DateTimeParseException e) {
                // not this way of writing it: the next one is tried
            }
        }
        return java.util.Optional.empty();
    }

    /** "Tue 4 May" / "5月4日 周二" */
    public String shortDate(LocalDate date) {
        return date == null ? "" : date.format(dates("format.shortDate"));
    }

    /** "12 May", or "12 May 2028" when not in {@code today}'s year. */
    public String dayMonth(LocalDate date, LocalDate today) {
        if (date == null) {
            return "";
        }
        return date.format(dates(date.getYear() == today.getYear() ? "format.dayMonth" : "format.dayMonthYear"));
    }

    /** "Tuesday 4 May" / "5月4日 星期二": a day's heading. */
    public String dayHeading(LocalDate date) {
        return date == null ? "" : date.format(dates("format.dayHeading"));
    }

    /** A whole number with this locale's grouping: "12,345". */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A number with at most one decimal: "3.5". */
    public String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A planned or spent time as people read it: "45 min", "3 h 10 min", "62 h" (whole hours from 10 h). */
    public String duration(int minutes) {
        Durations.Reading reading = Durations.reading(minutes);
        if (reading.minutesOnly()) {
            return unbreakable(text("duration.minutes", reading.minutes()));
        }
        return unbreakable(reading.wholeHours() ? text("duration.hours", reading.hours())
                : text("duration.hoursMinutes", reading.hours(), reading.minutes()));
    }

    /** {@link #duration(int)}, marked "≈" when it is an estimate. */
    public String duration(int minutes, boolean estimated) {
        return estimated ? unbreakable(text("duration.estimated", duration(minutes))) : duration(minutes);
    }

    /**
     * A time that a wrapping label never breaks: "2 h 15 min" or "2 小时 15 分钟" on one line. Its spaces become
     * no-break spaces, and between two Chinese characters ("小时") goes a zero-width no-break space (U+FEFF), the
     * only joiner Java's line breaker (which JavaFX wraps text with) honours between ideographs.
     */
    static String unbreakable(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                out.append('\u00A0');
                continue;
            }
            if (i > 0 && isHan(text.charAt(i - 1)) && isHan(c)) {
                out.append('\uFEFF');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A text with the times of {@link #duration} as plain text again: for places that wrap nothing (files, tests). */
    public static String plain(String text) {
        return text == null ? null : text.replace('\u00A0', ' ').replace("\uFEFF", "");
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A short form for narrow columns: "36 min", "≈ 3.2 h", "≈ 62 h". */
    public String compactDuration(int minutes, boolean estimated) {
        String text;
        if (minutes < 60) {
            text = duration(minutes);
        } else if (minutes < 600) {
            text = unbreakable(text("duration.hoursDecimal", decimal(minutes / 60.0)));
        } else {
            text = unbreakable(text("duration.hours", Math.round(minutes / 60.0)));
        }
        return estimated ? unbreakable(text("duration.estimated", text)) : text;
    }
}
