package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.report.PlanReport;

/** PDFs are not byte-stable, so the report is checked through the text PDFBox extracts from it. */
class PdfReportWriterTest {
    record Pdf(byte[] bytes, int missingGlyphs) {
        String text() throws IOException {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(doc);
            }
        }

        List<String> fonts() throws IOException {
            List<String> names = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        if (!names.contains(font.getName())) {
                            names.add(font.getName());
                        }
                    }
                }
            }
            return names;
        }
    }

    static Pdf pdf(PlanReport report, List<Path> fonts) throws IOException {
        PdfReportWriter writer = new PdfReportWriter(fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return new Pdf(out.toByteArray(), writer.missingGlyphs());
    }

    @Test
    void theReportHoldsTheKeyLines() throws IOException {
        Pdf pdf = pdf(PlanReportFixture.report(), List.of());
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdf.text();
        assertThat(text).contains("Maths for ML — ", ", part 1; & <friends>")
                .contains("1 h 10 min behind — projected finish 21 Jan, planned 19 Jan")
                .contains("Exported Wed 14 Jan 2026 · target Sun 1 Feb 2026")
                .contains("Whole path", "12 % · 34 min of 4 h") // the rest is cut: see progressTextIsNeverCut
                .contains("By category", "General math video series · ", "0 % · 0 min of 1 h 5 min done")
                .contains("By resource", "Essence of calculus", "100 % · 34 min of 34 min done")
                .contains("Week by week")
                .contains("Week of Mon 12 Jan 2026 · 4 h 9 min", "Week of Mon 19 Jan 2026 · 50 min")
                .contains("The Essence of Calculus", "The paradox of the derivative", "Vectors, spans; bases\\kernels")
                .contains("(in progress, 40 %)", "(skipped)")
                .contains("=HYPERLINK(\"x\")", "<script>alert(1)</script>", "a, \"quoted\"; b newline")
                .contains("Chapter 12: A deliberately", "…") // the long title is cut to its column
                .contains("-2+3 warm-up", "@SUM(A1:A2)")
                .contains("page 1");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(PlanReportFixture.PATH_NAME);
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("StudyPath 9.9.9-test");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(PlanReportFixture.GENERATED_AT);
        }
    }

    @Test
    void progressTextIsNeverCut() throws IOException {
        String text = pdf(PlanReportFixture.report(), List.of()).text();
        assertThat(text).contains("12 % · 34 min of 4 h 29 min done", "22 % · 34 min of 2 h 34 min done")
                .doesNotContain("d…");
    }

    @Test
    void chineseTextUsesACjkFontWhenTheSystemHasOne() throws IOException {
        List<Path> fonts = PdfReportWriter.systemCjkFonts();
        Pdf pdf = pdf(PlanReportFixture.report(), fonts);
        String text = pdf.text();
        if (fonts.isEmpty()) {
            assertThat(pdf.missingGlyphs()).isPositive();
            assertThat(text).contains("?").doesNotContain("线性代数");
        } else {
            assertThat(pdf.missingGlyphs()).as("fonts found: %s", fonts).isZero();
            assertThat(text).contains("线性代数 Linear algebra (中文)", "普通数学视频系列", "矩阵 Matrices", "数学, part 1");
            assertThat(pdf.fonts()).as("a second, CJK font is embedded").hasSizeGreaterThan(1);
        }
    }

    @Test
    void withoutACjkFontChineseBecomesQuestionMarksAndIsCounted() throws IOException {
        Pdf pdf = pdf(PlanReportFixture.report(), List.of(Path.of("/nonexistent/font.ttf")));
        assertThat(pdf.missingGlyphs()).isPositive();
        assertThat(pdf.text()).contains("???? Linear algebra (??)").doesNotContain("线");
        assertThat(pdf.fonts()).singleElement().asString().contains("LiberationSans");
    }

    @Test
    void aLongPlanRunsOverSeveralPagesWithAFooterOnEach() throws IOException {
        List<PlanReport.Row> rows = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 1, 12);
        for (int i = 1; i <= 300; i++) {
            rows.add(new PlanReport.Row(day.plusDays(i / 3), 1, "Long book", "", "", i, "Section " + i, 1, 1, 20,
                    UnitStatus.NOT_STARTED, null));
        }
        PlanReport base = PlanReportFixture.report();
        PlanReport report = new PlanReport(1, "path-1", "Long path", base.today(), base.generatedAt(), base.generator(),
                base.state(), base.standingText(), null, null, null, base.progress(), List.of(), List.of(), rows);
        Pdf pdf = pdf(report, List.of());
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            String text = pdf.text();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                assertThat(text).contains("Long path · page " + page);
            }
            assertThat(text).contains("Section 1 (overdue) 20 min", "Section 300 20 min").doesNotContain("target");
        }
        assertThat(pdf.missingGlyphs()).isZero();
    }

    @Test
    void anEmptyPlanSaysSo() throws IOException {
        PlanReport base = PlanReportFixture.report();
        PlanReport report = new PlanReport(1, "path-1", "Empty", base.today(), base.generatedAt(), base.generator(),
                base.state(), "", null, null, null, org.studypath.domain.progress.Progress.NONE, List.of(), List.of(),
                List.of());
        assertThat(pdf(report, List.of()).text()).contains("Nothing is planned.", "Nothing to do here");
    }
}
