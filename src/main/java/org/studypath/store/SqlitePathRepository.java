package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.StudyPathPlan;

/**
 * Study paths in SQLite: their names, the transactions of every change, prerequisites and pace factors. The rows of a
 * path's resources are written by {@link PathItemRows}, its weekly hours and days off by {@link PathAvailabilityRows}.
 */
public final class SqlitePathRepository implements PathRepository {
    /** Longest name a study path may have, in characters. */
    static final int MAX_NAME_LENGTH = 200;

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
            Optional<PathAvailabilityRows.Header> header = PathAvailabilityRows.read(c, pathId);
            if (header.isEmpty()) {
                return Optional.<StudyPathPlan>empty();
            }
            return Optional.of(new StudyPathPlan(pathId, header.get().name(), header.get().availability(),
                    PathItemRows.items(c, pathId), SqliteReviewRepository.settings(c, pathId), null));
        });
    }

    @Override
    public long create(String name, Availability availability, List<Long> resourceIds) {
        String clean = requireName(name);
        return database.transaction(c -> {
            long id = insertPath(c, clean, availability);
            PathItemRows.append(c, id, resourceIds);
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
        PathAvailabilityRows.write(c, id, availability);
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
            PathItemRows.copy(c, pathId, id);
            // the copy reviews as the original does
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO path_review (path_id, review_on, cap_minutes, "
                    + "scope, intervals) SELECT ?, review_on, cap_minutes, scope, intervals FROM path_review WHERE path_id = ?")) {
                ps.setLong(1, id);
                ps.setLong(2, pathId);
                ps.executeUpdate();
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
            int added = PathItemRows.append(c, pathId, resourceIds);
            touch(c, pathId);
            return added;
        });
    }

    @Override
    public void removeResource(long pathId, long resourceId) {
        database.transaction(c -> {
            PathItemRows.remove(c, pathId, resourceId);
            touch(c, pathId);
            return null;
        });
    }

    @Override
    public void reorder(long pathId, List<Long> resourceIds) {
        database.transaction(c -> {
            PathItemRows.reorder(c, pathId, resourceIds);
            touch(c, pathId);
            return null;
        });
    }

    @Override
    public void setUnitIncluded(long pathId, long resourceId, long unitId, boolean included) {
        database.transaction(c -> {
            PathItemRows.setUnitIncluded(c, pathId, resourceId, unitId, included);
            touch(c, pathId);
            return null;
        });
    }

    @Override
    public void setExcludedUnits(long pathId, long resourceId, Set<Long> excludedUnitIds) {
        database.transaction(c -> {
            PathItemRows.setExcludedUnits(c, pathId, resourceId, excludedUnitIds);
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
            PathItemRows.setPaceOverride(c, pathId, resourceId, factor);
            return null;
        });
    }

    @Override
    public void saveAvailability(long pathId, Availability availability) {
        if (availability.target() != null && availability.target().isBefore(availability.start())) {
            throw new Notice.Refused(Notice.of("store.targetBeforeStart"));
        }
        database.transaction(c -> {
            PathAvailabilityRows.write(c, pathId, availability);
            return null;
        });
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

    static void requirePath(int updated, long pathId) {
        if (updated != 1) {
            throw new StoreException(Notice.of("store.noPath", pathId));
        }
    }
}
