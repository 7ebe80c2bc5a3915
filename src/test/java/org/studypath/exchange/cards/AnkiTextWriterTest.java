package org.studypath.exchange.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studypath.domain.cards.CardNote;

/**
 * The Anki text file, compared with {@code src/test/resources/golden/flashcards.txt}; regenerate it with
 * {@code -Dgolden.update=true} after a deliberate change, and read the diff.
 */
class AnkiTextWriterTest {
    static final Path GOLDEN = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("src/test/resources/golden/flashcards.txt");

    static final List<CardNote> NOTES = List.of(
            new CardNote("Mathematics for Machine Learning", null, """
                    Why this book: the maths behind ML, in one place.

                    Q:: What does $\\|x\\|_2$ measure?
                    A:: The Euclidean length:
                    $$\\|x\\|_2 = \\sqrt{\\sum_i x_i^2}$$"""),
            new CardNote("Mathematics for Machine Learning", "2.1 Systems of Linear Equations", """
                    A system $Ax = b$ has {{c1::no, one or infinitely many}} solutions.

                    Q:: Is <b> bold & "quoted" kept as text?
                    A:: Yes: it costs $5 and $6, tab	inside."""),
            new CardNote("线性代数 Done Right", "第 1 章 向量空间", """
                    Q:: 什么是向量空间？
                    A:: 满足八条公理的集合，例如 $\\mathbb{R}^n$。

                    {{c1::基::basis}}是线性无关的{{c2::张成组}}。"""),
            new CardNote("No cards here", null, "Just prose, no cards."));

    static byte[] written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = new AnkiTextWriter().write(NOTES, out);
        assertThat(count).isEqualTo(5);
        return out.toByteArray();
    }

    @Test
    void theFileIsTheGoldenOne() throws IOException {
        byte[] actual = written();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, actual);
        }
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(actual).isEqualTo(Files.readAllBytes(GOLDEN));
    }

    @Test
    void theHeadersAreTheOnesAnkisManualDocuments() throws IOException {
        List<String> lines = new String(written(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.subList(0, 6)).containsExactly(
                "#separator:tab",
                "#html:true",
                "#notetype column:1",
                "#deck column:2",
                "#tags column:3",
                "#columns:Note type\tDeck\tTags\tFront\tBack");
    }

    @Test
    void everyNoteIsOneLineOfFiveTabSeparatedColumns() throws IOException {
        List<String> notes = new String(written(), StandardCharsets.UTF_8).lines().skip(6).toList();
        assertThat(notes).hasSize(5);
        for (String note : notes) {
            assertThat(note.split("\t", -1)).as(note).hasSize(5);
            assertThat(note.split("\t")[0]).isIn("Basic", "Cloze");
            assertThat(note.split("\t")[1]).startsWith("StudyPath::");
            assertThat(note.split("\t")[2]).doesNotContain("\u3000").startsWith("StudyPath::");
        }
        assertThat(notes.get(0)).startsWith("Basic\tStudyPath::Mathematics for Machine Learning\t"
                + "StudyPath::Mathematics_for_Machine_Learning\tWhat does \\(\\|x\\|_2\\) measure?\t"
                + "The Euclidean length:<br>\\[\\|x\\|_2 = \\sqrt{\\sum_i x_i^2}\\]");
        assertThat(notes.get(4)).isEqualTo("Cloze\tStudyPath::线性代数 Done Right\tStudyPath::线性代数_Done_Right "
                + "StudyPath::线性代数_Done_Right::第_1_章_向量空间\t{{c1::基::basis}}是线性无关的{{c2::张成组}}。\t");
    }

    @Test
    void noCardsStillWritesTheHeadersOnly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new AnkiTextWriter().write(List.of(new CardNote("R", null, "prose")), out)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(6);
    }
}
