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
