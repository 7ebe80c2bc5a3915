package org.studypath.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.studypath.notes.NoteDocument.Block;
import org.studypath.notes.NoteDocument.Span;

class NoteMarkdownTest {
    private static List<Span> paragraph(String markdown) {
        NoteDocument doc = NoteMarkdown.parse(markdown);
        assertThat(doc.blocks()).hasSize(1);
        return ((NoteDocument.Paragraph) doc.blocks().getFirst()).spans();
    }

    private static String texts(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            out.append(switch (span) {
                case NoteDocument.Text t -> "[" + t.text() + "]";
                case NoteDocument.Math m -> m.formula().toString();
                case NoteDocument.Break b -> "/";
            });
        }
        return out.toString();
    }

    @Test
    void inlineMathIsOneFormulaWhoseUnderscoresAndStarsAreTex() {
        List<Span> spans = paragraph("the chain rule $\\frac{dz}{dx} = a_1 * b_2 * c$ holds");
        assertThat(texts(spans)).isEqualTo("[the chain rule ]$\\frac{dz}{dx} = a_1 * b_2 * c$[ holds]");
        NoteDocument.Math math = (NoteDocument.Math) spans.get(1);
        assertThat(math.formula().display()).isFalse();
        assertThat(math.formula().error()).isNull();
    }

    @Test
    void aDisplayFormulaAloneInAParagraphIsABlock() {
        NoteDocument doc = NoteMarkdown.parse("Before\n\n$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$\n\nAfter");
        assertThat(doc.blocks()).hasSize(3);
        NoteDocument.Display display = (NoteDocument.Display) doc.blocks().get(1);
        assertThat(display.formula().tex()).isEqualTo("\\int_0^1 x^2\\,dx = \\frac{1}{3}");
        assertThat(display.formula().display()).isTrue();
        assertThat(display.formula().layout(16)).isNotNull();
    }

    @Test
    void aDisplayFormulaAmidTextStaysInTheLine() {
        assertThat(texts(paragraph("so $$x^2$$ grows"))).isEqualTo("[so ]$$x^2$$[ grows]");
    }

    @Test
    void pricesAndEscapedDollarsAreText() {
        assertThat(texts(paragraph("It costs $5 and $10 today"))).isEqualTo("[It costs $5 and $10 today]");
        assertThat(texts(paragraph("a \\$x\\$ sign"))).isEqualTo("[a $x$ sign]");
        assertThat(texts(paragraph("$ x$ and $x $ and a lone $"))).isEqualTo("[$ x$ and $x $ and a lone $]");
        // a closing dollar followed by a digit does not close: "$x$5" is text
        assertThat(texts(paragraph("$x$5"))).isEqualTo("[$x$5]");
    }

    @Test
    void anEscapedDollarInsideMathBelongsToTheFormula() {
        assertThat(texts(paragraph("$a \\$ b$"))).isEqualTo("$a \\$ b$");
    }

    @Test
    void dollarsInCodeAreCode() {
        List<Span> spans = paragraph("run `echo $x$` now");
        assertThat(spans).hasSize(3);
        assertThat(((NoteDocument.Text) spans.get(1)).code()).isTrue();
        assertThat(((NoteDocument.Text) spans.get(1)).text()).isEqualTo("echo $x$");
        assertThat(NoteMarkdown.parse("```\n$x$\n```").blocks().getFirst()).isEqualTo(new NoteDocument.Code("$x$"));
    }

    @Test
    void plainTextNotesKeepTheirLineBreaks() {
        assertThat(texts(paragraph("first line\nsecond line\nthird"))).isEqualTo("[first line]/[second line]/[third]");
        assertThat(NoteMarkdown.parse("one\n\ntwo").blocks()).hasSize(2);
        assertThat(NoteMarkdown.parse("").blocks()).isEmpty();
        assertThat(NoteMarkdown.parse(null).blocks()).isEmpty();
    }

    @Test
    void markdownStylesListsHeadingsTablesAndQuotes() {
        NoteDocument doc = NoteMarkdown.parse("# Title\n\n**bold** *it* ~~gone~~ [link](https://example.org)\n\n"
                + "- one $x$\n- two\n\n3. three\n\n> quoted\n\n| a | b |\n|---|---|\n| $y$ | 2 |\n\n---");
        List<Block> blocks = doc.blocks();
        assertThat(blocks.get(0)).isEqualTo(new NoteDocument.Heading(1, List.of(new NoteDocument.Text("Title", 0, ""))));
        List<Span> styled = ((NoteDocument.Paragraph) blocks.get(1)).spans();
        assertThat(((NoteDocument.Text) styled.get(0)).bold()).isTrue();
        assertThat(((NoteDocument.Text) styled.get(2)).italic()).isTrue();
        assertThat(((NoteDocument.Text) styled.get(4)).strike()).isTrue();
        assertThat(((NoteDocument.Text) styled.get(6)).link()).isEqualTo("https://example.org");
        NoteDocument.ItemList bullets = (NoteDocument.ItemList) blocks.get(2);
        assertThat(bullets.ordered()).isFalse();
        assertThat(bullets.items()).hasSize(2);
        NoteDocument.ItemList numbered = (NoteDocument.ItemList) blocks.get(3);
        assertThat(numbered.ordered()).isTrue();
        assertThat(numbered.start()).isEqualTo(3);
        assertThat(blocks.get(4)).isInstanceOf(NoteDocument.Quote.class);
        NoteDocument.Table table = (NoteDocument.Table) blocks.get(5);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).getFirst().getFirst()).isInstanceOf(NoteDocument.Math.class);
        assertThat(blocks.get(6)).isEqualTo(new NoteDocument.Rule());
        assertThat(doc.formulas()).extracting(Formula::tex).containsExactly("x", "y");
    }

    @Test
    void htmlIsTextAndImagesAreTheirDescription() {
        assertThat(texts(paragraph("a <script>alert(1)</script> b"))).isEqualTo("[a <script>alert(1)</script> b]");
        assertThat(texts(paragraph("![a graph](https://example.org/x.png)"))).isEqualTo("[a graph]");
    }

    @Test
    void nestedMathInListsInQuotes() {
        NoteDocument doc = NoteMarkdown.parse("> - $\\sqrt{\\frac{a}{b}}$\n>   - $e^{i\\pi} + 1 = 0$");
        assertThat(doc.formulas()).extracting(Formula::tex).containsExactly("\\sqrt{\\frac{a}{b}}", "e^{i\\pi} + 1 = 0");
        assertThat(doc.formulas()).allSatisfy(f -> assertThat(f.error()).isNull());
    }

    @Test
    @Timeout(20)
    void aMegabyteNoteIsRead() {
        String paragraph = "Some text with $a_i^2$ and *stars* and prices $5, then more words to fill the line.\n";
        StringBuilder note = new StringBuilder();
        while (note.length() < 1_000_000) {
            note.append(paragraph).append(note.length() % 7 == 0 ? "\n" : "");
        }
        NoteDocument doc = NoteMarkdown.parse(note.toString());
        assertThat(doc.formulas().size()).isGreaterThan(10_000);
        assertThat(doc.formulas().getFirst().tex()).isEqualTo("a_i^2");
    }

    @Test
    @Timeout(60)
    void fiveThousandFormulasAreLaidOut() {
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            note.append("$x_{").append(i).append("} = \\frac{").append(i).append("}{2}$ ");
        }
        NoteDocument doc = NoteMarkdown.parse(note.toString());
        assertThat(doc.formulas()).hasSize(5_000);
        for (Formula formula : doc.formulas()) {
            FormulaBox box = formula.layout(14);
            assertThat(box).isNotNull();
            assertThat(box.width()).isPositive();
        }
    }

    @Test
    void anUnbalancedDollarRunIsText() {
        assertThat(texts(paragraph("$$ never closed"))).isEqualTo("[$$ never closed]");
        assertThat(texts(paragraph("$x never closed"))).isEqualTo("[$x never closed]");
    }
}
