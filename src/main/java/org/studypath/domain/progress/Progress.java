package org.studypath.domain.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.studypath.domain.plan.DoneShare;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PlanItem;

/**
 * Progress weighted by planned minutes, not by counting units: a 3-hour chapter done moves the bar more than a
 * 10-minute video. Units left out of the path and skipped units are on neither side; a unit in progress brings the
 * share of it done ({@link DoneShare#doneMinutes}), a done unit all of its minutes.
 */
public record Progress(int doneMinutes, int totalMinutes) {
    public static final Progress NONE = new Progress(0, 0);

    public Progress {
        if (doneMinutes < 0 || totalMinutes < 0 || doneMinutes > totalMinutes) {
            throw new IllegalArgumentException("done " + doneMinutes + " of " + totalMinutes + " minutes");
        }
    }

    public double ratio() {
        return totalMinutes == 0 ? 0 : (double) doneMinutes / totalMinutes;
    }

    /** Whole percent, rounded down so that 100 % means everything is done. */
    public int percent() {
        return totalMinutes == 0 ? 0 : (int) Math.floor(100.0 * doneMinutes / totalMinutes);
    }

    public boolean complete() {
        return totalMinutes > 0 && doneMinutes == totalMinutes;
    }

    public int leftMinutes() {
        return totalMinutes - doneMinutes;
    }

    public Progress plus(Progress other) {
        return new Progress(doneMinutes + other.doneMinutes, totalMinutes + other.totalMinutes);
    }

    public static Progress of(PlanItem item, PaceFactors pace) {
        double factor = pace.factorFor(item.type(), item.paceOverride());
        int done = 0;
        int total = 0;
        for (PlanItem.PlanUnit unit : item.units()) {
            if (unit.counts()) {
                int planned = PaceFactors.planned(unit.minutes(), factor);
                total += planned;
                done += DoneShare.doneMinutes(planned, unit.share());
            }
        }
        return new Progress(done, total);
    }

    public static Progress of(List<PlanItem> items, PaceFactors pace) {
        return items.stream().map(item -> of(item, pace)).reduce(NONE, Progress::plus);
    }

    /** Progress per group (per category, per type…), groups in the order they first appear. */
    public static <K> Map<K, Progress> by(List<PlanItem> items, PaceFactors pace, Function<PlanItem, K> group) {
        Map<K, Progress> result = new LinkedHashMap<>();
        for (PlanItem item : items) {
            result.merge(group.apply(item), of(item, pace), Progress::plus);
        }
        return result;
    }
}
