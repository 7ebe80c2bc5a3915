package org.studypath.domain;

/**
 * One ordered part of a resource: an episode, chapter, module or lesson, with its estimated duration.
 *
 * @param firstPage the page of its book it starts on, 1-based as a PDF viewer numbers pages; null when it is not a
 *                  book's part or the page is not known
 */
public record Unit(long id, int position, String title, int minutes, boolean estimated, String url, Integer firstPage) {

    /** A unit with no first page: every unit that is not a part of a book. */
    public Unit(long id, int position, String title, int minutes, boolean estimated, String url) {
        this(id, position, title, minutes, estimated, url, null);
    }
}
