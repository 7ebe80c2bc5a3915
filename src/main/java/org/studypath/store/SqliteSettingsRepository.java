package org.studypath.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

public final class SqliteSettingsRepository implements SettingsRepository {
    private final Database database;

    public SqliteSettingsRepository(Database database) {
        this.database = database;
    }

    /**
     * One setting of the database in {@code dataDir}, read without opening it for StudyPath (no lock, no migration,
     * nothing created or written): for what must be known before that, such as the language of a command-line
     * error. Empty when there is no database yet, or it cannot be read for any reason.
     */
    public static Optional<String> peek(java.nio.file.Path dataDir, String key) {
        java.nio.file.Path file = dataDir.resolve(Database.FILE_NAME);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Optional.empty();
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(1000);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                config.toProperties());
             PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            return Optional.empty(); // an older, damaged or foreign file: the caller's default, and opening it says why
        }
    }

    @Override
    public Optional<String> get(String key) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        putAll(java.util.Map.of(key, value));
    }

    @Override
    public void putAll(java.util.Map<String, String> values) {
        database.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                for (java.util.Map.Entry<String, String> entry : values.entrySet()) {
                    ps.setString(1, entry.getKey());
                    ps.setString(2, entry.getValue());
                    ps.executeUpdate();
                }
                return values.size();
            }
        });
    }
}
