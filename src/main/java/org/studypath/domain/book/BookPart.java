package org.studypath.domain.book;

/** One unit a book becomes: its title, its first page (1-based, as a viewer numbers pages), its pages and minutes. */
public record BookPart(String title, int firstPage, int pages, int minutes) {
}
