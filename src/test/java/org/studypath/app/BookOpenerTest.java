package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceType;
import org.studypath.domain.UnitKind;
import org.studypath.exchange.book.BookPdfs;
import org.studypath.store.SqliteResourceRepository;

/** Open shows a book only for an existing regular .pdf file picked on this computer; anything else is one sentence. */
class BookOpenerTest {
    @TempDir
    Path folder;

    private static String refusal(String stored) {
        try {
            BookOpener.check(stored);
        } catch (Notice.Refused e) {
            return e.notice().key();
        }
        return "opened";
    }

    @Test
    void onlyAnExistingRegularPdfFileIsOpened() throws Exception {
        Path book = BookPdfs.nested(folder);
        assertThat(refusal(book.toString())).isEqualTo("opened");
        assertThat(refusal(folder.resolve("gone.pdf").toString())).isEqualTo("book.openMissing");
        assertThat(refusal(Files.createDirectory(folder.resolve("folder.pdf")).toString())).isEqualTo("book.openNotAFile");
        Path script = Files.writeString(folder.resolve("run.sh"), "#!/bin/sh\n");
        assertThat(refusal(script.toString())).isEqualTo("book.openNotPdf");
        Path disguised = Files.createSymbolicLink(folder.resolve("disguised.pdf"), script);
        assertThat(refusal(disguised.toString())).as("a link named .pdf to a script").isEqualTo("book.openNotPdf");
        Path toFolder = Files.createSymbolicLink(folder.resolve("linked.pdf"), folder);
        assertThat(refusal(toFolder.toString())).isEqualTo("book.openNotAFile");
        Path goodLink = Files.createSymbolicLink(folder.resolve("shortcut.pdf"), book);
        assertThat(BookOpener.check(goodLink.toString())).isEqualTo(book.toRealPath());
        for (String odd : List.of("relative/book.pdf", "https://example.org/book.pdf", "file:///tmp/x.pdf", "",
                book + " ", book + "\0.pdf")) {
            assertThat(refusal(odd)).as(odd).isEqualTo("book.openNotPdf");
        }
    }

    @Test
    void theViewerIsStartedWithTheFileAsOneArgument() throws Exception {
        Path book = BookPdfs.nested(folder);
        List<List<String>> started = new ArrayList<>();
        new BookOpener("Linux", started::add).open(book.toString());
        new BookOpener("Windows 11", started::add).open(book.toString());
        new BookOpener("Mac OS X", started::add).open(book.toString());
        String real = book.toRealPath().toString();
        assertThat(started).containsExactly(List.of("xdg-open", real), List.of("explorer.exe", real), List.of("open", real));
        assertThatThrownBy(() -> new BookOpener("Linux", started::add).open(folder.toString()))
                .isInstanceOf(Notice.Refused.class);
        assertThat(started).hasSize(3);
    }

    @Test
    void onlyAResourceWithAFilePickedHereHasABookToOpen() throws Exception {
        Path book = BookPdfs.nested(folder);
        List<List<String>> started = new ArrayList<>();
        long typed;
        long picked;
        long category;
        var unit = List.of(new ResourceDraft.UnitDraft(0, "One", 30, ""));
        try (Services services = Services.open(folder.resolve("data"), ExchangeCliTest.BERLIN)) {
            category = services.catalog().categories().get(0).id();
            typed = services.catalog().save(new ResourceDraft(0, category, "Typed", List.of(), "",
                    ResourceType.BOOK, UnitKind.CHAPTER, true, "en", java.util.Set.of(), "", unit));
            picked = services.catalog().save(new ResourceDraft(0, category, "Picked", List.of(), "",
                    ResourceType.BOOK, UnitKind.CHAPTER, true, "en", java.util.Set.of(), "", unit, book.toString()));
        }
        try (org.studypath.store.Database database = org.studypath.store.Database.openIn(folder.resolve("data"))) {
            CatalogService catalog = new CatalogService(new SqliteResourceRepository(database),
                    new BookOpener("Linux", started::add));
            assertThat(catalog.hasLocalBook(typed)).isFalse();
            assertThat(catalog.hasLocalBook(picked)).isTrue();
            assertThatThrownBy(() -> catalog.openBook(typed)).isInstanceOf(Notice.Refused.class)
                    .hasMessage("This resource has no book's PDF picked on this computer to open.");
            catalog.openBook(picked);
            assertThat(started).containsExactly(List.of("xdg-open", book.toRealPath().toString()));
            Files.delete(book);
            assertThatThrownBy(() -> catalog.openBook(picked)).isInstanceOf(Notice.Refused.class)
                    .hasMessageEndingWith("is no longer there; pick the PDF again in the resource's form.");
        }
        // a draft naming something that is not a PDF is not saved
        assertThat(new ResourceDraft(0, category, "Odd", List.of(), "", ResourceType.BOOK, UnitKind.CHAPTER, true,
                "en", java.util.Set.of(), "", unit, "/etc/passwd").problems()).isNotEmpty();
    }
}
