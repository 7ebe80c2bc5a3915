package org.studypath.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/** Checks a backup copy of the database without changing it. */
public final class Snapshots {
    private Snapshots() {
    }

    /**
     * Opens the copy read-only and runs {@code integrity_check}; also checks that it is a StudyPath database this
     * version can open. Returns what is wrong, or empty when the copy can be restored.
     */
    public static Optional<String> check(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("the file is missing");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            Optional<String> problem = Database.integrityProblem(c);
            if (problem.isPresent()) {
                return Optional.of("the integrity check found: " + problem.get());
            }
            int version = Migrations.userVersion(c);
            if (version == 0) {
                return Optional.of("it is not a StudyPath database");
            }
            if (version > Migrations.standard().latestVersion()) {
                return Optional.of("it was written by a newer StudyPath (schema version " + version + ")");
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(StoreErrors.explain(e));
        }
    }
}
