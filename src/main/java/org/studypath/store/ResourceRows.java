package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.studypath.domain.Topic;

/** Row helpers shared by the repositories that write resources. */
final class ResourceRows {
    private ResourceRows() {
    }

    static String now() {
        return Instant.now().toString();
    }

    static void replaceCreators(Connection c, long resourceId, List<String> creators) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM resource_creator WHERE resource_id = ?")) {
            delete.setLong(1, resourceId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO resource_creator (resource_id, position, name) VALUES (?, ?, ?)")) {
            for (int i = 0; i < creators.size(); i++) {
                insert.setLong(1, resourceId);
                insert.setInt(2, i);
                insert.setString(3, creators.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void replaceTopics(Connection c, long resourceId, Collection<Topic> topics) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM resource_topic WHERE resource_id = ?")) {
            delete.setLong(1, resourceId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO resource_topic (resource_id, topic) VALUES (?, ?)")) {
            for (Topic topic : topics) {
                insert.setLong(1, resourceId);
                insert.setString(2, topic.key());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static long returningId(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no id returned");
            }
            return rs.getLong(1);
        }
    }
}
