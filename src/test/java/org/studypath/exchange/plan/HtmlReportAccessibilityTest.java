package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structural rules of axe-core that the HTML report could break, checked offline (docs/accessibility.md says how
 * the whole report was checked with axe-core itself): the document's language and title, landmarks holding all
 * content, headings in order, header cells with their scope, named progress bars, and text colours with at least
 * 4.5:1 contrast against the white page.
 */
class HtmlReportAccessibilityTest {
    static String html(Locale language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter(language).write(PlanReportFixture.report(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void theReportFollowsTheStructuralRules(String tag) throws IOException {
        String html = html(Locale.forLanguageTag(tag));
        assertThat(html).matches("(?s).*<html lang=\"(en|zh-Hans)\">.*");
        assertThat(html).containsPattern("<title>[^<]+</title>");

        String body = html.substring(html.indexOf("<body>") + 6, html.indexOf("</body>")).strip();
        assertThat(body).as("all content inside landmarks").startsWith("<header>").endsWith("</main>");
        assertThat(body.split("</header>")[1].strip()).startsWith("<main>");

        List<Integer> levels = new ArrayList<>();
        Matcher heading = Pattern.compile("<h([1-6])[ >]").matcher(html);
        while (heading.find()) {
            levels.add(Integer.parseInt(heading.group(1)));
        }
        assertThat(levels).first().isEqualTo(1);
        assertThat(levels).filteredOn(l -> l == 1).hasSize(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %s after h%s", i, levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }

        Matcher th = Pattern.compile("<th[ >][^>]*>?").matcher(html);
        int headers = 0;
        while (th.find()) {
            headers++;
            assertThat(th.group()).as("a header cell says its scope").containsPattern("scope=\"(col|row)\"");
        }
        assertThat(headers).isPositive();
        assertThat(html).as("no empty header cell").doesNotContainPattern("<th[^>]*></th>");
        for (String table : html.split("<table")) {
            if (table.contains("</table>")) {
                assertThat(table.substring(0, table.indexOf("</table>"))).as("every table has header cells").contains("<th");
            }
        }

        Matcher bar = Pattern.compile("<div[^>]*role=\"progressbar\"[^>]*>").matcher(html);
        int bars = 0;
        while (bar.find()) {
            bars++;
            assertThat(bar.group()).containsPattern("aria-label=\"[^\"]+\"").contains("aria-valuenow=\"");
        }
        assertThat(bars).isPositive();

        Matcher color = Pattern.compile("(?<![-\\w])color:(#[0-9a-fA-F]{6})").matcher(html);
        int colors = 0;
        while (color.find()) {
            colors++;
            assertThat(contrastWithWhite(color.group(1))).as("contrast of %s", color.group(1)).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(colors).isPositive();
    }

    /** WCAG 2 contrast ratio of a colour against white. */
    static double contrastWithWhite(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double l = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (l + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
