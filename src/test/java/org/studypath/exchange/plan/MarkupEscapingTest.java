package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the golden files show, as rules: user text never becomes markup, and only web links become links. */
class MarkupEscapingTest {
    static String html() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(PlanReportFixture.report(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String markdown() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownPlanWriter().write(PlanReportFixture.report(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void htmlHasNoUserMarkupAndOnlyWebLinks() throws IOException {
        String html = html();
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("javascript:alert(1)\"")
                .doesNotContain(" src=").doesNotContain("<link").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "=HYPERLINK(&quot;x&quot;)",
                "a, &quot;quoted&quot;; b\nnewline", "数学, part 1; &amp; &lt;friends&gt;");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            links++;
            assertThat(href.group(1)).matches("https?://.*");
        }
        assertThat(links).isEqualTo(3); // calculus, linear algebra, "+Plus resource"; not the javascript: one
        assertThat(html).contains("<a href=\"https://example.org/la?a=1&amp;b=2\">");
    }

    @Test
    void htmlEscapeCoversAttributes() {
        assertThat(HtmlReportWriter.escape("<a href='x' title=\"y\">&</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;");
        assertThat(HtmlReportWriter.escape(null)).isEmpty();
    }

    @Test
    void markdownTextCannotAddMarkup() throws IOException {
        String md = markdown();
        List<String> headings = md.lines().filter(l -> l.startsWith("#")).toList();
        assertThat(headings).allMatch(l -> l.matches("#{1,3} .*"));
        assertThat(md).contains("\\<script\\>alert(1)\\</script\\>").doesNotContain("<script>")
                .contains("- [ ] a, \"quoted\"; b newline — 20 min · Wed 14 Jan")
                .contains("Vectors, spans; bases\\\\kernels");
        assertThat(MarkdownPlanWriter.text("# [x](y) *a* _b_ `c` | ! \\ <d>\r\n\te"))
                .isEqualTo("\\# \\[x\\](y) \\*a\\* \\_b\\_ \\`c\\` \\| \\! \\\\ \\<d\\>   e");
    }

    @Test
    void markdownOnlyLinksWebLinks() throws IOException {
        assertThat(markdown()).doesNotContain("javascript:").contains("- \\<script\\>alert(1)\\</script\\>: 0 % ·");
    }
}
