package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.report.ResourceNotes;

/**
 * Reads every resource that has a note (its own or a unit's) with what the notes export writes about it, in catalog
 * order, in one read. Notes on units no longer in the resource and on resources no longer in the catalog are read
 * too: a note stays the learner's.
 */
final class NotedResources {
    private NotedResources() {
    }

    static List<ResourceNotes> read(Connection c) throws SQLException {
        record Head(long id, String title, String url, LocalizedText category) {
        }
        List<Head> heads = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT r.id, r.title, r.url, cat.name_en, cat.name_zh FROM resource r "
                        + "JOIN category cat ON cat.id = r.category_id "
                        + "WHERE r.id IN (SELECT resource_id FROM resource_note UNION "
                        + "SELECT u.resource_id FROM unit_note n JOIN unit u ON u.id = n.unit_id) "
                        + "ORDER BY cat.position, r.origin = 'USER', r.position, r.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                heads.add(new Head(rs.getLong(1), rs.getString(2), rs.getString(3),
                        new LocalizedText(rs.getString(4), rs.getString(5))));
            }
        }
        Map<Long, String> resourceNotes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT resource_id, text FROM resource_note");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                resourceNotes.put(rs.getLong(1), rs.getString(2));
            }
        }
        List<ResourceNotes> result = new ArrayList<>(heads.size());
        try (PreparedStatement units = c.prepareStatement(
                "SELECT title FROM unit WHERE resource_id = ? AND retired = 0 ORDER BY position, id");
             PreparedStatement topics = c.prepareStatement(
                     "SELECT topic FROM resource_topic WHERE resource_id = ? ORDER BY topic");
             PreparedStatement notes = c.prepareStatement(
                     "SELECT u.id, u.title, n.text FROM unit_note n JOIN unit u ON u.id = n.unit_id "
                             + "WHERE u.resource_id = ? ORDER BY u.retired, u.position, u.id")) {
            for (Head head : heads) {
                List<ResourceNotes.UnitNote> unitNotes = new ArrayList<>();
                notes.setLong(1, head.id());
                try (ResultSet rs = notes.executeQuery()) {
                    while (rs.next()) {
                        unitNotes.add(new ResourceNotes.UnitNote(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
                result.add(new ResourceNotes(head.id(), head.title(), head.url(), head.category(),
                        column(units, head.id()), column(topics, head.id()), resourceNotes.getOrDefault(head.id(), ""),
                        unitNotes));
            }
        }
        return result;
    }

    private static List<String> column(PreparedStatement ps, long id) throws SQLException {
        ps.setLong(1, id);
        List<String> values = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
