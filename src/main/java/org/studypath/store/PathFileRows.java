package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.plan.UnitStatus;

/**
 * Reads one study path as a {@link PathFile}: the path, its current resources in order with all their fields and
 * current units, the prerequisites among them, and the progress, notes and time logs asked for. It reads only what
 * a friend's StudyPath can use: no local file, no hidden flag, no internal ids. Runs on the caller's connection.
 */
final class PathFileRows {
    private PathFileRows() {
    }

    static PathFile read(Connection c, long pathId, PathFile.Includes includes) throws SQLException {
        PathAvailabilityRows.Header header = PathAvailabilityRows.read(c, pathId)
                .orElseThrow(() -> new StoreException(Notice.of("store.noPath", pathId)));
        record Row(long itemId, long resourceId, Double pace) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT i.id, i.resource_id, i.pace_override FROM path_item i JOIN resource r ON r.id = i.resource_id "
                        + "WHERE i.path_id = ? AND r.retired = 0 ORDER BY i.position, i.id")) {
            ps.setLong(1, pathId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double pace = rs.getDouble(3);
                    Double override = rs.wasNull() ? null : pace;
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), override));
                }
            }
        }
        Map<Long, String> refs = new LinkedHashMap<>();
        for (Row row : rows) {
            refs.put(row.resourceId(), "r" + (refs.size() + 1));
        }
        List<PathFile.FileResource> resources = new ArrayList<>();
        List<PathFile.Item> items = new ArrayList<>();
        for (Row row : rows) {
            List<Long> unitIds = new ArrayList<>();
            resources.add(resource(c, row.resourceId(), refs, includes, unitIds));
            Set<Integer> excluded = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT unit_id FROM path_unit_excluded WHERE path_item_id = ?")) {
                ps.setLong(1, row.itemId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int index = unitIds.indexOf(rs.getLong(1));
                        if (index >= 0) {
                            excluded.add(index);
                        }
                    }
                }
            }
            items.add(new PathFile.Item(refs.get(row.resourceId()), row.pace(), excluded));
        }
        return new PathFile(header.name(), header.availability(), paceFactors(c), resources, items, includes);
    }

    /** The learner's pace factor per resource type, as the Settings have them (types never set: none). */
    static Map<ResourceType, Double> paceFactors(Connection c) throws SQLException {
        Map<ResourceType, Double> factors = new EnumMap<>(ResourceType.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT resource_type, factor FROM pace_factor");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    factors.put(ResourceType.valueOf(rs.getString(1)), rs.getDouble(2));
                } catch (IllegalArgumentException newerType) {
                    // a type from a newer version: not in a version-1 file
                }
            }
        }
        return factors;
    }

    private static PathFile.FileResource resource(Connection c, long resourceId, Map<Long, String> refs,
                                                  PathFile.Includes includes, List<Long> unitIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT r.origin, coalesce(r.catalog_key, ''), coalesce(r.catalog_id, ''), coalesce(c.catalog_key, ''), "
                        + "c.name_en, c.name_zh, r.title, r.title_zh, r.url, r.type, r.unit_kind, r.free, r.language, "
                        + "r.note_en, r.note_zh, r.duration_note_en, r.duration_note_zh "
                        + "FROM resource r JOIN category c ON c.id = r.category_id WHERE r.id = ?")) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(Notice.of("store.noResource", resourceId));
                }
                boolean catalog = "CATALOG".equals(rs.getString(1));
                List<PathFile.FileUnit> units = units(c, resourceId, includes, unitIds);
                return new PathFile.FileResource(refs.get(resourceId), catalog ? rs.getString(2) : "",
                        catalog ? rs.getString(3) : "",
                        new PathFile.FileCategory(rs.getString(4), new LocalizedText(rs.getString(5), rs.getString(6))),
                        rs.getString(7), rs.getString(8), creators(c, resourceId), rs.getString(9),
                        ResourceType.valueOf(rs.getString(10)), UnitKind.valueOf(rs.getString(11)), rs.getInt(12) == 1,
                        rs.getString(13), topics(c, resourceId), new LocalizedText(rs.getString(14), rs.getString(15)),
                        new LocalizedText(rs.getString(16), rs.getString(17)), requires(c, resourceId, refs),
                        includes.notes() ? text(c, "SELECT text FROM resource_note WHERE resource_id = ?", resourceId) : "",
                        units);
            }
        }
    }

    /**
     * The resource's current units in order. A unit field added to the store is read here and put in
     * {@link PathFile.FileUnit}.
     */
    private static List<PathFile.FileUnit> units(Connection c, long resourceId, PathFile.Includes includes,
                                                 List<Long> unitIds) throws SQLException {
        List<PathFile.FileUnit> units = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, coalesce(catalog_key, ''), title, minutes, estimated, url, first_page FROM unit "
                        + "WHERE resource_id = ? AND retired = 0 ORDER BY position, id");
             PreparedStatement progress = c.prepareStatement("SELECT status, status_date FROM unit_progress WHERE unit_id = ?");
             PreparedStatement logs = c.prepareStatement("SELECT day, minutes FROM time_log WHERE unit_id = ? ORDER BY day, id")) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long unitId = rs.getLong(1);
                    unitIds.add(unitId);
                    PathFile.UnitProgress state = null;
                    if (includes.progress()) {
                        progress.setLong(1, unitId);
                        try (ResultSet p = progress.executeQuery()) {
                            if (p.next()) {
                                state = new PathFile.UnitProgress(UnitStatus.valueOf(p.getString(1)), LocalDate.parse(p.getString(2)));
                            }
                        }
                    }
                    List<PathFile.TimeSpent> spent = new ArrayList<>();
                    if (includes.logs()) {
                        logs.setLong(1, unitId);
                        try (ResultSet l = logs.executeQuery()) {
                            while (l.next()) {
                                spent.add(new PathFile.TimeSpent(LocalDate.parse(l.getString(1)), l.getInt(2)));
                            }
                        }
                    }
                    String note = includes.notes() ? text(c, "SELECT text FROM unit_note WHERE unit_id = ?", unitId) : "";
                    units.add(new PathFile.FileUnit(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5) == 1,
                            rs.getString(6), rs.getObject(7) == null ? null : rs.getInt(7), state, note,
                            spent));
                }
            }
        }
        return units;
    }

    private static List<String> creators(Connection c, long resourceId) throws SQLException {
        List<String> creators = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name FROM resource_creator WHERE resource_id = ? ORDER BY position")) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    creators.add(rs.getString(1));
                }
            }
        }
        return creators;
    }

    private static Set<Topic> topics(Connection c, long resourceId) throws SQLException {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT topic FROM resource_topic WHERE resource_id = ?")) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Topic.fromKey(rs.getString(1)).ifPresent(topics::add);
                }
            }
        }
        return topics;
    }

    /** The refs of the resources this one needs first, among the path's own (others cannot travel in the file). */
    private static List<String> requires(Connection c, long resourceId, Map<Long, String> refs) throws SQLException {
        List<String> requires = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT requires_id FROM resource_prerequisite WHERE resource_id = ? ORDER BY requires_id")) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ref = refs.get(rs.getLong(1));
                    if (ref != null) {
                        requires.add(ref);
                    }
                }
            }
        }
        return requires;
    }

    private static String text(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }
}
