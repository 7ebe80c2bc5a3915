package org.studypath.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.studypath.domain.cards.CardNote;

/**
 * The notes flashcards are read from: every resource's note and every unit's, with the names of where they were
 * written. Read-only; the notes themselves are {@link ProgressRepository}'s.
 */
public final class SqliteNoteCards {
    private static final String NOTES = "SELECT r.id AS rid, r.title AS rtitle, NULL AS utitle, -1 AS upos, n.text AS text "
            + "FROM resource_note n JOIN resource r ON r.id = n.resource_id "
            + "UNION ALL SELECT r.id, r.title, u.title, u.position, n.text "
            + "FROM unit_note n JOIN unit u ON u.id = n.unit_id JOIN resource r ON r.id = u.resource_id";

    private final Database database;

    public SqliteNoteCards(Database database) {
        this.database = database;
    }

    /**
     * The notes of every resource, by title, each resource's own note before its units' in their order; with a
     * {@code pathId}, only the notes of that path's resources, in the path's order.
     */
    public List<CardNote> notes(Long pathId) {
        String sql = pathId == null
                ? "SELECT rtitle, utitle, text FROM (" + NOTES + ") ORDER BY rtitle COLLATE NOCASE, rid, upos"
                : "SELECT x.rtitle, x.utitle, x.text FROM (" + NOTES + ") x "
                + "JOIN path_item p ON p.resource_id = x.rid AND p.path_id = ? ORDER BY p.position, x.upos";
        return database.read(c -> {
            List<CardNote> notes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (pathId != null) {
                    ps.setLong(1, pathId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        notes.add(new CardNote(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return notes;
        });
    }
}
