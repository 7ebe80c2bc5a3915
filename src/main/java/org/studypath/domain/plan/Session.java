package org.studypath.domain.plan;

import java.time.LocalDate;

/**
 * A planned stretch of study on one day: one unit, or part {@code part} of {@code parts} of a unit split across days.
 */
public record Session(LocalDate date, long resourceId, String resourceTitle, long unitId, String unitTitle, int minutes,
                      int part, int parts) {
    public boolean isSplit() {
        return parts > 1;
    }
}
