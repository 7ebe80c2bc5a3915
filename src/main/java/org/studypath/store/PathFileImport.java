package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.pathfile.PathImport;
import org.studypath.domain.plan.Availability;

/**
 * One import of a path file ({@link SqlitePathFiles#importFile}), on one connection inside its transaction: merges
 * the resources, makes the path under a free name with its items, and adds prerequisites where the learner has
 * none; the sender's progress, notes and logs are added by {@link PathFileLearnerRows}.
 */
final class PathFileImport {
    private final Connection c;
    private final PathFile file;
    private final String fileName;
    private final PathFile.Includes applied;
    private final LocalDate today;
    private final String now = ResourceRows.now();
    private final Map<String, Long> resourceIds = new HashMap<>();
    /** Per ref, the learner's unit id for each of the file's units (by index); -1 where there is none. */
    private final Map<String, long[]> unitIds = new HashMap<>();
    private final List<String> added = new ArrayList<>();
    private final List<String> known = new ArrayList<>();
    private int unitsNew;

    PathFileImport(Connection c, PathFile file, String fileName, PathFile.Includes applied, LocalDate today) {
        this.c = c;
        this.file = file;
        this.fileName = fileName;
        this.applied = applied;
        this.today = today;
    }

    PathImport run() throws SQLException {
        Set<Long> hadPrerequisites = new HashSet<>();
        for (PathFile.FileResource resource : file.resources()) {
            merge(resource);
            if (hasRow("SELECT 1 FROM resource_prerequisite WHERE resource_id = ?", resourceIds.get(resource.ref()))) {
                hadPrerequisites.add(resourceIds.get(resource.ref()));
            }
        }
        String name = freeName(file.name());
        Availability availability = moved(file.availability());
        long pathId;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO study_path (name, start_date, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, name);
            ps.setString(2, availability.start().toString());
            ps.setString(3, now);
            ps.setString(4, now);
            pathId = ResourceRows.returningId(ps);
        }
        PathAvailabilityRows.write(c, pathId, availability);
        items(pathId);
        PathImport.Counts prerequisites = prerequisites(hadPrerequisites);
        PathFileLearnerRows learner = new PathFileLearnerRows(c, file, resourceIds, unitIds, now);
        PathImport.Counts progress = applied.progress() ? learner.progress() : PathImport.Counts.NONE;
        PathImport.Counts notes = applied.notes() ? learner.notes() : PathImport.Counts.NONE;
        PathImport.Counts logs = applied.logs() ? learner.logs() : PathImport.Counts.NONE;
        return new PathImport(fileName, name, !name.equals(file.name()), file.name(), availability.start(),
                file.includes(), applied, added, known, file.unitCount(), unitsNew, progress, notes, logs,
                prerequisites);
    }

    /** Finds the resource in the catalog, or adds it with its units; either way, maps its units. */
    private void merge(PathFile.FileResource r) throws SQLException {
        Long categoryId = ResourceMatch.category(c, r.category().key().isEmpty() ? null : r.category().key(),
                r.category().name().en());
        Optional<ResourceMatch.Match> match = ResourceMatch.find(c, r.key(), r.url(), r.title(), categoryId);
        if (match.isPresent()) {
            known.add(r.title() + " — " + match.get().reason());
            resourceIds.put(r.ref(), match.get().resourceId());
            unitIds.put(r.ref(), matchUnits(match.get().resourceId(), r.units()));
            return;
        }
        if (categoryId == null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO category (catalog_key, name_en, name_zh, position) "
                            + "VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM category)) RETURNING id")) {
                ps.setString(1, r.category().key());
                ps.setString(2, r.category().name().en());
                ps.setString(3, r.category().name().zh());
                categoryId = ResourceRows.returningId(ps);
            }
        }
        // a resource of a catalog this StudyPath has loaded keeps its key, so that catalog's next update updates it
        // instead of adding a copy; one of a catalog it does not know (a pack not imported here) arrives as the
        // learner's own, as a catalog version is only ever written by loading that catalog
        // (and keeps what the store holds of every catalog resource: a link, and a key on each unit)
        boolean catalog = r.fromCatalog() && !r.url().isEmpty() && r.units().stream().noneMatch(u -> u.key().isEmpty())
                && hasCatalog(r.catalogId());
        long resourceId;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO resource (catalog_key, catalog_id, origin, category_id, position, title, title_zh, url, type, "
                        + "unit_kind, free, language, note_en, note_zh, duration_note_en, duration_note_zh, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM resource "
                        + "WHERE category_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            int i = 1;
            ps.setString(i++, r.fromCatalog() ? r.key() : null);
            ps.setString(i++, r.fromCatalog() ? r.catalogId() : null);
            ps.setString(i++, r.fromCatalog() ? "CATALOG" : "USER");
            ps.setLong(i++, categoryId);
            ps.setLong(i++, categoryId);
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
            resourceId = ResourceRows.returningId(ps);
        }
        ResourceRows.replaceCreators(c, resourceId, r.creators());
        ResourceRows.replaceTopics(c, resourceId, r.topics());
        long[] ids = new long[r.units().size()];
        // a new unit field is written here too
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO unit (resource_id, catalog_key, position, title, minutes, estimated, url, first_page) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            for (int u = 0; u < r.units().size(); u++) {
                PathFile.FileUnit unit = r.units().get(u);
                ps.setLong(1, resourceId);
                ps.setString(2, catalog ? unit.key() : null);
                ps.setInt(3, u);
                ps.setString(4, unit.title());
                ps.setInt(5, unit.minutes());
                // an estimate stays one (≈): a pasted line without a time, a book's pages turned into minutes
                ps.setInt(6, unit.estimated() ? 1 : 0);
                ps.setString(7, unit.url());
                ps.setObject(8, unit.firstPage());
                ids[u] = ResourceRows.returningId(ps);
            }
        }
        unitsNew += ids.length;
        added.add(r.title());
        resourceIds.put(r.ref(), resourceId);
        unitIds.put(r.ref(), ids);
    }

    /**
     * The learner's unit for each of the file's units of a resource the catalog already has: the same unit key,
     * else the first not yet taken with the same title (ignoring case); -1 when there is none.
     */
    private long[] matchUnits(long resourceId, List<PathFile.FileUnit> units) throws SQLException {
        List<long[]> mine = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, coalesce(catalog_key, ''), title FROM unit "
                + "WHERE resource_id = ? AND retired = 0 ORDER BY position, id")) {
            ps.setLong(1, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mine.add(new long[] {rs.getLong(1)});
                    keys.add(rs.getString(2));
                    titles.add(rs.getString(3).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        boolean[] taken = new boolean[mine.size()];
        long[] ids = new long[units.size()];
        for (int u = 0; u < units.size(); u++) {
            PathFile.FileUnit unit = units.get(u);
            int found = unit.key().isEmpty() ? -1 : keys.indexOf(unit.key());
            if (found >= 0 && taken[found]) {
                found = -1;
            }
            for (int m = 0; found < 0 && m < mine.size(); m++) {
                if (!taken[m] && titles.get(m).equals(unit.title().toLowerCase(java.util.Locale.ROOT))) {
                    found = m;
                }
            }
            ids[u] = found < 0 ? -1 : mine.get(found)[0];
            if (found >= 0) {
                taken[found] = true;
            }
        }
        return ids;
    }

    /** The file's name, or "Name (2)", "Name (3)", … when a path is already called so (ignoring case). */
    private String freeName(String wanted) throws SQLException {
        String name = wanted;
        for (int n = 2; hasName(name); n++) {
            String suffix = " (" + n + ")";
            String base = wanted.length() + suffix.length() > SqlitePathRepository.MAX_NAME_LENGTH
                    ? wanted.substring(0, SqlitePathRepository.MAX_NAME_LENGTH - suffix.length()).strip() : wanted;
            name = base + suffix;
        }
        return name;
    }

    private boolean hasName(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM study_path WHERE name = ? COLLATE NOCASE")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The sender's study time, starting no earlier than today: a path started months ago elsewhere would
     * otherwise be months behind the moment it arrives. The target moves as far; days off before the start go.
     */
    private Availability moved(Availability sent) {
        if (!sent.start().isBefore(today)) {
            return sent;
        }
        long days = ChronoUnit.DAYS.between(sent.start(), today);
        Set<LocalDate> daysOff = new TreeSet<>();
        sent.daysOff().stream().filter(d -> !d.isBefore(today)).forEach(daysOff::add);
        return new Availability(sent.minutesPerWeekday(), today,
                sent.target() == null ? null : sent.target().plusDays(days), daysOff);
    }

    /**
     * The path's resources in order, each with its units left out and its pace. Where the sender's pace factor
     * for a type differs from the learner's, the resource gets the sender's as its own in this path, so the path
     * plans as it did for the sender while the learner's own factors stay as they are.
     */
    private void items(long pathId) throws SQLException {
        Map<org.studypath.domain.ResourceType, Double> mine = PathFileRows.paceFactors(c);
        for (PathFile.Item item : file.items()) {
            long resourceId = resourceIds.get(item.resource());
            if (PathItemRows.append(c, pathId, List.of(resourceId)) == 0) {
                continue; // two of the file's resources are one in this catalog: it is in the path once
            }
            PathFile.FileResource resource = file.resource(item.resource()).orElseThrow();
            Double pace = item.paceOverride();
            double theirs = file.paceFactors().getOrDefault(resource.type(), 1.0);
            if (pace == null && Math.abs(theirs - mine.getOrDefault(resource.type(), 1.0)) > 1e-9) {
                pace = theirs;
            }
            if (pace != null) {
                PathItemRows.setPaceOverride(c, pathId, resourceId, pace);
            }
            long[] units = unitIds.get(item.resource());
            for (int index : item.excludedUnits()) {
                if (units[index] >= 0) {
                    PathItemRows.setUnitIncluded(c, pathId, resourceId, units[index], false);
                }
            }
        }
    }

    /** The file's prerequisites of each resource that had none in this catalog; the learner's own are kept. */
    private PathImport.Counts prerequisites(Set<Long> had) throws SQLException {
        int addedCount = 0;
        int kept = 0;
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT OR IGNORE INTO resource_prerequisite (resource_id, requires_id) VALUES (?, ?)")) {
            for (PathFile.FileResource resource : file.resources()) {
                long id = resourceIds.get(resource.ref());
                for (String required : resource.requires()) {
                    long requiredId = resourceIds.get(required);
                    if (had.contains(id) || requiredId == id) {
                        kept++;
                        continue;
                    }
                    insert.setLong(1, id);
                    insert.setLong(2, requiredId);
                    addedCount += insert.executeUpdate();
                }
            }
        }
        return new PathImport.Counts(addedCount, kept, 0);
    }

    private boolean hasCatalog(String catalogId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM catalog_source WHERE catalog_id = ?")) {
            ps.setString(1, catalogId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private boolean hasRow(String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
