package org.studypath.app;

import java.util.List;
import java.util.Optional;
import org.studypath.domain.Category;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.catalog.CatalogSearch;
import org.studypath.search.CatalogIndex;
import org.studypath.search.PatchedSearch;
import org.studypath.store.ResourceRepository;

/**
 * What the catalog screens may do with resources. Every method does I/O: call it from a background task.
 */
public final class CatalogService {
    /**
     * Everything the catalog browser shows at once, read in one go, with the index of the resources' text to search
     * as you type (built here, on the caller's background thread).
     */
    public record Snapshot(List<Category> categories, List<ResourceSummary> resources, CatalogSearch search) {
        public Snapshot {
            categories = List.copyOf(categories);
            resources = List.copyOf(resources);
        }
    }

    private final ResourceRepository resources;

    public CatalogService(ResourceRepository resources) {
        this.resources = resources;
    }

    public Snapshot snapshot() {
        return new Snapshot(resources.categories(), resources.summaries(), CatalogIndex.build(resources.searchTexts()));
    }

    /**
     * {@code search} with one resource's text read again (after its note or a unit's note was saved or removed), so
     * the change is found at once without reading and indexing the whole catalog; empty when the search cannot be
     * changed in place (the resource is new to it, or gone): then take a new {@link #snapshot}.
     */
    public Optional<CatalogSearch> withTextOf(CatalogSearch search, long resourceId) {
        return resources.searchText(resourceId).map(text -> PatchedSearch.replace(search, text));
    }

    public Optional<Resource> resource(long id) {
        return resources.find(id);
    }

    public void setHidden(long id, boolean hidden) {
        resources.setHidden(id, hidden);
    }

    public long save(ResourceDraft draft) {
        return resources.save(draft);
    }

    public void delete(long id) {
        resources.delete(id);
    }

    /** The study paths that include the resource, by name. */
    public List<String> pathsWith(long id) {
        return resources.pathsWith(id);
    }
}
