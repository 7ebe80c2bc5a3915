package org.studypath.exchange.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.Notice;
import org.studypath.domain.book.BookOutline;
import org.studypath.domain.book.BookPart;
import org.studypath.domain.book.BookParts;

class PdfOutlineReaderTest {
    @TempDir
    Path folder;

    private final PdfOutlineReader reader = new PdfOutlineReader();

    private BookOutline read(Path file) {
        return reader.read(file, read -> { }, () -> false);
    }

    private static String refusal(Runnable reading) {
        try {
            reading.run();
        } catch (PdfOutlineReader.PdfBookException e) {
            return e.notice().key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aNestedOutlineIsReadWithItsLevelsAndPages() throws IOException {
        BookOutline outline = read(BookPdfs.nested(folder));
        assertThat(outline.title()).isEqualTo("Linear Algebra Done Slowly");
        assertThat(outline.pageCount()).isEqualTo(60);
        assertThat(outline.outlineProblem()).isEmpty();
        assertThat(outline.deepest()).isEqualTo(2);
        assertThat(outline.entries()).containsExactly(
                new BookOutline.Entry("1 Vectors", 1, 3), new BookOutline.Entry("1.1 Arrows", 2, 3),
                new BookOutline.Entry("1.2 Lists", 2, 10), new BookOutline.Entry("2 Matrices", 1, 21),
                new BookOutline.Entry("2.1 Products", 2, 22), new BookOutline.Entry("2.2 Inverses", 2, 30),
                new BookOutline.Entry("3 Determinants", 1, 41));
    }

    @Test
    void depthOneIsTheChaptersAndDepthTwoTheSections() throws IOException {
        BookOutline outline = read(BookPdfs.nested(folder));
        assertThat(BookParts.atDepth(outline, 1, 10)).containsExactly(
                new BookPart("1 Vectors", 3, 18, 108), new BookPart("2 Matrices", 21, 20, 120),
                new BookPart("3 Determinants", 41, 20, 120));
        // chapter 1 opens with its first section on the same page: its sections are its units; chapter 2 has an
        // opening page of its own
        assertThat(BookParts.atDepth(outline, 2, 12)).extracting(BookPart::title, BookPart::firstPage, BookPart::pages)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1.1 Arrows", 3, 7),
                        org.assertj.core.groups.Tuple.tuple("1.2 Lists", 10, 11),
                        org.assertj.core.groups.Tuple.tuple("2 Matrices", 21, 1),
                        org.assertj.core.groups.Tuple.tuple("2.1 Products", 22, 8),
                        org.assertj.core.groups.Tuple.tuple("2.2 Inverses", 30, 11),
                        org.assertj.core.groups.Tuple.tuple("3 Determinants", 41, 20));
    }

    @Test
    void aPdfWithoutAnOutlineOffersTheSplitByPages() throws IOException {
        Path file;
        try (PDDocument document = BookPdfs.blank(45, null)) {
            file = BookPdfs.save(document, folder.resolve("plain notes.pdf"));
        }
        BookOutline outline = read(file);
        assertThat(outline.entries()).isEmpty();
        assertThat(outline.outlineProblem()).contains(Notice.of("book.noOutline"));
        assertThat(outline.title()).as("the file's name when the PDF has no title").isEqualTo("plain notes");
        List<BookPart> parts = BookParts.everyPages(outline.pageCount(), 20, 10, (a, b) -> "Pages " + a + "–" + b);
        assertThat(parts).containsExactly(new BookPart("Pages 1–20", 1, 20, 120), new BookPart("Pages 21–40", 21, 20, 120),
                new BookPart("Pages 41–45", 41, 5, 30));
    }

    @Test
    void anEmptyOutlineIsSaidSo() throws IOException {
        Path file;
        try (PDDocument document = BookPdfs.blank(5, "Empty")) {
            document.getDocumentCatalog().setDocumentOutline(new PDDocumentOutline());
            file = BookPdfs.save(document, folder.resolve("empty.pdf"));
        }
        BookOutline outline = read(file);
        assertThat(outline.entries()).isEmpty();
        assertThat(outline.outlineProblem()).contains(Notice.of("book.emptyOutline"));
    }

    @Test
    void aCyclicOutlineIsStoppedAndNotUsed() throws IOException {
        BookOutline outline = read(BookPdfs.cyclic(folder));
        assertThat(outline.entries()).isEmpty();
        assertThat(outline.outlineProblem()).contains(Notice.of("book.cyclicOutline"));
        assertThat(outline.pageCount()).isEqualTo(10);
    }

    @Test
    void anOutlineOfTenThousandBookmarksIsUsedAndOneMoreIsNot() throws IOException {
        BookOutline most = read(BookPdfs.flat(folder, "most.pdf", 50, PdfOutlineReader.MAX_BOOKMARKS));
        assertThat(most.entries()).hasSize(PdfOutlineReader.MAX_BOOKMARKS);
        assertThat(most.notes()).as("GoTo actions to pages out of order").contains(Notice.of("book.outOfOrder"));
        assertThatThrownBy(() -> BookParts.atDepth(most, 1, 10)).isInstanceOf(Notice.Refused.class)
                .hasMessageContaining("10000 units, more than the 1000");

        BookOutline flood = read(BookPdfs.flat(folder, "flood.pdf", 50, PdfOutlineReader.MAX_BOOKMARKS + 1));
        assertThat(flood.entries()).isEmpty();
        assertThat(flood.outlineProblem()).contains(Notice.of("book.hugeOutline", PdfOutlineReader.MAX_BOOKMARKS));
    }

    @Test
    void namedDestinationsAndBookmarksLeadingNowhere() throws IOException {
        Path file;
        try (PDDocument document = BookPdfs.blank(30, "Named")) {
            PDPageFitDestination chapterTwo = new PDPageFitDestination();
            chapterTwo.setPage(document.getPage(14));
            PDDestinationNameTreeNode dests = new PDDestinationNameTreeNode();
            dests.setNames(Map.<String, PDPageDestination>of("chapter.2", chapterTwo));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setDests(dests);
            document.getDocumentCatalog().setNames(names);
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(BookPdfs.item(document, "One", 2));
            PDOutlineItem named = new PDOutlineItem();
            named.setTitle("Two");
            named.setDestination(new PDNamedDestination("chapter.2"));
            outline.addLast(named);
            PDOutlineItem nowhere = new PDOutlineItem();
            nowhere.setTitle("Gone");
            nowhere.setDestination(new PDNamedDestination("no.such.name"));
            outline.addLast(nowhere);
            document.getDocumentCatalog().setDocumentOutline(outline);
            file = BookPdfs.save(document, folder.resolve("named.pdf"));
        }
        BookOutline outline = read(file);
        assertThat(outline.entries()).containsExactly(new BookOutline.Entry("One", 1, 2), new BookOutline.Entry("Two", 1, 15));
        assertThat(outline.notes()).containsExactly(Notice.of("book.bookmarksNowhere", 1));
    }

    @Test
    void itemsOutOfPageOrderBecomeUnitsInPageOrder() throws IOException {
        Path file = BookPdfs.book(folder, "shuffled.pdf", 30, "Shuffled", List.of(new BookPdfs.Chapter("B", 11),
                new BookPdfs.Chapter("A", 1), new BookPdfs.Chapter("C", 21)));
        BookOutline outline = read(file);
        assertThat(outline.notes()).containsExactly(Notice.of("book.outOfOrder"));
        assertThat(BookParts.atDepth(outline, 1, 10)).extracting(BookPart::title, BookPart::pages).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", 10), org.assertj.core.groups.Tuple.tuple("B", 10),
                org.assertj.core.groups.Tuple.tuple("C", 10));
    }

