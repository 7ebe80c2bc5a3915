package org.studypath.domain.progress;

import java.util.Map;

/**
 * The learner's notes as written (raw Markdown, maths as {@code $…$} / {@code $$…$$} left in), by unit id and by
 * resource id. What the exports write the notes from; an id without a note is absent, never mapped to "".
 */
public record NoteTexts(Map<Long, String> units, Map<Long, String> resources) {
    public static final NoteTexts NONE = new NoteTexts(Map.of(), Map.of());

    public NoteTexts {
        units = Map.copyOf(units);
        resources = Map.copyOf(resources);
    }

    /** The unit's note, or "" when it has none. */
    public String unit(long unitId) {
        return units.getOrDefault(unitId, "");
    }

    /** The resource's own note (not its units'), or "" when it has none. */
    public String resource(long resourceId) {
        return resources.getOrDefault(resourceId, "");
    }

    public boolean isEmpty() {
        return units.isEmpty() && resources.isEmpty();
    }
}
