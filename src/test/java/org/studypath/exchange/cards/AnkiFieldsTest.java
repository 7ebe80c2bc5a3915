package org.studypath.exchange.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnkiFieldsTest {
    @Test
    void inlineAndDisplayMathUseAnkisMathJaxDelimiters() {
        assertThat(AnkiFields.mathJax("so $a^2+b^2=c^2$ holds")).isEqualTo("so \\(a^2+b^2=c^2\\) holds");
        assertThat(AnkiFields.mathJax("$$\\int_0^1 x\\,dx$$")).isEqualTo("\\[\\int_0^1 x\\,dx\\]");
        assertThat(AnkiFields.mathJax("$x$ and $$y$$ and $z$")).isEqualTo("\\(x\\) and \\[y\\] and \\(z\\)");
    }

    @Test
    void dollarsThatAreNotMathsStayDollars() {
        assertThat(AnkiFields.mathJax("it costs $5 and $6")).isEqualTo("it costs $5 and $6");
        assertThat(AnkiFields.mathJax("a lone $ sign")).isEqualTo("a lone $ sign");
        assertThat(AnkiFields.mathJax("an escaped \\$ dollar")).isEqualTo("an escaped $ dollar");
        assertThat(AnkiFields.mathJax("$x\ny$")).isEqualTo("$x\ny$");
        assertThat(AnkiFields.mathJax("$$ unclosed")).isEqualTo("$$ unclosed");
    }

    @Test
    void fieldsAreEscapedForHtmlWithLineBreaksAsBr() {
        assertThat(AnkiFields.field("a < b & \"c\" > d\nnext\tline"))
                .isEqualTo("a &lt; b &amp; &quot;c&quot; &gt; d<br>next line");
        assertThat(AnkiFields.field("$a<b$")).isEqualTo("\\(a&lt;b\\)");
        assertThat(AnkiFields.field("{{c1::$x^2$::square}}")).isEqualTo("{{c1::\\(x^2\\)::square}}");
    }

    @Test
    void tagsHaveNoSpacesAndKeepChinese() {
        assertThat(AnkiFields.tag("Linear  Algebra", "Chapter 1: Vectors")).isEqualTo(
                "StudyPath::Linear_Algebra::Chapter_1:_Vectors");
        assertThat(AnkiFields.tag("线性代数　入门", null)).isEqualTo("StudyPath::线性代数_入门");
        assertThat(AnkiFields.tag("A::B", null)).isEqualTo("StudyPath::A:B");
    }

    @Test
    void theDeckIsUnderStudyPathWithoutSubDecksFromTheTitle() {
        assertThat(AnkiFields.deck("Deep Learning")).isEqualTo("StudyPath::Deep Learning");
        assertThat(AnkiFields.deck("C++::Primer\t5th")).isEqualTo("StudyPath::C++:Primer 5th");
    }
}
