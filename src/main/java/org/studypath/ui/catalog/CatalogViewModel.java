package org.studypath.ui.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
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
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.catalog.CatalogSearch;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.LinkOpener;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * The catalog browser's state: categories with counts, search and filters, the selected resource. Touches no control;
 * all I/O goes through the {@link TaskRunner}. The jobs live beside it: {@link LoadedCatalog}, {@link CatalogFilter},
 * {@link SearchWork}, {@link CatalogCommands} and the selected resource's details ({@link ResourceDetail}). What stays
 * here is the observable state and how its changes follow one another (a search typed while the catalog reloads).
 */
public final class CatalogViewModel {
    private final CatalogService service;
    private final TaskRunner runner;
    private final Messages messages;
    private CatalogCommands commands; // set once in the constructor; not final as the detail reports through it
    private final CatalogTexts texts;

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
    private final ResourceDetail detail;
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
    private LoadedCatalog counts;
    /** True while a loaded catalog is being put in place: the list is filtered once, at the end. */
    private boolean applying;
    private int searchGeneration;

    public CatalogViewModel(CatalogService service, TaskRunner runner, DialogService dialogs, LinkOpener links,
                            Messages messages) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.texts = new CatalogTexts(messages);
        this.detail = new ResourceDetail(this, service, runner, messages, (what, error) -> commands.fail(what, error));
        this.commands = new CatalogCommands(service, runner, dialogs, links, messages, new CatalogCommands.Browser(
                detail::get, showHidden::get, notice::set, this::load, () -> selectedResource.set(null)));
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
        selectedResource.addListener((obs, old, now) -> detail.load(now));
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
            LoadedCatalog read = LoadedCatalog.of(service.snapshot());
            return new Reloaded(read, query, query.isBlank() ? null : read.snapshot().search().find(query, null));
        }, reloaded -> apply(reloaded, selectAfterwards), error -> commands.fail(messages.text("catalog.error.load"), error));
    }

    /** A catalog read, with the hits of the search that was typed when it was asked for (null: none). */
    private record Reloaded(LoadedCatalog read, String query, CatalogSearch.Hits hits) { }

    private void apply(Reloaded reloaded, Long selectAfterwards) {
        LoadedCatalog read = reloaded.read();
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
                detail.load(r);
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

    /** A note on the resource or a unit of it was saved or removed: its text is read again into the search at once. */
    public void noteChanged(long resourceId) {
        LoadedCatalog before = counts;
        String query = searchText.get();
        if (before != null) { // else not loaded yet, and the first load reads the note
            runner.run("Search note", () -> SearchWork.patch(service, before, resourceId, query), patched -> {
                if (before != counts) {
                    noteChanged(resourceId); // the catalog changed meanwhile: read the note into the one shown now
                } else if (patched == null) {
                    load(); // the search could not be changed in place
                } else {
                    apply(new Reloaded(patched.catalog(), query, patched.hits()), null); // the same rows, new search
                }
            }, error -> commands.fail(messages.text("catalog.error.search"), error));
        }
    }

    private void rebuildCategories() {
        Long selectedId = selectedCategory.get() == null ? null : selectedCategory.get().categoryId();
        boolean allSelected = selectedCategory.get() == null || selectedCategory.get().isAll();
        List<CategoryItem> items = texts.categoryItems(categoryList, counts, showHidden.get());
        categories.setAll(items);
        CategoryItem reselect = items.get(0);
        if (!allSelected) {
            reselect = items.stream().filter(i -> Objects.equals(i.categoryId(), selectedId)).findFirst().orElse(items.get(0));
        }
        selectedCategory.set(reselect);
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
        LoadedCatalog catalog = counts;
        CatalogFilter chosen = chosenFilter();
        // the search, and the rows it leaves with the other filters, on the worker; the FX thread only shows them
        runner.run("Search", () -> SearchWork.find(index, query, previous, catalog, chosen), found -> {
            if (generation == searchGeneration && index == searchIndex) {
                searchHits = found.hits();
                if (found.rows() != null && catalog == counts && chosen.equals(chosenFilter())) {
                    show(chosen.withHits(found.hits()), found.rows());
                } else {
                    refilter(); // a filter or the catalog changed meanwhile
                }
            }
        }, error -> commands.fail(messages.text("catalog.error.search"), error));
    }

    /**
     * Types a short search into the first catalog loaded on the worker, the answers dropped ({@link SearchWork#warmUp}).
     * Once per window, and not when a search is already typed: on a fresh JVM the first searches over a big catalog
     * otherwise run while the JIT is still compiling them.
     */
    private void prepareSearch(LoadedCatalog catalog) {
        List<String> queries = SearchWork.warmUpQueries(catalog.snapshot().resources());
        if (queries.isEmpty()) {
            return;
        }
        CatalogFilter chosen = chosenFilter();
        runner.run("Prepare search", () -> SearchWork.warmUp(catalog, queries, chosen),
                rows -> { }, error -> { }); // nothing is shown: a search that fails says so when it is typed
    }

    /** The category, type, topic and hidden filters as chosen now, without the search (FX thread). */
    private CatalogFilter chosenFilter() {
        CategoryItem category = selectedCategory.get();
        return new CatalogFilter(category == null || category.isAll() ? null : category.categoryId(), typeFilter.get(),
                topicFilter.get(), showHidden.get(), null);
    }

    private void refilter() {
        CatalogFilter filter = chosenFilter().withHits(searchHits);
        show(filter, filter.rows(counts == null ? LoadedCatalog.NONE : counts));
    }

    /**
     * Puts {@code shown} in the table, in one change; clears the selection when the filter leaves it out (tested on
     * the selected row alone, not by looking for it among the rows).
     */
    private void show(CatalogFilter filter, List<ResourceSummary> shown) {
        resources.show(shown);
        ResourceSummary selected = selectedResource.get();
        if (selected != null && !isShown(filter, selected)) {
            selectedResource.set(null);
        }
        CategoryItem category = selectedCategory.get();
        emptyMessage.set(texts.emptyMessage(loaded.get(), allResources.isEmpty(),
                searchHits == null ? null : searchText.get().strip(), category, typeFilter.get(), topicFilter.get(), counts,
                showHidden.get()));
        status.set(texts.statusLine(resources.size(), allResources.size(), counts));
    }

    /** Whether {@code selected} is among the rows {@code filter} leaves (looked for among the rows if not indexed). */
    private boolean isShown(CatalogFilter filter, ResourceSummary selected) {
        if (counts == null) {
            return false;
        }
        Boolean shown = filter.shows(counts, selected);
        return shown != null ? shown : resources.contains(selected);
    }

    public void clearFilters() {
        searchText.set("");
        typeFilter.set(null);
        topicFilter.set(null);
        selectedCategory.set(categories.isEmpty() ? null : categories.get(0));
    }

    public ReadOnlyBooleanProperty detailHasBookProperty() {
        return detail.hasBookProperty();
    }

    /** Shows the resource's book in the system's PDF viewer, or says in one sentence why not. */
    public void openBook() {
        detail.openBook();
    }

    /** What the resource form needs to read a book's PDF. */
    public org.studypath.ui.editor.BookReading bookReading() {
        return new org.studypath.ui.editor.BookReading(service.books(), runner);
    }

    /** Hides a shown catalog resource, or shows a hidden one again. */
    public void toggleHidden() {
        commands.toggleHidden();
    }

    /** Deletes the selected resource of the user's own, after asking. */
    public void deleteSelected() {
        commands.deleteSelected();
    }

    /** Saves a new or edited resource; on failure tells the user and hands the draft back so nothing is lost. */
    public void save(ResourceDraft draft, Consumer<ResourceDraft> onFailure) {
        commands.save(draft, onFailure);
    }

    /** The worker, for the resource form's paste area (long lists and playlist files are read on it). */
    public TaskRunner runner() {
        return runner;
    }

    public void openLink(String url) {
        commands.openLink(url);
    }

    /** The category a new resource goes into: the selected one, else the first. */
    public long categoryForNewResource() {
        CategoryItem item = selectedCategory.get();
        if (item != null && !item.isAll()) {
            return item.categoryId();
        }
        return categoryList.isEmpty() ? 0 : categoryList.get(0).id();
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
        return detail.property();
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
        return commands.title(resource);
    }
}
