package org.studypath.exchange.plan;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document: Latin first, then the CJK font for what Latin lacks, else "?". Splits text into runs
 * of one font each and measures it, for {@link PdfPages}.
 */
final class PdfFonts implements Closeable {
    private static final String LATIN_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    final PDFont latin;
    final PDFont cjk;
    final Map<Integer, PDFont> byCodePoint = new HashMap<>();
    private TrueTypeCollection collection;
    private final List<Closeable> opened = new ArrayList<>();
    int missing;

    PdfFonts(PDDocument doc, List<Path> cjkFonts) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(LATIN_FONT)) {
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
     * text, which is slow on a long plan; a report needs none of it.
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
