package org.studypath.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.studypath.domain.report.CalendarEvent;

/**
 * The calendar events each path's exports have written (table {@code calendar_event}, schema 4). A calendar merges
 * imported files by UID, so an event that a later plan no longer holds has to be exported again as cancelled; this
 * is how an export knows which UIDs went out before. Not part of the backup (see the migration for why).
 */
public final class SqliteCalendarLedger {
    private final Database database;

    public SqliteCalendarLedger(Database database) {
        this.database = database;
    }

    /** Every event exported for {@code pathId} so far, planned or cancelled, in the order first exported. */
    public List<CalendarEvent> issued(long pathId) {
        return database.read(c -> {
            List<CalendarEvent> events = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT uid, starts_at, ends_at, summary, cancelled "
                    + "FROM calendar_event WHERE path_id = ? ORDER BY rowid")) {
                s.setLong(1, pathId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        events.add(new CalendarEvent(rs.getString(1), Instant.parse(rs.getString(2)),
                                Instant.parse(rs.getString(3)), rs.getString(4), rs.getInt(5) == 1));
                    }
                }
            }
            return events;
        });
    }

    /** Records what an export of {@code pathId} wrote, in one transaction: each event as it was last written. */
    public void record(long pathId, List<CalendarEvent> written) {
        database.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO calendar_event "
                    + "(path_id, uid, starts_at, ends_at, summary, cancelled) VALUES (?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (path_id, uid) DO UPDATE SET starts_at = excluded.starts_at, "
                    + "ends_at = excluded.ends_at, summary = excluded.summary, cancelled = excluded.cancelled")) {
                for (CalendarEvent event : written) {
                    s.setLong(1, pathId);
                    s.setString(2, event.uid());
                    s.setString(3, event.start().toString());
                    s.setString(4, event.end().toString());
                    s.setString(5, event.summary());
                    s.setInt(6, event.cancelled() ? 1 : 0);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }
}
