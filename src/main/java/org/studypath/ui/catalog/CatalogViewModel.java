package org.studypath.ui.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.studypath.app.CatalogService;
import org.studypath.domain.Category;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.WebLinks;
import org.studypath.domain.catalog.CatalogSearch;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.LinkOpener;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * The catalog browser's state and logic: categories with counts, search and filters, the selected resource's
 * details, hiding catalog resources and managing the user's own. Touches no control; all I/O goes through the
 * {@link TaskRunner}.
 */
public final class CatalogViewModel {
    private final CatalogService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final LinkOpener links;
    private final Messages messages;

    private final ObservableList<CategoryItem> categories = FXCollections.observableArrayList();
    private final ObjectProperty<CategoryItem> selectedCategory = new SimpleObjectProperty<>(this, "selectedCategory");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<ResourceType> typeFilter = new SimpleObjectProperty<>(this, "typeFilter");
    private final ObjectProperty<Topic> topicFilter = new SimpleObjectProperty<>(this, "topicFilter");
    private final BooleanProperty showHidden = new SimpleBooleanProperty(this, "showHidden", false);
    private final ObservableList<ResourceSummary> allResources = FXCollections.observableArrayList();
    /**
     * The rows the table shows, replaced whole each time the search or a filter changes (see {@link #show}); read-only
     * for the table, which (as with the filtered list before) therefore does not sort it in place.
     */
    private final RowList<ResourceSummary> resources = new RowList<>();
    private final FilteredList<ResourceSummary> shownResources = new FilteredList<>(allResources, r -> !r.hidden());
    private final ObjectProperty<ResourceSummary> selectedResource = new SimpleObjectProperty<>(this, "selectedResource");
    private final ReadOnlyObjectWrapper<Resource> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);

    private List<Category> categoryList = List.of();
    /** The loaded catalog's text, searched in memory as the user types. */
    private CatalogSearch searchIndex = CatalogSearch.empty();
    /** Whether {@link #prepareSearch} has run: once per window, as the JIT compiles once per JVM. */
    private boolean searchPrepared;
    /** What the current search found, or null when there is no search. */
    private CatalogSearch.Hits searchHits;
    /** The loaded catalog, its counts and where its rows are in the search index; null before it is loaded. */
    private Loaded counts;
    /** True while a loaded catalog is being put in place: the list is filtered once, at the end. */
    private boolean applying;
    private int searchGeneration;
    private int detailGeneration;

    public CatalogViewModel(CatalogService service, TaskRunner runner, DialogService dialogs, LinkOpener links,
                            Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.links = links;
        this.messages = messages;
        emptyMessage.set(messages.text("catalog.empty.loading"));
        selectedCategory.addListener((obs, old, now) -> {
            if (!applying) {
                refilter();
            }
        });
        typeFilter.addListener((obs, old, now) -> refilter());
        topicFilter.addListener((obs, old, now) -> refilter());
        showHidden.addListener((obs, old, now) -> {
            rebuildCategories();
            refilter();
        });
        searchText.addListener((obs, old, now) -> search(now));
        selectedResource.addListener((obs, old, now) -> loadDetail(now));
    }

    // ---- loading ----

    /** Reads the catalog from the store in the background. */
    public void load() {
        load(null);
    }

    private void load(Long selectAfterwards) {
        String query = searchText.get();
        // a search typed before the reload is answered from the new catalog in the same work, on the worker
        runner.run("Load catalog", () -> {
            Loaded read = Loaded.of(service.snapshot());
            return new Reloaded(read, query, query.isBlank() ? null : read.snapshot().search().find(query, null));
        }, reloaded -> apply(reloaded, selectAfterwards), error -> fail(messages.text("catalog.error.load"), error));
    }

    /** A catalog read, with the hits of the search that was typed when it was asked for (null: none). */
    private record Reloaded(Loaded read, String query, CatalogSearch.Hits hits) {
    }

    /**
     * A snapshot with what is counted in it, counted on the worker thread: a catalog may hold 100,000 resources. Also
     * which row is at each place of the snapshot's search index ({@code rowAt}), so that hits are turned into rows
     * without looking ids up, and each row's category
     * and whether it is hidden (a bit set), so that filtering reads arrays rather than 100,000 objects.
     */
    private record Loaded(CatalogService.Snapshot snapshot, Map<Long, Integer> perCategory,
                          Map<Long, Integer> hiddenPerCategory, int hidden, int[] rowAt,
                          long[] categoryOf, long[] hiddenRows) {
        static Loaded of(CatalogService.Snapshot snapshot) {
            Map<Long, Integer> perCategory = new HashMap<>();
            Map<Long, Integer> hiddenPerCategory = new HashMap<>();
            int hidden = 0;
            List<ResourceSummary> rows = snapshot.resources();
            int[] rowAt = new int[snapshot.search().size()];
            java.util.Arrays.fill(rowAt, -1);
            long[] categoryOf = new long[rows.size()];
            long[] hiddenRows = new long[(rows.size() + 63) >>> 6];
            for (int row = 0; row < rows.size(); row++) {
                ResourceSummary r = rows.get(row);
                perCategory.merge(r.categoryId(), 1, Integer::sum);
                categoryOf[row] = r.categoryId();
                if (r.hidden()) {
                    hiddenPerCategory.merge(r.categoryId(), 1, Integer::sum);
                    hidden++;
                    hiddenRows[row >>> 6] |= 1L << row;
                }
                int position = snapshot.search().position(r.id());
                if (position >= 0) {
                    rowAt[position] = row;
                }
            }
            return new Loaded(snapshot, perCategory, hiddenPerCategory, hidden, rowAt, categoryOf, hiddenRows);
        }

        /** Nothing loaded yet (immutable, so one is shared). */
        static final Loaded NONE = new Loaded(new CatalogService.Snapshot(List.of(), List.of(), CatalogSearch.empty()),
                Map.of(), Map.of(), 0, new int[0], new long[0], new long[0]);

        /** How many resources the category holds (null: all of them), counting hidden ones or not. */
        int count(Long categoryId, boolean withHidden) {
            int all = categoryId == null ? snapshot.resources().size() : perCategory.getOrDefault(categoryId, 0);
            int hiddenHere = categoryId == null ? hidden : hiddenPerCategory.getOrDefault(categoryId, 0);
            return withHidden ? all : all - hiddenHere;
        }
    }

    private void apply(Reloaded reloaded, Long selectAfterwards) {
        Loaded read = reloaded.read();
        CatalogService.Snapshot snapshot = read.snapshot();
        Long keepSelected = selectAfterwards != null ? selectAfterwards
                : Optional.ofNullable(selectedResource.get()).map(ResourceSummary::id).orElse(null);
        // filter the new rows once, at the end
        applying = true;
        try {
            categoryList = snapshot.categories();
            counts = read;
            searchIndex = snapshot.search();
            // searches still running were asked of the catalog before: their answers are dropped
            searchGeneration++;
            if (reloaded.query().equals(searchText.get())) {
                searchHits = reloaded.hits();
            } // else typed meanwhile: the hits before are shown until the new catalog answers (below)
            rebuildCategories();
            allResources.setAll(snapshot.resources());
        } finally {
            applying = false;
        }
        refilter();
        if (!searchText.get().isBlank() && !reloaded.query().equals(searchText.get())) {
            search(searchText.get()); // typed while the catalog was read: look in the new one
        }
        loaded.set(true);
        if (keepSelected != null) {
            resources.stream().filter(r -> r.id() == keepSelected).findFirst().ifPresentOrElse(r -> {
                selectedResource.set(r);
                loadDetail(r);
            }, () -> selectedResource.set(null));
        }
        // a newly saved resource must be visible even when a search or filter would hide it
        if (selectAfterwards != null && (selectedResource.get() == null || selectedResource.get().id() != selectAfterwards)) {
            clearFilters();
            resources.stream().filter(r -> r.id() == selectAfterwards).findFirst().ifPresent(selectedResource::set);
        }
        if (!searchPrepared && searchText.get().isBlank()) {
            searchPrepared = true;
            prepareSearch(read); // last: the selection's detail and a search typed next go first
        }
    }

    private void rebuildCategories() {
        Long selectedId = selectedCategory.get() == null ? null : selectedCategory.get().categoryId();
        boolean allSelected = selectedCategory.get() == null || selectedCategory.get().isAll();
        List<CategoryItem> items = new ArrayList<>();
        items.add(new CategoryItem(null, messages.text("catalog.categories.all"),
                messages.text("catalog.categories.allOtherLanguage"), countIn(null)));
        for (Category category : categoryList) {
            // the UI language's name first, the other language's under it
            items.add(new CategoryItem(category.id(), Labels.first(category.name(), messages),
                    Labels.second(category.name(), messages), countIn(category.id())));
        }
        categories.setAll(items);
        CategoryItem reselect = items.get(0);
        if (!allSelected) {
            reselect = items.stream().filter(i -> Objects.equals(i.categoryId(), selectedId)).findFirst().orElse(items.get(0));
        }
        selectedCategory.set(reselect);
    }

    private int countIn(Long categoryId) {
        return counts == null ? 0 : counts.count(categoryId, showHidden.get());
    }

    // ---- search and filters ----

    private void search(String query) {
        int generation = ++searchGeneration;
        if (query == null || query.isBlank()) {
            searchHits = null;
            refilter();
            return;
        }
        CatalogSearch index = searchIndex;
        CatalogSearch.Hits previous = searchHits;
        Loaded catalog = counts;
        Filter chosen = chosenFilter();
        // the search, and the rows it leaves with the other filters, on the worker; the FX thread only shows them
        runner.run("Search", () -> find(index, query, previous, catalog, chosen), found -> {
            if (generation == searchGeneration && index == searchIndex) {
                searchHits = found.hits();
                if (found.rows() != null && catalog == counts && chosen.equals(chosenFilter())) {
                    show(chosen.withHits(found.hits()), found.rows());
                } else {
                    refilter(); // a filter or the catalog changed meanwhile
                }
            }
        }, error -> fail(messages.text("catalog.error.search"), error));
    }

    /**
     * Types a short search into the first catalog loaded on the worker, the answers dropped: the first six letters of
     * its first resource's title, one at a time as a user types them, through the same search and row picking as a
     * keystroke ({@link #find}); then every text is read for them ({@link CatalogSearch#prepareReading}), as a search
     * of four letters or more does. Once per window, and not when a search is already typed. On a fresh JVM the first
     * searches over a big catalog otherwise run while the JIT is still compiling them: over 100,000 resources the
     * first four-letter query's search took 37 ms, later ones 1–7 ms (docs/performance.md).
     */
    private void prepareSearch(Loaded catalog) {
        List<String> queries = warmUpQueries(catalog.snapshot().resources());
        if (queries.isEmpty()) {
            return;
        }
        CatalogSearch index = catalog.snapshot().search();
        Filter chosen = chosenFilter();
        runner.run("Prepare search", () -> {
            CatalogSearch.Hits previous = null;
            int rows = 0;
            for (String query : queries) {
                Found found = find(index, query, previous, catalog, chosen);
                previous = found.hits();
                rows += found.rows().size();
            }
            return rows + index.prepareReading(queries.get(queries.size() - 1));
        }, rows -> { }, error -> { }); // nothing is shown: a search that fails says so when it is typed
    }

    /** A keystroke's work on the worker: the search, and the rows it leaves with the other filters. */
    private static Found find(CatalogSearch index, String query, CatalogSearch.Hits previous, Loaded catalog, Filter chosen) {
        CatalogSearch.Hits hits = index.find(query, previous);
        return new Found(hits, catalog == null ? null : chosen.withHits(hits).rows(catalog));
    }

    /** The first six letters of the first title, as typed: "L", "Li", "Lin"… (none for an empty catalog). */
    static List<String> warmUpQueries(List<ResourceSummary> resources) {
        if (resources.isEmpty()) {
            return List.of();
        }
        String title = resources.get(0).title().strip();
        List<String> typed = new ArrayList<>();
        int end = 0;
        for (int i = 0; i < 6 && end < title.length(); i++) {
            end = title.offsetByCodePoints(end, 1);
            typed.add(title.substring(0, end));
        }
        return typed;
    }

    /** What a search found, and the rows it leaves with the other filters (null when no catalog was loaded). */
    private record Found(CatalogSearch.Hits hits, List<ResourceSummary> rows) {
    }

    /**
     * Which rows the table shows: those of the category (null: all), of the type and topic when one is chosen, not
     * hidden unless hidden ones are shown, and among the search's hits when there is a search.
     */
    private record Filter(Long categoryId, ResourceType type, Topic topic, boolean hidden, CatalogSearch.Hits hits) {
        Filter withHits(CatalogSearch.Hits found) {
            return new Filter(categoryId, type, topic, hidden, found);
        }

        /**
         * Whether a row passes; {@code position} is its place in {@code index}, by which the hits are tested when
         * they came from it (else by the row's id: hits of the catalog loaded before).
         */
        boolean test(ResourceSummary r, int position, CatalogSearch index) {
            return (categoryId == null || categoryId == r.categoryId())
                    && (type == null || r.type() == type)
                    && (topic == null || r.topics().contains(topic))
                    && (hidden || !r.hidden())
                    && (hits == null || (hits.isFrom(index) ? position >= 0 && hits.containsAt(position) : hits.contains(r.id())));
        }

        /**
         * The catalog's rows that pass, in their order. With hits of the catalog's index only their rows are gone
         * through (marked in a bit set over the rows, then read in order); the category and hidden flag are read from
         * the catalog's arrays, the row itself only for a type or topic.
         */
        List<ResourceSummary> rows(Loaded catalog) {
            List<ResourceSummary> all = catalog.snapshot().resources();
            CatalogSearch index = catalog.snapshot().search();
            List<ResourceSummary> passing = new ArrayList<>(hits == null ? all.size() : hits.size());
            if (hits != null && hits.isFrom(index)) {
                long[] hitRows = new long[(all.size() + 63) >>> 6];
                for (int p = hits.next(0); p >= 0; p = hits.next(p + 1)) {
                    int row = catalog.rowAt()[p];
                    if (row >= 0) {
                        hitRows[row >>> 6] |= 1L << row;
                    }
                }
                for (int w = 0; w < hitRows.length; w++) {
                    for (long bits = hitRows[w]; bits != 0; bits &= bits - 1) {
                        int row = (w << 6) + Long.numberOfTrailingZeros(bits);
                        if (passesOthers(catalog, row)) {
                            passing.add(all.get(row));
                        }
                    }
                }
                return passing;
            }
            for (int row = 0; row < all.size(); row++) {
                if (passesOthers(catalog, row) && (hits == null || hits.contains(all.get(row).id()))) {
                    passing.add(all.get(row));
                }
            }
            return passing;
        }

        /** {@link #test} but for the search, of the catalog's row {@code row}. */
        private boolean passesOthers(Loaded catalog, int row) {
            if ((categoryId != null && catalog.categoryOf()[row] != categoryId)
                    || (!hidden && (catalog.hiddenRows()[row >>> 6] & (1L << row)) != 0)) {
                return false;
            }
            if (type == null && topic == null) {
                return true;
            }
            ResourceSummary r = catalog.snapshot().resources().get(row);
            return (type == null || r.type() == type) && (topic == null || r.topics().contains(topic));
        }
    }

    /** The category, type, topic and hidden filters as chosen now, without the search (FX thread). */
    private Filter chosenFilter() {
        CategoryItem category = selectedCategory.get();
        return new Filter(category == null || category.isAll() ? null : category.categoryId(), typeFilter.get(),
                topicFilter.get(), showHidden.get(), null);
    }

    private void refilter() {
        Filter filter = chosenFilter().withHits(searchHits);
        show(filter, filter.rows(counts == null ? Loaded.NONE : counts));
    }

    /**
     * Puts {@code shown} in the table, in one change; clears the selection when the filter leaves it out (tested on
     * the selected row alone, not by looking for it among the rows).
     */
    private void show(Filter filter, List<ResourceSummary> shown) {
        resources.show(shown);
        ResourceSummary selected = selectedResource.get();
        if (selected != null && !isShown(filter, selected)) {
            selectedResource.set(null);
        }
        CategoryItem category = selectedCategory.get();
        emptyMessage.set(emptyMessageFor(category, typeFilter.get(), topicFilter.get()));
        status.set(statusLine());
    }

    /** Whether {@code selected} is among the rows {@code filter} leaves: the loaded catalog's row of its id, equal to it, passing. */
    private boolean isShown(Filter filter, ResourceSummary selected) {
        if (counts == null) {
            return false;
        }
        CatalogSearch index = counts.snapshot().search();
        int position = index.position(selected.id());
        int row = position < 0 ? -1 : counts.rowAt()[position];
        if (row < 0) {
            // not in the search index (it should be): look for it among the rows
            return resources.contains(selected);
        }
        ResourceSummary current = counts.snapshot().resources().get(row);
        return current.equals(selected) && filter.test(current, position, index);
    }

    private String emptyMessageFor(CategoryItem category, ResourceType type, Topic topic) {
        if (!loaded.get() && allResources.isEmpty()) {
            return messages.text("catalog.empty.loading");
        }
        if (allResources.isEmpty()) {
            return messages.text("catalog.empty.catalog");
        }
        if (searchHits != null) {
            String query = searchText.get().strip();
            return category != null && !category.isAll()
                    ? messages.text("catalog.empty.noMatchInCategory", query, category.name())
                    : messages.text("catalog.empty.noMatch", query);
        }
        if (type != null || topic != null) {
            return messages.text("catalog.empty.filters");
        }
        Long categoryId = category == null || category.isAll() ? null : category.categoryId();
        boolean anyHidden = counts != null && counts.count(categoryId, true) > counts.count(categoryId, false);
        if (anyHidden && !showHidden.get()) {
            return messages.text("catalog.empty.allHidden");
        }
        return messages.text("catalog.empty.category");
    }

    private String statusLine() {
        int hidden = counts == null ? 0 : counts.hidden();
        return hidden > 0
                ? messages.text("catalog.status.shownAndHidden", resources.size(), allResources.size(), hidden)
                : messages.text("catalog.status.shown", resources.size(), allResources.size());
    }

    public void clearFilters() {
        searchText.set("");
        typeFilter.set(null);
        topicFilter.set(null);
        selectedCategory.set(categories.isEmpty() ? null : categories.get(0));
    }

    // ---- details and actions ----

    private void loadDetail(ResourceSummary summary) {
        int generation = ++detailGeneration;
        if (summary == null) {
            detail.set(null);
            return;
        }
        runner.run("Load resource", () -> service.resource(summary.id()), found -> {
            if (generation == detailGeneration) {
                detail.set(found.orElse(null));
            }
        }, error -> fail(messages.text("catalog.error.resource"), error));
    }

    /** Hides a shown catalog resource, or shows a hidden one again. */
    public void toggleHidden() {
        Resource resource = detail.get();
        if (resource == null) {
            return;
        }
        boolean hide = !resource.hidden();
        runner.run(hide ? "Hide resource" : "Show resource", () -> {
            service.setHidden(resource.id(), hide);
            return null;
        }, ignored -> {
            String title = title(resource);
            notice.set(hide ? messages.text("catalog.notice.hidden", title) : messages.text("catalog.notice.shownAgain", title));
            load(hide && !showHidden.get() ? null : resource.id());
        }, error -> fail(messages.text("catalog.error.hide"), error));
    }

    /** Deletes the selected resource of the user's own, after asking. */
    public void deleteSelected() {
        Resource resource = detail.get();
        if (resource == null || !resource.editable()) {
            return;
        }
        // what it is part of is asked off the FX thread, then the question names it
        runner.run("Paths of resource", () -> service.pathsWith(resource.id()), paths -> confirmDelete(resource, paths),
                error -> fail(messages.text("catalog.error.delete"), error));
    }

    private void confirmDelete(Resource resource, List<String> paths) {
        String message = messages.text("catalog.delete.message", resource.units().size());
        if (!paths.isEmpty()) {
            message = message + "\n\n" + messages.text("catalog.delete.inPaths", paths.size(),
                    paths.stream().map(name -> messages.text("catalog.delete.pathName", name))
                            .collect(java.util.stream.Collectors.joining(messages.text("catalog.delete.pathSeparator"))));
        }
        if (!dialogs.confirmDestructive(messages.text("catalog.delete.title", title(resource)), message,
                messages.text("common.delete"))) {
            return;
        }
        runner.run("Delete resource", () -> {
            service.delete(resource.id());
            return null;
        }, ignored -> {
            selectedResource.set(null);
            notice.set(messages.text("catalog.notice.deleted", title(resource)));
            load();
        }, error -> fail(messages.text("catalog.error.delete"), error));
    }

    /** Saves a new or edited resource; on failure tells the user and hands the draft back so nothing is lost. */
    public void save(ResourceDraft draft, Consumer<ResourceDraft> onFailure) {
        runner.run("Save resource", () -> service.save(draft), id -> {
            notice.set(messages.text("catalog.notice.saved", draft.title()));
            load(id);
        }, error -> {
            fail(messages.text("catalog.error.save", draft.title()), error);
            onFailure.accept(draft);
        });
    }

    public void openLink(String url) {
        WebLinks.parse(url).ifPresentOrElse(links::open,
                () -> dialogs.showError(messages.text("catalog.link.errorTitle"), messages.text("catalog.link.errorMessage", url)));
    }

    /** The category a new resource goes into: the selected one, else the first. */
    public long categoryForNewResource() {
        CategoryItem item = selectedCategory.get();
        if (item != null && !item.isAll()) {
            return item.categoryId();
        }
        return categoryList.isEmpty() ? 0 : categoryList.get(0).id();
    }

    private void fail(String what, Throwable error) {
        String reason = messages.reason(error);
        notice.set(messages.text("catalog.notice.failed", what));
        dialogs.showError(what, reason);
    }

    // ---- properties ----

    public ObservableList<CategoryItem> categories() {
        return categories;
    }

    public List<Category> categoryList() {
        return categoryList;
    }

    public ObjectProperty<CategoryItem> selectedCategoryProperty() {
        return selectedCategory;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<ResourceType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<Topic> topicFilterProperty() {
        return topicFilter;
    }

    public BooleanProperty showHiddenProperty() {
        return showHidden;
    }

    public ObservableList<ResourceSummary> resources() {
        return resources;
    }

    /** Every resource that is not hidden, whatever the search and filters: what can be added to a path. */
    public ObservableList<ResourceSummary> shownResources() {
        return shownResources;
    }

    public ObjectProperty<ResourceSummary> selectedResourceProperty() {
        return selectedResource;
    }

    public ReadOnlyObjectProperty<Resource> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The outcome of the last action ("Saved …", "Hid …"), for the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The UI's words, for the catalog's views and the resource editor. */
    public Messages messages() {
        return messages;
    }

    /** A resource's title as the catalog shows it: the Chinese title first in the Chinese UI, when it has one. */
    public String title(Resource resource) {
        return Labels.first(new LocalizedText(resource.title(), resource.titleZh()), messages);
    }
}
