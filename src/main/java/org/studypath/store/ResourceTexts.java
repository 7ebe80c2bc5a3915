package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studypath.domain.Topic;
import org.studypath.domain.catalog.ResourceText;

/**
 * Reads every current resource's searchable text from the catalog's own tables: one pass over each table, the rows
 * put with their resource by a binary search over the ids (resources in ascending id order). Rows of retired resources
 * find no resource and are skipped; units that are retired are left out, their notes are not (a note stays the
 * learner's).
 */
final class ResourceTexts {
    private ResourceTexts() {
    }

    static List<ResourceText> read(Connection c) throws SQLException {
        List<Long> idList = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> titlesZh = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, title, title_zh FROM resource WHERE retired = 0 ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                idList.add(rs.getLong(1));
                titles.add(rs.getString(2));
                titlesZh.add(rs.getString(3));
            }
        }
        long[] ids = idList.stream().mapToLong(Long::longValue).toArray();
        List<List<String>> creators = texts(c, ids, "SELECT resource_id, name FROM resource_creator ORDER BY resource_id, position");
        List<List<String>> units = texts(c, ids,
                "SELECT resource_id, title FROM unit WHERE retired = 0 ORDER BY resource_id, position, id");
        List<List<String>> notes = texts(c, ids, "SELECT resource_id, text FROM resource_note UNION ALL "
                + "SELECT u.resource_id, n.text FROM unit_note n JOIN unit u ON u.id = n.unit_id");
        List<Set<Topic>> topics = topics(c, ids);
        List<ResourceText> result = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            result.add(new ResourceText(ids[i], titles.get(i), titlesZh.get(i), orEmpty(creators.get(i)),
                    orEmpty(topics.get(i)), orEmpty(units.get(i)), orEmpty(notes.get(i))));
        }
        return result;
    }

    /**
     * One current resource's searchable text, read as {@link #read} reads every one's (empty when the resource is
     * retired or gone): what a note saved on it changes in the search.
     */
    static java.util.Optional<ResourceText> readOne(Connection c, long id) throws SQLException {
        String title;
        String titleZh;
        try (PreparedStatement ps = c.prepareStatement("SELECT title, title_zh FROM resource WHERE id = ? AND retired = 0")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                title = rs.getString(1);
                titleZh = rs.getString(2);
            }
        }
        long[] ids = {id};
        List<String> creators = texts(c, ids, "SELECT resource_id, name FROM resource_creator WHERE resource_id = "
                + id + " ORDER BY position").get(0);
        List<String> units = texts(c, ids, "SELECT resource_id, title FROM unit WHERE retired = 0 AND resource_id = "
                + id + " ORDER BY position, id").get(0);
        List<String> notes = texts(c, ids, "SELECT resource_id, text FROM resource_note WHERE resource_id = " + id
                + " UNION ALL SELECT u.resource_id, n.text FROM unit_note n JOIN unit u ON u.id = n.unit_id "
                + "WHERE u.resource_id = " + id).get(0);
        Set<Topic> topics = topics(c, ids).get(0);
        return java.util.Optional.of(new ResourceText(id, title, titleZh, orEmpty(creators), orEmpty(topics),
                orEmpty(units), orEmpty(notes)));
    }

    /** The second column of {@code sql}'s rows, by the resource of the first, in the order read (null: none). */
    private static List<List<String>> texts(Connection c, long[] ids, String sql) throws SQLException {
        List<List<String>> texts = new ArrayList<>(java.util.Collections.nCopies(ids.length, (List<String>) null));
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int at = Arrays.binarySearch(ids, rs.getLong(1));
                if (at >= 0) {
                    if (texts.get(at) == null) {
                        texts.set(at, new ArrayList<>(4));
                    }
                    texts.get(at).add(rs.getString(2));
                }
            }
        }
        return texts;
    }

    private static List<Set<Topic>> topics(Connection c, long[] ids) throws SQLException {
        Map<String, Topic> byKey = new HashMap<>();
        for (Topic topic : Topic.values()) {
            byKey.put(topic.key(), topic);
        }
        List<Set<Topic>> topics = new ArrayList<>(java.util.Collections.nCopies(ids.length, (Set<Topic>) null));
        try (PreparedStatement ps = c.prepareStatement("SELECT resource_id, topic FROM resource_topic");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int at = Arrays.binarySearch(ids, rs.getLong(1));
                Topic topic = byKey.get(rs.getString(2));
                if (at >= 0 && topic != null) {
                    if (topics.get(at) == null) {
                        topics.set(at, EnumSet.noneOf(Topic.class));
                    }
                    topics.get(at).add(topic);
                }
            }
        }
        return topics;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }
}
