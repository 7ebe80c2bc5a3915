package org.studypath.domain.syllabus;

import org.studypath.domain.Notice;
import org.studypath.domain.ResourceType;
import org.studypath.domain.UnitKind;

/**
 * How a pasted list is read: the minutes for a line without a time, the reading rate for page ranges, and what the
 * units of "12 × 50 min" are called (the resource's unit kind, in the learner's language).
 *
 * @param defaultMinutes minutes of a line that gives no time (marked as an estimate)
 * @param pagesPerHour   the reading rate that turns "p. 20–45" into minutes (marked as an estimate)
 * @param kind           what the units are called when the list does not say ("12 × 50 min")
 * @param chinese        whether titles made up by StudyPath are Chinese ("第 3 讲") rather than English ("Lecture 3")
 */
public record SyllabusOptions(int defaultMinutes, int pagesPerHour, UnitKind kind, boolean chinese) {
    /**
     * Ten pages an hour: a mathematics text read with pen and paper, working the examples, goes at five to fifteen
     * pages an hour; ten is the middle, and the learner can change it.
     */
    public static final int DEFAULT_PAGES_PER_HOUR = 10;
    public static final int MAX_PAGES_PER_HOUR = 200;

    public SyllabusOptions {
        if (defaultMinutes < 1 || defaultMinutes > SyllabusParser.MAX_MINUTES) {
            throw new Notice.Refused(Notice.of("syllabus.badDefault", defaultMinutes, SyllabusParser.MAX_MINUTES));
        }
        if (pagesPerHour < 1 || pagesPerHour > MAX_PAGES_PER_HOUR) {
            throw new Notice.Refused(Notice.of("syllabus.badRate", pagesPerHour, MAX_PAGES_PER_HOUR));
        }
        kind = kind == null ? UnitKind.UNIT : kind;
    }

    /** The defaults for a resource of {@code type}: its usual unit length, ten pages an hour. */
    public static SyllabusOptions forType(ResourceType type, UnitKind kind, boolean chinese) {
        return new SyllabusOptions(defaultMinutes(type), DEFAULT_PAGES_PER_HOUR, kind, chinese);
    }

    /**
     * A resource's default unit length, for a line without a time: an episode of a video series runs about a quarter
     * of an hour, a lecture of a course or a set of notes under an hour, a book's chapter an hour.
     */
    public static int defaultMinutes(ResourceType type) {
        if (type == null) {
            return 30;
        }
        return switch (type) {
            case VIDEO_SERIES -> 15;
            case SINGLE_VIDEO -> 20;
            case ONLINE_COURSE -> 50;
            case COURSE_NOTES -> 45;
            case BOOK -> 60;
        };
    }

    public SyllabusOptions withPagesPerHour(int rate) {
        return new SyllabusOptions(defaultMinutes, rate, kind, chinese);
    }

    public SyllabusOptions withDefaultMinutes(int minutes) {
        return new SyllabusOptions(minutes, pagesPerHour, kind, chinese);
    }
}
