package org.studypath.domain.backup;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which automatic copies to keep. Of the daily copies: the newest of each of the last {@value #DAILY} days that have
 * one, and the newest of each of the last {@value #WEEKLY} ISO weeks that have one. The copies taken before an
 * upgrade, before a restore or on request are kept for {@value #WEEKLY} weeks. Everything else may be deleted.
 */
public final class SnapshotRotation {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private SnapshotRotation() {
    }

    public static Set<Snapshot> keep(Collection<Snapshot> snapshots, LocalDate today) {
        List<Snapshot> newestFirst = snapshots.stream().filter(s -> s.reason() == Snapshot.Reason.DAILY)
                .sorted(Comparator.comparing(Snapshot::takenAt).reversed()).toList();
        Set<Snapshot> keep = new LinkedHashSet<>();
        LocalDate oldest = today.minusWeeks(WEEKLY);
        snapshots.stream().filter(s -> s.reason() != Snapshot.Reason.DAILY)
                .filter(s -> s.takenAt().toLocalDate().isAfter(oldest)).forEach(keep::add);
        keep.addAll(newestPer(newestFirst, s -> s.takenAt().toLocalDate(), DAILY));
        keep.addAll(newestPer(newestFirst, s -> week(s.takenAt().toLocalDate()), WEEKLY));
        return keep;
    }

    private static long week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static <K> Collection<Snapshot> newestPer(List<Snapshot> newestFirst, Function<Snapshot, K> period, int count) {
        Map<K, Snapshot> newest = new LinkedHashMap<>();
        for (Snapshot snapshot : newestFirst) {
            if (newest.size() == count && !newest.containsKey(period.apply(snapshot))) {
                break;
            }
            newest.putIfAbsent(period.apply(snapshot), snapshot);
        }
        return newest.values();
    }
}
