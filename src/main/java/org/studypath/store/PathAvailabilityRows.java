package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.studypath.domain.plan.Availability;

/**
 * The rows of a study path's weekly hours: its name, start and target dates, minutes per weekday ({@code study_path})
 * and days off ({@code path_day_off}). Every method runs on the caller's connection, inside its read or transaction.
 */
final class PathAvailabilityRows {
    private static final String[] DAY_COLUMNS = {"minutes_mon", "minutes_tue", "minutes_wed", "minutes_thu", "minutes_fri",
        "minutes_sat", "minutes_sun"};

    /** A path's name and when it may be studied. */
    record Header(String name, Availability availability) {
    }

    private PathAvailabilityRows() {
    }

    /** The name and availability of {@code pathId}, or empty when there is no such path. */
    static Optional<Header> read(Connection c, long pathId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, start_date, target_date, " + String.join(", ", DAY_COLUMNS) + " FROM study_path WHERE id = ?")) {
            ps.setLong(1, pathId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String name = rs.getString(1);
                Map<DayOfWeek, Integer> minutes = new EnumMap<>(DayOfWeek.class);
                for (int d = 0; d < 7; d++) {
                    minutes.put(DayOfWeek.of(d + 1), rs.getInt(4 + d));
                }
                String target = rs.getString(3);
                return Optional.of(new Header(name, new Availability(minutes, LocalDate.parse(rs.getString(2)),
                        target == null ? null : LocalDate.parse(target), daysOff(c, pathId))));
            }
        }
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

    /** Writes the start, target, minutes per weekday and days off of an existing path; call inside a transaction. */
    static void write(Connection c, long pathId, Availability a) throws SQLException {
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
            SqlitePathRepository.requirePath(ps.executeUpdate(), pathId);
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
}