    @Test
    void hostileFilesAreRefusedWithOneSentence() throws IOException {
        assertThat(refusal(() -> read(BookPdfs.encryptedOrFail(folder)))).isEqualTo("book.encrypted");
        assertThat(refusal(() -> read(BookPdfs.truncatedOrFail(folder)))).isEqualTo("book.damaged");
        Path notPdf = Files.writeString(folder.resolve("holiday.pdf"), "PK\u0003\u0004 this is a zip, really");
        assertThat(refusal(() -> read(notPdf))).isEqualTo("book.notPdf");
        Path text = Files.writeString(folder.resolve("notes.txt"), "%PDF-1.7");
        assertThat(refusal(() -> read(text))).isEqualTo("book.notPdfName");
        Path dir = Files.createDirectory(folder.resolve("folder.pdf"));
        assertThat(refusal(() -> read(dir))).isEqualTo("book.notAFile");
        assertThat(refusal(() -> read(folder.resolve("missing.pdf")))).isEqualTo("book.notAFile");
        Path nested = BookPdfs.nested(folder);
        assertThat(refusal(() -> new PdfOutlineReader(1024).read(nested, r -> { }, () -> false))).isEqualTo("book.tooBig");
        try {
            read(notPdf);
        } catch (PdfOutlineReader.PdfBookException e) {
            assertThat(e.getMessage()).isEqualTo("holiday.pdf is not a PDF (it does not start as one).");
        }
    }

