package org.studypath.domain.progress;

import java.time.LocalDate;
import java.util.Objects;
import org.studypath.domain.plan.DoneShare;
import org.studypath.domain.plan.UnitStatus;

/**
 * A unit's progress status and the day it was reached; {@code date} is null only for {@link UnitStatus#NOT_STARTED}.
 * {@code share} is the part done of a unit in progress ({@link DoneShare}), 0 for every other status: an undo puts it
 * back with the status.
 */
public record UnitState(long unitId, UnitStatus status, LocalDate date, double share) {
    public UnitState(long unitId, UnitStatus status, LocalDate date) {
        this(unitId, status, date, 0);
    }

    public UnitState {
        share = status == UnitStatus.IN_PROGRESS ? DoneShare.round(share) : 0;
        if (share >= 1) {
            throw new IllegalArgumentException("a unit with all of it done is done, not in progress");
        }
        Objects.requireNonNull(status);
        if (status == UnitStatus.NOT_STARTED) {
            date = null;
        } else {
            Objects.requireNonNull(date, "a date is required for " + status);
        }
    }

    public static UnitState notStarted(long unitId) {
        return new UnitState(unitId, UnitStatus.NOT_STARTED, null);
    }

    /**
     * The state a unit has at {@code share} done on {@code date}: not started at 0 (unless it was in progress with
     * nothing done, which it stays), done at 1, else in progress.
     */
    public static UnitState atShare(long unitId, double share, LocalDate date, boolean keepStarted) {
        double rounded = DoneShare.round(share);
        if (rounded >= 1) {
            return new UnitState(unitId, UnitStatus.DONE, date);
        }
        if (rounded <= 0 && !keepStarted) {
            return notStarted(unitId);
        }
        return new UnitState(unitId, UnitStatus.IN_PROGRESS, date, rounded);
    }
}
