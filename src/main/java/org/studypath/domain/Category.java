package org.studypath.domain;

/** A group of resources in the catalog sidebar. */
public record Category(long id, String key, LocalizedText name, int position) {
}
