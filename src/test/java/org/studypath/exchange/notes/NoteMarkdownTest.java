package org.studypath.exchange.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A note kept as written inside a document: headings demoted, what it leaves open closed, maths untouched. */
class NoteMarkdownTest {
    @Test
    void headingsAreDemotedSoTheHighestIsTheLevelGivenAndTheRestKeepTheirDistance() {
        assertThat(NoteMarkdown.nested("# A\n## B\n#### C\n####### not a heading", 3))
                .isEqualTo("### A\n#### B\n###### C\n####### not a heading\n");
        assertThat(NoteMarkdown.nested("## A\n### B", 2)).as("already deep enough: kept").isEqualTo("## A\n### B\n");
        assertThat(NoteMarkdown.nested("# A\n###### F", 4)).as("never deeper than 6").isEqualTo("#### A\n###### F\n");
        assertThat(NoteMarkdown.nested("#hashtag and #tag", 3)).as("an Obsidian tag is no heading")
                .isEqualTo("#hashtag and #tag\n");
    }

    @Test
    void setextHeadingsBecomeDemotedAtxHeadingsButThematicBreaksStay() {
        assertThat(NoteMarkdown.nested("Title\nover two\n===\n\ntext\n\n---\n\nSub\n---", 3))
                .isEqualTo("### Title over two\n\ntext\n\n---\n\n#### Sub\n");
        assertThat(NoteMarkdown.nested("- item\n---", 3)).isEqualTo("- item\n---\n");
        assertThat(NoteMarkdown.nested("A\n===\n\nB\nb\n---\n\nC\n===", 2)).as("several, each in place")
                .isEqualTo("## A\n\n### B b\n\n## C\n");
    }

    @Test
    void nothingInCodeOrMathsIsTouchedAndWhatIsLeftOpenIsClosed() {
        assertThat(NoteMarkdown.nested("```\n# comment\n```\n# H", 2)).isEqualTo("```\n# comment\n```\n## H\n");
        assertThat(NoteMarkdown.nested("~~~~\n# open fence", 2)).isEqualTo("~~~~\n# open fence\n~~~~\n");
        assertThat(NoteMarkdown.nested("$$\n# x \\\\\n\\int_0^1 f", 2)).isEqualTo("$$\n# x \\\\\n\\int_0^1 f\n$$\n");
        assertThat(NoteMarkdown.nested("$$ a $$\n# H", 3)).as("a one-line block").isEqualTo("$$ a $$\n### H\n");
        assertThat(NoteMarkdown.nested("a <!-- hidden", 2)).isEqualTo("a <!-- hidden\n-->\n");
        assertThat(NoteMarkdown.nested("%% obsidian comment", 2)).isEqualTo("%% obsidian comment\n%%\n");
        assertThat(NoteMarkdown.nested("%% closed %% and <!-- closed -->", 2)).isEqualTo("%% closed %% and <!-- closed -->\n");
        String maths = "inline $\\frac{a}{b}$ and $$\\sum_{i=1}^n i$$ kept";
        assertThat(NoteMarkdown.nested(maths, 2)).isEqualTo(maths + "\n");
    }

    @Test
    void quotedNotesHaveEveryLineInTheQuoteAndBlankNotesAreNothing() {
        assertThat(NoteMarkdown.quoted("# A\r\n\r\ntext  \rmore", "  ", 4)).isEqualTo("  > #### A\n  >\n  > text  \n  > more\n");
        assertThat(NoteMarkdown.quoted("  \n ", "  ", 4)).isEmpty();
        assertThat(NoteMarkdown.quoted(null, "", 1)).isEmpty();
    }
}
