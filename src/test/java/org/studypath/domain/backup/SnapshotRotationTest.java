package org.studypath.domain.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotRotationTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25); // a Wednesday

    @Test
    void keepsTheNewestOfEachOfTheLastSevenDaysAndOfEachOfTheLastFourWeeks() {
        List<Snapshot> all = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            all.add(daily(TODAY.minusDays(day), 9));
            all.add(daily(TODAY.minusDays(day), 18)); // two a day: only the later one counts
        }
        Set<Snapshot> keep = SnapshotRotation.keep(all, TODAY);
        // 7 days: 25th back to the 19th; weeks: this week (23–29 Nov), 16–22, 9–15, 2–8 Nov, each its newest
        assertThat(keep).containsExactlyInAnyOrder(
                daily(TODAY, 18), daily(TODAY.minusDays(1), 18), daily(TODAY.minusDays(2), 18),
                daily(TODAY.minusDays(3), 18), daily(TODAY.minusDays(4), 18), daily(TODAY.minusDays(5), 18),
                daily(TODAY.minusDays(6), 18),
                daily(LocalDate.of(2026, 11, 15), 18), daily(LocalDate.of(2026, 11, 8), 18));
    }

    @Test
    void daysWithoutACopyDoNotCountAgainstTheSeven() {
        List<Snapshot> all = new ArrayList<>();
        for (int day = 0; day < 40; day += 3) {
            all.add(daily(TODAY.minusDays(day), 12));
        }
        Set<Snapshot> keep = SnapshotRotation.keep(all, TODAY);
        assertThat(keep).hasSize(7 + 0) // the 7 newest copies span 19 days, which already cover the 4 newest weeks…
                .contains(daily(TODAY, 12), daily(TODAY.minusDays(18), 12));
        assertThat(keep).doesNotContain(daily(TODAY.minusDays(21), 12));
    }

    @Test
    void copiesTakenBeforeAnUpgradeOrRestoreStayFourWeeksWithoutDisplacingDailyOnes() {
        Snapshot upgrade = new Snapshot(TODAY.minusDays(20).atTime(8, 0), Snapshot.Reason.BEFORE_UPGRADE);
        Snapshot old = new Snapshot(TODAY.minusDays(29).atTime(8, 0), Snapshot.Reason.BEFORE_RESTORE);
        Snapshot today = new Snapshot(TODAY.atTime(19, 0), Snapshot.Reason.BEFORE_RESTORE);
        Set<Snapshot> keep = SnapshotRotation.keep(List.of(upgrade, old, today, daily(TODAY, 8)), TODAY);
        assertThat(keep).containsExactlyInAnyOrder(upgrade, today, daily(TODAY, 8));
    }

    @Test
    void fileNamesRoundTripAndOtherFilesAreNotSnapshots() {
        Snapshot snapshot = new Snapshot(LocalDateTime.of(2026, 11, 25, 17, 30, 5, 123), Snapshot.Reason.BEFORE_UPGRADE);
        assertThat(snapshot.fileName()).isEqualTo("studypath-2026-11-25-173005-before-upgrade.db");
        assertThat(Snapshot.parse(snapshot.fileName())).contains(snapshot);
        assertThat(Snapshot.parse("studypath-2026-11-25-173005-daily.db.partial")).isEmpty();
        assertThat(Snapshot.parse("studypath-2026-13-25-173005-daily.db")).isEmpty();
        assertThat(Snapshot.parse("studypath-2026-11-25-173005-weird.db")).isEmpty();
        assertThat(Snapshot.parse("notes.db")).isEmpty();
    }

    private static Snapshot daily(LocalDate day, int hour) {
        return new Snapshot(day.atTime(hour, 0), Snapshot.Reason.DAILY);
    }
}
