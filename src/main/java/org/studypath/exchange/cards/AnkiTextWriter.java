package org.studypath.exchange.cards;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.studypath.domain.cards.CardNote;
import org.studypath.domain.cards.Flashcard;

/**
 * Writes cards as Anki's documented text import (Anki 2.1.54 and later reads the file headers): UTF-8, one note per
 * line, tab-separated, with the note type, deck and tags in columns of their own so one file carries Basic and Cloze
 * notes for several decks. Anki's manual: "Importing → Text Files → File Headers".
 */
public final class AnkiTextWriter {
    /** The file headers, in the order Anki's manual lists them; {@code #columns} names the five columns. */
    public static final List<String> HEADERS = List.of(
            "#separator:tab",
            "#html:true",
            "#notetype column:1",
            "#deck column:2",
            "#tags column:3",
            "#columns:Note type\tDeck\tTags\tFront\tBack");

    /**
     * Writes every card of {@code notes}, in their order, and flushes {@code out} without closing it.
     *
     * @return how many cards were written
     */
    public int write(List<CardNote> notes, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (String header : HEADERS) {
            writer.write(header);
            writer.write('\n');
        }
        int count = 0;
        for (CardNote note : notes) {
            String deck = AnkiFields.deck(note.resourceTitle());
            String tags = note.unitTitle() == null ? AnkiFields.tag(note.resourceTitle(), null)
                    : AnkiFields.tag(note.resourceTitle(), null) + " " + AnkiFields.tag(note.resourceTitle(), note.unitTitle());
            for (Flashcard card : note.cards()) {
                writer.write(String.join("\t", AnkiFields.noteType(card.type()), deck, tags,
                        AnkiFields.field(card.front()), AnkiFields.field(card.back())));
                writer.write('\n');
                count++;
            }
        }
        writer.flush();
        return count;
    }
}
