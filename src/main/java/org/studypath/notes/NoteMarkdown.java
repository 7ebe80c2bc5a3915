package org.studypath.notes;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.studypath.notes.NoteDocument.Block;
import org.studypath.notes.NoteDocument.Span;

/**
 * Reads a note's Markdown (CommonMark with GitHub's tables and strikethrough, and {@code $…$} / {@code $$…$$} maths,
 * see {@link MathSyntax}) into a {@link NoteDocument}.
 *
 * <p>Notes were plain text before they were Markdown, and their single new lines were line breaks. They still are:
 * every new line inside a paragraph is a {@link NoteDocument.Break} (what Markdown calls a soft break is kept as a
 * hard one), so an old note reads as it did. HTML in a note is text, shown as typed; images show their description,
 * so nothing is fetched.
 */
public final class NoteMarkdown {
    /** Nesting deeper than this (quotes in lists in quotes …) is read as text: enough for notes, safe for the stack. */
    private static final int MAX_NESTING = 24;
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .customInlineContentParserFactory(new MathSyntax())
            .maxOpenBlockParsers(MAX_NESTING)
            .maxInlineNesting(MAX_NESTING)
            .build();

    private NoteMarkdown() {
    }

    /** The note {@code markdown} as a document; never fails ("" or null: an empty document). */
    public static NoteDocument parse(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return NoteDocument.EMPTY;
        }
        try {
            Node root = PARSER.parse(markdown);
            return new NoteDocument(blocks(root));
        } catch (RuntimeException | StackOverflowError e) {
            // whatever the Markdown, the note is still shown: as the plain text it was before Markdown
            return new NoteDocument(List.of(new NoteDocument.Paragraph(lines(markdown))));
        }
    }

    private static List<Block> blocks(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Block block = block(node);
            if (block != null) {
                out.add(block);
            }
        }
        return out;
    }

    private static Block block(Node node) {
        return switch (node) {
            case Paragraph p -> paragraph(p);
            case Heading h -> new NoteDocument.Heading(h.getLevel(), spans(h));
            case BlockQuote q -> new NoteDocument.Quote(blocks(q));
            case BulletList l -> new NoteDocument.ItemList(false, 1, items(l));
            case OrderedList l -> new NoteDocument.ItemList(true, l.getMarkerStartNumber() == null ? 1
                    : l.getMarkerStartNumber(), items(l));
            case FencedCodeBlock c -> new NoteDocument.Code(stripEnd(c.getLiteral()));
            case IndentedCodeBlock c -> new NoteDocument.Code(stripEnd(c.getLiteral()));
            case HtmlBlock h -> new NoteDocument.Paragraph(lines(stripEnd(h.getLiteral())));
            case ThematicBreak t -> new NoteDocument.Rule();
            case TableBlock t -> table(t);
            default -> {
                List<Block> inner = blocks(node);
                yield inner.isEmpty() ? null : new NoteDocument.Quote(inner);
            }
        };
    }

    /** A paragraph that is one {@code $$…$$} and nothing else is a formula on its own. */
    private static Block paragraph(Paragraph p) {
        List<Span> spans = spans(p);
        if (spans.size() == 1 && spans.getFirst() instanceof NoteDocument.Math m && m.formula().display()) {
            return new NoteDocument.Display(m.formula());
        }
        return new NoteDocument.Paragraph(spans);
    }

    private static List<List<Block>> items(Node list) {
        List<List<Block>> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(blocks(item));
            }
        }
        return items;
    }

    private static Block table(TableBlock table) {
        List<List<List<Span>>> rows = new ArrayList<>();
        collectRows(table, rows);
        return new NoteDocument.Table(rows);
    }

    private static void collectRows(Node parent, List<List<List<Span>>> rows) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableRow row) {
                List<List<Span>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(spans(cell));
                    }
                }
                rows.add(cells);
            } else {
                collectRows(node, rows); // the head and the body
            }
        }
    }

    private static List<Span> spans(Node parent) {
        List<Span> out = new ArrayList<>();
        inline(parent, 0, "", out);
        return merge(out);
    }

    private static void inline(Node parent, int style, String link, List<Span> out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text t -> out.add(new NoteDocument.Text(t.getLiteral(), style, link));
                case Code c -> out.add(new NoteDocument.Text(c.getLiteral(), style | NoteDocument.Text.CODE, link));
                case Emphasis e -> inline(e, style | NoteDocument.Text.ITALIC, link, out);
                case StrongEmphasis e -> inline(e, style | NoteDocument.Text.BOLD, link, out);
                case Strikethrough e -> inline(e, style | NoteDocument.Text.STRIKE, link, out);
                case Link l -> inline(l, style, l.getDestination() == null ? "" : l.getDestination(), out);
                case Image i -> inline(i, style, link, out); // its description only: nothing is fetched
                case SoftLineBreak b -> out.add(new NoteDocument.Break());
                case HardLineBreak b -> out.add(new NoteDocument.Break());
                case HtmlInline h -> out.add(new NoteDocument.Text(h.getLiteral(), style, link));
                case MathSyntax.MathNode m -> out.add(new NoteDocument.Math(new Formula(m.tex, m.display)));
                default -> inline(node, style, link, out);
            }
        }
    }

    /** Neighbouring text in the same style is one span: fewer pieces to draw. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        StringBuilder text = new StringBuilder();
        NoteDocument.Text run = null;
        for (Span span : spans) {
            if (span instanceof NoteDocument.Text t && run != null && run.style() == t.style()
                    && run.link().equals(t.link())) {
                text.append(t.text());
                continue;
            }
            if (run != null) {
                out.add(new NoteDocument.Text(text.toString(), run.style(), run.link()));
                run = null;
            }
            if (span instanceof NoteDocument.Text t) {
                run = t;
                text.setLength(0);
                text.append(t.text());
            } else {
                out.add(span);
            }
        }
        if (run != null) {
            out.add(new NoteDocument.Text(text.toString(), run.style(), run.link()));
        }
        return out;
    }

    private static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.add(new NoteDocument.Break());
            }
            out.add(new NoteDocument.Text(lines[i], 0, ""));
        }
        return out;
    }

    private static String stripEnd(String text) {
        return text == null ? "" : text.stripTrailing();
    }
}
