package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** The font choice of the PDF report without a CJK font: Latin for what it has, "?" for the rest. */
class PdfFontsTest {
    @Test
    void latinTextIsOneRunAndControlCharactersBecomeSpaces() throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, List.of())) {
            List<Map.Entry<PDFont, String>> runs = fonts.runs("a\tb\nc");
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).getKey()).isSameAs(fonts.latin);
            assertThat(runs.get(0).getValue()).isEqualTo("a b c");
            assertThat(fonts.missing).isZero();
        }
    }

    @Test
    void charactersNoFontHasAreDrawnAsQuestionMarksAndCounted() throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, List.of())) {
            assertThat(fonts.cjk).isNull();
            List<Map.Entry<PDFont, String>> runs = fonts.runs("ab中文");
            assertThat(runs).extracting(Map.Entry::getValue).containsExactly("ab??");
            assertThat(fonts.missing).isEqualTo(2);
            assertThat(fonts.fontFor('中')).isNull();
        }
    }

    @Test
    void widthGrowsWithTextAndSize() throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, List.of())) {
            assertThat(fonts.width("", 10)).isZero();
            float one = fonts.width("Week", 10);
            assertThat(one).isPositive();
            assertThat(fonts.width("Week", 20)).isEqualTo(one * 2, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(fonts.width("Weeks", 10)).isGreaterThan(one);
        }
    }

    @Test
    void anUnreadableCjkFontIsPassedOver() throws IOException {
        java.nio.file.Path notAFont = java.nio.file.Files.createTempFile("not-a-font", ".ttf");
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, List.of(notAFont))) {
            assertThat(fonts.cjk).isNull();
        } finally {
            java.nio.file.Files.deleteIfExists(notAFont);
        }
    }
}
