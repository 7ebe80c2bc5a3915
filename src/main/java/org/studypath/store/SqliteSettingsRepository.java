package org.studypath.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

public final class SqliteSettingsRepository implements SettingsRepository {
    private final Database database;

    public SqliteSettingsRepository(Database database) {
        this.database = database;
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
