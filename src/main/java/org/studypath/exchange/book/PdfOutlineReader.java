package org.studypath.exchange.book;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.studypath.domain.Notice;
import org.studypath.domain.book.BookOutline;
import org.studypath.domain.book.BookParts;

/**
 * Reads a book's outline (bookmarks) from its PDF with PDFBox, down to {@link BookParts#MAX_DEPTH} levels, each
 * bookmark with the page it leads to. A PDF is input from outside: the file is read from disk as needed (never whole
 * into memory), its size, pages and bookmarks are capped, a cyclic outline is stopped, and every way it can fail is one
 * {@link Notice} ({@link PdfBookException}).
 */
public final class PdfOutlineReader {
    /** Files above this are refused before PDFBox sees them: no book a learner reads is this big. */
    public static final long MAX_BYTES = 500L * 1024 * 1024;
    public static final int MAX_PAGES = 20_000;
    /** More bookmarks than this is not a book's table of contents; reading stops and the outline is not used. */
    public static final int MAX_BOOKMARKS = 10_000;
    /** PDFBox's own parsing buffers stay under this in the heap; the rest goes to a temporary file. */
    private static final long HEAP_FOR_STREAMS = 16L * 1024 * 1024;

    /** How far the reading got: called from the reading thread with bookmarks read so far. */
    @FunctionalInterface
    public interface Progress {
        void bookmarks(int read);
    }

    private final long maxBytes;

    public PdfOutlineReader() {
        this(MAX_BYTES);
    }

    /** With another size limit, for tests. */
    PdfOutlineReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A PDF that cannot be read as a book, with the sentence saying why. */
    public static final class PdfBookException extends RuntimeException implements Notice.Carrier {
        private static final long serialVersionUID = 1L;
        private final transient Notice notice;

        PdfBookException(Notice notice, Throwable cause) {
            super(notice.toString(), cause);
            this.notice = notice;
        }

        @Override
        public Notice notice() {
            return notice;
        }
    }

