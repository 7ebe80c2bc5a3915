package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.studypath.domain.Notice;
import org.studypath.domain.Category;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.Origin;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.catalog.ResourceText;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.Unit;
import org.studypath.domain.UnitKind;

/**
 * The catalog's resources in SQLite: reading them (summaries, one resource with its units, their text to search) and
 * the user's own edits. Over 300 lines because saving a resource keeps its units' ids (progress and notes point at
 * them) and that diffing lives beside the reads of the same rows; the search text is read by {@link ResourceTexts}.
 */
public final class SqliteResourceRepository implements ResourceRepository {
    private final Database database;

    public SqliteResourceRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Category> categories() {
        return database.read(c -> {
            List<Category> categories = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, coalesce(catalog_key, ''), name_en, name_zh, position FROM category ORDER BY position, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    categories.add(new Category(rs.getLong(1), rs.getString(2),
                            new LocalizedText(rs.getString(3), rs.getString(4)), rs.getInt(5)));
                }
            }
            return categories;
        });
    }

    @Override
    public List<ResourceSummary> summaries() {
        return database.read(c -> {
            Map<Long, List<String>> creators = creators(c, null);
            Map<Long, Set<Topic>> topics = topics(c, null);
            List<ResourceSummary> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT r.id, r.origin, r.category_id, r.position, r.title, r.type, r.free, r.hidden, "
                            + "count(u.id), coalesce(sum(u.minutes), 0), coalesce(max(u.estimated), 0) "
                            + "FROM resource r JOIN category cat ON cat.id = r.category_id "
                            + "LEFT JOIN unit u ON u.resource_id = r.id AND u.retired = 0 "
                            + "WHERE r.retired = 0 GROUP BY r.id "
                            + "ORDER BY cat.position, r.origin = 'USER', r.position, r.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    result.add(new ResourceSummary(id, Origin.valueOf(rs.getString(2)), rs.getLong(3), rs.getInt(4),
                            rs.getString(5), creators.getOrDefault(id, List.of()), ResourceType.valueOf(rs.getString(6)),
                            rs.getInt(7) == 1, topics.getOrDefault(id, Set.of()), rs.getInt(9), rs.getInt(10),
                            rs.getInt(11) == 1, rs.getInt(8) == 1));
                }
            }
            return result;
        });
    }

    @Override
    public Optional<Resource> find(long id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT origin, category_id, title, title_zh, url, type, unit_kind, free, language, note_en, note_zh, "
                            + "duration_note_en, duration_note_zh, hidden FROM resource WHERE id = ? AND retired = 0")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Resource>empty();
                    }
                    return Optional.of(new Resource(id, Origin.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                            rs.getString(4), creators(c, id).getOrDefault(id, List.of()), rs.getString(5),
                            ResourceType.valueOf(rs.getString(6)), UnitKind.valueOf(rs.getString(7)), rs.getInt(8) == 1,
                            rs.getString(9), topics(c, id).getOrDefault(id, Set.of()),
                            new LocalizedText(rs.getString(10), rs.getString(11)),
                            new LocalizedText(rs.getString(12), rs.getString(13)), rs.getInt(14) == 1, units(c, id)));
                }
            }
        });
    }

    @Override
    public List<ResourceText> searchTexts() {
        return database.read(ResourceTexts::read);
    }

    @Override
    public Optional<ResourceText> searchText(long resourceId) {
        return database.read(c -> ResourceTexts.readOne(c, resourceId));
    }

    @Override
    public void setHidden(long resourceId, boolean hidden) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE resource SET hidden = ?, updated_at = ? WHERE id = ?")) {
                ps.setInt(1, hidden ? 1 : 0);
                ps.setString(2, ResourceRows.now());
                ps.setLong(3, resourceId);
                requireOne(ps.executeUpdate(), resourceId);
            }
            return null;
        });
    }

    @Override
    public long save(ResourceDraft draft) {
        List<ResourceDraft.Problem> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new Notice.Refused(Notice.of("store.resourceNotSaved", problems.get(0).notice()));
        }
        return database.transaction(c -> {
            long id = draft.id() == 0 ? insertUserResource(c, draft) : updateUserResource(c, draft);
            ResourceRows.replaceCreators(c, id, draft.creators());
            ResourceRows.replaceTopics(c, id, draft.topics());
            saveUnits(c, id, draft.units());
            return id;
        });
    }

    @Override
    public void delete(long resourceId) {
        database.transaction(c -> {
            requireUserResource(c, resourceId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM resource WHERE id = ?")) {
                ps.setLong(1, resourceId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<String> pathsWith(long resourceId) {
        return database.read(c -> {
            List<String> names = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.name FROM path_item i JOIN study_path p "
                    + "ON p.id = i.path_id WHERE i.resource_id = ? ORDER BY p.name COLLATE NOCASE")) {
                ps.setLong(1, resourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            }
            return names;
        });
    }

    private static long insertUserResource(Connection c, ResourceDraft d) throws SQLException {
        String now = ResourceRows.now();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO resource (origin, category_id, position, title, url, type, unit_kind, free, language, "
                        + "note_en, created_at, updated_at) VALUES ('USER', ?, "
                        + "(SELECT coalesce(max(position), -1) + 1 FROM resource WHERE category_id = ?), "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            int i = 1;
            ps.setLong(i++, d.categoryId());
            ps.setLong(i++, d.categoryId());
            i = bindEditable(ps, i, d);
            ps.setString(i++, now);
            ps.setString(i, now);
            return ResourceRows.returningId(ps);
        }
    }

    private static long updateUserResource(Connection c, ResourceDraft d) throws SQLException {
        requireUserResource(c, d.id());
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE resource SET category_id = ?, title = ?, url = ?, type = ?, unit_kind = ?, free = ?, language = ?, "
                        + "note_en = ?, updated_at = ? WHERE id = ?")) {
            int i = 1;
            ps.setLong(i++, d.categoryId());
            i = bindEditable(ps, i, d);
            ps.setString(i++, ResourceRows.now());
            ps.setLong(i, d.id());
            ps.executeUpdate();
        }
        return d.id();
    }

    private static int bindEditable(PreparedStatement ps, int start, ResourceDraft d) throws SQLException {
        int i = start;
        ps.setString(i++, d.title());
        ps.setString(i++, d.url());
        ps.setString(i++, d.type().name());
        ps.setString(i++, (d.unitKind() == null ? UnitKind.UNIT : d.unitKind()).name());
        ps.setInt(i++, d.free() ? 1 : 0);
        ps.setString(i++, d.language());
        ps.setString(i++, d.note());
        return i;
    }

    private static void saveUnits(Connection c, long resourceId, List<ResourceDraft.UnitDraft> units) throws SQLException {
        Set<Long> existing = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM unit WHERE resource_id = ?")) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getLong(1));
                }
            }
        }
        Set<Long> kept = new HashSet<>();
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE unit SET position = ?, title = ?, minutes = ?, url = ?, estimated = ? WHERE id = ? AND resource_id = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO unit (resource_id, position, title, minutes, estimated, url) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int position = 0; position < units.size(); position++) {
                ResourceDraft.UnitDraft unit = units.get(position);
                if (unit.id() != 0) {
                    if (!existing.contains(unit.id())) {
                        throw new SQLException("unit " + unit.id() + " does not belong to resource " + resourceId);
                    }
                    kept.add(unit.id());
                    update.setInt(1, position);
                    update.setString(2, unit.title());
                    update.setInt(3, unit.minutes());
                    update.setString(4, unit.url());
                    update.setInt(5, unit.estimated() ? 1 : 0);
                    update.setLong(6, unit.id());
                    update.setLong(7, resourceId);
                    update.executeUpdate();
                } else {
                    insert.setLong(1, resourceId);
                    insert.setInt(2, position);
                    insert.setString(3, unit.title());
                    insert.setInt(4, unit.minutes());
                    insert.setInt(5, unit.estimated() ? 1 : 0);
                    insert.setString(6, unit.url());
                    insert.executeUpdate();
                }
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM unit WHERE id = ?")) {
            for (long id : existing) {
                if (!kept.contains(id)) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
        }
    }

    private static void requireUserResource(Connection c, long resourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT origin FROM resource WHERE id = ?")) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(Notice.of("store.noResource", resourceId));
                }
                if (!Origin.USER.name().equals(rs.getString(1))) {
                    throw new StoreException(Notice.of("store.catalogResourceFixed"));
                }
            }
        }
    }

    private static void requireOne(int updated, long resourceId) {
        if (updated != 1) {
            throw new StoreException(Notice.of("store.noResource", resourceId));
        }
    }

    private static List<Unit> units(Connection c, long resourceId) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, position, title, minutes, estimated, url FROM unit WHERE resource_id = ? AND retired = 0 "
                        + "ORDER BY position, id")) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(new Unit(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5) == 1,
                            rs.getString(6)));
                }
            }
        }
        return units;
    }

    /** Creators of one resource, or of all when {@code resourceId} is null. */
    private static Map<Long, List<String>> creators(Connection c, Long resourceId) throws SQLException {
        Map<Long, List<String>> result = new HashMap<>();
        String sql = "SELECT resource_id, name FROM resource_creator"
                + (resourceId == null ? "" : " WHERE resource_id = ?") + " ORDER BY resource_id, position";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (resourceId != null) {
                ps.setLong(1, resourceId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return result;
    }

    private static Map<Long, Set<Topic>> topics(Connection c, Long resourceId) throws SQLException {
        Map<Long, Set<Topic>> result = new HashMap<>();
        String sql = "SELECT resource_id, topic FROM resource_topic" + (resourceId == null ? "" : " WHERE resource_id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (resourceId != null) {
                ps.setLong(1, resourceId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Topic.fromKey(rs.getString(2))
                            .ifPresent(t -> result.computeIfAbsent(id, k -> EnumSet.noneOf(Topic.class)).add(t));
                }
            }
        }
        return result;
    }
}
