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
    private final BookService books;
    private final BookOpener bookOpener;

    public CatalogService(ResourceRepository resources) {
        this(resources, new BookOpener(System.getProperty("os.name")));
    }

    /** With the opener of books' PDFs given, for tests. */
    public CatalogService(ResourceRepository resources, BookOpener bookOpener) {
        this.resources = resources;
        this.books = new BookService(this);
        this.bookOpener = bookOpener;
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

    public List<Category> categories() {
        return resources.categories();
    }

    /** Reads books' PDFs and adds them as resources. */
    public BookService books() {
        return books;
    }

    /** Whether the resource has a book's PDF picked on this computer (which may have gone since). */
    public boolean hasLocalBook(long id) {
        return resources.localFile(id).isPresent();
    }

    /**
     * Shows the resource's book in the system's PDF viewer: only the file picked on this computer, and only while it
     * is an existing regular {@code .pdf} file ({@link BookOpener}); otherwise refuses with one sentence.
     */
    public void openBook(long id) throws java.io.IOException {
        String file = resources.localFile(id).orElseThrow(() ->
                new org.studypath.domain.Notice.Refused(org.studypath.domain.Notice.of("book.openNone")));
        bookOpener.open(file);
    }

    /** The study paths that include the resource, by name. */
    public List<String> pathsWith(long id) {
        return resources.pathsWith(id);
    }
}
