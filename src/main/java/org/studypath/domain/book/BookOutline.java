package org.studypath.domain.book;

import java.util.List;
import java.util.Optional;
import org.studypath.domain.Notice;

/**
 * What a book's PDF says about its parts: its title, its number of pages and its outline (bookmarks), flattened in the
 * outline's order. When the outline cannot be used (there is none, it is empty, it loops, it is too big),
 * {@code entries} is empty and {@code outlineProblem} says why, so the learner can split the book by pages instead.
 *
 * @param notes what the learner should know about an outline that was used (bookmarks left out, out of page order)
 */
public record BookOutline(String title, int pageCount, List<Entry> entries, Optional<Notice> outlineProblem,
                          List<Notice> notes) {

    /** One bookmark: {@code level} 1 is the outline's top (chapters, or parts), {@code firstPage} is 1-based. */
    public record Entry(String title, int level, int firstPage) {
    }

    public BookOutline {
        title = title == null ? "" : title;
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
        if (entries.isEmpty() && outlineProblem.isEmpty()) {
            outlineProblem = Optional.of(Notice.of("book.emptyOutline"));
        }
    }

    /** The deepest level of the outline (0 without one): the depths a learner can choose from. */
    public int deepest() {
        return entries.stream().mapToInt(Entry::level).max().orElse(0);
    }
}
