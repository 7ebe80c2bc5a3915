package org.studypath.exchange.plan;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.report.PlanReport;
import org.studypath.domain.report.ReportWords;

/**
 * The printable report as a PDF (Apache PDFBox): progress bars, then the plan week by week, on A4 pages with a footer.
 *
 * <p>Latin text uses Liberation Sans, which ships inside PDFBox. Chinese text needs a CJK font, which is far too big
 * to ship; the first of {@link #systemCjkFonts()} that loads is embedded (only the glyphs used). Without one,
 * characters no font has are drawn as "?" and {@link #missingGlyphs()} says so. Pages are buffered in a temporary
 * file, not in memory, so a plan of any length is written in flat memory.
 */
public final class PdfReportWriter {
    private static final String LATIN_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 48;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float GREEN_R = 0.12f;
    private static final float GREEN_G = 0.53f;
    private static final float GREEN_B = 0.24f;

    private final List<Path> cjkFonts;
    private final ReportWords words;
    private final java.time.DayOfWeek weekStart;
    private int missingGlyphs;

    /** In English. @param cjkFonts font files (.ttf or .ttc) to try, in order, for Chinese text */
    public PdfReportWriter(List<Path> cjkFonts) {
        this(cjkFonts, Locale.UK);
    }

    /**
     * In {@code language}, the UI's; Chinese words need one of {@code cjkFonts}, as Chinese titles always did.
     *
     * @param cjkFonts font files (.ttf or .ttc) to try, in order, for Chinese text
     */
    public PdfReportWriter(List<Path> cjkFonts, Locale language) {
        this(cjkFonts, language, java.time.temporal.WeekFields.of(language).getFirstDayOfWeek());
    }

    /** As {@link #PdfReportWriter(List, Locale)}, with weeks starting on {@code weekStart} (the window's). */
    public PdfReportWriter(List<Path> cjkFonts, Locale language, java.time.DayOfWeek weekStart) {
        this.cjkFonts = List.copyOf(cjkFonts);
        this.words = ReportWords.of(language);
        this.weekStart = java.util.Objects.requireNonNull(weekStart);
    }

