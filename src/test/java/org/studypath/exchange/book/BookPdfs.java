package org.studypath.exchange.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** Books' PDFs made in the tests themselves with PDFBox: blank pages and an outline. */
public final class BookPdfs {
    private BookPdfs() {
    }

    /** A chapter at {@code page} (1-based) with its sections, each {@code {title, page}}. */
    public record Chapter(String title, int page, List<Object[]> sections) {
        public Chapter(String title, int page) {
            this(title, page, List.of());
        }
    }

    public static PDDocument blank(int pages, String title) {
        PDDocument document = new PDDocument();
        for (int i = 0; i < pages; i++) {
            document.addPage(new PDPage());
        }
        if (title != null) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            document.setDocumentInformation(info);
        }
        return document;
    }

    public static PDOutlineItem item(PDDocument document, String title, int page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(page - 1));
        item.setDestination(destination);
        return item;
    }

    /** A book of {@code pages} pages with chapters and their sections in its outline. */
    public static Path book(Path folder, String name, int pages, String title, List<Chapter> chapters) throws IOException {
        try (PDDocument document = blank(pages, title)) {
            PDDocumentOutline outline = new PDDocumentOutline();
            for (Chapter chapter : chapters) {
                PDOutlineItem item = item(document, chapter.title(), chapter.page());
                for (Object[] section : chapter.sections()) {
                    item.addLast(item(document, (String) section[0], (Integer) section[1]));
                }
                outline.addLast(item);
            }
            document.getDocumentCatalog().setDocumentOutline(outline);
            return save(document, folder.resolve(name));
        }
    }

    /** The sample book of the tests: 3 chapters, the first two with sections, 60 pages. */
    public static Path nested(Path folder) throws IOException {
        return book(folder, "nested.pdf", 60, "Linear Algebra Done Slowly", List.of(
                new Chapter("1 Vectors", 3, List.of(new Object[] {"1.1 Arrows", 3}, new Object[] {"1.2 Lists", 10})),
                new Chapter("2 Matrices", 21, List.of(new Object[] {"2.1 Products", 22}, new Object[] {"2.2 Inverses", 30})),
                new Chapter("3 Determinants", 41)));
    }

    public static Path save(PDDocument document, Path file) throws IOException {
        document.save(file.toFile());
        return file;
    }

    /** A PDF whose outline's first item's /Next leads back to itself through its sibling. */
    public static Path cyclic(Path folder) throws IOException {
        try (PDDocument document = blank(10, "Loop")) {
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem first = item(document, "One", 1);
            PDOutlineItem second = item(document, "Two", 5);
            outline.addLast(first);
            outline.addLast(second);
            second.getCOSObject().setItem(COSName.NEXT, first.getCOSObject());
            document.getDocumentCatalog().setDocumentOutline(outline);
            return save(document, folder.resolve("cyclic.pdf"));
        }
    }

    /** {@code count} bookmarks, each a GoTo action to a page (the other way a bookmark names its page). */
    public static Path flat(Path folder, String name, int pages, int count) throws IOException {
        try (PDDocument document = blank(pages, "Many")) {
            PDDocumentOutline outline = new PDDocumentOutline();
            for (int i = 0; i < count; i++) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle("Part " + (i + 1));
                PDActionGoTo goTo = new PDActionGoTo();
                PDPageFitDestination destination = new PDPageFitDestination();
                destination.setPage(document.getPage(i % pages));
                goTo.setDestination(destination);
                item.setAction(goTo);
                outline.addLast(item);
            }
            document.getDocumentCatalog().setDocumentOutline(outline);
            return save(document, folder.resolve(name));
        }
    }

    public static Path encrypted(Path folder) throws IOException {
        try (PDDocument document = blank(5, "Secret")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document, folder.resolve("secret.pdf"));
        }
    }

    public static Path encryptedOrFail(Path folder) {
        try {
            return encrypted(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Path truncatedOrFail(Path folder) {
        try {
            return truncated(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Path truncated(Path folder) throws IOException {
        Path whole = nested(folder);
        byte[] bytes = Files.readAllBytes(whole);
        byte[] head = java.util.Arrays.copyOf(bytes, 120);
        return Files.write(folder.resolve("truncated.pdf"), head);
    }
}
