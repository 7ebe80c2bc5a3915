package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studypath.domain.Category;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;

/**
 * The links between a study path and its resources ({@code path_item}): their order, pace and the units left out
 * ({@code path_unit_excluded}), and the plan items read from them. Every method runs on the caller's connection,
 * inside its read or transaction; keeping the path's {@code updated_at} current is the caller's job.
 */
final class PathItemRows {
    private PathItemRows() {
    }

    /** The resources of a path in its order, each with its units, prerequisites and pace; retired ones left out. */
    static List<PlanItem> items(Connection c, long pathId) throws SQLException {
        record Row(long itemId, long resourceId, String title, ResourceType type, Category category, Double pace) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT i.id, r.id, r.title, r.type, i.pace_override, c.id, coalesce(c.catalog_key, ''), c.name_en, c.name_zh, c.position "
                        + "FROM path_item i JOIN resource r ON r.id = i.resource_id JOIN category c ON c.id = r.category_id "
                        + "WHERE i.path_id = ? AND r.retired = 0 ORDER BY i.position, i.id")) {
            ps.setLong(1, pathId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double pace = rs.getDouble(5);
                    Double override = rs.wasNull() ? null : pace;
                    Category category = new Category(rs.getLong(6), rs.getString(7),
                            new LocalizedText(rs.getString(8), rs.getString(9)), rs.getInt(10));
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), ResourceType.valueOf(rs.getString(4)),
                            category, override));
                }
            }
        }
        Map<Long, List<PlanItem.PlanUnit>> units = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT i.resource_id, u.id, u.title, u.minutes, "
                        + "EXISTS (SELECT 1 FROM path_unit_excluded x WHERE x.path_item_id = i.id AND x.unit_id = u.id), "
                        + "p.status, p.status_date, (SELECT coalesce(sum(l.minutes), 0) FROM time_log l WHERE l.unit_id = u.id), "
                        + "p.done_share, z.page, z.seconds, CASE WHEN u.url <> '' THEN u.url "
                        + "ELSE (SELECT r.url FROM resource r WHERE r.id = u.resource_id) END "
                        + "FROM path_item i JOIN unit u ON u.resource_id = i.resource_id AND u.retired = 0 "
                        + "LEFT JOIN unit_progress p ON p.unit_id = u.id LEFT JOIN unit_resume z ON z.unit_id = u.id "
                        + "WHERE i.path_id = ? ORDER BY i.resource_id, u.position, u.id")) {
            ps.setLong(1, pathId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString(6);
                    String date = rs.getString(7);
                    units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PlanItem.PlanUnit(
                            rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5) == 0,
                            status == null ? UnitStatus.NOT_STARTED : UnitStatus.valueOf(status),
                            date == null ? null : LocalDate.parse(date), rs.getInt(8), rs.getDouble(9),
                            resume(rs.getObject(10), rs.getObject(11)), rs.getString(12)));
                }
            }
        }
        Map<Long, Set<Long>> prerequisites = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT p.resource_id, p.requires_id FROM resource_prerequisite p "
                        + "JOIN path_item i ON i.resource_id = p.resource_id WHERE i.path_id = ?")) {
            ps.setLong(1, pathId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    prerequisites.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
        }
        List<PlanItem> items = new ArrayList<>();
        for (Row row : rows) {
            items.add(new PlanItem(row.resourceId(), row.title(), row.type(), row.category(), row.pace(),
                    prerequisites.getOrDefault(row.resourceId(), Set.of()), units.getOrDefault(row.resourceId(), List.of())));
        }
        return items;
    }

    /** A resume point as stored (a page or seconds), or null; one the app would not write is left out, not trusted. */
    private static org.studypath.domain.ResumePoint resume(Object page, Object seconds) {
        try {
            return page != null ? org.studypath.domain.ResumePoint.page(((Number) page).intValue())
                    : seconds != null ? org.studypath.domain.ResumePoint.time(((Number) seconds).intValue()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Appends the resources not yet in the path at its end, in the order given; returns how many were added. */
    static int append(Connection c, long pathId, List<Long> resourceIds) throws SQLException {
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO path_item (path_id, resource_id, position) VALUES (?, ?, "
                        + "(SELECT coalesce(max(position), -1) + 1 FROM path_item WHERE path_id = ?)) "
                        + "ON CONFLICT (path_id, resource_id) DO NOTHING")) {
            for (long resourceId : resourceIds) {
                ps.setLong(1, pathId);
                ps.setLong(2, resourceId);
                ps.setLong(3, pathId);
                added += ps.executeUpdate();
            }
        }
        return added;
    }

    /** Gives path {@code toPathId} the resources of {@code fromPathId}, in the same order, pace and units left out. */
    static void copy(Connection c, long fromPathId, long toPathId) throws SQLException {
        try (PreparedStatement items = c.prepareStatement(
                "INSERT INTO path_item (path_id, resource_id, position, pace_override) "
                        + "SELECT ?, resource_id, position, pace_override FROM path_item WHERE path_id = ?");
             PreparedStatement excluded = c.prepareStatement(
                     "INSERT INTO path_unit_excluded (path_item_id, unit_id) SELECT n.id, x.unit_id "
                             + "FROM path_unit_excluded x JOIN path_item o ON o.id = x.path_item_id "
                             + "JOIN path_item n ON n.resource_id = o.resource_id AND n.path_id = ? WHERE o.path_id = ?")) {
            items.setLong(1, toPathId);
            items.setLong(2, fromPathId);
            items.executeUpdate();
            excluded.setLong(1, toPathId);
            excluded.setLong(2, fromPathId);
            excluded.executeUpdate();
        }
    }

    static void remove(Connection c, long pathId, long resourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM path_item WHERE path_id = ? AND resource_id = ?")) {
            ps.setLong(1, pathId);
            ps.setLong(2, resourceId);
            ps.executeUpdate();
        }
    }

    /**
     * Puts the path's resources in the order of {@code resourceIds}, which must name each of them once: a list made
     * before another change to the path is refused rather than applied half.
     */
    static void reorder(Connection c, long pathId, List<Long> resourceIds) throws SQLException {
        Set<Long> current = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT resource_id FROM path_item WHERE path_id = ?")) {
            ps.setLong(1, pathId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    current.add(rs.getLong(1));
                }
            }
        }
        if (!current.equals(new HashSet<>(resourceIds)) || current.size() != resourceIds.size()) {
            throw new StoreException(Notice.of("store.orderChanged"));
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE path_item SET position = ? WHERE path_id = ? AND resource_id = ?")) {
            for (int i = 0; i < resourceIds.size(); i++) {
                ps.setInt(1, i);
                ps.setLong(2, pathId);
                ps.setLong(3, resourceIds.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Includes or leaves out one unit; a unit of another resource is never left out. */
    static void setUnitIncluded(Connection c, long pathId, long resourceId, long unitId, boolean included)
            throws SQLException {
        String sql = included
                ? "DELETE FROM path_unit_excluded WHERE unit_id = ? AND path_item_id = "
                        + "(SELECT id FROM path_item WHERE path_id = ? AND resource_id = ?)"
                : "INSERT OR IGNORE INTO path_unit_excluded (unit_id, path_item_id) SELECT ?, id FROM path_item "
                        + "WHERE path_id = ? AND resource_id = ? AND EXISTS (SELECT 1 FROM unit WHERE id = ? AND resource_id = ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, unitId);
            ps.setLong(2, pathId);
            ps.setLong(3, resourceId);
            if (!included) {
                ps.setLong(4, unitId);
                ps.setLong(5, resourceId);
            }
            ps.executeUpdate();
        }
    }

    /** Replaces the units of a resource left out of the path; ids of other resources' units are passed over. */
    static void setExcludedUnits(Connection c, long pathId, long resourceId, Set<Long> excludedUnitIds)
            throws SQLException {
        long itemId;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM path_item WHERE path_id = ? AND resource_id = ?")) {
            ps.setLong(1, pathId);
            ps.setLong(2, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(Notice.of("store.resourceNotInPath"));
                }
                itemId = rs.getLong(1);
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM path_unit_excluded WHERE path_item_id = ?")) {
            delete.setLong(1, itemId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO path_unit_excluded (path_item_id, unit_id) SELECT ?, id FROM unit WHERE id = ? AND resource_id = ?")) {
            for (long unitId : excludedUnitIds) {
                insert.setLong(1, itemId);
                insert.setLong(2, unitId);
                insert.setLong(3, resourceId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Sets the pace of one resource in the path, or with {@code null} goes back to its type's pace. */
    static void setPaceOverride(Connection c, long pathId, long resourceId, Double factor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE path_item SET pace_override = ? WHERE path_id = ? AND resource_id = ?")) {
            if (factor == null) {
                ps.setNull(1, Types.REAL);
            } else {
                ps.setDouble(1, factor);
            }
            ps.setLong(2, pathId);
            ps.setLong(3, resourceId);
            ps.executeUpdate();
        }
    }
}
