package org.studypath.exchange.plan;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.studypath.domain.report.ReportWords;
import org.studypath.notes.Formula;
import org.studypath.notes.FormulaBox;
import org.studypath.notes.FormulaError;
import org.studypath.notes.NoteDocument;
import org.studypath.notes.NoteDocument.Block;
import org.studypath.notes.NoteDocument.Span;
import org.studypath.notes.NoteMarkdown;

/**
 * A note in the PDF report, under what it is about: its text wrapped to the column with the report's fonts, and each
 * formula drawn as vector paths where it stands in the line. JLaTeXMath paints the formula on a Graphics2D that writes
 * PDF (pdfbox-graphics2d); its glyphs become outlines, so no font is embedded for them and no picture is made. A
 * formula that cannot be drawn is printed as its TeX and the reason.
 *
 * <p>Print is plainer than the window: a note's bold, italics and code are printed as plain text.
 */
final class PdfNotes {
    private static final float SIZE = 9;
    /** Points per em of the formulas: a little above the text, as TeX sets maths beside text. */
    private static final float MATH_SIZE = 10;
    private static final float GAP = 3;
    private static final Color INK = new Color(0x1f, 0x23, 0x28);
    /** A word, a run of spaces, or one Chinese or Japanese character (lines may break between any two of them). */
    private static final Pattern TOKENS = Pattern.compile(
            "\\s+|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]"
                    + "|[^\\s\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]+");

    private final PdfPages pages;
    private final ReportWords words;

    PdfNotes(PdfPages pages, ReportWords words) {
        this.pages = pages;
        this.words = words;
    }

    /** Writes the note {@code markdown} from {@code x} to the right margin; nothing for no note. */
    void note(String markdown, float x) throws IOException {
        NoteDocument document = NoteMarkdown.parse(markdown);
        if (document.blocks().isEmpty()) {
            return;
        }
        blocks(document.blocks(), x);
        pages.advance(4);
    }

    private void blocks(List<Block> blocks, float x) throws IOException {
        for (Block block : blocks) {
            switch (block) {
                case NoteDocument.Paragraph p -> flow(p.spans(), x, SIZE);
                case NoteDocument.Heading h -> flow(h.spans(), x, SIZE + 1.5f);
                case NoteDocument.Quote q -> blocks(q.blocks(), x + 10);
                case NoteDocument.ItemList l -> {
                    int number = l.start();
                    for (List<Block> item : l.items()) {
                        pages.ensure(SIZE + 6);
                        pages.textAt(l.ordered() ? (number++) + "." : "•", SIZE, x, pages.y() - SIZE, 14);
                        blocks(item, x + 14);
                    }
                }
                case NoteDocument.Code c -> {
                    for (String line : c.text().split("\n", -1)) {
                        pages.ensure(SIZE + GAP + 1);
                        pages.textAt(line, SIZE, x + 6, pages.y() - SIZE, PdfPages.RIGHT - x - 6);
                        pages.advance(SIZE + GAP);
                    }
                }
                case NoteDocument.Display d -> display(d.formula(), x);
                case NoteDocument.Rule r -> {
                    pages.ensure(8);
                    PDPageContentStream content = pages.content();
                    content.setStrokingColor(0.82f, 0.84f, 0.87f);
                    content.setLineWidth(0.6f);
                    content.moveTo(x, pages.y() - 4);
                    content.lineTo(PdfPages.RIGHT, pages.y() - 4);
                    content.stroke();
                    pages.advance(8);
                }
                case NoteDocument.Table t -> {
                    for (List<List<Span>> row : t.rows()) {
                        List<Span> line = new ArrayList<>();
                        for (List<Span> cell : row) {
                            if (!line.isEmpty()) {
                                line.add(new NoteDocument.Text("  |  ", 0, ""));
                            }
                            line.addAll(cell);
                        }
                        flow(line, x, SIZE);
                    }
                }
            }
        }
    }

    private void display(Formula formula, float x) throws IOException {
        FormulaBox box = formula.error() == null ? formula.layout(MATH_SIZE) : null;
        if (box == null) {
            flow(List.of(new NoteDocument.Math(formula)), x, SIZE);
            return;
        }
        pages.ensure(box.height() + 2 * GAP);
        float left = Math.max(x, x + (PdfPages.RIGHT - x - box.width()) / 2);
        drawFormula(box, left, pages.y() - GAP - box.ascent());
        pages.advance(box.height() + 2 * GAP);
    }

