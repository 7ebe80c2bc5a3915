package org.studypath.store;

import java.util.List;
import java.util.Optional;
import org.studypath.domain.Category;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.catalog.ResourceText;

/** The catalog as the user sees it: curated and own resources, their units, their text to search and hiding. */
public interface ResourceRepository {
    List<Category> categories();

    /** Every current resource (hidden ones too, flagged), in category and catalog order. */
    List<ResourceSummary> summaries();

    Optional<Resource> find(long id);

    /** Every current resource's searchable text (hidden ones too), in ascending order of id: what the search looks in. */
    List<ResourceText> searchTexts();

    /** One current resource's searchable text, as {@link #searchTexts} has it; empty when it is retired or gone. */
    Optional<ResourceText> searchText(long resourceId);

    void setHidden(long resourceId, boolean hidden);

    /** Inserts (id 0) or updates one of the user's own resources with its units; returns its id. */
    long save(ResourceDraft draft);

    /** Deletes one of the user's own resources. Catalog resources cannot be deleted, only hidden. */
    void delete(long resourceId);

    /** The names of the study paths that include the resource, by name: what deleting it takes from them. */
    List<String> pathsWith(long resourceId);
}
