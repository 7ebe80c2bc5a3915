package org.studypath.domain.cards;

import java.util.Objects;

/**
 * A note that may hold cards, with where it was written: a resource's note ({@code unitTitle} null) or a unit's.
 * The names become the card's deck and tags.
 */
public record CardNote(String resourceTitle, String unitTitle, String text) {
    public CardNote {
        Objects.requireNonNull(resourceTitle);
        Objects.requireNonNull(text);
    }

    /** The cards written in this note, in the order they were written. */
    public java.util.List<Flashcard> cards() {
        return CardParser.parse(text);
    }
}
