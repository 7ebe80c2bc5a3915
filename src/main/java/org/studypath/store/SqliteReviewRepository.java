package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studypath.domain.Notice;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewScope;
import org.studypath.domain.review.ReviewSettings;

/**
 * Review ratings ({@code review_rating}) and review settings ({@code path_review}) in SQLite. A path without a
 * settings row has {@link ReviewSettings#DEFAULT}: review is on for every path unless the learner switches it off.
 */
public final class SqliteReviewRepository implements ReviewRepository {
    /**
     * The SQL condition of a ladder that is not whole days separated by commas ({@code %s}: the column); the growth of
     * the ladder is checked as it is read.
     */
    static final String BAD_INTERVALS = "(%1$s = '' OR %1$s GLOB '*[^0-9,]*' OR %1$s GLOB ',*' OR %1$s GLOB '*,' "
            + "OR %1$s GLOB '*,,*')";

    private final Database database;

    public SqliteReviewRepository(Database database) {
        this.database = database;
    }

    @Override
    public ReviewSettings settings(long pathId) {
        return database.read(c -> settings(c, pathId));
    }

    /** The settings of {@code pathId} on the caller's connection. */
    static ReviewSettings settings(Connection c, long pathId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT review_on, cap_minutes, scope, intervals FROM path_review WHERE path_id = ?")) {
            ps.setLong(1, pathId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return ReviewSettings.DEFAULT;
                }
                ReviewScope scope = ReviewScope.ofCode(rs.getString(3)).orElse(ReviewScope.UNITS);
                int cap = Math.clamp(rs.getInt(2), ReviewSettings.MIN_CAP_MINUTES, ReviewSettings.MAX_CAP_MINUTES);
                return new ReviewSettings(rs.getInt(1) != 0, cap, scope, intervals(rs.getString(4)));
            }
        }
    }

    /** "1,3,7" as days; the default ladder when the text is not a growing ladder (only a hand-edited backup has one). */
    static List<Integer> intervals(String text) {
        try {
            List<Integer> days = new ArrayList<>();
            for (String part : text.split(",")) {
                days.add(Integer.parseInt(part.strip()));
            }
            return new ReviewSettings(true, ReviewSettings.DEFAULT_CAP_MINUTES, ReviewScope.UNITS, days).intervals();
        } catch (IllegalArgumentException e) {
            return ReviewSettings.DEFAULT_INTERVALS;
        }
    }

    @Override
    public void saveSettings(long pathId, ReviewSettings settings) {
        database.transaction(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM study_path WHERE id = ?")) {
                exists.setLong(1, pathId);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException(Notice.of("store.noPath", pathId));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO path_review (path_id, review_on, cap_minutes, scope, intervals) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT (path_id) DO UPDATE SET review_on = excluded.review_on, "
                            + "cap_minutes = excluded.cap_minutes, scope = excluded.scope, intervals = excluded.intervals")) {
                ps.setLong(1, pathId);
                ps.setInt(2, settings.on() ? 1 : 0);
                ps.setInt(3, settings.dailyCapMinutes());
                ps.setString(4, settings.scope().code());
                ps.setString(5, String.join(",", settings.intervals().stream().map(String::valueOf).toList()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public ReviewHistory history() {
        return database.read(c -> {
            List<ReviewHistory.Rated> ratings = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, unit_id, day, rating FROM review_rating ORDER BY day, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Rating rating = Rating.ofCode(rs.getString(4)).orElseThrow();
                    ratings.add(new ReviewHistory.Rated(rs.getLong(1), rs.getLong(2), LocalDate.parse(rs.getString(3)),
                            rating));
                }
            }
            return new ReviewHistory(ratings);
        });
    }

    @Override
    public Rated rate(long unitId, Rating rating, LocalDate day, boolean reopen) {
        return database.transaction(c -> {
            UnitState before = state(c, unitId);
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO review_rating (unit_id, day, rating, created_at) VALUES (?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, unitId);
                ps.setString(2, day.toString());
                ps.setString(3, rating.code());
                ps.setString(4, ResourceRows.now());
                id = ResourceRows.returningId(ps);
            }
            UnitState reopened = null;
            if (reopen && before.status() != UnitStatus.NOT_STARTED) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM unit_progress WHERE unit_id = ?")) {
                    ps.setLong(1, unitId);
                    ps.executeUpdate();
                }
                reopened = before;
            }
            return new Rated(new ReviewHistory.Rated(id, unitId, day, rating), reopened);
        });
    }

    @Override
    public void unrate(Rated rated) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM review_rating WHERE id = ?")) {
                ps.setLong(1, rated.rating().id());
                ps.executeUpdate();
            }
            if (rated.reopenedFrom() != null) {
                new SqliteProgressRepository(database).setStates(List.of(rated.reopenedFrom())); // joins this transaction
            }
            return null;
        });
    }

    /** The unit's progress state; refuses a unit that is not there, before anything is written. */
    private static UnitState state(Connection c, long unitId) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM unit WHERE id = ?")) {
            exists.setLong(1, unitId);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(Notice.of("store.noUnit", unitId));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT status, status_date FROM unit_progress WHERE unit_id = ?")) {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new UnitState(unitId, UnitStatus.valueOf(rs.getString(1)),
                        LocalDate.parse(rs.getString(2))) : UnitState.notStarted(unitId);
            }
        }
    }
}
