package org.studypath.domain;

/** One ordered part of a resource: an episode, chapter, module or lesson, with its estimated duration. */
public record Unit(long id, int position, String title, int minutes, boolean estimated, String url) {
}
