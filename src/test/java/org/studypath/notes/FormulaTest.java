package org.studypath.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FormulaTest {
    @Test
    void aGoodFormulaIsLaidOutAndPainted() {
        Formula formula = new Formula("\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}", false);
        assertThat(formula.error()).isNull();
        FormulaBox box = formula.layout(20);
        assertThat(box.width()).isGreaterThan(50);
        assertThat(box.height()).isGreaterThan(box.depth());
        assertThat(box.ascent()).isPositive();
        BufferedImage image = new BufferedImage((int) box.width() + 2, (int) box.height() + 2, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        box.paint(g, 1, 1, Color.BLACK);
        g.dispose();
        int inked = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                inked += (image.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
            }
        }
        assertThat(inked).isGreaterThan(50);
    }

    @Test
    void aDisplayFormulaIsTallerThanTheSameInline() {
        String tex = "\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}";
        assertThat(new Formula(tex, true).layout(16).height()).isGreaterThan(new Formula(tex, false).layout(16).height());
    }

    @Test
    void anUnclosedBraceIsAnError() {
        Formula formula = new Formula("\\frac{a", false);
        assertThat(formula.error()).isEqualTo(new FormulaError(FormulaError.Kind.UNCLOSED_BRACE, ""));
        assertThat(formula.layout(16)).isNull();
        assertThat(new Formula("a}", false).error().kind()).isEqualTo(FormulaError.Kind.UNOPENED_BRACE);
        // escaped braces are drawn braces, not groups
        assertThat(new Formula("\\{ x \\}", false).error()).isNull();
    }

    @Test
    void anUnknownCommandIsAnErrorNamingIt() {
        FormulaError error = new Formula("\\unknowncmd", false).error();
        assertThat(error.kind()).isEqualTo(FormulaError.Kind.INVALID);
        assertThat(error.detail()).contains("unknowncmd");
        assertThat(new Formula("\\begin{matrix} a", false).error().kind()).isEqualTo(FormulaError.Kind.INVALID);
    }

    @Test
    @Timeout(10)
    void tenThousandNestedBracesAreRefusedNotOverflowed() {
        Formula formula = new Formula("{".repeat(10_000) + "x" + "}".repeat(10_000), false);
        assertThat(formula.error().kind()).isEqualTo(FormulaError.Kind.TOO_LONG);
        Formula deep = new Formula("{".repeat(500) + "x" + "}".repeat(500), false);
        assertThat(deep.error()).isEqualTo(new FormulaError(FormulaError.Kind.TOO_DEEP, "40"));
        Formula deepButAllowed = new Formula("{".repeat(30) + "x" + "}".repeat(30), false);
        assertThat(deepButAllowed.error()).isNull();
    }

    @Test
    void aHugeFormulaIsRefused() {
        Formula formula = new Formula("x+".repeat(1_500), false);
        assertThat(formula.error().kind()).isEqualTo(FormulaError.Kind.TOO_LONG);
    }

    @Test
    void aBrokenFormulaCostsOnlyItself() {
        NoteDocument doc = NoteMarkdown.parse("good $a^2$, bad $\\frac{a$, good again $b^2$");
        assertThat(doc.formulas()).extracting(f -> f.error() == null).containsExactly(true, false, true);
    }
}
