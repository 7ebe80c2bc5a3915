package org.studypath.exchange.plan;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.report.PlanReport;
import org.studypath.domain.report.ReportWords;

/**
 * A cursor over the A4 pages of the PDF report: writes top-down, starts a new page (with its footer) when the current
 * one is full, and cuts text that does not fit its column with "…". Draws the report's three kinds of line: a
 * heading, a progress bar and a row of the plan.
 */
final class PdfPages implements Closeable {
    static final float MARGIN = 48;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float GREEN_R = 0.12f;
    private static final float GREEN_G = 0.53f;
    private static final float GREEN_B = 0.24f;
    static final float RIGHT = PAGE.getWidth() - MARGIN;
    private final PDDocument doc;
    private final PdfFonts fonts;
    private final String footer;
    private final ReportWords words;
    private PDPageContentStream content;
    private float y;
    private int page;

    PdfPages(PDDocument doc, PdfFonts fonts, String footer, ReportWords words) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        this.footer = footer;
        this.words = words;
        newPage();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage pdPage = new PDPage(PAGE);
        doc.addPage(pdPage);
        content = new PDPageContentStream(doc, pdPage);
        page++;
        y = PAGE.getHeight() - MARGIN;
        content.setNonStrokingColor(0.4f, 0.4f, 0.4f);
        textAt(words.text("report.page", footer, page), 8, MARGIN, MARGIN / 2, RIGHT - MARGIN - 40);
        content.setNonStrokingColor(0.12f, 0.14f, 0.16f);
    }

    void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    void advance(float height) {
        y -= height;
    }

    /** Writes a line of text at the cursor (its baseline {@code size} below), cut to {@code maxWidth} when > 0. */
    void text(String text, float size, float x, float maxWidth) throws IOException {
        ensure(size + 4);
        textAt(text, size, x, y - size, maxWidth > 0 ? maxWidth : RIGHT - x);
    }

    /** The page being written; it changes when {@link #ensure} starts a new one. */
    PDPageContentStream content() {
        return content;
    }

    /** Where the next line starts, from the bottom of the page. */
    float y() {
        return y;
    }

    PDDocument document() {
        return doc;
    }

    PdfFonts fonts() {
        return fonts;
    }

    /** Writes {@code text} with its baseline at {@code baseline}, cut to {@code maxWidth}. */
    void textAt(String text, float size, float x, float baseline, float maxWidth) throws IOException {
        String fitted = fit(text, size, maxWidth);
        if (fitted.isEmpty()) {
            return;
        }
        content.beginText();
        content.newLineAtOffset(x, baseline);
        for (Map.Entry<PDFont, String> run : fonts.runs(fitted)) {
            content.setFont(run.getKey(), size);
            content.showText(run.getValue());
        }
        content.endText();
    }

    /** {@code text} as it fits {@code maxWidth}: whole, or cut at a character and ended with "…". */
    String fit(String text, float size, float maxWidth) throws IOException {
        if (text == null || text.isEmpty() || fonts.width(text, size) <= maxWidth) {
            return text == null ? "" : text;
        }
        int end = text.length();
        while (end > 0 && fonts.width(text.substring(0, end) + "…", size) > maxWidth) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }

    void heading(String text) throws IOException {
        ensure(40);
        advance(12);
        text(text, 13, MARGIN, 0);
        advance(20);
    }

    void bar(String name, Progress progress) throws IOException {
        ensure(16);
        float barX = MARGIN + 205;
        float barWidth = 110;
        textAt(name, 9, MARGIN, y - 9, 198);
        content.setNonStrokingColor(0.92f, 0.93f, 0.95f);
        content.addRect(barX, y - 9, barWidth, 7);
        content.fill();
        if (progress.ratio() > 0) {
            content.setNonStrokingColor(GREEN_R, GREEN_G, GREEN_B);
            content.addRect(barX, y - 9, (float) (barWidth * progress.ratio()), 7);
            content.fill();
        }
        content.setNonStrokingColor(0.12f, 0.14f, 0.16f);
        textAt(words.progress(progress), 9, barX + barWidth + 8, y - 9, RIGHT - barX - barWidth - 8);
        advance(14);
    }

    void row(PlanReport.Row row, LocalDate today) throws IOException {
        ensure(13);
        float box = y - 9;
        content.setStrokingColor(0.35f, 0.38f, 0.42f);
        content.setLineWidth(0.7f);
        content.addRect(MARGIN, box, 7, 7);
        content.stroke();
        if (row.done()) {
            content.moveTo(MARGIN + 1.3f, box + 3.6f);
            content.lineTo(MARGIN + 3f, box + 1.3f);
            content.lineTo(MARGIN + 6f, box + 6.2f);
            content.stroke();
            content.setNonStrokingColor(0.4f, 0.42f, 0.45f);
        }
        textAt(words.shortDate(row.date()), 9, MARGIN + 14, box, 60);
        textAt(row.resource(), 9, MARGIN + 78, box, 150);
        // a done unit's day is in the date column already: only the other statuses are said
        String status = row.done() ? "" : words.status(row, today);
        String unit = words.unitLabel(row) + (status.isEmpty() ? "" : words.chinese() ? "（" + status + "）" : " (" + status + ")");
        textAt(unit, 9, MARGIN + 234, box, RIGHT - MARGIN - 234 - 50);
        String time = words.duration(row.minutes());
        textAt(time, 9, RIGHT - fonts.width(time, 9), box, 50);
        content.setNonStrokingColor(0.12f, 0.14f, 0.16f);
        advance(13);
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
