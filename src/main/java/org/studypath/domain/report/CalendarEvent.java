package org.studypath.domain.report;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as a calendar export wrote it: its UID, its times and summary, and whether it was sent as cancelled (no
 * longer planned). Exports remember these, so the next one can cancel what is no longer planned.
 */
public record CalendarEvent(String uid, Instant start, Instant end, String summary, boolean cancelled) {
    public CalendarEvent {
        Objects.requireNonNull(uid);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        summary = summary == null ? "" : summary;
    }
}
