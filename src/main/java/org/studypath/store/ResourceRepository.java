package org.studypath.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.studypath.domain.Category;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.catalog.CatalogSearch;

/** The catalog as the user sees it: curated and own resources, their units, search and hiding. */
public interface ResourceRepository {
    List<Category> categories();

    /** Every current resource (hidden ones too, flagged), in category and catalog order. */
    List<ResourceSummary> summaries();

    Optional<Resource> find(long id);

    /**
     * Ids of resources whose title, creators, topics or unit titles contain every word of the query,
     * in English or Chinese. A blank query matches nothing; callers treat it as "no search".
     */
    Set<Long> search(String query);

    /** Every current resource's searchable text (what {@link #search} looks in), for searching in memory. */
    List<CatalogSearch.Entry> searchTexts();

    void setHidden(long resourceId, boolean hidden);

    /** Inserts (id 0) or updates one of the user's own resources with its units; returns its id. */
    long save(ResourceDraft draft);

    /** Deletes one of the user's own resources. Catalog resources cannot be deleted, only hidden. */
    void delete(long resourceId);

    /** The names of the study paths that include the resource, by name: what deleting it takes from them. */
    List<String> pathsWith(long resourceId);
}
