package org.studypath.domain.catalog;

import java.util.List;
import java.util.Set;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;

/** A resource as the catalog file describes it; {@code key} identifies it across catalog versions. */
public record CatalogResource(
        String key,
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
        List<CatalogUnit> units) {

    public CatalogResource {
        creators = List.copyOf(creators);
        topics = Set.copyOf(topics);
        units = List.copyOf(units);
    }
}
