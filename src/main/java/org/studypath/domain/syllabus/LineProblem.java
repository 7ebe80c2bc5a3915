package org.studypath.domain.syllabus;

import org.studypath.domain.Notice;

/** A line (or a playlist's entry) that could not be read, and why, for the preview: nothing is added while any is left. */
public record LineProblem(int line, Notice reason) {
    /** "Line 7: …" as one notice. */
    public Notice notice() {
        return Notice.of("syllabus.atLine", line, reason);
    }
}
