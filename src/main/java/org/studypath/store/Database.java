package org.studypath.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.studypath.domain.Notice;
import org.studypath.domain.backup.Snapshot;

/**
 * The StudyPath SQLite file: WAL journal, foreign keys on, a busy timeout, and the schema migrated forward on open.
 * One connection, used by one thread at a time; callers run on a background executor, never on the FX thread.
 *
 * <p>It is a large class because it owns the connection's whole life (opening and migrating, integrity checks,
 * snapshots and restoring one, the kinds of transaction), and each of those needs that one connection and its lock.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "studypath.db";
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) {@code studypath.db} in the data folder and migrates it to the current schema. */
    public static Database openIn(Path dataDir) {
        return openIn(dataDir, false, Clock.systemDefaultZone());
    }

    /**
     * Opens {@code studypath.db} in the data folder. With {@code checkIntegrity} (after an unclean shutdown) the whole
     * file is checked first. A file from an older StudyPath is copied into {@code backups/} before it is migrated.
     *
     * @throws DamagedDatabaseException when the file is damaged or is not a StudyPath database; it is left in place
     * @throws StoreException when it cannot be opened for another reason, such as a newer schema version
     */
    public static Database openIn(Path dataDir, boolean checkIntegrity, Clock clock) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(StoreErrors.folder("folder.cannotCreate", dataDir, e), e);
        }
        return open(dataDir.resolve(FILE_NAME), checkIntegrity, clock);
    }

    public static Database open(Path file) {
        return open(file, false, Clock.systemDefaultZone());
    }

    /**
     * A database in memory, with the same settings and the current schema, holding nothing and kept nowhere: the
     * start-up warm-up opens one, so that the driver, its native library and the store's code are loaded before the
     * real file is opened. {@link #file()} is null.
     */
    public static Database inMemory() {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:", config().toProperties());
            Database database = new Database(null, connection);
            try {
                Migrations.standard().migrate(connection);
                return database;
            } catch (SQLException | RuntimeException e) {
                database.closeQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(Notice.of("store.cannotOpen", ":memory:", StoreErrors.explain(e)), e);
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // the driver would otherwise run "SELECT last_insert_rowid()" after every INSERT, a second statement per row
        // that a restore of many rows cannot afford; the one insert that needs its new id asks with RETURNING
        config.setGetGeneratedKeys(false);
        return config;
    }

    private static Database open(Path file, boolean checkIntegrity, Clock clock) {
        Objects.requireNonNull(file);
        SQLiteConfig config = config();
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw damagedOr(file, e);
        }
        Database database = new Database(file, connection);
        try {
            if (checkIntegrity) {
                database.integrityProblem().ifPresent(problem -> {
                    throw new DamagedDatabaseException(file, Notice.of("store.integrityFound", problem), null);
                });
            }
            int version = Migrations.userVersion(connection);
            Migrations migrations = Migrations.standard();
            if (version == 0 && hasTables(connection)) {
                throw new DamagedDatabaseException(file, Notice.of("store.notStudyPaths"), null);
            }
            if (version > 0 && version < migrations.latestVersion()) {
                Path backup = file.resolveSibling(Snapshot.FOLDER).resolve(
                        new Snapshot(LocalDateTime.now(clock),
                                Snapshot.Reason.BEFORE_UPGRADE).fileName());
                database.snapshotTo(backup);
            }
            migrations.migrate(connection);
            return database;
        } catch (SQLException e) {
            database.close();
            throw damagedOr(file, e);
        } catch (StoreException e) {
            database.closeQuietly();
            if (e.getCause() instanceof SQLException sql && StoreErrors.isDamage(sql)) {
                throw new DamagedDatabaseException(file, StoreErrors.explain(sql), sql);
            }
            throw e;
        } catch (RuntimeException e) {
            database.closeQuietly();
            throw e;
        }
    }

    private static StoreException damagedOr(Path file, SQLException e) {
        if (StoreErrors.isDamage(e)) {
            return new DamagedDatabaseException(file, StoreErrors.explain(e), e);
        }
        return new StoreException(Notice.of("store.cannotOpen", file, StoreErrors.explain(e)), e);
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** The first problems {@code PRAGMA integrity_check} reports, or empty when the file is sound. */
    public synchronized Optional<String> integrityProblem() {
        return read(Database::integrityProblem);
    }

    static Optional<String> integrityProblem(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA integrity_check(5)")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        }
        return problems.equals(List.of("ok")) ? Optional.empty()
                : Optional.of(String.join("; ", problems));
    }

    /**
     * Writes a complete, consistent copy of the database to {@code target} ({@code VACUUM INTO}), under a temporary
     * name that is renamed only after the copy has passed {@code integrity_check}: a failed copy leaves no file.
     */
    public synchronized void snapshotTo(Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(partial);
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toAbsolutePath().toString());
                vacuum.executeUpdate();
            }
            Optional<Notice> problem = Snapshots.check(partial);
            if (problem.isPresent()) {
                throw new StoreException(Notice.of("backup.copyFailedCheck", target.getFileName(), problem.get()));
            }
            if (Files.exists(target)) {
                throw new StoreException(Notice.of("backup.wontOverwrite", target));
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new StoreException(Notice.of("backup.cannotWrite", target, StoreErrors.explain(e)), e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException(StoreErrors.folder("folder.cannotWriteBackup", target, e), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /**
     * Replaces the whole database with a copy written by {@link #snapshotTo} (SQLite's online backup API, one
     * transaction: on failure the database is as it was), then migrates it forward if the copy is older. The copy is
     * checked first; {@code beforeReplacing} runs only once it has passed (to keep a copy of the present state).
     */
    public synchronized void restoreFrom(Path snapshot, Runnable beforeReplacing) {
        Optional<Notice> problem = Snapshots.check(snapshot);
        if (problem.isPresent()) {
            throw new StoreException(Notice.of("backup.cannotRestoreUnchanged", snapshot.getFileName(), problem.get()));
        }
        beforeReplacing.run();
        try {
            int rc = connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                    .restore("main", snapshot.toAbsolutePath().toString(), null);
            if (rc != 0) {
                throw new StoreException(Notice.of("backup.restoreSqliteError", snapshot.getFileName(), rc));
            }
            Migrations.standard().migrate(connection);
        } catch (SQLException e) {
            throw new StoreException(Notice.of("backup.cannotRestore", snapshot.getFileName(), StoreErrors.explain(e)), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a leftover .partial file is never taken for a backup
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one reported
        }
    }

    public Path file() {
        return file;
    }

    /** Runs read-only or single-statement work. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StoreException(Notice.of("store.readFailed", StoreErrors.explain(e)), e);
        }
    }

    /**
     * Runs work in one transaction: all of it is committed, or none of it. Called inside another transaction (by the
     * same thread: these methods are synchronized), the work joins it, and the outer one commits or rolls back all.
     */
    public synchronized <T> T transaction(SqlWork<T> work) {
        if (transactionDepth > 0) {
            try {
                return work.apply(connection);
            } catch (SQLException e) {
                throw new StoreException(Notice.of("store.changeFailed", StoreErrors.explain(e)), e);
            }
        }
        try {
            connection.setAutoCommit(false);
            Exception failure = null;
            transactionDepth++;
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                failure = e;
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    // SQLite already rolled back by itself (as after a full disk): the first error is the one to tell
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                transactionDepth--;
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    if (failure == null) {
                        throw e;
                    }
                    failure.addSuppressed(e);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(Notice.of("store.changeFailed", StoreErrors.explain(e)), e);
        }
    }

    /** How many {@link #transaction}s are open on this connection (more than one: joined ones). */
    private int transactionDepth;

    /**
     * Runs a bulk change in one transaction with foreign keys checked once at the end instead of row by row, so the
     * whole-table deletes and inserts of a restore pay for no per-row reference checks. Any row that points at a
     * missing one fails the transaction, which is rolled back as with {@link #transaction}.
     */
    public synchronized <T> T bulkTransaction(SqlWork<T> work) {
        return bulkTransaction(work, c -> null);
    }

    /**
     * A {@link #bulkTransaction(SqlWork)} that runs {@code beforeCommit} once the references are known to be sound, so
     * that it may join along them without a dangling row hiding what it looks for; what it throws rolls everything
     * back as well.
     */
    public synchronized <T> T bulkTransaction(SqlWork<T> work, SqlWork<?> beforeCommit) {
        try (Statement statement = connection.createStatement()) {
            // foreign_keys cannot change inside a transaction, so it is switched off around it
            statement.execute("PRAGMA foreign_keys = OFF");
            try {
                return transaction(c -> {
                    T result = work.apply(c);
                    checkReferences(c);
                    beforeCommit.apply(c);
                    return result;
                });
            } finally {
                statement.execute("PRAGMA foreign_keys = ON");
            }
        } catch (SQLException e) {
            throw new StoreException(Notice.of("store.changeFailed", StoreErrors.explain(e)), e);
        }
    }

    private static void checkReferences(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new NoticedSQLException(Notice.of("store.brokenReference", rs.getString(1), rs.getLong(2),
                        rs.getString(3)), null);
            }
        }
    }

    public int schemaVersion() {
        return read(Migrations::userVersion);
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA optimize");
                } catch (SQLException ignored) {
                    // optimisation is best effort
                }
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException(Notice.of("store.cannotClose", file, String.valueOf(e.getMessage())), e);
        }
    }
}
