package org.studypath.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A note as read from its Markdown: blocks of styled text and formulas, which the window, the HTML report and the PDF
 * report each draw their own way. Built by {@link NoteMarkdown}; holds no control and does no I/O.
 *
 * @param blocks the note's blocks, in order
 */
public record NoteDocument(List<Block> blocks) {
    public static final NoteDocument EMPTY = new NoteDocument(List.of());

    public NoteDocument {
        blocks = List.copyOf(blocks);
    }

    /** A block of the note. */
    public sealed interface Block {
    }

    /** A paragraph; its line breaks are {@link Span.Break}s. */
    public record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** A heading, {@code level} 1 to 6. */
    public record Heading(int level, List<Span> spans) implements Block {
        public Heading {
            spans = List.copyOf(spans);
        }
    }

    /** A quotation ({@code > …}). */
    public record Quote(List<Block> blocks) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /** A bulleted list, or a numbered one counting from {@code start}. */
    public record ItemList(boolean ordered, int start, List<List<Block>> items) implements Block {
        public ItemList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** Code, shown as written in a fixed-width font. */
    public record Code(String text) implements Block {
        public Code {
            Objects.requireNonNull(text);
        }
    }

    /** A formula on its own, centred ({@code $$…$$} alone in a paragraph). */
    public record Display(Formula formula) implements Block {
        public Display {
            Objects.requireNonNull(formula);
        }
    }

    /** A horizontal rule ({@code ---}). */
    public record Rule() implements Block {
    }

    /** A table; the first row is its header. Each cell is a list of spans. */
    public record Table(List<List<List<Span>>> rows) implements Block {
        public Table {
            rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
        }
    }

    /** A piece of a line. */
    public sealed interface Span {
    }

    /**
     * Text in one style; {@code link} is the address it links to, or "" (the writers make only http(s) addresses
     * links).
     */
    public record Text(String text, int style, String link) implements Span {
        public static final int BOLD = 1;
        public static final int ITALIC = 2;
        public static final int CODE = 4;
        public static final int STRIKE = 8;

        public Text {
            Objects.requireNonNull(text);
            link = link == null ? "" : link;
        }

        public boolean bold() {
            return (style & BOLD) != 0;
        }

        public boolean italic() {
            return (style & ITALIC) != 0;
        }

        public boolean code() {
            return (style & CODE) != 0;
        }

        public boolean strike() {
            return (style & STRIKE) != 0;
        }
    }

    /** A formula within a line ({@code $…$}), or a display one ({@code $$…$$}) amid text. */
    public record Math(Formula formula) implements Span {
        public Math {
            Objects.requireNonNull(formula);
        }
    }

    /** A line break: every new line of a note is one, as in the plain-text notes written before Markdown. */
    public record Break() implements Span {
    }

    /** Every formula of the note, in reading order. */
    public List<Formula> formulas() {
        List<Formula> found = new ArrayList<>();
        collect(blocks, found);
        return found;
    }

    private static void collect(List<Block> blocks, List<Formula> found) {
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> spans(p.spans(), found);
                case Heading h -> spans(h.spans(), found);
                case Quote q -> collect(q.blocks(), found);
                case ItemList l -> l.items().forEach(item -> collect(item, found));
                case Display d -> found.add(d.formula());
                case Table t -> t.rows().forEach(row -> row.forEach(cell -> spans(cell, found)));
                case Code c -> {
                }
                case Rule r -> {
                }
            }
        }
    }

    private static void spans(List<Span> spans, List<Formula> found) {
        for (Span span : spans) {
            if (span instanceof Math m) {
                found.add(m.formula());
            }
        }
    }

    /** The note's words without its markup, formulas as their TeX: what a reader would say aloud or search for. */
    public static String plain(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            switch (span) {
                case Text t -> out.append(t.text());
                case Math m -> out.append(m.formula().tex());
                case Break b -> out.append('\n');
            }
        }
        return out.toString();
    }
}
