package org.studypath.exchange.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.studypath.domain.report.PlanReport;
import org.studypath.domain.report.ReportWords;

/**
 * The printable report as a PDF (Apache PDFBox): progress bars, then the plan week by week, on A4 pages with a footer.
 *
 * <p>Latin text uses Liberation Sans, which ships inside PDFBox. Chinese text needs a CJK font, which is far too big
 * to ship; the first of {@link #systemCjkFonts()} that loads is embedded (only the glyphs used). Without one,
 * characters no font has are drawn as "?" and {@link #missingGlyphs()} says so. Pages are buffered in a temporary
 * file, not in memory, so a plan of any length is written in flat memory.
 *
 * <p>This class lays out the report's sections; {@link PdfPages} draws lines on pages and {@link PdfFonts} picks the
 * font of each character.
 */
public final class PdfReportWriter {
    private static final float MARGIN = PdfPages.MARGIN;

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
             PdfFonts fonts = new PdfFonts(doc, cjkFonts)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(report.pathName());
            info.setCreator(report.generator());
            info.setProducer(report.generator());
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
            created.setTimeInMillis(report.generatedAt().toEpochMilli());
            info.setCreationDate(created);
            info.setCustomMetadataValue("Language", words.languageTag());
            doc.getDocumentCatalog().setLanguage(words.languageTag());
            try (PdfPages pages = new PdfPages(doc, fonts, report.pathName(), words)) {
                PdfNotes notes = new PdfNotes(pages, words);
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
                    if (group.id() != 0) {
                        notes.note(report.resourceNote(group.id()), MARGIN + 12);
                    }
                }
                pages.heading(words.text("report.weekByWeek"));
                if (report.sessions().isEmpty()) {
                    pages.text(words.text("report.nothingPlanned"), 10, MARGIN, 0);
                    pages.advance(14);
                }
                java.util.Set<Long> noted = new java.util.HashSet<>(); // a split unit's note once, at its first part
                for (Map.Entry<LocalDate, List<PlanReport.Row>> week : report.byWeek(weekStart).entrySet()) {
                    int minutes = week.getValue().stream().mapToInt(PlanReport.Row::minutes).sum();
                    pages.ensure(34);
                    pages.advance(6);
                    pages.text(words.text("report.weekOf", words.date(week.getKey()), words.duration(minutes)), 11,
                            MARGIN, 0);
                    pages.advance(15);
                    for (PlanReport.Row row : week.getValue()) {
                        pages.row(row, report.today());
                        if (noted.add(row.unitId())) {
                            notes.note(report.unitNote(row.unitId()), MARGIN + 14);
                        }
                    }
                }
            }
            missingGlyphs = fonts.missing;
            doc.save(out);
        }
    }
}
