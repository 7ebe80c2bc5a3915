package org.studypath.ui.catalog;

import java.util.ArrayList;
import java.util.List;
import org.studypath.domain.Category;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.ui.common.Messages;

/** What the catalog browser writes about its state: the category list with counts, the empty table's message, the status line. */
final class CatalogTexts {
    private final Messages messages;

    CatalogTexts(Messages messages) {
        this.messages = messages;
    }

    /** "All" and each category, with how many resources each holds (hidden ones counted or not); none loaded: 0. */
    List<CategoryItem> categoryItems(List<Category> categories, LoadedCatalog counts, boolean withHidden) {
        List<CategoryItem> items = new ArrayList<>();
        items.add(new CategoryItem(null, messages.text("catalog.categories.all"),
                messages.text("catalog.categories.allOtherLanguage"), count(counts, null, withHidden)));
        for (Category category : categories) {
            // the UI language's name first, the other language's under it
            items.add(new CategoryItem(category.id(), Labels.first(category.name(), messages),
                    Labels.second(category.name(), messages), count(counts, category.id(), withHidden)));
        }
        return items;
    }

    private static int count(LoadedCatalog counts, Long categoryId, boolean withHidden) {
        return counts == null ? 0 : counts.count(categoryId, withHidden);
    }

    /**
     * Why the table is empty, were it empty: still loading, no catalog, nothing matching the search ({@code query},
     * null when there is no search), nothing of the type or topic, all hidden, or an empty category.
     */
    String emptyMessage(boolean loaded, boolean noResources, String query, CategoryItem category, ResourceType type,
                        Topic topic, LoadedCatalog counts, boolean showHidden) {
        if (!loaded && noResources) {
            return messages.text("catalog.empty.loading");
        }
        if (noResources) {
            return messages.text("catalog.empty.catalog");
        }
        if (query != null) {
            return category != null && !category.isAll()
                    ? messages.text("catalog.empty.noMatchInCategory", query, category.name())
                    : messages.text("catalog.empty.noMatch", query);
        }
        if (type != null || topic != null) {
            return messages.text("catalog.empty.filters");
        }
        Long categoryId = category == null || category.isAll() ? null : category.categoryId();
        boolean anyHidden = counts != null && counts.count(categoryId, true) > counts.count(categoryId, false);
        if (anyHidden && !showHidden) {
            return messages.text("catalog.empty.allHidden");
        }
        return messages.text("catalog.empty.category");
    }

    /** How many rows are shown of how many, and how many are hidden when any are. */
    String statusLine(int shown, int all, LoadedCatalog counts) {
        int hidden = counts == null ? 0 : counts.hidden();
        return hidden > 0
                ? messages.text("catalog.status.shownAndHidden", shown, all, hidden)
                : messages.text("catalog.status.shown", shown, all);
    }
}
