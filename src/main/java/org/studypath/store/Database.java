package org.studypath.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.sqlite.SQLiteConfig;

/**
 * The StudyPath SQLite file: WAL journal, foreign keys on, a busy timeout, and the schema migrated forward on open.
 * One connection, used by one thread at a time; callers run on a background executor, never on the FX thread.
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
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        return open(dataDir.resolve(FILE_NAME));
    }

    public static Database open(Path file) {
        Objects.requireNonNull(file);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // the driver would otherwise run "SELECT last_insert_rowid()" after every INSERT (a third of a restore's
        // time); the one insert that needs its new id asks with RETURNING
        config.setGetGeneratedKeys(false);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            Database database = new Database(file, connection);
            try {
                Migrations.standard().migrate(connection);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
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
            throw new StoreException("Database read failed: " + e.getMessage(), e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    public synchronized <T> T transaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Database change failed and was rolled back: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a bulk change in one transaction with foreign keys checked once at the end instead of row by row: the
     * whole table deletes and inserts of a restore are then several times faster. Any row that points at a missing
     * one fails the transaction, which is rolled back as with {@link #transaction}.
     */
    public synchronized <T> T bulkTransaction(SqlWork<T> work) {
        try (Statement statement = connection.createStatement()) {
            // foreign_keys cannot change inside a transaction, so it is switched off around it
            statement.execute("PRAGMA foreign_keys = OFF");
            try {
                return transaction(c -> {
                    T result = work.apply(c);
                    checkReferences(c);
                    return result;
                });
            } finally {
                statement.execute("PRAGMA foreign_keys = ON");
            }
        } catch (SQLException e) {
            throw new StoreException("Database change failed and was rolled back: " + e.getMessage(), e);
        }
    }

    private static void checkReferences(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("a row of " + rs.getString(1) + " (row id " + rs.getLong(2) + ") points at a "
                        + rs.getString(3) + " that is not there");
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
            throw new StoreException("Cannot close the database " + file + ": " + e.getMessage(), e);
        }
    }
}
