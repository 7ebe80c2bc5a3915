package org.studypath.domain;

import java.util.List;
import java.util.Set;

/** A learning resource with all its details and its ordered units. */
public record Resource(
        long id,
        Origin origin,
        long categoryId,
        String title,
        String titleZh,
        List<String> creators,
        String url,
        ResourceType type,
        UnitKind unitKind,
        boolean free,
        String language,
        Set<Topic> topics,
        LocalizedText note,
        LocalizedText durationNote,
        boolean hidden,
        List<Unit> units) {

    public Resource {
        creators = List.copyOf(creators);
        topics = topics.isEmpty() ? Set.of() : Set.copyOf(topics);
        units = List.copyOf(units);
    }

    public int totalMinutes() {
        return units.stream().mapToInt(Unit::minutes).sum();
    }

    /** True when any unit's duration is an estimate, so the total is one too. */
    public boolean estimated() {
        return units.stream().anyMatch(Unit::estimated);
    }

    public boolean editable() {
        return origin == Origin.USER;
    }
}
