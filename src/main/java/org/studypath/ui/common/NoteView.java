package org.studypath.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.studypath.notes.Formula;
import org.studypath.notes.FormulaBox;
import org.studypath.notes.FormulaError;
import org.studypath.notes.NoteDocument;
import org.studypath.notes.NoteDocument.Block;
import org.studypath.notes.NoteDocument.Span;

/**
 * Draws a {@link NoteDocument} as JavaFX nodes: paragraphs as text flows, formulas as {@link FormulaView}s on the
 * line, a formula that cannot be drawn as its TeX and the reason in the theme's danger colour. Only the first
 * {@code formulaLimit} formulas are drawn, the rest are shown as their TeX, so no note can make the window crawl.
 * Every colour comes from the stylesheet, so it follows the theme.
 */
public final class NoteView {
    private final Messages messages;
    private final float mathSize;
    private int formulasLeft;

    private NoteView(Messages messages, float mathSize, int formulaLimit) {
        this.messages = messages;
        this.mathSize = mathSize;
        this.formulasLeft = formulaLimit;
    }

    /** The note as a column of nodes, formulas laid out at {@code mathSize} pixels per em. */
    public static VBox build(NoteDocument document, Messages messages, float mathSize, int formulaLimit) {
        VBox column = new VBox(6);
        column.getStyleClass().add("note-preview");
        column.getChildren().setAll(new NoteView(messages, mathSize, formulaLimit).blocks(document.blocks()));
        return column;
    }

    /** Why {@code error}'s formula is not drawn, in one sentence. */
    public static String reason(Messages messages, FormulaError error) {
        return switch (error.kind()) {
            case TOO_LONG -> messages.text("note.math.tooLong", error.detail());
            case TOO_DEEP -> messages.text("note.math.tooDeep", error.detail());
            case UNCLOSED_BRACE -> messages.text("note.math.unclosedBrace");
            case UNOPENED_BRACE -> messages.text("note.math.unopenedBrace");
            case INVALID -> messages.text("note.math.invalid", error.detail());
        };
    }

    private List<Node> blocks(List<Block> blocks) {
        List<Node> nodes = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            nodes.add(block(block));
        }
        return nodes;
    }

    private Node block(Block block) {
        return switch (block) {
            case NoteDocument.Paragraph p -> flow(p.spans(), "note-paragraph");
            case NoteDocument.Heading h -> flow(h.spans(), "note-h" + Math.min(h.level(), 3));
            case NoteDocument.Quote q -> {
                VBox quote = new VBox(6);
                quote.getStyleClass().add("note-quote");
                quote.getChildren().setAll(blocks(q.blocks()));
                yield quote;
            }
            case NoteDocument.ItemList l -> list(l);
            case NoteDocument.Code c -> {
                Label code = new Label(c.text());
                code.getStyleClass().add("note-code");
                code.setWrapText(true);
                code.setMaxWidth(Double.MAX_VALUE);
                yield code;
            }
            case NoteDocument.Display d -> {
                HBox line = new HBox(formula(d.formula()));
                line.setAlignment(Pos.CENTER);
                line.getStyleClass().add("note-display");
                yield line;
            }
            case NoteDocument.Rule r -> new Separator();
            case NoteDocument.Table t -> table(t);
        };
    }

    private Node list(NoteDocument.ItemList list) {
        VBox items = new VBox(3);
        int number = list.start();
        for (List<Block> item : list.items()) {
            Label marker = new Label(list.ordered() ? (number++) + "." : "•");
            marker.getStyleClass().add("note-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            VBox body = new VBox(4);
            body.getChildren().setAll(blocks(item));
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(6, marker, body);
            items.getChildren().add(row);
        }
        return items;
    }

    private Node table(NoteDocument.Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("note-table");
        for (int r = 0; r < table.rows().size(); r++) {
            List<List<Span>> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                TextFlow cell = flow(row.get(c), r == 0 ? "note-table-head" : "note-table-cell");
                grid.add(cell, c, r);
            }
        }
        return grid;
    }

    private TextFlow flow(List<Span> spans, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll("note-flow", styleClass);
        List<Node> pieces = new ArrayList<>(spans.size());
        for (Span span : spans) {
            switch (span) {
                case NoteDocument.Text t -> pieces.add(text(t));
                case NoteDocument.Math m -> pieces.add(formula(m.formula()));
                case NoteDocument.Break b -> pieces.add(plain("\n"));
            }
        }
        flow.getChildren().setAll(pieces);
        return flow;
    }

    private Text text(NoteDocument.Text span) {
        Text text = plain(span.text());
        if (span.bold()) {
            text.getStyleClass().add("note-bold");
        }
        if (span.italic()) {
            text.getStyleClass().add("note-italic");
        }
        if (span.code()) {
            text.getStyleClass().add("note-code-span");
        }
        if (span.strike()) {
            text.setStrikethrough(true);
        }
        if (!span.link().isEmpty()) {
            text.getStyleClass().add("note-link");
            text.setUnderline(true);
        }
        return text;
    }

    private static Text plain(String content) {
        Text text = new Text(content);
        text.getStyleClass().add("note-text");
        return text;
    }

    private Node formula(Formula formula) {
        FormulaError error = formula.error();
        if (error == null && formulasLeft <= 0) {
            Text tex = plain(formula.toString());
            tex.getStyleClass().add("note-code-span");
            return tex;
        }
        FormulaBox box = error == null ? formula.layout(mathSize) : null;
        if (box == null) {
            error = formula.error();
        }
        if (error == null && box == null) {
            Text tex = plain(formula.toString());
            tex.getStyleClass().add("note-code-span");
            return tex;
        }
        if (error != null) {
            Text text = plain(messages.text("note.math.error", formula.toString(), reason(messages, error)));
            text.getStyleClass().add("note-math-error");
            Tooltip.install(text, new Tooltip(reason(messages, error)));
            return text;
        }
        formulasLeft--;
        return new FormulaView(box, formula.tex());
    }
}
