package org.studypath.domain;

import java.util.List;
import java.util.Set;

/** What the resource list shows of a resource, without loading its units. */
public record ResourceSummary(
        long id,
        Origin origin,
        long categoryId,
        int position,
        String title,
        List<String> creators,
        ResourceType type,
        boolean free,
        Set<Topic> topics,
        int unitCount,
        int totalMinutes,
        boolean estimated,
        boolean hidden) {

    public ResourceSummary {
        creators = List.copyOf(creators);
        topics = topics.isEmpty() ? Set.of() : Set.copyOf(topics);
    }

    public String creatorLine() {
        return String.join(", ", creators);
    }
}
