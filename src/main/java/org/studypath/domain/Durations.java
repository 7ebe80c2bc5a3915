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

    /** A short form for narrow columns: "36 min", "≈ 3.2 h", "≈ 62 h". */
    public static String compact(int minutes, boolean estimated) {
        String text;
        if (minutes < 60) {
            text = format(minutes);
        } else if (minutes < 600) {
            text = String.format(java.util.Locale.ROOT, "%.1f h", minutes / 60.0).replace(".0 h", " h");
        } else {
            text = Math.round(minutes / 60.0) + " h";
        }
        return estimated ? ESTIMATE_MARK + " " + text : text;
    }

    public static String format(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        if (hours >= 10 || rest == 0) {
            // long totals: whole hours read better than "62 h 30 min"
            return Math.round(minutes / 60.0) + " h";
        }
        return hours + " h " + rest + " min";
    }
}
