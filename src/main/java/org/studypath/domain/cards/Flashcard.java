package org.studypath.domain.cards;

import java.util.Objects;

/**
 * One card written in a note: a question and its answer ({@link Type#BASIC}), or a text with cloze deletions
 * ({@link Type#CLOZE}, whose {@code back} is empty). The text is as the learner wrote it, Markdown and LaTeX included;
 * what a flashcard program needs is the exporter's business.
 */
public record Flashcard(Type type, String front, String back) {
    public enum Type { BASIC, CLOZE }

    public Flashcard {
        Objects.requireNonNull(type);
        Objects.requireNonNull(front);
        Objects.requireNonNull(back);
    }
}
