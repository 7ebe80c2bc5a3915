package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The checklist with the learner's notes ({@link NotesFixture}) compared with {@code golden/plan-notes.md} (and the
 * Chinese one), and what the golden file is meant to show checked line by line: notes are quoted under what they are
 * about, kept as written (maths byte for byte), their headings below the checklist's, nothing left open.
 */
class MarkdownNotesGoldenTest {
    private static String write(Locale language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownPlanWriter(language, java.time.DayOfWeek.MONDAY).write(NotesFixture.report(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checklistWithNotes() throws IOException {
        PlanExportGoldenTest.assertGolden("plan-notes.md", write(Locale.UK).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void checklistWithNotesInChinese() throws IOException {
        PlanExportGoldenTest.assertGolden("plan-notes.zh.md", write(Locale.SIMPLIFIED_CHINESE).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutNotesTheChecklistIsTheOneBefore() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownPlanWriter().write(PlanReportFixture.report(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\n  >");
    }

    @Test
    void notesAreQuotedUnderWhatTheyAreAboutWithTheirMathsKept() throws IOException {
        String md = write(Locale.UK);
        List<String> lines = md.lines().toList();
        int paradox = indexOf(lines, "- [x] The paradox of the derivative");
        assertThat(lines.get(paradox + 1)).isEqualTo("  > #### The chain rule");
        assertThat(md).contains("  > The chain rule $\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}$, so for $z = \\sin(x^2)$:\n")
                .contains("  > $$\n  > \\frac{dz}{dx} = 2x\\cos(x^2)\n  > $$\n")
                .contains("  > ##### Why\n")
                .contains("  > see [[Derivatives]]".replace("see", "- see"));
        int calc = indexOf(lines, "- [Essence of calculus]");
        assertThat(lines.get(calc + 1)).isEqualTo("  > Watch at **1.5×**; pause at each `# marker`.");
        assertThat(md).as("a setext heading becomes an ATX one below the section").contains("  > ### Summary\n")
                .doesNotContain("=======");
        assertThat(md).as("no carriage return from the note").doesNotContain("\r");
        assertThat(md).as("the open fence is closed inside the quote")
                .contains("  > import numpy as np\n  > # not a heading\n  > ```\n");
        assertThat(md.split("- \\[ \\] " + java.util.regex.Pattern.quote("Chapter 12"), -1))
                .as("the split unit is listed twice").hasSize(3);
        assertThat(md.indexOf("Part 1 only")).as("its note is written once").isEqualTo(md.lastIndexOf("Part 1 only"));
        for (String line : lines) {
            if (line.startsWith("#")) {
                assertThat(line).as("the document's own headings are only its own")
                        .matches("#{1,3} .*").doesNotContain("chain rule", "Why", "Summary", "小结", "Keep going");
            }
        }
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }
}
