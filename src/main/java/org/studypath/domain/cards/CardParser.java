package org.studypath.domain.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the cards written in a note's text, in the spellings flashcard learners already use:
 *
 * <ul>
 *   <li>{@code Q:: question} on one line, then {@code A:: answer}; the answer runs over the following lines until a
 *   blank line or the next {@code Q::}. A question may also run over lines until its {@code A::}.</li>
 *   <li>A paragraph (lines between blank lines) holding at least one cloze deletion, {@code {{c1::text}}} or
 *   {@code {{c1::text::hint}}}, with any number of them and several numbers ({@code c1}, {@code c2}).</li>
 * </ul>
 *
 * <p>Anything else is the learner's prose and is left alone: a {@code Q::} without an answer, an {@code A::} without
 * a question, a cloze that never closes or one without a number ({@code {{c::x}}}) makes no card, so a half-written
 * card never turns into a wrong one.
 */
public final class CardParser {
    /** {@code {{c1::text}}} or {@code {{c1::text::hint}}}: a number, and text that does not itself close the cloze. */
    static final Pattern CLOZE = Pattern.compile("\\{\\{c[1-9][0-9]*::(?:(?!}}).)+?}}", Pattern.DOTALL);
    private static final String QUESTION = "Q::";
    private static final String ANSWER = "A::";

    private CardParser() {
    }

    public static List<Flashcard> parse(String text) {
        List<Flashcard> cards = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return cards;
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> paragraph = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (starts(line, QUESTION)) {
                cloze(paragraph, cards);
                i = basic(lines, i, cards);
            } else if (line.isBlank()) {
                cloze(paragraph, cards);
                i++;
            } else {
                paragraph.add(line);
                i++;
            }
        }
        cloze(paragraph, cards);
        return cards;
    }

    /**
     * Reads the card whose question starts at {@code lines[start]}; returns the index of the first line after it.
     * Without an answer before a blank line or the next question, no card is made and only the question line is
     * passed over.
     */
    private static int basic(String[] lines, int start, List<Flashcard> cards) {
        List<String> question = new ArrayList<>();
        question.add(after(lines[start], QUESTION));
        int i = start + 1;
        while (i < lines.length && !lines[i].isBlank() && !starts(lines[i], ANSWER) && !starts(lines[i], QUESTION)) {
            question.add(lines[i].strip());
            i++;
        }
        if (i >= lines.length || !starts(lines[i], ANSWER)) {
            return start + 1;
        }
        List<String> answer = new ArrayList<>();
        answer.add(after(lines[i], ANSWER));
        i++;
        while (i < lines.length && !lines[i].isBlank() && !starts(lines[i], QUESTION)) {
            answer.add(lines[i].strip());
            i++;
        }
        String front = String.join("\n", question).strip();
        String back = String.join("\n", answer).strip();
        if (!front.isEmpty() && !back.isEmpty()) {
            cards.add(new Flashcard(Flashcard.Type.BASIC, front, back));
        }
        return i;
    }

    /** The paragraph gathered so far becomes a cloze card when it holds a well-formed cloze; then it is cleared. */
    private static void cloze(List<String> paragraph, List<Flashcard> cards) {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = String.join("\n", paragraph).strip();
        paragraph.clear();
        if (CLOZE.matcher(text).find()) {
            cards.add(new Flashcard(Flashcard.Type.CLOZE, text, ""));
        }
    }

    private static boolean starts(String line, String marker) {
        return line.stripLeading().startsWith(marker);
    }

    private static String after(String line, String marker) {
        return line.stripLeading().substring(marker.length()).strip();
    }
}
