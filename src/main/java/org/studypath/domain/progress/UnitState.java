package org.studypath.domain.progress;

import java.time.LocalDate;
import java.util.Objects;
import org.studypath.domain.plan.UnitStatus;

/** A unit's progress status and the day it was reached; {@code date} is null only for {@link UnitStatus#NOT_STARTED}. */
public record UnitState(long unitId, UnitStatus status, LocalDate date) {
    public UnitState {
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
}
