package org.studypath.exchange.plan;

import java.awt.Color;
import java.awt.RenderingHints;
import java.util.List;
import java.util.Locale;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.studypath.domain.WebLinks;
import org.studypath.domain.report.ReportWords;
import org.studypath.notes.Formula;
import org.studypath.notes.FormulaBox;
import org.studypath.notes.FormulaError;
import org.studypath.notes.NoteDocument;
import org.studypath.notes.NoteDocument.Block;
import org.studypath.notes.NoteDocument.Span;
import org.studypath.notes.NoteMarkdown;

/**
 * A note as HTML for the report: its Markdown as elements, every formula as an inline SVG whose glyphs are paths
 * (JFreeSVG draws JLaTeXMath's glyphs as outlines), so the page needs no font, script or download to show the maths.
 * Every piece of the learner's text is escaped; only http(s) links become links; a note's headings become bold
 * paragraphs, so the report's own heading outline stays as it is.
 */
final class HtmlNotes {
    /** The formulas' size in CSS pixels per em: the report's body text is 16 px. */
    private static final float MATH_SIZE = 16f;
    /** The report's text colour (#1f2328). */
    private static final Color INK = new Color(0x1f, 0x23, 0x28);

    private final ReportWords words;
    /** Numbers the formulas of the page, so the SVGs' inner ids never clash. */
    private int formulas;

    HtmlNotes(ReportWords words) {
        this.words = words;
    }

    /** {@code markdown} as a {@code <div class="note">}, or "" for no note. */
    String html(String markdown) {
        NoteDocument document = NoteMarkdown.parse(markdown);
        if (document.blocks().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<div class=\"note\">");
        blocks(document.blocks(), out);
        return out.append("</div>").toString();
    }

    private void blocks(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            switch (block) {
                case NoteDocument.Paragraph p -> spans(p.spans(), out.append("<p>")).append("</p>");
                case NoteDocument.Heading h -> spans(h.spans(), out.append("<p class=\"note-heading\"><strong>"))
                        .append("</strong></p>");
                case NoteDocument.Quote q -> {
                    out.append("<blockquote>");
                    blocks(q.blocks(), out);
                    out.append("</blockquote>");
                }
                case NoteDocument.ItemList l -> {
                    out.append(l.ordered() ? (l.start() == 1 ? "<ol>" : "<ol start=\"" + l.start() + "\">") : "<ul>");
                    for (List<Block> item : l.items()) {
                        out.append("<li>");
                        blocks(item, out);
                        out.append("</li>");
                    }
                    out.append(l.ordered() ? "</ol>" : "</ul>");
                }
                case NoteDocument.Code c -> out.append("<pre><code>").append(HtmlReportWriter.escape(c.text()))
                        .append("</code></pre>");
                case NoteDocument.Display d -> formula(d.formula(), out.append("<div class=\"math-display\">"))
                        .append("</div>");
                case NoteDocument.Rule r -> out.append("<hr>");
                case NoteDocument.Table t -> table(t, out);
            }
        }
    }

    private void table(NoteDocument.Table table, StringBuilder out) {
        out.append("<table class=\"note-table\">");
        for (int r = 0; r < table.rows().size(); r++) {
            out.append("<tr>");
            for (List<Span> cell : table.rows().get(r)) {
                // the first row is the header; an empty header cell is a plain cell, as a screen reader expects
                boolean header = r == 0 && !cell.isEmpty();
                out.append(header ? "<th scope=\"col\">" : "<td>");
                spans(cell, out);
                out.append(header ? "</th>" : "</td>");
            }
            out.append("</tr>");
        }
        out.append("</table>");
    }

    private StringBuilder spans(List<Span> spans, StringBuilder out) {
        for (Span span : spans) {
            switch (span) {
                case NoteDocument.Text t -> text(t, out);
                case NoteDocument.Math m -> formula(m.formula(), out);
                case NoteDocument.Break b -> out.append("<br>");
            }
        }
        return out;
    }

    private void text(NoteDocument.Text t, StringBuilder out) {
        String html = HtmlReportWriter.escape(t.text());
        if (t.code()) {
            html = "<code>" + html + "</code>";
        }
        if (t.strike()) {
            html = "<s>" + html + "</s>";
        }
        if (t.italic()) {
            html = "<em>" + html + "</em>";
        }
        if (t.bold()) {
            html = "<strong>" + html + "</strong>";
        }
        String link = html;
        html = WebLinks.parse(t.link()).map(uri -> "<a href=\"" + HtmlReportWriter.escape(uri.toString()) + "\">"
                + link + "</a>").orElse(html);
        out.append(html);
    }

    private StringBuilder formula(Formula formula, StringBuilder out) {
        FormulaBox box = formula.error() == null ? formula.layout(MATH_SIZE) : null;
        FormulaError error = formula.error();
        if (box == null || error != null) {
            String said = error == null ? formula.toString() : NoteWords.error(words, formula, error);
            return out.append("<span class=\"math-error\">").append(HtmlReportWriter.escape(said)).append("</span>");
        }
        int width = (int) Math.ceil(box.width());
        int height = (int) Math.ceil(box.height());
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // fixed ids and two decimals: the same note gives the same page, byte for byte
        g.setDefsKeyPrefix("m" + (++formulas) + "-");
        g.setGeomDoubleConverter(HtmlNotes::number);
        g.setTransformDoubleConverter(HtmlNotes::number);
        box.paint(g, 0, 0, INK);
        String svg = g.getSVGElement();
        String attributes = "<svg role=\"img\" aria-label=\"" + HtmlReportWriter.escape(formula.tex())
                + "\" style=\"vertical-align:" + number(-box.depth()) + "px\" ";
        return out.append(svg.replaceFirst("^<svg ", java.util.regex.Matcher.quoteReplacement(attributes)));
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        // "1.50" → "1.5", "2.00" → "2", "-0.00" → "0": shorter pages, the same drawing
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }
}