    /** TrueType fonts with Chinese glyphs where Linux, Windows and macOS usually keep them. */
    public static List<Path> systemCjkFonts() {
        List<String> candidates = List.of(
                "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                "/usr/share/fonts/truetype/arphic/uming.ttc",
                "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
                "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
                "C:\\Windows\\Fonts\\msyh.ttc",
                "C:\\Windows\\Fonts\\simsun.ttc",
                "C:\\Windows\\Fonts\\simhei.ttf",
                "/System/Library/Fonts/STHeiti Medium.ttc",
                "/System/Library/Fonts/STHeiti Light.ttc",
                "/Library/Fonts/Arial Unicode.ttf",
                "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");
        List<Path> found = new ArrayList<>();
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isReadable(path)) {
                found.add(path);
            }
        }
        return found;
    }

    /** How many characters of the last report no font could draw (shown as "?"). */
    public int missingGlyphs() {
        return missingGlyphs;
    }

    public void write(PlanReport report, OutputStream out) throws IOException {
        missingGlyphs = 0;
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             Fonts fonts = new Fonts(doc, cjkFonts)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(report.pathName());
            info.setCreator(report.generator());
            info.setProducer(report.generator());
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
            created.setTimeInMillis(report.generatedAt().toEpochMilli());
            info.setCreationDate(created);
            info.setCustomMetadataValue("Language", words.languageTag());
            doc.getDocumentCatalog().setLanguage(words.languageTag());
            try (Pages pages = new Pages(doc, fonts, report.pathName(), words)) {
                pages.text(report.pathName(), 18, MARGIN, 0);
                pages.advance(24);
                pages.text(report.standingText(), 10, MARGIN, 0);
                pages.advance(14);
                pages.text(words.text("report.exported", words.date(report.today()))
                        + (report.target() == null ? "" : " · " + words.text("report.target", words.date(report.target()))),
                        10, MARGIN, 0);
                pages.advance(20);
                pages.bar(words.text("report.wholePath"), report.progress());
                if (!report.categories().isEmpty()) {
                    pages.heading(words.text("report.byCategory"));
                    for (PlanReport.Group group : report.categories()) {
                        pages.bar(group.detail().isBlank() ? group.name() : group.name() + " · " + group.detail(),
                                group.progress());
                    }
                }
                pages.heading(words.text("report.byResource"));
                for (PlanReport.Group group : report.resources()) {
                    pages.bar(group.name(), group.progress());
                }
                pages.heading(words.text("report.weekByWeek"));
                if (report.sessions().isEmpty()) {
                    pages.text(words.text("report.nothingPlanned"), 10, MARGIN, 0);
                    pages.advance(14);
                }
                for (Map.Entry<LocalDate, List<PlanReport.Row>> week : report.byWeek(weekStart).entrySet()) {
                    int minutes = week.getValue().stream().mapToInt(PlanReport.Row::minutes).sum();
                    pages.ensure(34);
                    pages.advance(6);
                    pages.text(words.text("report.weekOf", words.date(week.getKey()), words.duration(minutes)), 11,
                            MARGIN, 0);
                    pages.advance(15);
                    for (PlanReport.Row row : week.getValue()) {
                        pages.row(row, report.today());
                    }
                }
            }
            missingGlyphs = fonts.missing;
            doc.save(out);
        }
    }

    /** The fonts of one document: Latin first, then the CJK font for what Latin lacks, else "?". */
    private static final class Fonts implements Closeable {
        final PDFont latin;
        final PDFont cjk;
        final Map<Integer, PDFont> byCodePoint = new HashMap<>();
        private TrueTypeCollection collection;
        private final List<Closeable> opened = new ArrayList<>();
        int missing;

        Fonts(PDDocument doc, List<Path> cjkFonts) throws IOException {
            try (InputStream in = PdfReportWriter.class.getResourceAsStream(LATIN_FONT)) {
                if (in == null) {
                    throw new IOException("The PDF font " + LATIN_FONT + " is missing from the application");
                }
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                opened.add(ttf);
                latin = PDType0Font.load(doc, withoutGsub(ttf), true);
            }
            cjk = loadCjk(doc, cjkFonts);
        }

        private PDFont loadCjk(PDDocument doc, List<Path> candidates) {
            for (Path path : candidates) {
                try {
                    PDFont font;
                    if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                        TrueTypeCollection ttc = new TrueTypeCollection(path.toFile());
                        TrueTypeFont[] first = new TrueTypeFont[1];
                        ttc.processAllFonts(ttf -> {
                            if (first[0] == null) {
                                first[0] = ttf;
                            }
                        });
                        if (first[0] == null) {
                            ttc.close();
                            continue;
                        }
                        font = PDType0Font.load(doc, withoutGsub(first[0]), true);
                        collection = ttc;
                    } else {
                        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
                        opened.add(ttf);
                        font = PDType0Font.load(doc, withoutGsub(ttf), true);
                    }
                    font.encode("中文");
                    return font;
                } catch (IOException | RuntimeException e) {
                    // not a usable TrueType font (CFF outlines, no Chinese glyphs, unreadable): try the next one
                }
            }
            return null;
        }

        /**
         * Glyph substitution (ligatures and the like) makes PDFBox compile regular expressions for every line of
         * text, which costs seconds on a long plan; a report needs none of it.
         */
        private static TrueTypeFont withoutGsub(TrueTypeFont ttf) {
            ttf.setEnableGsub(false);
            return ttf;
        }

        PDFont fontFor(int codePoint) {
            return byCodePoint.computeIfAbsent(codePoint, cp -> {
                String text = new String(Character.toChars(cp));
                if (canEncode(latin, text)) {
                    return latin;
                }
                if (cjk != null && canEncode(cjk, text)) {
                    return cjk;
                }
                return null;
            });
        }

        private static boolean canEncode(PDFont font, String text) {
            try {
                font.encode(text);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        /** The text as runs of one font each; characters no font has become "?". */
        List<Map.Entry<PDFont, String>> runs(String text) {
            List<Map.Entry<PDFont, String>> runs = new ArrayList<>();
            PDFont current = null;
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isISOControl(cp)) {
                    cp = ' ';
                }
                PDFont font = fontFor(cp);
                String chars = new String(Character.toChars(cp));
                if (font == null) {
                    missing++;
                    font = latin;
                    chars = "?";
                }
                if (font != current && run.length() > 0) {
                    runs.add(Map.entry(current, run.toString()));
                    run.setLength(0);
                }
                current = font;
                run.append(chars);
            }
            if (run.length() > 0) {
                runs.add(Map.entry(current, run.toString()));
            }
            return runs;
        }

        float width(String text, float size) throws IOException {
            float width = 0;
            for (Map.Entry<PDFont, String> run : runs(text)) {
                width += run.getKey().getStringWidth(run.getValue()) / 1000 * size;
            }
            return width;
        }

        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            }
            for (Closeable font : opened) {
                font.close();
            }
        }
    }

    /** A cursor over A4 pages: writes top-down and starts a new page when the current one is full. */
    private static final class Pages implements Closeable {
        private static final float RIGHT = PAGE.getWidth() - MARGIN;
        private final PDDocument doc;
        private final Fonts fonts;
        private final String footer;
        private final ReportWords words;
        private PDPageContentStream content;
        private float y;
        private int page;

        Pages(PDDocument doc, Fonts fonts, String footer, ReportWords words) throws IOException {
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

        private void textAt(String text, float size, float x, float baseline, float maxWidth) throws IOException {
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

        private String fit(String text, float size, float maxWidth) throws IOException {
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
}
