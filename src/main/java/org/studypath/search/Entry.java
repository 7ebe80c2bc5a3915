package org.studypath.search;

import java.util.ArrayList;
import java.util.List;
import org.studypath.domain.Topic;
import org.studypath.domain.catalog.ResourceText;

/** One resource's searchable text as the index reads it: any number of texts, each of one or more lines. */
public record Entry(long id, List<String> lines) {
    public Entry {
        lines = List.copyOf(lines);
    }

    /**
     * The lines of a resource: both titles, each creator, each topic's name in English and Chinese, each current unit's
     * title and each note. A word is found within one line, never across two.
     */
    public static Entry of(ResourceText text) {
        List<String> lines = new ArrayList<>(4 + text.creators().size() + text.topics().size() * 2
                + text.unitTitles().size() + text.notes().size());
        lines.add(text.title());
        lines.add(text.titleZh());
        lines.addAll(text.creators());
        for (Topic topic : text.topics()) {
            lines.add(topic.label().en());
            lines.add(topic.label().zh());
        }
        lines.addAll(text.unitTitles());
        lines.addAll(text.notes());
        return new Entry(text.id(), lines);
    }
}
