package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.studypath.domain.Topic;
import org.studypath.domain.catalog.CatalogSearch;

/** Keeps the FTS5 table {@code resource_search} in step with resources, and runs searches against it. */
final class SearchIndex {
    /** Trigram FTS needs at least three characters; shorter words are matched with LIKE. */
    private static final int TRIGRAM = 3;
    private static final String[] COLUMNS = {"title", "creators", "topics", "units"};
    private static final String[] NOTE_COLUMNS = {"notes"};

    private SearchIndex() {
    }

    /** Rewrites the search row of one resource; call inside the transaction that changed it. */
    static void refresh(Connection c, long resourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM resource_search WHERE rowid = ?")) {
            ps.setLong(1, resourceId);
            ps.executeUpdate();
        }
        String title;
        try (PreparedStatement ps = c.prepareStatement("SELECT title, title_zh FROM resource WHERE id = ? AND retired = 0")) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                title = rs.getString(1) + "\n" + rs.getString(2);
            }
        }
        String creators = joined(c, "SELECT name FROM resource_creator WHERE resource_id = ? ORDER BY position", resourceId);
        List<String> topicWords = new ArrayList<>();
        for (String key : joined(c, "SELECT topic FROM resource_topic WHERE resource_id = ?", resourceId).split("\n")) {
            Topic.fromKey(key).ifPresent(t -> {
                topicWords.add(t.label().en());
                topicWords.add(t.label().zh());
            });
        }
        String units = joined(c, "SELECT title FROM unit WHERE resource_id = ? AND retired = 0 ORDER BY position", resourceId);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO resource_search (rowid, title, creators, topics, units) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, resourceId);
            ps.setString(2, title);
            ps.setString(3, creators);
            ps.setString(4, String.join("\n", topicWords));
            ps.setString(5, units);
            ps.executeUpdate();
        }
    }

    /** Empties a search table by dropping it and creating it again as the migrations did: far faster than DELETE. */
    private static void recreate(Connection c, String table) throws SQLException {
        String sql;
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the search table " + table + " is missing");
                }
                sql = rs.getString(1);
            }
        }
        try (Statement statement = c.createStatement()) {
            statement.executeUpdate("DROP TABLE " + table);
            statement.executeUpdate(sql);
        }
    }

    /**
     * Rebuilds both search tables for every resource at once (after a restore); the rows hold what
     * {@link #refresh} and {@link #refreshNotes} would write one resource at a time.
     */
    static void rebuildAll(Connection c) throws SQLException {
        recreate(c, "resource_search");
        recreate(c, "note_search");
        try (Statement statement = c.createStatement()) {
            statement.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS topic_words (topic TEXT PRIMARY KEY, words TEXT NOT NULL)");
            statement.executeUpdate("DELETE FROM temp.topic_words");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.topic_words (topic, words) VALUES (?, ?)")) {
            for (Topic topic : Topic.values()) {
                ps.setString(1, topic.key());
                ps.setString(2, topic.label().en() + "\n" + topic.label().zh());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement statement = c.createStatement()) {
            statement.executeUpdate("INSERT INTO resource_search (rowid, title, creators, topics, units) "
                    + "SELECT r.id, r.title || char(10) || r.title_zh, "
                    + "coalesce((SELECT group_concat(name, char(10)) FROM (SELECT name FROM resource_creator "
                    + "WHERE resource_id = r.id ORDER BY position)), ''), "
                    + "coalesce((SELECT group_concat(w.words, char(10)) FROM resource_topic t JOIN temp.topic_words w "
                    + "ON w.topic = t.topic WHERE t.resource_id = r.id), ''), "
                    + "coalesce((SELECT group_concat(title, char(10)) FROM (SELECT title FROM unit "
                    + "WHERE resource_id = r.id AND retired = 0 ORDER BY position)), '') "
                    + "FROM resource r WHERE r.retired = 0");
            statement.executeUpdate("INSERT INTO note_search (rowid, notes) "
                    + "SELECT resource_id, group_concat(text, char(10)) FROM ("
                    + "SELECT resource_id, text FROM resource_note UNION ALL "
                    + "SELECT u.resource_id, n.text FROM unit_note n JOIN unit u ON u.id = n.unit_id) GROUP BY resource_id");
            statement.executeUpdate("DROP TABLE temp.topic_words");
        }
    }

    static void remove(Connection c, long resourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM resource_search WHERE rowid = ?")) {
            ps.setLong(1, resourceId);
            ps.executeUpdate();
        }
        removeNotes(c, resourceId);
    }

    private static void removeNotes(Connection c, long resourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM note_search WHERE rowid = ?")) {
            ps.setLong(1, resourceId);
            ps.executeUpdate();
        }
    }

    /** Rewrites the notes row of one resource (its note and its units' notes); call inside the changing transaction. */
    static void refreshNotes(Connection c, long resourceId) throws SQLException {
        removeNotes(c, resourceId);
        String notes = joined(c, "SELECT text FROM resource_note WHERE resource_id = ?1 UNION ALL "
                + "SELECT n.text FROM unit_note n JOIN unit u ON u.id = n.unit_id WHERE u.resource_id = ?1", resourceId);
        if (!notes.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO note_search (rowid, notes) VALUES (?, ?)")) {
                ps.setLong(1, resourceId);
                ps.setString(2, notes);
                ps.executeUpdate();
            }
        }
    }

    /** Resources whose title, creators, topics or units match every word, then those whose notes do. */
    static Set<Long> search(Connection c, String query) throws SQLException {
        Set<Long> ids = search(c, query, "resource_search", COLUMNS);
        ids.addAll(search(c, query, "note_search", NOTE_COLUMNS));
        return ids;
    }

    private static Set<Long> search(Connection c, String query, String table, String[] columns) throws SQLException {
        List<String> words = words(query);
        Set<Long> ids = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return ids;
        }
        List<String> phrases = new ArrayList<>();
        List<String> shortWords = new ArrayList<>();
        for (String word : words) {
            if (word.codePointCount(0, word.length()) >= TRIGRAM) {
                phrases.add('"' + word.replace("\"", "\"\"") + '"');
            } else {
                shortWords.add(word);
            }
        }
        StringBuilder sql;
        String[] scanned = columns;
        if (phrases.isEmpty()) {
            // No word is long enough for the trigram index, so every row is read. Read the text where FTS5 stores it,
            // its content table (columns c0, c1, … in the order declared), rather than through the full-text table:
            // the same rows and the same LIKE, a third faster (about 40 ms instead of 62 for "li" over 100,000
            // resources; see docs/performance.md).
            sql = new StringBuilder("SELECT id FROM " + table + "_content WHERE 1 = 1");
            scanned = new String[columns.length];
            for (int col = 0; col < columns.length; col++) {
                scanned[col] = "c" + col;
            }
        } else {
            sql = new StringBuilder("SELECT rowid FROM " + table + " WHERE " + table + " MATCH ?");
        }
        for (int i = 0; i < shortWords.size(); i++) {
            sql.append(" AND (");
            for (int col = 0; col < scanned.length; col++) {
                sql.append(col == 0 ? "" : " OR ").append(scanned[col]).append(" LIKE ? ESCAPE '\\'");
            }
            sql.append(')');
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int index = 1;
            if (!phrases.isEmpty()) {
                ps.setString(index++, String.join(" AND ", phrases));
            }
            for (String word : shortWords) {
                String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                for (int col = 0; col < columns.length; col++) {
                    ps.setString(index++, pattern);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * What the search tables hold for each resource, read from FTS5's content tables (the text as inserted, columns
     * {@code c0, c1, …} in the order declared), which is faster than reading the full-text tables.
     */
    static List<CatalogSearch.Entry> texts(Connection c) throws SQLException {
        Map<Long, List<String>> notes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, c0 FROM note_search_content");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(2) != null) {
                    notes.put(rs.getLong(1), List.of(rs.getString(2)));
                }
            }
        }
        List<CatalogSearch.Entry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, c0, c1, c2, c3 FROM resource_search_content ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                List<String> lines = new ArrayList<>(6);
                for (int col = 2; col <= 5; col++) {
                    if (rs.getString(col) != null) {
                        lines.add(rs.getString(col));
                    }
                }
                lines.addAll(notes.getOrDefault(id, List.of()));
                entries.add(new CatalogSearch.Entry(id, lines));
            }
        }
        return entries;
    }

    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        if (query == null) {
            return words;
        }
        for (String word : query.strip().split("[\\s\\u3000]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String joined(Connection c, String sql, long resourceId) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return String.join("\n", values);
    }
}