    @Test
    void readingStopsWhenCancelled() throws IOException {
        Path file = BookPdfs.flat(folder, "many.pdf", 20, 600);
        int[] reported = new int[1];
        assertThatThrownBy(() -> reader.read(file, read -> reported[0] = read, () -> reported[0] >= 256))
                .isInstanceOf(CancellationException.class);
        assertThat(reported[0]).isEqualTo(256);
    }

    /** Shaped like the Deep Learning book: 3 parts, 20 chapters, 100 sections, 450 pages (ch. 1 before Part I). */
    @Test
    void aBookShapedLikeTheDeepLearningBook() throws IOException {
        Path file;
        try (PDDocument document = BookPdfs.blank(450, "Deep Learning")) {
            PDDocumentOutline outline = new PDDocumentOutline();
            int page = 10;
            int chapter = 0;
            for (int part = 0; part <= 3; part++) {
                PDOutlineItem holder = part == 0 ? null : BookPdfs.item(document, "Part " + part, page);
                int chapters = part == 0 ? 1 : part == 3 ? 6 : part == 1 ? 6 : 7;
                for (int c = 0; c < chapters; c++) {
                    chapter++;
                    PDOutlineItem item = BookPdfs.item(document, chapter + " Chapter " + chapter, page);
                    for (int section = 1; section <= 5; section++) {
                        item.addLast(BookPdfs.item(document, chapter + "." + section + " Section", page));
                        page += 4;
                    }
                    page += 1;
                    if (holder == null) {
                        outline.addLast(item);
                    } else {
                        holder.addLast(item);
                    }
                }
                if (holder != null) {
                    outline.addLast(holder);
                }
            }
            outline.addLast(BookPdfs.item(document, "Bibliography", page));
            document.getDocumentCatalog().setDocumentOutline(outline);
            file = BookPdfs.save(document, folder.resolve("dlbook.pdf"));
        }
        read(file); // once to load the classes: the figure is a learner's second book
        long start = System.nanoTime();
        BookOutline outline = read(file);
        long micros = (System.nanoTime() - start) / 1_000;
        System.out.println("Deep-Learning-shaped outline (" + outline.entries().size() + " bookmarks, "
                + outline.pageCount() + " pages) read in " + micros / 1000.0 + " ms");
        assertThat(outline.entries()).hasSize(3 + 20 + 100 + 1);
        assertThat(outline.deepest()).isEqualTo(3);
        assertThat(BookParts.atDepth(outline, 1, 10)).extracting(BookPart::title)
                .containsExactly("1 Chapter 1", "Part 1", "Part 2", "Part 3", "Bibliography");
        // depth 2: the parts open on their first chapter's page, so their chapters are the units; chapter 1, outside
        // any part, is at the top level, so at depth 2 its sections are
        assertThat(BookParts.atDepth(outline, 2, 10)).hasSize(5 + 19 + 1);
        assertThat(BookParts.atDepth(outline, 3, 10)).hasSize(101);
        assertThat(micros).as("well under a second").isLessThan(1_000_000);
    }

    @Test
    void titlesAreCleanedOfControlCharacters() {
        assertThat(PdfOutlineReader.clean("  1\u0000 Intro\u200B\tto\n\u0085 sets ")).isEqualTo("1 Intro to sets");
        assertThat(PdfOutlineReader.clean(null)).isEmpty();
        assertThat(PdfOutlineReader.clean("x".repeat(400))).hasSizeLessThanOrEqualTo(300);
    }
}
