package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.studypath.domain.catalog.CatalogCategory;
import org.studypath.domain.catalog.CatalogData;
import org.studypath.domain.catalog.PackMerge;
import org.studypath.domain.catalog.CatalogResource;
import org.studypath.domain.catalog.CatalogUnit;

/**
 * Installs and updates bundled catalogs and merges catalog packs, each in one transaction. Over 300 lines because a
 * sync and a merge share the row writers (categories, resources, creators, topics, units) that keep their keys and
 * positions consistent; split, the two would drift.
 */
public final class SqliteCatalogStore implements CatalogStore {
    private final Database database;

    public SqliteCatalogStore(Database database) {
        this.database = database;
    }

    @Override
    public OptionalInt installedVersion(String catalogId) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM catalog_source WHERE catalog_id = ?")) {
                ps.setString(1, catalogId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
                }
            }
        });
    }

    @Override
    public void sync(CatalogData catalog) {
        database.transaction(c -> {
            String now = ResourceRows.now();
            Set<String> keptResources = new HashSet<>();
            int categoryPosition = 0;
            for (CatalogCategory category : catalog.categories()) {
                long categoryId = upsertCategory(c, category, categoryPosition++);
                int position = 0;
                for (CatalogResource resource : category.resources()) {
                    long resourceId = upsertResource(c, catalog.id(), resource, categoryId, position++, now);
                    ResourceRows.replaceCreators(c, resourceId, resource.creators());
                    ResourceRows.replaceTopics(c, resourceId, resource.topics());
                    syncUnits(c, resourceId, resource.units());
                    keptResources.add(resource.key());
                }
            }
            retireDroppedResources(c, catalog.id(), keptResources, now);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO catalog_source (catalog_id, version, loaded_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT (catalog_id) DO UPDATE SET version = excluded.version, loaded_at = excluded.loaded_at")) {
                ps.setString(1, catalog.id());
                ps.setInt(2, catalog.version());
                ps.setString(3, now);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static long upsertCategory(Connection c, CatalogCategory category, int position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO category (catalog_key, name_en, name_zh, position) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (catalog_key) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh, "
                        + "position = excluded.position RETURNING id")) {
            ps.setString(1, category.key());
            ps.setString(2, category.name().en());
            ps.setString(3, category.name().zh());
            ps.setInt(4, position);
            return ResourceRows.returningId(ps);
        }
    }

    /** Inserts or updates the catalog's columns; the user's own columns (hidden) are never written here. */
    private static long upsertResource(Connection c, String catalogId, CatalogResource r, long categoryId, int position, String now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO resource (catalog_key, catalog_id, origin, category_id, position, title, title_zh, url, type, unit_kind, "
                        + "free, language, note_en, note_zh, duration_note_en, duration_note_zh, created_at, updated_at) "
                        + "VALUES (?, ?, 'CATALOG', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (catalog_key) DO UPDATE SET catalog_id = excluded.catalog_id, category_id = excluded.category_id, "
                        + "position = excluded.position, title = excluded.title, title_zh = excluded.title_zh, "
                        + "url = excluded.url, type = excluded.type, unit_kind = excluded.unit_kind, free = excluded.free, "
                        + "language = excluded.language, note_en = excluded.note_en, note_zh = excluded.note_zh, "
                        + "duration_note_en = excluded.duration_note_en, duration_note_zh = excluded.duration_note_zh, "
                        + "retired = 0, updated_at = excluded.updated_at RETURNING id")) {
            int i = 1;
            ps.setString(i++, r.key());
            ps.setString(i++, catalogId);
            ps.setLong(i++, categoryId);
            ps.setInt(i++, position);
            ps.setString(i++, r.title());
            ps.setString(i++, r.titleZh());
            ps.setString(i++, r.url());
            ps.setString(i++, r.type().name());
            ps.setString(i++, r.unitKind().name());
            ps.setInt(i++, r.free() ? 1 : 0);
            ps.setString(i++, r.language());
            ps.setString(i++, r.note().en());
            ps.setString(i++, r.note().zh());
            ps.setString(i++, r.durationNote().en());
            ps.setString(i++, r.durationNote().zh());
            ps.setString(i++, now);
            ps.setString(i, now);
            return ResourceRows.returningId(ps);
        }
    }

    private static void syncUnits(Connection c, long resourceId, List<CatalogUnit> units) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(
                "INSERT INTO unit (resource_id, catalog_key, position, title, minutes, estimated, url) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (resource_id, catalog_key) DO UPDATE SET position = excluded.position, "
                        + "title = excluded.title, minutes = excluded.minutes, estimated = excluded.estimated, "
                        + "url = excluded.url, retired = 0")) {
            for (int i = 0; i < units.size(); i++) {
                CatalogUnit unit = units.get(i);
                upsert.setLong(1, resourceId);
                upsert.setString(2, unit.key());
                upsert.setInt(3, i);
                upsert.setString(4, unit.title());
                upsert.setInt(5, unit.minutes());
                upsert.setInt(6, unit.estimated() ? 1 : 0);
                upsert.setString(7, unit.url() == null ? "" : unit.url());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        // Units the catalog dropped are retired, not deleted: the user's plans and ticks may point at them.
        Set<String> keys = new HashSet<>();
        units.forEach(u -> keys.add(u.key()));
        List<Long> dropped = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, catalog_key FROM unit WHERE resource_id = ? AND retired = 0")) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!keys.contains(rs.getString(2))) {
                        dropped.add(rs.getLong(1));
                    }
                }
            }
        }
        try (PreparedStatement retire = c.prepareStatement("UPDATE unit SET retired = 1 WHERE id = ?")) {
            for (long id : dropped) {
                retire.setLong(1, id);
                retire.addBatch();
            }
            retire.executeBatch();
        }
    }

    private static void retireDroppedResources(Connection c, String catalogId, Set<String> kept, String now) throws SQLException {
        List<Long> dropped = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, catalog_key FROM resource WHERE catalog_id = ? AND retired = 0")) {
            ps.setString(1, catalogId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!kept.contains(rs.getString(2))) {
                        dropped.add(rs.getLong(1));
                    }
                }
            }
        }
        try (PreparedStatement retire = c.prepareStatement("UPDATE resource SET retired = 1, updated_at = ? WHERE id = ?")) {
            for (long id : dropped) {
                retire.setString(1, now);
                retire.setLong(2, id);
                retire.addBatch();
            }
            retire.executeBatch();
        }
    }

    /** Carries a preview's result out of the transaction, which is then rolled back. */
    private static final class Preview extends RuntimeException {
        final transient PackMerge result;

        Preview(PackMerge result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    @Override
    public PackMerge merge(CatalogData pack, boolean apply) {
        try {
            return database.transaction(c -> {
                PackMerge result = mergeIn(c, pack);
                // a pack with nothing new leaves no trace either: no catalog version, no empty category
                if (!apply || result.resourcesAdded().isEmpty()) {
                    throw new Preview(result);
                }
                return result;
            });
        } catch (Preview preview) {
            return preview.result;
        }
    }

    private static PackMerge mergeIn(Connection c, CatalogData pack) throws SQLException {
        String now = ResourceRows.now();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO catalog_source (catalog_id, version, loaded_at) VALUES (?, ?, ?) ON CONFLICT (catalog_id) "
                        + "DO UPDATE SET version = max(version, excluded.version), loaded_at = excluded.loaded_at")) {
            ps.setString(1, pack.id());
            ps.setInt(2, pack.version());
            ps.setString(3, now);
            ps.executeUpdate();
        }
        int categoriesAdded = 0;
        List<String> added = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (CatalogCategory category : pack.categories()) {
            Long categoryId = existingCategory(c, category);
            for (CatalogResource resource : category.resources()) {
                String duplicate = duplicateOf(c, resource, categoryId);
                if (duplicate != null) {
                    duplicates.add(resource.title() + " — " + duplicate);
                    continue;
                }
                if (categoryId == null) {
                    // made with its first new resource: a category of duplicates only would stay empty
                    categoryId = insertCategory(c, category);
                    categoriesAdded++;
                }
                // a new key (duplicates were left out above), so the upsert inserts
                long resourceId = upsertResource(c, pack.id(), resource, categoryId, nextPosition(c, categoryId), now);
                ResourceRows.replaceCreators(c, resourceId, resource.creators());
                ResourceRows.replaceTopics(c, resourceId, resource.topics());
                syncUnits(c, resourceId, resource.units());
                added.add(resource.title());
            }
        }
        return new PackMerge(pack.id(), categoriesAdded, added, duplicates);
    }

    private static Long existingCategory(Connection c, CatalogCategory category) throws SQLException {
        return ResourceMatch.category(c, category.key(), category.name().en());
    }

    private static long insertCategory(Connection c, CatalogCategory category) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO category (catalog_key, name_en, name_zh, position) "
                        + "VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM category)) RETURNING id")) {
            ps.setString(1, category.key());
            ps.setString(2, category.name().en());
            ps.setString(3, category.name().zh());
            return ResourceRows.returningId(ps);
        }
    }

    /** Why the catalog already has this resource, or null when it does not ({@link ResourceMatch}). */
    private static String duplicateOf(Connection c, CatalogResource resource, Long categoryId) throws SQLException {
        return ResourceMatch.find(c, resource.key(), resource.url(), resource.title(), categoryId)
                .map(ResourceMatch.Match::reason).orElse(null);
    }

    private static int nextPosition(Connection c, long categoryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(position), -1) + 1 FROM resource WHERE category_id = ?")) {
            ps.setLong(1, categoryId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
