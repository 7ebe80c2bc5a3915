package org.studypath.domain.catalog;

import java.util.List;
import java.util.Set;
import org.studypath.domain.Topic;

/**
 * One current resource's searchable text, as the store holds it: its titles, creators, topics, the titles of its
 * current units, and the learner's notes on it and on its units. What {@link CatalogSearch} looks in.
 */
public record ResourceText(long id, String title, String titleZh, List<String> creators, Set<Topic> topics,
                           List<String> unitTitles, List<String> notes) {
    public ResourceText {
        creators = List.copyOf(creators);
        topics = Set.copyOf(topics);
        unitTitles = List.copyOf(unitTitles);
        notes = List.copyOf(notes);
    }
}
