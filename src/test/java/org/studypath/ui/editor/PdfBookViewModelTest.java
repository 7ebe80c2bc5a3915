package org.studypath.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.app.BookService;
import org.studypath.domain.Category;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceType;
import org.studypath.domain.book.BookPart;
import org.studypath.exchange.book.BookPdfs;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.common.Messages;

/** "From a PDF book…" without a window: the preview follows the depth, the rate and the split; Add fills the form. */
class PdfBookViewModelTest {
    @TempDir
    Path folder;

    private final Messages messages = Messages.of(Locale.UK);
    private final InlineTaskRunner runner = new InlineTaskRunner();
    private final PdfBookViewModel viewModel = new PdfBookViewModel(new BookReading(new BookService(null), runner), messages);

    @Test
    void thePreviewFollowsTheDepthAndTheRate() throws Exception {
        viewModel.read(BookPdfs.nested(folder));
        assertThat(runner.ran).containsExactly("Read a book's PDF");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.deepestProperty().get()).isEqualTo(2);
        assertThat(viewModel.parts()).extracting(BookPart::title).containsExactly("1 Vectors", "2 Matrices", "3 Determinants");
        assertThat(viewModel.totalProperty().get()).isEqualTo("3 units, " + messages.duration(348, true) + " in all, from a book of 60 pages");
        viewModel.depthProperty().set(2);
        assertThat(viewModel.parts()).hasSize(6);
        viewModel.pagesPerHourProperty().set("20");
        assertThat(viewModel.parts().get(0).minutes()).isEqualTo(21);
        viewModel.pagesPerHourProperty().set("fast");
        assertThat(viewModel.parts()).isEmpty();
        assertThat(viewModel.canAddProperty().get()).isFalse();
        assertThat(viewModel.problemProperty().get()).isEqualTo("The reading rate must be a whole number of pages an hour, not \"fast\".");
        viewModel.pagesPerHourProperty().set("10");
        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(viewModel.canAddProperty().get()).isTrue();
    }

    @Test
    void aPdfWithoutAnOutlineIsSplitByPagesAndSaysWhy() throws Exception {
        Path plain;
        try (var document = BookPdfs.blank(45, null)) {
            plain = BookPdfs.save(document, folder.resolve("notes.pdf"));
        }
        viewModel.read(plain);
        assertThat(viewModel.byPagesProperty().get()).isTrue();
        assertThat(viewModel.problemProperty().get()).startsWith("This PDF has no outline");
        assertThat(viewModel.parts()).extracting(BookPart::title).containsExactly("Pages 1–20", "Pages 21–40", "Pages 41–45");
        viewModel.everyPagesProperty().set("15");
        assertThat(viewModel.parts()).hasSize(3).first().extracting(BookPart::pages).isEqualTo(15);
        assertThat(viewModel.bookTitle()).isEqualTo("notes");
    }

    @Test
    void aRefusedFileAddsNothing() throws Exception {
        Path fake = Files.writeString(folder.resolve("fake.pdf"), "hello");
        viewModel.read(fake);
        assertThat(viewModel.problemProperty().get()).isEqualTo("fake.pdf is not a PDF (it does not start as one).");
        assertThat(viewModel.parts()).isEmpty();
        assertThat(viewModel.canAddProperty().get()).isFalse();
    }

    @Test
    void addFillsTheFormsTitleAndUnitsWhichKeepTheirPagesAndEstimates() throws Exception {
        List<Category> categories = List.of(new Category(1, "a", new LocalizedText("Books", "书籍"), 0));
        ResourceEditorViewModel form = ResourceEditorViewModel.forNew(messages, categories, 1);
        viewModel.read(BookPdfs.nested(folder));
        viewModel.depthProperty().set(2);
        form.applyBook(viewModel.bookTitle(), viewModel.parts(), viewModel.file());
        ResourceDraft draft = form.commit().orElseThrow();
        assertThat(draft.title()).isEqualTo("Linear Algebra Done Slowly");
        assertThat(draft.type()).isEqualTo(ResourceType.BOOK);
        assertThat(draft.localFile()).isEqualTo(folder.resolve("nested.pdf").toAbsolutePath().toString());
        assertThat(draft.units()).extracting(ResourceDraft.UnitDraft::firstPage).containsExactly(3, 10, 21, 22, 30, 41);
        assertThat(draft.units()).allMatch(ResourceDraft.UnitDraft::estimated);
        // minutes the learner types are the learner's, no longer an estimate; the first page stays
        form.units().get(0).minutesProperty().set("50");
        ResourceDraft edited = form.commit().orElseThrow();
        assertThat(edited.units().get(0).estimated()).isFalse();
        assertThat(edited.units().get(0).firstPage()).isEqualTo(3);
        assertThat(edited.units().get(1).estimated()).isTrue();
    }

    @Test
    void aTitleTypedFirstIsKept() throws Exception {
        List<Category> categories = List.of(new Category(1, "a", new LocalizedText("Books", "书籍"), 0));
        ResourceEditorViewModel form = ResourceEditorViewModel.forNew(messages, categories, 1);
        form.titleProperty().set("My own title");
        viewModel.read(BookPdfs.nested(folder));
        form.applyBook(viewModel.bookTitle(), viewModel.parts(), viewModel.file());
        assertThat(form.titleProperty().get()).isEqualTo("My own title");
        assertThat(form.units()).hasSize(3);
    }
}
