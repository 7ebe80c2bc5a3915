package org.studypath.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studypath.app.CatalogService;
import org.studypath.domain.Category;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.Origin;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.catalog.CatalogSearch;
import org.studypath.domain.catalog.ResourceText;
import org.studypath.search.CatalogIndex;
import org.studypath.ui.common.Messages;

/** The catalog browser's parts without the view model: what a load counts, which rows a filter leaves, the texts. */
class CatalogPartsTest {
    private static ResourceSummary row(long id, long category, String title, ResourceType type, Set<Topic> topics,
                                       boolean hidden) {
        return new ResourceSummary(id, Origin.CATALOG, category, (int) id, title, List.of(), type, true, topics, 1, 10,
                false, hidden);
    }

    /** Rows in catalog order (not id order): the index's positions and the rows differ. */
    private static final List<ResourceSummary> ROWS = List.of(
            row(30, 1, "Linear algebra", ResourceType.VIDEO_SERIES, Set.of(Topic.LINEAR_ALGEBRA), false),
            row(10, 1, "Calculus", ResourceType.BOOK, Set.of(Topic.CALCULUS), true),
            row(20, 2, "Deep learning", ResourceType.BOOK, Set.of(Topic.DEEP_LEARNING, Topic.LINEAR_ALGEBRA), false));

    private static LoadedCatalog load() {
        CatalogSearch index = CatalogIndex.build(ROWS.stream().map(r -> new ResourceText(r.id(), r.title(), "", List.of(),
                r.topics(), List.of(), List.of())).toList());
        return LoadedCatalog.of(new CatalogService.Snapshot(List.of(), ROWS, index));
    }

    private static List<Long> ids(List<ResourceSummary> rows) {
        return rows.stream().map(ResourceSummary::id).toList();
    }

    @Test
    void aLoadCountsPerCategoryWithAndWithoutHiddenAndMapsIndexPositionsToRows() {
        LoadedCatalog catalog = load();
        assertThat(catalog.count(null, true)).isEqualTo(3);
        assertThat(catalog.count(null, false)).isEqualTo(2);
        assertThat(catalog.count(1L, true)).isEqualTo(2);
        assertThat(catalog.count(1L, false)).isEqualTo(1);
        assertThat(catalog.count(9L, true)).isZero();
        assertThat(catalog.hidden()).isEqualTo(1);
        CatalogSearch index = catalog.snapshot().search();
        assertThat(catalog.rowAt(index.position(10))).isEqualTo(1);
        assertThat(catalog.rowAt(index.position(20))).isEqualTo(2);
        assertThat(catalog.rowAt(index.position(30))).isZero();
        assertThat(catalog.isHiddenRow(1)).isTrue();
        assertThat(catalog.isHiddenRow(0)).isFalse();
        assertThat(LoadedCatalog.NONE.count(null, true)).isZero();
    }

    @Test
    void aFilterLeavesTheRowsOfItsCategoryTypeTopicAndHitsInCatalogOrder() {
        LoadedCatalog catalog = load();
        CatalogSearch index = catalog.snapshot().search();
        assertThat(ids(new CatalogFilter(null, null, null, false, null).rows(catalog))).containsExactly(30L, 20L);
        assertThat(ids(new CatalogFilter(null, null, null, true, null).rows(catalog))).containsExactly(30L, 10L, 20L);
        assertThat(ids(new CatalogFilter(1L, null, null, true, null).rows(catalog))).containsExactly(30L, 10L);
        assertThat(ids(new CatalogFilter(null, ResourceType.BOOK, null, true, null).rows(catalog))).containsExactly(10L, 20L);
        assertThat(ids(new CatalogFilter(null, null, Topic.LINEAR_ALGEBRA, false, null).rows(catalog)))
                .containsExactly(30L, 20L);
        CatalogFilter linear = new CatalogFilter(null, null, null, true, index.find("linear", null));
        assertThat(ids(linear.rows(catalog))).containsExactly(30L, 20L); // the topic's name counts
        assertThat(ids(new CatalogFilter(null, null, null, true, index.find("calculus", null)).rows(catalog)))
                .containsExactly(10L);
        assertThat(ids(new CatalogFilter(null, null, null, false, index.find("calculus", null)).rows(catalog))).isEmpty();
        assertThat(linear.test(ROWS.get(0), index.position(30), index)).isTrue();
        assertThat(linear.test(ROWS.get(1), index.position(10), index)).isFalse();
    }

    @Test
    void hitsOfAnotherIndexAreTestedByIdAndTheSelectionIsFoundByItsRow() {
        LoadedCatalog catalog = load();
        CatalogSearch older = load().snapshot().search(); // the catalog read before: another index
        CatalogFilter filter = new CatalogFilter(null, null, null, true, older.find("deep", null));
        assertThat(ids(filter.rows(catalog))).containsExactly(20L);
        assertThat(filter.shows(catalog, ROWS.get(2))).isTrue();
        assertThat(filter.shows(catalog, ROWS.get(0))).isFalse();
        ResourceSummary renamed = row(20, 2, "Renamed", ResourceType.BOOK, Set.of(), false);
        assertThat(filter.shows(catalog, renamed)).as("no longer the row loaded").isFalse();
        assertThat(filter.shows(catalog, row(99, 1, "Gone", ResourceType.BOOK, Set.of(), false))).isNull();
    }

    @Test
    void theTextsSayWhyTheTableIsEmptyAndHowManyRowsAreShown() {
        CatalogTexts texts = new CatalogTexts(Messages.of(Locale.UK));
        LoadedCatalog catalog = load();
        CategoryItem all = new CategoryItem(null, "All", "全部", 3);
        CategoryItem first = new CategoryItem(1L, "Videos", "视频", 2);
        assertThat(texts.emptyMessage(false, true, null, all, null, null, null, false)).startsWith("Loading");
        assertThat(texts.emptyMessage(true, true, null, all, null, null, null, false)).startsWith("The catalog is empty");
        assertThat(texts.emptyMessage(true, false, "zzz", all, null, null, catalog, false)).startsWith("Nothing matches “zzz”.");
        assertThat(texts.emptyMessage(true, false, "zzz", first, null, null, catalog, false))
                .startsWith("Nothing matches “zzz” in Videos.");
        assertThat(texts.emptyMessage(true, false, null, all, ResourceType.BOOK, null, catalog, false))
                .startsWith("No resources match these filters");
        assertThat(texts.emptyMessage(true, false, null, first, null, null, catalog, false)).startsWith("Everything here is hidden");
        assertThat(texts.emptyMessage(true, false, null, first, null, null, catalog, true)).startsWith("This category has no");
        assertThat(texts.statusLine(2, 3, catalog)).isEqualTo("2 resources shown of 3 · 1 hidden");
        assertThat(texts.statusLine(1, 1, null)).isEqualTo("1 resource shown of 1");
        List<CategoryItem> items = texts.categoryItems(List.of(new Category(1, "v", new LocalizedText("Videos", "视频"), 0)),
                catalog, false);
        assertThat(items).extracting(CategoryItem::name).containsExactly("All resources", "Videos");
        assertThat(items).extracting(CategoryItem::count).containsExactly(2, 1);
    }
}
