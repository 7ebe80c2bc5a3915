package org.studypath.domain.plan;

import java.util.List;
import org.studypath.domain.Durations;
import org.studypath.domain.Notice;

/**
 * The maths of partial progress. A unit in progress has a done share, a fraction of its planned minutes from 0 up to
 * (not including) 1; reaching 1 makes it done. A share is kept to {@link #STEPS} steps (four decimals), so shares read
 * back from the store or a backup compare equal to the ones written.
 *
 * <p>Done minutes are the planned minutes times the share, rounded down (after the share's own rounding is given
 * back): a unit not done never counts all its minutes, so 100 % is only ever reached by finishing.
 *
 * <p>Parts: a unit the plan splits over days into parts of m1…mn minutes, which together cover the last T of the
 * unit's F planned minutes (T is less than F when work done before the plan's start was planned out), ends part k at
 * the share (F − T + m1 + … + mk) / F. Ticking part k sets the share to where it ends, unticking it to where it starts;
 * a part counts as done when the share has reached its end. So ticking parts 1…n one by one ends at exactly 1.
 */
public final class DoneShare {
    public static final int STEPS = 10_000;

    private DoneShare() {
    }

    /** The share kept to four decimals, between 0 and 1; refused when it is not a number. */
    public static double round(double share) {
        if (Double.isNaN(share)) {
            throw new IllegalArgumentException("a share is a number");
        }
        return Math.max(0, Math.min(STEPS, Math.round(share * STEPS))) / (double) STEPS;
    }

    /** Minutes done of {@code planned} at {@code share}: rounded down, and short of all of them unless the share is 1. */
    public static int doneMinutes(int planned, double share) {
        if (share >= 1) {
            return planned;
        }
        if (share <= 0 || planned <= 0) {
            return 0;
        }
        // up to half a step of rounding (the four decimals) is given back, so a part of 10 of 17 minutes, kept as
        // 0.5882, counts its 10 minutes and not 9
        return Math.min(planned - 1, (int) Math.floor(planned * share + planned * 0.5 / STEPS + 1e-9));
    }

    /** The share {@code minutes} done of {@code planned} make (all of them or more: 1). */
    public static double ofMinutes(int minutes, int planned) {
        if (planned <= 0 || minutes >= planned) {
            return 1;
        }
        return round(Math.max(0, minutes) / (double) planned);
    }

    /**
     * Reads how much of a unit is done as the learner typed it: a percentage ("40 %", "40%", "40％") or a duration
     * ("45", "1 h 30", as {@link Durations#parse} reads it) out of the unit's own {@code unitMinutes} (a video's
     * length: 30 minutes into a 60-minute video is half of it, whatever the pace). 100 % or all the minutes give 1.
     */
    public static double parse(String typed, int unitMinutes) {
        String text = typed == null ? "" : typed.replace('％', '%').strip();
        if (text.endsWith("%")) {
            String number = text.substring(0, text.length() - 1).strip().replace(',', '.');
            double percent;
            try {
                percent = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw new Notice.Refused(Notice.of("share.unreadable", text));
            }
            if (!(percent >= 0 && percent <= 100)) {
                throw new Notice.Refused(Notice.of("share.percentRange", text));
            }
            return round(percent / 100);
        }
        if (text.equals("0")) {
            return 0;
        }
        int minutes;
        try {
            minutes = Durations.parse(text);
        } catch (Notice.Refused e) {
            throw new Notice.Refused(Notice.of("share.unreadable", text));
        }
        if (minutes > unitMinutes) {
            throw new Notice.Refused(Notice.of("share.tooMuch", text, Durations.format(unitMinutes)));
        }
        return ofMinutes(minutes, unitMinutes);
    }

    /** Where a range of parts starts and ends, as shares of the unit. */
    public record Range(double from, double to) {
        /** Whether {@code share} has reached the end of the range. */
        public boolean doneAt(double share) {
            return share >= to - 0.5 / STEPS;
        }
    }

    /**
     * The shares at which parts {@code from} to {@code to} (1-based) of a unit start and end, given the minutes of
     * every part the plan has for it and the unit's full planned minutes.
     */
    public static Range range(List<Integer> partMinutes, int fullPlanned, int from, int to) {
        int covered = partMinutes.stream().mapToInt(Integer::intValue).sum();
        int full = Math.max(fullPlanned, covered);
        if (full == 0) {
            return new Range(0, 1);
        }
        int before = full - covered;
        for (int i = 0; i < from - 1; i++) {
            before += partMinutes.get(i);
        }
        int through = before;
        for (int i = from - 1; i < to; i++) {
            through += partMinutes.get(i);
        }
        return new Range(round(before / (double) full), to >= partMinutes.size() ? 1 : round(through / (double) full));
    }
}
