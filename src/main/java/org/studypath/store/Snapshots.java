package org.studypath.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.studypath.domain.Notice;

/** Checks a backup copy of the database without changing it. */
public final class Snapshots {
    private Snapshots() {
    }

    /**
     * Opens the copy read-only and runs {@code integrity_check}; also checks that it is a StudyPath database this
     * version can open. Returns what is wrong (e.g. "the file is missing"), or empty when the copy can be restored.
     */
    public static Optional<Notice> check(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.of(Notice.of("backup.check.missing"));
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            Optional<String> problem = Database.integrityProblem(c);
            if (problem.isPresent()) {
                return Optional.of(Notice.of("store.integrityFound", problem.get()));
            }
            int version = Migrations.userVersion(c);
            if (version == 0) {
                return Optional.of(Notice.of("backup.check.notStudyPath"));
            }
            if (version > Migrations.standard().latestVersion()) {
                return Optional.of(Notice.of("backup.check.newer", version));
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(StoreErrors.explain(e));
        }
    }
}
