package org.studypath.notes;

import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Maths in Markdown, as commonmark-java inline content: {@code $…$} within a line, {@code $$…$$} displayed. What is
 * inside is taken whole, so {@code _} and {@code *} in a formula are TeX, not emphasis, and code spans keep their
 * dollars (commonmark never hands their text to this parser). {@code \$} is a dollar sign, as any escaped punctuation.
 *
 * <p>The usual rule keeps prices out of maths: a single {@code $} opens only when not followed by a space, and
 * closes only when not preceded by a space nor followed by a digit, so "$5 and $10" stays text.
 */
final class MathSyntax implements InlineContentParserFactory {
    /** A formula as a node of commonmark's tree. */
    static final class MathNode extends CustomNode {
        final String tex;
        final boolean display;

        MathNode(String tex, boolean display) {
            this.tex = tex;
            this.display = display;
        }
    }

    @Override
    public Set<Character> getTriggerCharacters() {
        return Set.of('$');
    }

    @Override
    public InlineContentParser create() {
        return MathSyntax::parse;
    }

    private static ParsedInline parse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        boolean display = scanner.next("$$");
        if (!display) {
            scanner.next('$');
            char first = scanner.peek();
            if (first == Scanner.END || Character.isWhitespace(first) || first == '$') {
                scanner.setPosition(start);
                return ParsedInline.none();
            }
        }
        Position from = scanner.position();
        char previous = 0;
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '\\') {
                scanner.next();
                if (!scanner.hasNext()) {
                    break;
                }
                previous = scanner.peek();
                scanner.next(); // an escaped character, \$ included, belongs to the TeX
                continue;
            }
            if (c == '$') {
                Position to = scanner.position();
                if (display) {
                    if (scanner.next("$$")) {
                        String tex = scanner.getSource(from, to).getContent().strip();
                        return tex.isEmpty() ? none(scanner, start) : ParsedInline.of(new MathNode(tex, true), scanner.position());
                    }
                } else {
                    scanner.next();
                    if (!Character.isWhitespace(previous) && !Character.isDigit(scanner.peek())) {
                        return ParsedInline.of(new MathNode(scanner.getSource(from, to).getContent(), false), scanner.position());
                    }
                    previous = c;
                    continue;
                }
            }
            previous = c;
            scanner.next();
        }
        return none(scanner, start);
    }

    private static ParsedInline none(Scanner scanner, Position start) {
        scanner.setPosition(start);
        return ParsedInline.none();
    }
}
