package org.studypath.notes;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A formula laid out by JLaTeXMath at one size, ready to paint on any {@link Graphics2D}: a JavaFX canvas (through
 * FXGraphics2D), an SVG image or a PDF page. Painting is Java2D only, which runs headless.
 */
public final class FormulaBox {
    private final TeXIcon icon;
    private final float size;

    FormulaBox(TeXIcon icon, float size) {
        this.icon = icon;
        this.size = size;
        icon.setInsets(new Insets(0, 0, 0, 0));
    }

    /** The size it was laid out at. */
    public float size() {
        return size;
    }

    /** The width, in the units of the size it was laid out at. */
    public float width() {
        return icon.getIconWidth();
    }

    /** The height above and below the baseline. */
    public float height() {
        return icon.getIconHeight();
    }

    /** How far the formula reaches below the baseline. */
    public float depth() {
        return icon.getIconDepth();
    }

    /** How far the formula reaches above the baseline. */
    public float ascent() {
        return height() - depth();
    }

    /** Paints the formula in {@code color} with its top left corner at ({@code x}, {@code y}). */
    public synchronized void paint(Graphics2D g, int x, int y, Color color) {
        icon.setForeground(color);
        icon.paintIcon(null, g, x, y);
    }
}
