package org.studypath.domain.progress;

import java.time.LocalDate;

/** Minutes actually spent on a unit on one day. */
public record TimeLog(long id, long unitId, LocalDate day, int minutes) {
}
