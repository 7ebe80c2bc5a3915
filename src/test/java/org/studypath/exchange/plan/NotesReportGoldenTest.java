package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.studypath.domain.progress.NoteTexts;
import org.studypath.domain.report.PlanReport;

/**
 * The HTML and PDF reports with the learner's notes and their maths ({@link NotesFixture}, plus a unit whose note has
 * broken formulas), compared with golden files ({@code plan-notes.html}, and the PDF's extracted text in
 * {@code plan-notes.pdf.txt}), and what those files are meant to show checked: formulas drawn as SVG paths or PDF
 * vector paths, nothing fetched, no script, the learner's text escaped, a broken formula said in words.
 */
class NotesReportGoldenTest {
    static final String BROKEN = "Broken: $\\frac{a$ and $\\unknowncmd$, then fine: $x^2$.";

    static PlanReport report() {
        PlanReport base = NotesFixture.report();
        Map<Long, String> units = new HashMap<>(base.notes().units());
        units.put(101L, BROKEN);
        return base.withNotes(new NoteTexts(units, base.notes().resources()));
    }

    private static String html(Locale language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(language, java.time.DayOfWeek.MONDAY).write(report(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(Locale language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(List.of(), language, java.time.DayOfWeek.MONDAY).write(report(), out);
        return out.toByteArray();
    }

    @Test
    void htmlReportWithNotes() throws IOException {
        PlanExportGoldenTest.assertGolden("plan-notes.html", html(Locale.UK).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theHtmlDrawsEveryFormulaAsPathsAndFetchesNothing() throws IOException {
        String html = html(Locale.UK);
        List<String> svgs = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html).results()
                .map(java.util.regex.MatchResult::group).toList();
        // the chain rule, sin(x^2), the displayed derivative, AB ≠ BA and x^2: five formulas drawn
        assertThat(svgs).hasSize(5);
        assertThat(svgs).anySatisfy(svg -> assertThat(svg)
                .startsWith("<svg role=\"img\" aria-label=\"\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}\""));
        for (String svg : svgs) {
            assertThat(svg).as("glyphs are outlines, not text needing a font").doesNotContain("<text").contains("<path");
        }
        assertThat(html).as("the displayed formula is centred on its own").contains("<div class=\"math-display\"><svg ");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContainPattern("\\ssrc=")
                .doesNotContain("@import").doesNotContain("url(");
        assertThat(html).contains("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;");
        assertThat(html).contains("<span class=\"math-error\">$\\frac{a$ — This formula opens a brace that is never closed.</span>")
                .contains("<span class=\"math-error\">$\\unknowncmd$ — This formula cannot be read: Unknown symbol or command");
        assertThat(html).as("a split unit's note once").containsOnlyOnce("Part 1 only");
        // the note's headings are not the report's: its outline is the same as without notes
        Matcher heading = Pattern.compile("<h(\\d)[ >]").matcher(html);
        assertThat(heading.results().count()).isEqualTo(Pattern.compile("<h(\\d)[ >]").matcher(
                htmlWithoutNotes()).results().count());
        Matcher ids = Pattern.compile("id=\"([^\"]+)\"").matcher(html);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
            assertThat(seen.add(ids.group(1))).as("id %s is unique on the page", ids.group(1)).isTrue();
        }
    }

    private static String htmlWithoutNotes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(Locale.UK, java.time.DayOfWeek.MONDAY).write(PlanReportFixture.report(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theChineseHtmlSaysAMistakeInChinese() throws IOException {
        assertThat(html(Locale.SIMPLIFIED_CHINESE)).contains("$\\frac{a$——此公式有一个左花括号没有闭合。");
    }

    @Test
    void pdfReportWithNotesAsText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(Locale.UK))) {
            String text = new PDFTextStripper().getText(doc);
            PlanExportGoldenTest.assertGolden("plan-notes.pdf.txt", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void thePdfDrawsFormulasAsVectorPathsAndPrintsMistakes() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(Locale.UK))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("The chain rule").contains("so for").contains("Part 1 only");
            assertThat(text).as("formulas are paths, not text").doesNotContain("dz").doesNotContain("cos");
            assertThat(text).contains("$\\frac{a$ — This formula opens a brace that is never closed.")
                    .contains("$\\unknowncmd$ — This formula cannot be");
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject object = resources.getXObject(name);
                    assertThat(object).as("no pictures").isNotInstanceOf(PDImageXObject.class);
                    if (object instanceof PDFormXObject form) {
                        forms++;
                        String ops = new String(form.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
                        assertThat(ops).as("a formula is filled paths").containsPattern("\\s(f|f\\*)\\s")
                                .doesNotContain("BT");
                        assertThat(form.getResources() == null ? 0 : countImages(form.getResources())).isZero();
                    }
                }
            }
            assertThat(forms).as("one vector drawing per formula that can be drawn").isEqualTo(5);
        }
    }

    private static int countImages(PDResources resources) throws IOException {
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            images += resources.getXObject(name) instanceof PDImageXObject ? 1 : 0;
        }
        return images;
    }
}
