package org.studypath.domain.catalog;

/** {@link CatalogSearch#empty()}: nothing to find, so every search with words finds nothing. */
final class EmptySearch implements CatalogSearch, CatalogSearch.Hits {
    static final EmptySearch INDEX = new EmptySearch();

    private EmptySearch() {
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public int position(long id) {
        return -1;
    }

    @Override
    public Hits find(String query, Hits previous) {
        return query == null || query.isBlank() ? null : this;
    }

    @Override
    public int prepareReading(String query) {
        return 0;
    }

    @Override
    public boolean contains(long id) {
        return false;
    }

    @Override
    public boolean containsAt(int position) {
        return false;
    }

    @Override
    public int next(int from) {
        return -1;
    }

    @Override
    public boolean isFrom(CatalogSearch search) {
        return search == this;
    }
}
