package org.studypath.ui.catalog;

/** One row of the category sidebar: a category (or "All", with a null id), its names and how many it holds. */
public record CategoryItem(Long categoryId, String name, String otherName, int count) {
    public boolean isAll() {
        return categoryId == null;
    }
}
