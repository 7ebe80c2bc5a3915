package org.studypath.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.studypath.domain.Notice;
import org.studypath.domain.cards.CardNote;
import org.studypath.exchange.cards.AnkiTextWriter;
import org.studypath.store.SqliteNoteCards;

/**
 * Flashcards written in the notes ({@code Q::}/{@code A::} lines, cloze deletions), exported as a file Anki imports.
 * For the window and the command line alike; every method reads the store: call it off the FX thread.
 */
public final class CardExport {
    /** How a cloze is written, said in the sentences that teach it (braces cannot be written in a message pattern). */
    public static final String CLOZE_EXAMPLE = "{{c1::…}}";

    private final SqliteNoteCards notes;

    CardExport(SqliteNoteCards notes) {
        this.notes = notes;
    }

    /** The notes that hold at least one card; of one path's resources, or of every resource when null. */
    public List<CardNote> notesWithCards(Long pathId) {
        return notes.notes(pathId).stream().filter(note -> !note.cards().isEmpty()).toList();
    }

    /**
     * Writes the cards of {@code pathId}'s notes (every note when null) to {@code out}.
     *
     * @return how many cards were written
     * @throws ExchangeException when no note holds a card: nothing is written then
     */
    public int export(Long pathId, OutputStream out) throws ExchangeException, IOException {
        List<CardNote> found = withCards(pathId);
        return new AnkiTextWriter().write(found, out);
    }

    /**
     * Writes the cards to {@code file}: beside it under a temporary name, then moved over it, so a failed export
     * never leaves half a file or spoils the one that was there. With no cards, no file is written.
     *
     * @return how many cards were written
     */
    public int exportTo(Long pathId, Path file) throws ExchangeException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExchangeException(Notice.of("export.noFolder", target, folder));
        }
        if (Files.isDirectory(target)) {
            throw new ExchangeException(Notice.of("export.isFolder", target));
        }
        List<CardNote> found = withCards(pathId);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".studypath-cards-", ".tmp");
            int count;
            try (OutputStream out = Files.newOutputStream(temp)) {
                count = new AnkiTextWriter().write(found, out);
            }
            PlanExports.readableLikeOtherFiles(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return count;
        } catch (AccessDeniedException e) {
            throw new ExchangeException(Notice.of("export.permissionDenied", target), e);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("export.cannotWrite", target, e.getMessage()), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is best-effort cleanup
                }
            }
        }
    }

    private List<CardNote> withCards(Long pathId) throws ExchangeException {
        List<CardNote> found = notesWithCards(pathId);
        if (found.isEmpty()) {
            throw new ExchangeException(Notice.of("cards.none", CLOZE_EXAMPLE));
        }
        return found;
    }
}
