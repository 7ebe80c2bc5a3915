package org.studypath.domain.catalog;

import java.util.List;
import org.studypath.domain.LocalizedText;

public record CatalogCategory(String key, LocalizedText name, List<CatalogResource> resources) {
    public CatalogCategory {
        resources = List.copyOf(resources);
    }
}
