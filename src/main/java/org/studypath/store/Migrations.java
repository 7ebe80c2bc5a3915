package org.studypath.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.studypath.domain.Notice;

/**
 * Numbered schema migrations, applied forward in order, each in its own transaction.
 * The schema version is SQLite's {@code user_version}; a file from a newer StudyPath is refused, never downgraded.
 */
public final class Migrations {
    private static final String FOLDER = "/org/studypath/store/migrations/";
    /** The migration scripts, in order; script N brings the schema to version N. */
    private static final List<String> SCRIPTS = List.of("V001__catalog.sql", "V002__study_paths.sql",
            "V003__progress.sql", "V004__calendar_ledger.sql", "V005__no_search_tables.sql",
            "V007__reviews.sql");

    private final List<String> scripts;

    Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    public static Migrations standard() {
        return new Migrations(SCRIPTS);
    }

    public int latestVersion() {
        return scripts.size();
    }

    public void migrate(Connection connection) throws SQLException {
        int current = userVersion(connection);
        if (current > latestVersion()) {
            throw new StoreException(Notice.of("store.newerSchema", current, latestVersion()));
        }
        for (int version = current + 1; version <= latestVersion(); version++) {
            String name = scripts.get(version - 1);
            List<String> statements = statements(load(name));
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + version);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new StoreException(Notice.of("store.migrationFailed", name, String.valueOf(e.getMessage())), e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new StoreException("Migration script missing from the application: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read migration script " + name, e);
        }
    }

    /** Splits a script on semicolons that end a line; statements in our scripts never contain one mid-line. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                result.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
