package org.studypath.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Text from outside, shown without anything a terminal would obey, and checked before it is kept. */
class SafeTextTest {
    @Test
    void invisibleCharactersAreShownEscaped() {
        String[][] cases = {
                {"plain text", "plain text"},
                {"\u001b]0;title\u0007", "\\e]0;title\\u0007"},
                {"line\nbreak\r\ttab", "line\\nbreak\\r\\ttab"},
                {"rtl\u202Eevil", "rtl\\u202Eevil"},
                {"zero\u200Bwidth", "zero\\u200Bwidth"},
                {"bom\uFEFF", "bom\\uFEFF"},
                {"c1\u009Bx", "c1\\u009Bx"},
                {"del\u007F", "del\\u007F"},
                {"lone\uD800", "lone\\uD800"},
                {"微积分 😀", "微积分 😀"},
                {"tag\uDB40\uDC01", "tag\\u{E0001}"}};
        for (String[] c : cases) {
            assertThat(SafeText.quote(c[0])).as(c[1]).isEqualTo(c[1]);
        }
    }

    @Test
    void quotesAreCutToAFewDozenCharacters() {
        assertThat(SafeText.quote("x".repeat(4000) + "y ")).isEqualTo("x".repeat(30) + "…" + "x".repeat(28) + "y ");
        assertThat(SafeText.quote("x".repeat(SafeText.QUOTE_LIMIT))).isEqualTo("x".repeat(SafeText.QUOTE_LIMIT));
    }

    @Test
    void everyTextArgumentOfANoticeIsShownSafely() {
        Notice notice = Notice.of("import.missing", "/tmp/\u001b[2Jfile" + "y".repeat(500));
        String english = notice.toString();
        assertThat(english).startsWith("/tmp/\\e[2Jfile").endsWith("yyy does not exist.").doesNotContain("\u001b");
        assertThat(english.length()).isLessThan(SafeText.ARGUMENT_LIMIT + 40);
        assertThat(notice.in(Locale.SIMPLIFIED_CHINESE)).doesNotContain("\u001b");
        assertThat(Notice.of("backup.at.line", "f.json", 12345, Notice.text("x")).toString()).isEqualTo("f.json line 12345: x");
    }

    @Test
    void invalidUnicodeIsAProblemInAnyField() {
        for (String bad : new String[] {"a\uD800", "\uDC00b", "a\uDC00\uD800b", "\uFFFE", "\uFFFF", "\uFDD0", "\uD83F\uDFFF"}) {
            assertThat(SafeText.problem(bad, false)).as(bad).contains(SafeText.Problem.NOT_UNICODE);
            assertThat(SafeText.problem(bad, true)).as(bad).contains(SafeText.Problem.NOT_UNICODE);
        }
        assertThat(SafeText.problem("😀 微积分 é", true)).isEmpty();
    }

    @Test
    void controlCharactersAreAProblemExceptLineBreaksAndTabsInANote() {
        assertThat(SafeText.problem("a\tb", true)).contains(SafeText.Problem.CONTROL_CHARACTER);
        assertThat(SafeText.problem("a\nb", true)).contains(SafeText.Problem.CONTROL_CHARACTER);
        assertThat(SafeText.problem("a\r\n\tb", false)).isEmpty();
        for (char c : new char[] {0, 7, 0x1B, 0x7F, 0x85, 0x9B}) {
            assertThat(SafeText.problem("a" + c, false)).as("%04x", (int) c).contains(SafeText.Problem.CONTROL_CHARACTER);
            assertThat(SafeText.problem("a" + c, true)).as("%04x", (int) c).contains(SafeText.Problem.CONTROL_CHARACTER);
        }
    }
}
