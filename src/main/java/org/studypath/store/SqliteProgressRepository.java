package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.NoteTexts;
import org.studypath.domain.progress.PaceEstimate;
import org.studypath.domain.progress.TimeLog;
import org.studypath.domain.progress.UnitState;

public final class SqliteProgressRepository implements ProgressRepository {
    /** Longest note kept; longer text is refused with a message rather than cut. */
    public static final int MAX_NOTE_LENGTH = 20_000;

    private final Database database;

    public SqliteProgressRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<UnitState> setStates(List<UnitState> states) {
        return database.transaction(c -> {
            List<UnitState> before = states(c, states.stream().map(UnitState::unitId).toList());
            String now = ResourceRows.now();
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO unit_progress (unit_id, status, status_date, updated_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT (unit_id) DO UPDATE SET status = excluded.status, "
                            + "status_date = excluded.status_date, updated_at = excluded.updated_at");
                 PreparedStatement delete = c.prepareStatement("DELETE FROM unit_progress WHERE unit_id = ?");
                 PreparedStatement exists = c.prepareStatement("SELECT 1 FROM unit WHERE id = ?")) {
                for (UnitState state : states) {
                    exists.setLong(1, state.unitId());
                    try (ResultSet rs = exists.executeQuery()) {
                        if (!rs.next()) {
                            throw new StoreException(Notice.of("store.noUnit", state.unitId()));
                        }
                    }
                    if (state.status() == UnitStatus.NOT_STARTED) {
                        delete.setLong(1, state.unitId());
                        delete.executeUpdate();
                    } else {
                        upsert.setLong(1, state.unitId());
                        upsert.setString(2, state.status().name());
                        upsert.setString(3, state.date().toString());
                        upsert.setString(4, now);
                        upsert.executeUpdate();
                    }
                }
            }
            return before;
        });
    }

    @Override
    public List<UnitState> states(List<Long> unitIds) {
        return database.read(c -> states(c, unitIds));
    }

    private static List<UnitState> states(Connection c, List<Long> unitIds) throws SQLException {
        List<UnitState> states = new ArrayList<>(unitIds.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT status, status_date FROM unit_progress WHERE unit_id = ?")) {
            for (long unitId : unitIds) {
                ps.setLong(1, unitId);
                try (ResultSet rs = ps.executeQuery()) {
                    states.add(rs.next() ? new UnitState(unitId, UnitStatus.valueOf(rs.getString(1)), LocalDate.parse(rs.getString(2)))
                            : UnitState.notStarted(unitId));
                }
            }
        }
        return states;
    }

    @Override
    public long logTime(long unitId, LocalDate day, int minutes) {
        if (minutes < 1 || minutes > 24 * 60) {
            throw new StoreException(Notice.of("store.timeLogRange", minutes));
        }
        return database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO time_log (unit_id, day, minutes, created_at) VALUES (?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, unitId);
                ps.setString(2, day.toString());
                ps.setInt(3, minutes);
                ps.setString(4, ResourceRows.now());
                try (ResultSet keys = ps.executeQuery()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void deleteLog(long logId) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM time_log WHERE id = ?")) {
                ps.setLong(1, logId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void restoreLog(TimeLog log) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO time_log (id, unit_id, day, minutes, created_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, log.id());
                ps.setLong(2, log.unitId());
                ps.setString(3, log.day().toString());
                ps.setInt(4, log.minutes());
                ps.setString(5, ResourceRows.now());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<TimeLog> logs(long unitId) {
        return database.read(c -> {
            List<TimeLog> logs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, day, minutes FROM time_log WHERE unit_id = ? ORDER BY day DESC, id DESC")) {
                ps.setLong(1, unitId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        logs.add(new TimeLog(rs.getLong(1), unitId, LocalDate.parse(rs.getString(2)), rs.getInt(3)));
                    }
                }
            }
            return logs;
        });
    }

    @Override
    public String unitNote(long unitId) {
        return note("SELECT text FROM unit_note WHERE unit_id = ?", unitId);
    }

    @Override
    public String resourceNote(long resourceId) {
        return note("SELECT text FROM resource_note WHERE resource_id = ?", resourceId);
    }

    private String note(String sql, long id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
    }

    @Override
    public void saveUnitNote(long unitId, String text) {
        saveNote("unit_note", "unit_id", unitId, text, "SELECT resource_id FROM unit WHERE id = ?");
    }

    @Override
    public void saveResourceNote(long resourceId, String text) {
        saveNote("resource_note", "resource_id", resourceId, text, "SELECT id FROM resource WHERE id = ?");
    }

    @Override
    public NoteTexts notes() {
        return database.read(c -> new NoteTexts(notes(c, "SELECT unit_id, text FROM unit_note"),
                notes(c, "SELECT resource_id, text FROM resource_note")));
    }

    @Override
    public List<org.studypath.domain.report.ResourceNotes> notedResources() {
        return database.read(NotedResources::read);
    }

    private static Map<Long, String> notes(Connection c, String sql) throws SQLException {
        Map<Long, String> notes = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                notes.put(rs.getLong(1), rs.getString(2));
            }
        }
        return notes;
    }

    private void saveNote(String table, String key, long id, String text, String resourceOf) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_NOTE_LENGTH) {
            throw new StoreException(Notice.of("store.noteTooLong", clean.length(), MAX_NOTE_LENGTH));
        }
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(resourceOf)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException(Notice.of(table.startsWith("unit") ? "store.noteUnitGone"
                                : "store.noteResourceGone"));
                    }
                }
            }
            if (clean.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + key + ", text, updated_at) "
                        + "VALUES (?, ?, ?) ON CONFLICT (" + key + ") DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at")) {
                    ps.setLong(1, id);
                    ps.setString(2, clean);
                    ps.setString(3, ResourceRows.now());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public Map<LocalDate, Integer> dailyActivity() {
        return database.read(c -> {
            Map<LocalDate, Integer> days = new TreeMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT day, sum(minutes) FROM time_log GROUP BY day "
                         + "UNION ALL SELECT p.status_date, sum(u.minutes) FROM unit_progress p JOIN unit u ON u.id = p.unit_id "
                         + "WHERE p.status = 'DONE' AND NOT EXISTS (SELECT 1 FROM time_log l WHERE l.unit_id = p.unit_id) "
                         + "GROUP BY p.status_date")) {
                while (rs.next()) {
                    days.merge(LocalDate.parse(rs.getString(1)), rs.getInt(2), Integer::sum);
                }
            }
            return days;
        });
    }

    @Override
    public List<PaceEstimate.UnitActual> actuals() {
        return database.read(c -> {
            List<PaceEstimate.UnitActual> actuals = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT r.type, u.minutes, l.logged FROM unit_progress p "
                         + "JOIN unit u ON u.id = p.unit_id JOIN resource r ON r.id = u.resource_id "
                         + "JOIN (SELECT unit_id, sum(minutes) AS logged FROM time_log GROUP BY unit_id) l ON l.unit_id = p.unit_id "
                         + "WHERE p.status = 'DONE'")) {
                while (rs.next()) {
                    actuals.add(new PaceEstimate.UnitActual(ResourceType.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3)));
                }
            }
            return actuals;
        });
    }
}
