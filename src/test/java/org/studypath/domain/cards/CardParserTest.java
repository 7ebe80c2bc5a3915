package org.studypath.domain.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studypath.domain.cards.Flashcard.Type;

class CardParserTest {
    private static Flashcard basic(String front, String back) {
        return new Flashcard(Type.BASIC, front, back);
    }

    private static Flashcard cloze(String text) {
        return new Flashcard(Type.CLOZE, text, "");
    }

    @Test
    void aQuestionAndItsAnswerMakeABasicCard() {
        assertThat(CardParser.parse("Q:: What is a basis?\nA:: A linearly independent spanning set."))
                .containsExactly(basic("What is a basis?", "A linearly independent spanning set."));
    }

    @Test
    void anAnswerRunsOverLinesUntilABlankLineOrTheNextQuestion() {
        String note = """
                Some prose before.
                Q:: Name the three axioms
                A:: closure,
                associativity,
                identity.
                Q:: Next?
                A:: yes

                After the blank line this is prose again.""";
        assertThat(CardParser.parse(note)).containsExactly(
                basic("Name the three axioms", "closure,\nassociativity,\nidentity."),
                basic("Next?", "yes"));
    }

    @Test
    void aQuestionMayRunOverLinesUntilItsAnswer() {
        assertThat(CardParser.parse("Q:: Why does\n  $A^T A$ have full rank?\nA:: Its columns are independent."))
                .containsExactly(basic("Why does\n$A^T A$ have full rank?", "Its columns are independent."));
    }

    @Test
    void severalClozesAndNumbersInOneParagraphMakeOneClozeCard() {
        String note = "The {{c1::gradient}} points to the {{c2::steepest ascent::direction}};\nits norm is {{c1::the slope}}.";
        assertThat(CardParser.parse(note)).containsExactly(cloze(note));
    }

    @Test
    void eachParagraphWithAClozeIsACardOfItsOwn() {
        assertThat(CardParser.parse("{{c1::Paris}} is in France.\n\nno cloze here\n\n{{c1::Rome}} is in Italy."))
                .containsExactly(cloze("{{c1::Paris}} is in France."), cloze("{{c1::Rome}} is in Italy."));
    }

    @Test
    void brokenSyntaxIsLeftAloneAndMakesNoCard() {
        assertThat(CardParser.parse("Q:: a question with no answer\n\nA:: an answer with no question")).isEmpty();
        assertThat(CardParser.parse("{{c1::never closed")).isEmpty();
        assertThat(CardParser.parse("{{c::no number}} and {{c0::zero}} and {{c1::}}")).isEmpty();
        assertThat(CardParser.parse("Q:: \nA:: empty question")).isEmpty();
        assertThat(CardParser.parse("Q:: no answer yet\nQ:: but this one has\nA:: one"))
                .containsExactly(basic("but this one has", "one"));
        assertThat(CardParser.parse("q:: lower case is prose\na:: too")).isEmpty();
        assertThat(CardParser.parse("")).isEmpty();
        assertThat(CardParser.parse(null)).isEmpty();
    }

    @Test
    void chineseCardsAreReadAsWritten() {
        String note = "Q:: 什么是特征值？\nA:: 满足 $Av = \\lambda v$ 的 $\\lambda$。\n\n矩阵的{{c1::秩}}等于{{c2::线性无关列的个数}}。";
        assertThat(CardParser.parse(note)).containsExactly(
                basic("什么是特征值？", "满足 $Av = \\lambda v$ 的 $\\lambda$。"),
                cloze("矩阵的{{c1::秩}}等于{{c2::线性无关列的个数}}。"));
    }

    @Test
    void windowsLineEndsAreLineEnds() {
        assertThat(CardParser.parse("Q:: one\r\nA:: two\r\nthree\r\n\r\nprose"))
                .containsExactly(basic("one", "two\nthree"));
    }

    @Test
    void aNoteKnowsWhereItWasWritten() {
        CardNote note = new CardNote("Linear Algebra", "Chapter 1", "Q:: a\nA:: b");
        assertThat(note.cards()).isEqualTo(List.of(basic("a", "b")));
    }
}
