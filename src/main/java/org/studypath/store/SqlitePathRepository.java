package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.studypath.domain.Notice;
import org.studypath.domain.Category;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.StudyPathPlan;
import org.studypath.domain.plan.UnitStatus;

public final class SqlitePathRepository implements PathRepository {
    /** Longest name a study path may have, in characters. */
    static final int MAX_NAME_LENGTH = 200;
    private static final String[] DAY_COLUMNS = {"minutes_mon", "minutes_tue", "minutes_wed", "minutes_thu", "minutes_fri",
        "minutes_sat", "minutes_sun"};

    private final Database database;

    public SqlitePathRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<PathSummary> paths() {
        return database.read(c -> {
            List<PathSummary> paths = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.id, p.name, (SELECT count(*) FROM path_item i JOIN resource r ON r.id = i.resource_id "
                            + "WHERE i.path_id = p.id AND r.retired = 0) FROM study_path p ORDER BY p.name COLLATE NOCASE, p.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    paths.add(new PathSummary(rs.getLong(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return paths;
        });
    }

    @Override
    public Optional<StudyPathPlan> find(long pathId) {
        return database.read(c -> {
            String name;
            Availability availability;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, start_date, target_date, " + String.join(", ", DAY_COLUMNS) + " FROM study_path WHERE id = ?")) {
                ps.setLong(1, pathId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<StudyPathPlan>empty();
                    }
                    name = rs.getString(1);
                    Map<DayOfWeek, Integer> minutes = new EnumMap<>(DayOfWeek.class);
                    for (int d = 0; d < 7; d++) {
                        minutes.put(DayOfWeek.of(d + 1), rs.getInt(4 + d));
                    }
                    String target = rs.getString(3);
                    availability = new Availability(minutes, LocalDate.parse(rs.getString(2)),
                            target == null ? null : LocalDate.parse(target), daysOff(c, pathId));
                }
            }
            return Optional.of(new StudyPathPlan(pathId, name, availability, items(c, pathId)));
        });
    }

    private static Set<LocalDate> daysOff(Connection c, long pathId) throws SQLException {
        Set<LocalDate> days = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT day FROM path_day_off WHERE path_id = ?")) {
            ps.setLong(1, pathId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(LocalDate.parse(rs.getString(1)));
                }
            }
        }
        return days;
    }

    private static List<PlanItem> items(Connection c, long pathId) throws SQLException {
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
                        + "p.status, p.status_date, (SELECT coalesce(sum(l.minutes), 0) FROM time_log l WHERE l.unit_id = u.id) "
                        + "FROM path_item i JOIN unit u ON u.resource_id = i.resource_id AND u.retired = 0 "
                        + "LEFT JOIN unit_progress p ON p.unit_id = u.id "
                        + "WHERE i.path_id = ? ORDER BY i.resource_id, u.position, u.id")) {
            ps.setLong(1, pathId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString(6);
                    String date = rs.getString(7);
                    units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PlanItem.PlanUnit(
                            rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5) == 0,
                            status == null ? UnitStatus.NOT_STARTED : UnitStatus.valueOf(status),
                            date == null ? null : LocalDate.parse(date), rs.getInt(8)));
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

    @Override
    public long create(String name, Availability availability, List<Long> resourceIds) {
        String clean = requireName(name);
        return database.transaction(c -> {
            long id = insertPath(c, clean, availability);
            appendResources(c, id, resourceIds);
            return id;
        });
    }

    /** Inserts a path with a name not yet taken; call inside a transaction. */
    private static long insertPath(Connection c, String name, Availability availability) throws SQLException {
        requireFreeName(c, name, 0);
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO study_path (name, start_date, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id")) {
            String now = ResourceRows.now();
            ps.setString(1, name);
            ps.setString(2, availability.start().toString());
            ps.setString(3, now);
            ps.setString(4, now);
            id = ResourceRows.returningId(ps);
        }
        writeAvailability(c, id, availability);
        return id;
    }

    @Override
    public void rename(long pathId, String name) {
        String clean = requireName(name);
        database.transaction(c -> {
            requireFreeName(c, clean, pathId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE study_path SET name = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, clean);
                ps.setString(2, ResourceRows.now());
                ps.setLong(3, pathId);
                requirePath(ps.executeUpdate(), pathId);
            }
            return null;
        });
    }

    @Override
    public long duplicate(long pathId, String newName) {
        String clean = requireName(newName);
        StudyPathPlan original = find(pathId).orElseThrow(() -> new StoreException(Notice.of("store.noPath", pathId)));
        return database.transaction(c -> {
            long id = insertPath(c, clean, original.availability());
            try (PreparedStatement items = c.prepareStatement(
                    "INSERT INTO path_item (path_id, resource_id, position, pace_override) "
                            + "SELECT ?, resource_id, position, pace_override FROM path_item WHERE path_id = ?");
                 PreparedStatement excluded = c.prepareStatement(
                         "INSERT INTO path_unit_excluded (path_item_id, unit_id) SELECT n.id, x.unit_id "
                                 + "FROM path_unit_excluded x JOIN path_item o ON o.id = x.path_item_id "
                                 + "JOIN path_item n ON n.resource_id = o.resource_id AND n.path_id = ? WHERE o.path_id = ?")) {
                items.setLong(1, id);
                items.setLong(2, pathId);
                items.executeUpdate();
                excluded.setLong(1, id);
                excluded.setLong(2, pathId);
                excluded.executeUpdate();
            }
            return id;
        });
    }

    @Override
    public void delete(long pathId) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM study_path WHERE id = ?")) {
                ps.setLong(1, pathId);
                requirePath(ps.executeUpdate(), pathId);
            }
            return null;
        });
    }

    @Override
    public int addResources(long pathId, List<Long> resourceIds) {
        return database.transaction(c -> {
            int added = appendResources(c, pathId, resourceIds);
            touch(c, pathId);
            return added;
        });
    }

    private static int appendResources(Connection c, long pathId, List<Long> resourceIds) throws SQLException {
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

    @Override
    public void removeResource(long pathId, long resourceId) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM path_item WHERE path_id = ? AND resource_id = ?")) {
                ps.setLong(1, pathId);
                ps.setLong(2, resourceId);
                ps.executeUpdate();
            }
            touch(c, pathId);
            return null;
        });
    }

    @Override
    public void reorder(long pathId, List<Long> resourceIds) {
        database.transaction(c -> {
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
            touch(c, pathId);
            return null;
        });
    }

    @Override
    public void setUnitIncluded(long pathId, long resourceId, long unitId, boolean included) {
        database.transaction(c -> {
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
            touch(c, pathId);
            return null;
        });
    }

    @Override
    public void setExcludedUnits(long pathId, long resourceId, Set<Long> excludedUnitIds) {
        database.transaction(c -> {
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
            touch(c, pathId);
            return null;
        });
    }

    @Override
    public void setPaceOverride(long pathId, long resourceId, Double factor) {
        if (factor != null) {
            PaceFactors.requireValid(factor);
        }
        database.transaction(c -> {
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
            return null;
        });
    }

    @Override
    public void saveAvailability(long pathId, Availability availability) {
        if (availability.target() != null && availability.target().isBefore(availability.start())) {
            throw new Notice.Refused(Notice.of("store.targetBeforeStart"));
        }
        database.transaction(c -> {
            writeAvailability(c, pathId, availability);
            return null;
        });
    }

    private static void writeAvailability(Connection c, long pathId, Availability a) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE study_path SET start_date = ?, target_date = ?, updated_at = ?");
        for (String column : DAY_COLUMNS) {
            sql.append(", ").append(column).append(" = ?");
        }
        sql.append(" WHERE id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setString(i++, a.start().toString());
            ps.setString(i++, a.target() == null ? null : a.target().toString());
            ps.setString(i++, ResourceRows.now());
            for (int d = 1; d <= 7; d++) {
                ps.setInt(i++, a.minutesPerWeekday().get(DayOfWeek.of(d)));
            }
            ps.setLong(i, pathId);
            requirePath(ps.executeUpdate(), pathId);
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM path_day_off WHERE path_id = ?")) {
            delete.setLong(1, pathId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO path_day_off (path_id, day) VALUES (?, ?)")) {
            for (LocalDate day : a.daysOff()) {
                insert.setLong(1, pathId);
                insert.setString(2, day.toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public void setPrerequisites(long resourceId, Set<Long> requiredResourceIds) {
        database.transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM resource_prerequisite WHERE resource_id = ?")) {
                delete.setLong(1, resourceId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO resource_prerequisite (resource_id, requires_id) VALUES (?, ?)")) {
                for (long required : requiredResourceIds) {
                    if (required != resourceId) {
                        insert.setLong(1, resourceId);
                        insert.setLong(2, required);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public PaceFactors paceFactors() {
        return database.read(c -> {
            Map<ResourceType, Double> factors = new EnumMap<>(ResourceType.class);
            try (PreparedStatement ps = c.prepareStatement("SELECT resource_type, factor FROM pace_factor");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        factors.put(ResourceType.valueOf(rs.getString(1)), rs.getDouble(2));
                    } catch (IllegalArgumentException unknownType) {
                        // a type from a newer version: ignore
                    }
                }
            }
            return new PaceFactors(factors);
        });
    }

    @Override
    public void savePaceFactors(PaceFactors factors) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO pace_factor (resource_type, factor) VALUES (?, ?) "
                            + "ON CONFLICT (resource_type) DO UPDATE SET factor = excluded.factor")) {
                for (Map.Entry<ResourceType, Double> entry : factors.byType().entrySet()) {
                    ps.setString(1, entry.getKey().name());
                    ps.setDouble(2, entry.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new Notice.Refused(Notice.of("store.pathNameMissing"));
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new Notice.Refused(Notice.of("store.pathNameTooLong", MAX_NAME_LENGTH));
        }
        return org.studypath.domain.SafeText.requireKeepable(clean, true);
    }

    private static void requireFreeName(Connection c, String name, long exceptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM study_path WHERE name = ? COLLATE NOCASE AND id <> ?")) {
            ps.setString(1, name);
            ps.setLong(2, exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new StoreException(Notice.of("store.pathNameTaken", name));
                }
            }
        }
    }

    private static void touch(Connection c, long pathId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE study_path SET updated_at = ? WHERE id = ?")) {
            ps.setString(1, ResourceRows.now());
            ps.setLong(2, pathId);
            requirePath(ps.executeUpdate(), pathId);
        }
    }

    private static void requirePath(int updated, long pathId) {
        if (updated != 1) {
            throw new StoreException(Notice.of("store.noPath", pathId));
        }
    }
}
