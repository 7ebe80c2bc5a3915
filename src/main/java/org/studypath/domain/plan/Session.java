package org.studypath.domain.plan;

import java.time.LocalDate;

/**
 * A planned stretch of study on one day: one unit, or part {@code part} of {@code parts} of a unit split across days.
 *
 * <p>A review ({@link SessionKind#isReview()}) is never split (part 1 of 1); {@code reviewNumber} says which review
 * of the unit it is (1 = the first after finishing it; 0 for study). A whole-resource review
 * ({@link SessionKind#RESOURCE_REVIEW}) names the resource's anchor unit, the last unit of it that counts: its ratings
 * are kept on that unit.
 */
public record Session(LocalDate date, long resourceId, String resourceTitle, long unitId, String unitTitle, int minutes,
                      int part, int parts, SessionKind kind, int reviewNumber) {
    public Session {
        kind = kind == null ? SessionKind.STUDY : kind;
    }

    /** A study session. */
    public Session(LocalDate date, long resourceId, String resourceTitle, long unitId, String unitTitle, int minutes,
                   int part, int parts) {
        this(date, resourceId, resourceTitle, unitId, unitTitle, minutes, part, parts, SessionKind.STUDY, 0);
    }

    public boolean isSplit() {
        return parts > 1;
    }

    public boolean isReview() {
        return kind.isReview();
    }

    /** The same session on another day. */
    public Session on(LocalDate day) {
        return new Session(day, resourceId, resourceTitle, unitId, unitTitle, minutes, part, parts, kind, reviewNumber);
    }
}