    /** One piece of a line: text (spaces included), a formula, or a line break. */
    private record Atom(String text, FormulaBox formula, boolean lineBreak, float width) {
        boolean space() {
            return text != null && text.isBlank();
        }
    }

    /** Lays {@code spans} out in lines from {@code x} to the right margin, breaking between words. */
    private void flow(List<Span> spans, float x, float size) throws IOException {
        float maxWidth = PdfPages.RIGHT - x;
        List<Atom> line = new ArrayList<>();
        float width = 0;
        for (Atom atom : atoms(spans, size, maxWidth)) {
            if (atom.lineBreak()) {
                emit(line, x, size);
                line.clear();
                width = 0;
                continue;
            }
            if (atom.space() && line.isEmpty()) {
                continue; // a line does not start with a space
            }
            if (width + atom.width() > maxWidth && !line.isEmpty()) {
                emit(line, x, size);
                line.clear();
                width = 0;
                if (atom.space()) {
                    continue;
                }
            }
            line.add(atom);
            width += atom.width();
        }
        if (!line.isEmpty()) {
            emit(line, x, size);
        }
    }

    private List<Atom> atoms(List<Span> spans, float size, float maxWidth) throws IOException {
        List<Atom> atoms = new ArrayList<>();
        for (Span span : spans) {
            switch (span) {
                case NoteDocument.Text t -> words(t.text(), size, maxWidth, atoms);
                case NoteDocument.Break b -> atoms.add(new Atom(null, null, true, 0));
                case NoteDocument.Math m -> {
                    Formula formula = m.formula();
                    FormulaBox box = formula.error() == null ? formula.layout(MATH_SIZE) : null;
                    FormulaError error = formula.error();
                    if (box != null && error == null && box.width() <= maxWidth) {
                        atoms.add(new Atom(null, box, false, box.width()));
                    } else {
                        words(error == null ? formula.toString() : NoteWords.error(words, formula, error), size,
                                maxWidth, atoms);
                    }
                }
            }
        }
        return atoms;
    }

    /** Splits text into words and spaces; a word longer than a line is cut where the line ends. */
    private void words(String text, float size, float maxWidth, List<Atom> atoms) throws IOException {
        Matcher m = TOKENS.matcher(text.replace('\t', ' '));
        PdfFonts fonts = pages.fonts();
        while (m.find()) {
            String token = m.group();
            if (token.isBlank()) {
                token = " ";
            }
            while (fonts.width(token, size) > maxWidth && token.length() > 1) {
                int end = token.length() - 1;
                while (end > 1 && fonts.width(token.substring(0, end), size) > maxWidth) {
                    end = token.offsetByCodePoints(end, -1);
                }
                atoms.add(new Atom(token.substring(0, end), null, false, fonts.width(token.substring(0, end), size)));
                token = token.substring(end);
            }
            atoms.add(new Atom(token, null, false, fonts.width(token, size)));
        }
    }

    /** Draws one line: its height is the text's, or a formula's when that is taller. */
    private void emit(List<Atom> line, float x, float size) throws IOException {
        float ascent = size;
        float descent = size * 0.3f;
        for (Atom atom : line) {
            if (atom.formula() != null) {
                ascent = Math.max(ascent, atom.formula().ascent());
                descent = Math.max(descent, atom.formula().depth());
            }
        }
        pages.ensure(ascent + descent + GAP);
        float baseline = pages.y() - ascent;
        float at = x;
        StringBuilder run = new StringBuilder();
        float runX = x;
        for (Atom atom : line) {
            if (atom.formula() == null) {
                if (run.isEmpty()) {
                    runX = at;
                }
                run.append(atom.text());
            } else {
                if (!run.isEmpty()) {
                    pages.textAt(run.toString(), size, runX, baseline, PdfPages.RIGHT - runX);
                    run.setLength(0);
                }
                drawFormula(atom.formula(), at, baseline);
            }
            at += atom.width();
        }
        if (!run.isEmpty()) {
            pages.textAt(run.toString().stripTrailing(), size, runX, baseline, PdfPages.RIGHT - runX);
        }
        pages.advance(ascent + descent + GAP);
    }

    /** Paints {@code box} as vector paths in a form on the page, its baseline at {@code baseline}. */
    private void drawFormula(FormulaBox box, float x, float baseline) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(pages.document(), box.width(), box.height());
        try {
            box.paint(g, 0, 0, INK);
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        PDPageContentStream content = pages.content();
        content.saveGraphicsState();
        content.transform(Matrix.getTranslateInstance(x, baseline - box.depth()));
        content.drawForm(form);
        content.restoreGraphicsState();
    }
}
