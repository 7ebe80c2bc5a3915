package org.studypath.domain.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceDraft;

/**
 * Turns a book's outline, or its page count, into units with an estimated duration. Reading speed is the learner's
 * pages-per-hour rate; a maths textbook is read slowly (proofs, exercises), so the default is low.
 */
public final class BookParts {
    /** The default rate: about six minutes a page, a careful pace for a maths textbook with exercises. */
    public static final int DEFAULT_PAGES_PER_HOUR = 10;
    public static final int MIN_PAGES_PER_HOUR = 1;
    public static final int MAX_PAGES_PER_HOUR = 300;
    /** The deepest outline level offered: below sections and subsections units become too small to plan. */
    public static final int MAX_DEPTH = 6;
    /** More units than this is a book split too finely to plan with; the learner picks a smaller depth. */
    public static final int MAX_PARTS = 1_000;

    private BookParts() {
    }

    /** Minutes for {@code pages} at {@code pagesPerHour}, rounded up, at least 1 and at most a unit's maximum. */
    public static int minutes(int pages, int pagesPerHour) {
        requireRate(pagesPerHour);
        long minutes = (Math.max(pages, 1) * 60L + pagesPerHour - 1) / pagesPerHour;
        return (int) Math.min(Math.max(minutes, 1), ResourceDraft.MAX_MINUTES);
    }

    public static void requireRate(int pagesPerHour) {
        if (pagesPerHour < MIN_PAGES_PER_HOUR || pagesPerHour > MAX_PAGES_PER_HOUR) {
            throw new Notice.Refused(Notice.of("book.badRate", pagesPerHour, MIN_PAGES_PER_HOUR, MAX_PAGES_PER_HOUR));
        }
    }

    public static void requireDepth(int depth) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new Notice.Refused(Notice.of("book.badDepth", depth, MAX_DEPTH));
        }
    }

    /**
     * The units at {@code depth} (1 = the outline's top level, 2 = one below, ...): every bookmark down to that
     * level, in page order, each running to the next one's first page or to the end of the book. A bookmark whose
     * next one is deeper and starts on the same page (a chapter that opens with its first section) is left out: its
     * sections are its units. Pages before the first bookmark (cover, contents) are not counted.
     */
    public static List<BookPart> atDepth(BookOutline outline, int depth, int pagesPerHour) {
        requireDepth(depth);
        requireRate(pagesPerHour);
        List<BookOutline.Entry> kept = new ArrayList<>(outline.entries().stream()
                .filter(e -> e.level() <= depth && e.firstPage() >= 1 && e.firstPage() <= outline.pageCount()).toList());
        // List.sort is stable: bookmarks on the same page keep the outline's order
        kept.sort(Comparator.comparingInt(BookOutline.Entry::firstPage));
        List<BookPart> parts = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            BookOutline.Entry entry = kept.get(i);
            BookOutline.Entry next = i + 1 < kept.size() ? kept.get(i + 1) : null;
            if (next != null && next.level() > entry.level() && next.firstPage() == entry.firstPage()) {
                continue;
            }
            int end = next == null ? outline.pageCount() + 1 : next.firstPage();
            // two bookmarks on one page share it: each is counted as at least that one page
            int pages = Math.max(1, end - entry.firstPage());
            String title = entry.title().isBlank() ? "p. " + entry.firstPage() : entry.title();
            parts.add(new BookPart(title, entry.firstPage(), pages, minutes(pages, pagesPerHour)));
        }
        if (parts.size() > MAX_PARTS) {
            throw new Notice.Refused(Notice.of("book.tooManyParts", parts.size(), MAX_PARTS));
        }
        return parts;
    }

    /**
     * The book cut every {@code every} pages, for a PDF whose outline cannot be used; {@code title} names the part
     * from its first and last page ("Pages 1–20").
     */
    public static List<BookPart> everyPages(int pageCount, int every, int pagesPerHour,
                                            BiFunction<Integer, Integer, String> title) {
        requireRate(pagesPerHour);
        if (every < 1 || every > Math.max(pageCount, 1)) {
            throw new Notice.Refused(Notice.of("book.badSplit", every, Math.max(pageCount, 1)));
        }
        if ((pageCount + every - 1) / every > MAX_PARTS) {
            throw new Notice.Refused(Notice.of("book.tooManyParts", (pageCount + every - 1) / every, MAX_PARTS));
        }
        List<BookPart> parts = new ArrayList<>();
        for (int first = 1; first <= pageCount; first += every) {
            int last = Math.min(pageCount, first + every - 1);
            int pages = last - first + 1;
            parts.add(new BookPart(title.apply(first, last), first, pages, minutes(pages, pagesPerHour)));
        }
        return parts;
    }

    public static int totalMinutes(List<BookPart> parts) {
        return parts.stream().mapToInt(BookPart::minutes).sum();
    }
}
