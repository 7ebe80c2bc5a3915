package org.studypath.domain;

/** Formats planned durations the way people read them: "45 min", "3 h 10 min", "≈ 62 h". */
public final class Durations {
    public static final String ESTIMATE_MARK = "≈";

    private Durations() {
    }

    public static String format(int minutes, boolean estimated) {
        String text = format(minutes);
        return estimated ? ESTIMATE_MARK + " " + text : text;
    }

    /**
     * How a time is read, in any language: minutes alone under an hour ({@code hours} 0), whole hours from ten hours
     * or when no minutes are left ({@code minutes} 0: "62 h" reads better than "62 h 30 min"), else both.
     */
    public record Reading(long hours, int minutes) {
        public boolean minutesOnly() {
            return hours == 0;
        }

        public boolean wholeHours() {
            return hours > 0 && minutes == 0;
        }
    }

    public static Reading reading(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return new Reading(0, rest);
        }
        if (hours >= 10 || rest == 0) {
            return new Reading(Math.round(minutes / 60.0), 0);
        }
        return new Reading(hours, rest);
    }

    /** The time in English: "45 min", "3 h 10 min", "62 h" (exports and the command line). */
    public static String format(int minutes) {
        Reading reading = reading(minutes);
        if (reading.minutesOnly()) {
            return reading.minutes() + " min";
        }
        return reading.wholeHours() ? reading.hours() + " h" : reading.hours() + " h " + reading.minutes() + " min";
    }

    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(hours|hour|hrs|hr|h|小时|minutes|minute|mins|min|m|分钟|分)?");

    /**
     * Reads a duration as people type it: "45", "45 min", "1h", "1 h 30", "1h30m", "1:30", "1.5 h", "90分钟".
     * A bare number is minutes. Throws {@link IllegalArgumentException} with a message for the learner otherwise.
     */
    public static int parse(String text) {
        // a time copied from the window holds no-break spaces and zero-width joiners (see Messages.duration)
        String input = text == null ? "" : text.replace('\u00A0', ' ').replace('\u202F', ' ').replace("\uFEFF", "")
                .strip().toLowerCase(java.util.Locale.ROOT);
        if (input.isEmpty()) {
            throw new Notice.Refused(Notice.of("duration.empty"));
        }
        java.util.regex.Matcher clock = CLOCK.matcher(input);
        double minutes;
        if (clock.matches()) {
            int mins = Integer.parseInt(clock.group(2));
            if (mins >= 60) {
                throw new Notice.Refused(Notice.of("duration.colonMinutes", text.strip()));
            }
            minutes = Integer.parseInt(clock.group(1)) * 60 + mins;
        } else {
            java.util.regex.Matcher part = PARTS.matcher(input);
            int at = 0;
            minutes = 0;
            boolean hoursSeen = false;
            boolean bareSeen = false;
            while (at < input.length()) {
                while (at < input.length() && Character.isWhitespace(input.charAt(at))) {
                    at++;
                }
                if (at == input.length()) {
                    break;
                }
                if (!part.find(at) || part.start() != at) {
                    throw new Notice.Refused(Notice.of("duration.unreadable", text.strip()));
                }
                double value = Double.parseDouble(part.group(1).replace(',', '.'));
                String unit = part.group(2);
                if (unit == null && (bareSeen || !part.group(1).matches("\\d+"))) {
                    // "1 30" or "1.5": hours or minutes? Ask rather than guess.
                    throw new Notice.Refused(Notice.of("duration.unclear", text.strip()));
                }
                bareSeen |= unit == null;
                boolean hours = unit != null && (unit.startsWith("h") || unit.equals("小时"));
                if (unit == null && hoursSeen) {
                    hours = false; // "1 h 30": the bare number after hours is minutes
                }
                minutes += hours ? value * 60 : value;
                hoursSeen |= hours;
                at = part.end();
            }
        }
        long rounded = Math.round(minutes);
        if (rounded < 1) {
            throw new Notice.Refused(Notice.of("duration.tooShort", text.strip()));
        }
        if (rounded > 24 * 60) {
            throw new Notice.Refused(Notice.of("duration.tooLong", text.strip()));
        }
        return (int) rounded;
    }
}
