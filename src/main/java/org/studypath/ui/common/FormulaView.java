package org.studypath.ui.common;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.jfree.fx.FXGraphics2D;
import org.studypath.notes.FormulaBox;

/**
 * A formula drawn on a canvas: JLaTeXMath paints it through FXGraphics2D, in no web view. It is a label without text
 * so the theme's text colour reaches it: the formula is repainted in that colour whenever it changes (light or dark).
 * Its baseline is the formula's, so it sits on the line of the text around it.
 */
final class FormulaView extends Label {
    /**
     * JLaTeXMath's own fonts (its TeX glyphs: the integral, big brackets, italic letters). FXGraphics2D draws text
     * with JavaFX fonts found by family name, so they are made known to JavaFX once, before the first formula is
     * drawn; without them JavaFX falls back to a system font and draws the wrong glyph for an integral.
     */
    private static final String[] MATH_FONTS = {"base/jlm_cmex10", "base/jlm_cmmi10", "base/jlm_cmmib10",
            "maths/jlm_cmsy10", "maths/jlm_cmbsy10", "maths/jlm_msam10", "maths/jlm_msbm10", "maths/jlm_rsfs10",
            "maths/jlm_stmary10", "maths/jlm_special", "latin/jlm_cmr10", "latin/jlm_jlmr10", "latin/jlm_jlmi10",
            "latin/jlm_jlmbx10", "latin/jlm_jlmbi10", "latin/jlm_jlmss10", "latin/jlm_jlmsb10", "latin/jlm_jlmsi10",
            "latin/jlm_jlmsbi10", "latin/jlm_jlmtt10", "euler/jlm_eufm10", "euler/jlm_eufb10"};

    static {
        for (String font : MATH_FONTS) {
            try (java.io.InputStream in = org.scilab.forge.jlatexmath.TeXFormula.class
                    .getResourceAsStream("fonts/" + font + ".ttf")) {
                if (in != null) {
                    javafx.scene.text.Font.loadFont(in, 10);
                }
            } catch (java.io.IOException e) {
                // the formula is still drawn, with a fallback font for that glyph
            }
        }
    }

    private final FormulaBox box;
    private final Canvas canvas;

    FormulaView(FormulaBox box, String tex) {
        this.box = box;
        this.canvas = new Canvas(Math.ceil(box.width()) + 1, Math.ceil(box.height()) + 1);
        getStyleClass().add("note-formula");
        setGraphic(canvas);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAccessibleText(tex);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        textFillProperty().addListener((o, a, b) -> paint());
        paint();
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Paint fill = getTextFill();
        Color color = fill instanceof Color c ? c : Color.BLACK;
        box.paint(new FXGraphics2D(gc), 0, 0, new java.awt.Color((float) color.getRed(), (float) color.getGreen(),
                (float) color.getBlue(), (float) color.getOpacity()));
    }

    /** The canvas, for tests that check something was drawn. */
    Canvas canvas() {
        return canvas;
    }

    @Override
    public double getBaselineOffset() {
        return snappedTopInset() + box.ascent();
    }
}
