package org.studypath.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.studypath.domain.Category;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceType;
import org.studypath.domain.UnitKind;
import org.studypath.domain.book.BookOutline;
import org.studypath.domain.book.BookPart;
import org.studypath.domain.book.BookParts;
import org.studypath.exchange.book.PdfOutlineReader;

/**
 * A book added from its PDF: the outline read (off the FX thread, cancellable), the parts at a depth or every so many
 * pages, and the resource they make, saved in one transaction with the file recorded as picked on this computer.
 */
public final class BookService {
    private final CatalogService catalog;
    private final PdfOutlineReader reader;

    public BookService(CatalogService catalog) {
        this(catalog, new PdfOutlineReader());
    }

    BookService(CatalogService catalog, PdfOutlineReader reader) {
        this.catalog = catalog;
        this.reader = reader;
    }

    /** Reads {@code file}'s outline; throws with one sentence for a file that is not a readable PDF. */
    public BookOutline read(Path file, WorkProgress progress) {
        // bookmarks read so far; how many there are is not known until the end
        return reader.read(file.toAbsolutePath().normalize(), read -> progress.progress(read, 0), progress::cancelled);
    }

    /**
     * The parts: at {@code depth} of the outline, or, when {@code everyPages} is above 0, the book cut every so many
     * pages with titles in {@code locale}'s language ("Pages 1–20").
     */
    public static List<BookPart> parts(BookOutline outline, int depth, int everyPages, int pagesPerHour, Locale locale) {
        if (everyPages > 0) {
            return BookParts.everyPages(outline.pageCount(), everyPages, pagesPerHour,
                    (first, last) -> Notice.of("book.pagesTitle", first, last).in(locale));
        }
        if (outline.entries().isEmpty()) {
            throw new Notice.Refused(outline.outlineProblem().orElse(Notice.of("book.noOutline")));
        }
        return BookParts.atDepth(outline, depth, pagesPerHour);
    }

    /** A new book resource of the user's own in {@code categoryId}: one estimated unit per part, the file picked here. */
    public static ResourceDraft draft(long categoryId, String title, List<BookPart> parts, Path file) {
        List<ResourceDraft.UnitDraft> units = parts.stream()
                .map(p -> new ResourceDraft.UnitDraft(0, p.title(), p.minutes(), "", true, p.firstPage())).toList();
        String shortTitle = title.length() > ResourceDraft.MAX_TITLE_LENGTH
                ? title.substring(0, ResourceDraft.MAX_TITLE_LENGTH) : title;
        return new ResourceDraft(0, categoryId, shortTitle, List.of(), "", ResourceType.BOOK, UnitKind.CHAPTER, true,
                "en", Set.of(), "", units, file.toAbsolutePath().normalize().toString());
    }

    /** What {@link #add} saved. */
    public record Added(long resourceId, String title, Category category, List<BookPart> parts) {
        public Added {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Reads {@code file} and saves it as one resource of the user's own in the category {@code categoryKey} (null:
     * the first), in one transaction; a file or a choice that does not work changes nothing.
     */
    public Added add(Path file, String categoryKey, int depth, int everyPages, int pagesPerHour, Locale locale) {
        BookParts.requireRate(pagesPerHour);
        BookParts.requireDepth(depth);
        Category category = category(categoryKey);
        BookOutline outline = read(file, WorkProgress.NONE);
        if (outline.entries().isEmpty() && everyPages <= 0) {
            throw new Notice.Refused(Notice.of("book.offerSplit", outline.outlineProblem().orElseThrow(),
                    outline.pageCount()));
        }
        List<BookPart> parts = parts(outline, depth, everyPages, pagesPerHour, locale);
        long id = catalog.save(draft(category.id(), outline.title(), parts, file));
        return new Added(id, outline.title(), category, parts);
    }

    private Category category(String key) {
        List<Category> categories = catalog.categories();
        if (categories.isEmpty()) {
            throw new Notice.Refused(Notice.of("book.noCategories"));
        }
        if (key == null) {
            return categories.get(0);
        }
        return categories.stream().filter(c -> key.strip().equalsIgnoreCase(c.key())).findFirst()
                .orElseThrow(() -> new Notice.Refused(Notice.of("book.noSuchCategory", key,
                        String.join(", ", categories.stream().map(Category::key).filter(k -> k != null).toList()))));
    }
}
