package org.studypath.domain.catalog;

/** A unit as the catalog file describes it; {@code key} identifies it within its resource across versions. */
public record CatalogUnit(String key, String title, int minutes, boolean estimated, String url) {
}
