package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.pathfile.PathImport;

/**
 * The sender's progress, notes and time logs from a path file, added only where the learner has none of their own
 * on that unit or resource: an existing tick, note or log is never updated or deleted. Runs inside the import's
 * transaction.
 */
final class PathFileLearnerRows {
    private final Connection c;
    private final PathFile file;
    private final Map<String, Long> resourceIds;
    private final Map<String, long[]> unitIds;
    private final String now;

    PathFileLearnerRows(Connection c, PathFile file, Map<String, Long> resourceIds, Map<String, long[]> unitIds, String now) {
        this.c = c;
        this.file = file;
        this.resourceIds = resourceIds;
        this.unitIds = unitIds;
        this.now = now;
    }

    PathImport.Counts progress() throws SQLException {
        int addedCount = 0;
        int kept = 0;
        int unplaced = 0;
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO unit_progress (unit_id, status, status_date, updated_at) VALUES (?, ?, ?, ?)")) {
            for (PathFile.FileResource resource : file.resources()) {
                long[] ids = unitIds.get(resource.ref());
                for (int u = 0; u < resource.units().size(); u++) {
                    PathFile.UnitProgress state = resource.units().get(u).progress();
                    if (state == null) {
                        continue;
                    }
                    if (ids[u] < 0) {
                        unplaced++;
                    } else if (hasRow("SELECT 1 FROM unit_progress WHERE unit_id = ?", ids[u])) {
                        kept++;
                    } else {
                        insert.setLong(1, ids[u]);
                        insert.setString(2, state.status().name());
                        insert.setString(3, state.date().toString());
                        insert.setString(4, now);
                        insert.executeUpdate();
                        addedCount++;
                    }
                }
            }
        }
        return new PathImport.Counts(addedCount, kept, unplaced);
    }

    PathImport.Counts notes() throws SQLException {
        int addedCount = 0;
        int kept = 0;
        int unplaced = 0;
        try (PreparedStatement unitNote = c.prepareStatement(
                "INSERT INTO unit_note (unit_id, text, updated_at) VALUES (?, ?, ?)");
             PreparedStatement resourceNote = c.prepareStatement(
                     "INSERT INTO resource_note (resource_id, text, updated_at) VALUES (?, ?, ?)")) {
            for (PathFile.FileResource resource : file.resources()) {
                long resourceId = resourceIds.get(resource.ref());
                if (!resource.myNote().isEmpty()) {
                    if (hasRow("SELECT 1 FROM resource_note WHERE resource_id = ?", resourceId)) {
                        kept++;
                    } else {
                        resourceNote.setLong(1, resourceId);
                        resourceNote.setString(2, resource.myNote());
                        resourceNote.setString(3, now);
                        resourceNote.executeUpdate();
                        addedCount++;
                    }
                }
                long[] ids = unitIds.get(resource.ref());
                for (int u = 0; u < resource.units().size(); u++) {
                    String note = resource.units().get(u).note();
                    if (note.isEmpty()) {
                        continue;
                    }
                    if (ids[u] < 0) {
                        unplaced++;
                    } else if (hasRow("SELECT 1 FROM unit_note WHERE unit_id = ?", ids[u])) {
                        kept++;
                    } else {
                        unitNote.setLong(1, ids[u]);
                        unitNote.setString(2, note);
                        unitNote.setString(3, now);
                        unitNote.executeUpdate();
                        addedCount++;
                    }
                }
            }
        }
        return new PathImport.Counts(addedCount, kept, unplaced);
    }

    /** Time logs of a unit on which the learner has logged nothing; counted in logs. */
    PathImport.Counts logs() throws SQLException {
        int addedCount = 0;
        int kept = 0;
        int unplaced = 0;
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO time_log (unit_id, day, minutes, created_at) VALUES (?, ?, ?, ?)")) {
            for (PathFile.FileResource resource : file.resources()) {
                long[] ids = unitIds.get(resource.ref());
                for (int u = 0; u < resource.units().size(); u++) {
                    List<PathFile.TimeSpent> logs = resource.units().get(u).logs();
                    if (logs.isEmpty()) {
                        continue;
                    }
                    if (ids[u] < 0) {
                        unplaced += logs.size();
                    } else if (hasRow("SELECT 1 FROM time_log WHERE unit_id = ?", ids[u])) {
                        kept += logs.size();
                    } else {
                        for (PathFile.TimeSpent log : logs) {
                            insert.setLong(1, ids[u]);
                            insert.setString(2, log.day().toString());
                            insert.setInt(3, log.minutes());
                            insert.setString(4, now);
                            insert.executeUpdate();
                            addedCount++;
                        }
                    }
                }
            }
        }
        return new PathImport.Counts(addedCount, kept, unplaced);
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
