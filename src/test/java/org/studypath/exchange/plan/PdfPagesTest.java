package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.studypath.domain.report.ReportWords;

/** The page cursor of the PDF report: text cut to its column, and new pages when one is full. */
class PdfPagesTest {
    @Test
    void textThatFitsIsKeptAndLongerTextIsCutWithAnEllipsis() throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, List.of());
             PdfPages pages = new PdfPages(doc, fonts, "Path", ReportWords.of(Locale.UK))) {
            assertThat(pages.fit("Short", 9, 200)).isEqualTo("Short");
            assertThat(pages.fit(null, 9, 200)).isEmpty();
            assertThat(pages.fit("", 9, 200)).isEmpty();
            String cut = pages.fit("A rather long resource title that cannot fit", 9, 60);
            assertThat(cut).endsWith("…").hasSizeLessThan(45);
            assertThat(fonts.width(cut, 9)).isLessThanOrEqualTo(60);
            assertThat("A rather long resource title that cannot fit").startsWith(cut.substring(0, cut.length() - 1));
        }
    }

    @Test
    void aSurrogatePairIsNeverCutInHalf() throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, List.of());
             PdfPages pages = new PdfPages(doc, fonts, "Path", ReportWords.of(Locale.UK))) {
            String cut = pages.fit("ab\uD835\uDC00\uD835\uDC00\uD835\uDC00\uD835\uDC00\uD835\uDC00cdefghijk", 9, 20);
            String kept = cut.substring(0, cut.length() - 1);
            assertThat(kept.isEmpty() || !Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isTrue();
        }
    }

    @Test
    void aFullPageStartsANewOne() throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, List.of());
             PdfPages pages = new PdfPages(doc, fonts, "Path", ReportWords.of(Locale.UK))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            for (int i = 0; i < 100; i++) {
                pages.text("line " + i, 10, PdfPages.MARGIN, 0);
                pages.advance(14);
            }
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
    }
}