    /**
     * Reads {@code file}'s title, page count and outline. Throws {@link PdfBookException} for a file that is not a
     * readable PDF, and {@link CancellationException} when {@code cancelled} says so.
     */
    public BookOutline read(Path file, Progress progress, BooleanSupplier cancelled) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        checkFile(file, name);
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "",
                null, null, MemoryUsageSetting.setupMixed(HEAP_FOR_STREAMS).streamCache)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount < 1) {
                throw refused("book.noPages", name, null);
            }
            if (pageCount > MAX_PAGES) {
                throw refused("book.tooManyPages", name, null, pageCount, MAX_PAGES);
            }
            String title = clean(document.getDocumentInformation().getTitle());
            if (title.isEmpty()) {
                title = clean(name.replaceFirst("(?i)\\.pdf$", ""));
            }
            return new Walk(document, pageCount, progress, cancelled).outline(title);
        } catch (PdfBookException | CancellationException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw refused("book.encrypted", name, e);
        } catch (IOException | RuntimeException e) {
            // PDFBox's parser throws many kinds for a damaged file: all are "damaged" to the learner
            throw refused("book.damaged", name, e);
        } catch (StackOverflowError e) {
            throw refused("book.damaged", name, null);
        }
    }

    private void checkFile(Path file, String name) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw refused("book.notPdfName", name, null);
        }
        if (!Files.isRegularFile(file)) {
            throw refused("book.notAFile", name, null);
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw refused("book.tooBig", name, null, maxBytes / (1024 * 1024));
            }
            byte[] head = new byte[1024];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            // a PDF starts with %PDF- within its first kilobyte (some have a few bytes of junk before it)
            if (!new String(head, 0, read, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
                throw refused("book.notPdf", name, null);
            }
        } catch (IOException e) {
            throw refused("book.cannotRead", name, e, String.valueOf(e.getMessage()));
        }
    }

    private static PdfBookException refused(String key, String name, Throwable cause, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = name;
        System.arraycopy(more, 0, args, 1, more.length);
        return new PdfBookException(Notice.of(key, args), cause);
    }

    /** A title as a unit can keep it: one line, no control or format characters, not too long. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder result = new StringBuilder();
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean odd = type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE
                    || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
            result.appendCodePoint(odd || Character.isWhitespace(cp) ? ' ' : cp);
        });
        String collapsed = result.toString().replaceAll(" {2,}", " ").strip();
        return collapsed.length() > 300 ? collapsed.substring(0, collapsed.offsetByCodePoints(0, 290)).strip() + "…"
                : collapsed;
    }

    /** One walk over the outline: every bookmark once, in order, depth first, without recursion. */
    private static final class Walk {
        private final PDDocument document;
        private final int pageCount;
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private final Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();
        private final Set<COSDictionary> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<BookOutline.Entry> entries = new ArrayList<>();
        private int nowhere;

        Walk(PDDocument document, int pageCount, Progress progress, BooleanSupplier cancelled) {
            this.document = document;
            this.pageCount = pageCount;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        BookOutline outline(String title) {
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline == null || outline.getFirstChild() == null) {
                return unusable(title, Notice.of(outline == null ? "book.noOutline" : "book.emptyOutline"));
            }
            int index = 0;
            for (PDPage page : document.getPages()) {
                pageIndex.put(page.getCOSObject(), index++);
            }
            Deque<Step> stack = new ArrayDeque<>();
            stack.push(new Step(outline.getFirstChild(), 1));
            int read = 0;
            while (!stack.isEmpty()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                Step step = stack.pop();
                PDOutlineItem item = step.item();
                if (!visited.add(item.getCOSObject())) {
                    return unusable(title, Notice.of("book.cyclicOutline"));
                }
                if (++read > MAX_BOOKMARKS) {
                    return unusable(title, Notice.of("book.hugeOutline", MAX_BOOKMARKS));
                }
                if (read % 256 == 0) {
                    progress.bookmarks(read);
                }
                int page = page(item);
                if (page < 0) {
                    nowhere++;
                } else {
                    entries.add(new BookOutline.Entry(clean(item.getTitle()), step.level(), page + 1));
                }
                // the sibling is pushed first so the children are read before it: the outline's order
                PDOutlineItem next = item.getNextSibling();
                if (next != null) {
                    stack.push(new Step(next, step.level()));
                }
                PDOutlineItem child = item.getFirstChild();
                // bookmarks below the deepest level offered are never followed, so nothing there can loop or flood
                if (child != null && step.level() < BookParts.MAX_DEPTH) {
                    stack.push(new Step(child, step.level() + 1));
                }
            }
            progress.bookmarks(read);
            if (entries.isEmpty()) {
                return unusable(title, Notice.of(nowhere > 0 ? "book.outlineNowhere" : "book.emptyOutline"));
            }
            List<Notice> notes = new ArrayList<>();
            if (nowhere > 0) {
                notes.add(Notice.of("book.bookmarksNowhere", nowhere));
            }
            for (int i = 1; i < entries.size(); i++) {
                if (entries.get(i).firstPage() < entries.get(i - 1).firstPage()) {
                    notes.add(Notice.of("book.outOfOrder"));
                    break;
                }
            }
            return new BookOutline(title, pageCount, entries, Optional.empty(), notes);
        }

        private BookOutline unusable(String title, Notice why) {
            return new BookOutline(title, pageCount, List.of(), Optional.of(why), List.of());
        }

        /** The 0-based page a bookmark leads to, or -1 when it leads nowhere in this file. */
        private int page(PDOutlineItem item) {
            try {
                PDDestination destination = item.getDestination();
                if (destination == null) {
                    PDAction action = item.getAction();
                    if (action instanceof PDActionGoTo goTo) {
                        destination = goTo.getDestination();
                    }
                }
                if (destination instanceof PDNamedDestination named) {
                    destination = document.getDocumentCatalog().findNamedDestinationPage(named);
                }
                if (destination instanceof PDPageDestination pageDestination) {
                    COSBase target = pageDestination.getCOSObject().getObject(0);
                    if (target instanceof COSDictionary page && pageIndex.containsKey(page)) {
                        return pageIndex.get(page);
                    }
                    int number = pageDestination.getPageNumber();
                    if (!(target instanceof COSDictionary) && number >= 0 && number < pageCount) {
                        return number;
                    }
                }
                return -1;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        private record Step(PDOutlineItem item, int level) {
        }
    }
}
