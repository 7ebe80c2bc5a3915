package org.studypath.domain.plan;

import java.util.Locale;

/**
 * What a session is for: studying a unit for the first time, or reviewing what was studied (a single unit, or a
 * whole resource once all its units are done).
 */
public enum SessionKind {
    STUDY, REVIEW, RESOURCE_REVIEW;

    public boolean isReview() {
        return this != STUDY;
    }

    /** The word for files (the CSV's {@code kind} column): {@code study} or {@code review}. */
    public String code() {
        return isReview() ? "review" : name().toLowerCase(Locale.ROOT);
    }
}
