package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.studypath.domain.Notice;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.backup.BackupSink;
import org.studypath.domain.backup.BackupSource;

/**
 * Dumps every table of {@link BackupFormat} and replaces them all from a backup, in one transaction. Table and field
 * names come from {@link BackupFormat} only, never from a file; values are always bound as parameters.
 */
public final class SqliteBackupStore {
    /** A failure of the source or sink, carried through the transaction so it is rolled back and then rethrown. */
    private static final class Carried extends RuntimeException {
        Carried(Exception cause) {
            super(cause);
        }
    }

    private final Database database;

    public SqliteBackupStore(Database database) {
        this.database = database;
    }

    /** Plays every table into {@code sink} from one consistent snapshot; rethrows what the sink throws. */
    public void dump(BackupSink sink) throws Exception {
        try {
            database.transaction(c -> {
                for (BackupFormat.Table table : BackupFormat.TABLES) {
                    dumpTable(c, table, sink);
                }
                return null;
            });
        } catch (Carried e) {
            throw (Exception) e.getCause();
        }
    }

    private static void dumpTable(Connection c, BackupFormat.Table table, BackupSink sink) throws SQLException {
        List<BackupFormat.Field> fields = table.fields();
        String sql = "SELECT " + String.join(", ", table.fieldNames()) + " FROM " + table.name() + " ORDER BY rowid";
        run(() -> sink.startTable(table));
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                Object[] values = new Object[fields.size()];
                for (int i = 0; i < fields.size(); i++) {
                    values[i] = switch (fields.get(i).type()) {
                        case INTEGER, BOOLEAN -> {
                            long value = rs.getLong(i + 1);
                            yield rs.wasNull() ? null : value;
                        }
                        case REAL -> {
                            double value = rs.getDouble(i + 1);
                            yield rs.wasNull() ? null : value;
                        }
                        default -> rs.getString(i + 1);
                    };
                }
                run(() -> sink.row(values));
            }
        }
        run(() -> sink.endTable(table));
    }

    /** Rows per table now, for the preview of a restore. */
    public Map<String, Long> counts() {
        return database.read(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Statement statement = c.createStatement()) {
                for (BackupFormat.Table table : BackupFormat.TABLES) {
                    try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table.name())) {
                        rs.next();
                        counts.put(table.name(), rs.getLong(1));
                    }
                }
            }
            return counts;
        });
    }

    /**
     * Deletes everything and inserts what {@code source} plays, in one transaction: when the source fails, a row
     * breaks a rule of the schema, a row points at one that is not there, or the rows break a rule StudyPath's own
     * writes keep ({@link RestoreInvariants}), nothing changes and the cause is rethrown. For speed the secondary
     * indexes are dropped and built again after the inserts, and references are checked once at the end.
     */
    public void replaceAll(BackupSource source) throws Exception {
        try {
            database.bulkTransaction(c -> {
                List<Index> indexes = secondaryIndexes(c);
                try (Statement statement = c.createStatement()) {
                    for (Index index : indexes) {
                        statement.executeUpdate("DROP INDEX \"" + index.name() + "\"");
                    }
                    for (BackupFormat.Table table : BackupFormat.TABLES) {
                        statement.executeUpdate("DELETE FROM " + table.name());
                    }
                }
                Inserter inserter = new Inserter(c);
                run(() -> source.playInto(inserter));
                inserter.close();
                try (Statement statement = c.createStatement()) {
                    for (Index index : indexes) {
                        statement.executeUpdate(index.sql());
                    }
                }
                return null;
            }, c -> {
                // after the references are checked, so a row that points at nothing is said as that
                Optional<Notice> broken = RestoreInvariants.firstBroken(c);
                if (broken.isPresent()) {
                    // carried past bulkTransaction, which would wrap it as a failed change of the database: it is a
                    // refused backup, said as the one sentence
                    throw new Carried(new NoticedSQLException(broken.get(), null));
                }
                return null;
            });
        } catch (Carried e) {
            throw (Exception) e.getCause();
        }
    }

    private record Index(String name, String sql) {
    }

    /** The backed-up tables' own indexes, as created by the migrations (not the automatic ones of their keys). */
    private static List<Index> secondaryIndexes(Connection c) throws SQLException {
        List<String> tables = BackupFormat.TABLES.stream().map(BackupFormat.Table::name).toList();
        List<Index> indexes = new ArrayList<>();
        try (Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("SELECT tbl_name, name, sql FROM sqlite_schema "
                     + "WHERE type = 'index' AND sql IS NOT NULL")) {
            while (rs.next()) {
                if (tables.contains(rs.getString(1))) {
                    indexes.add(new Index(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return indexes;
    }

    /** Inserts rows as they come, with one prepared statement per table. */
    private static final class Inserter implements BackupSink {
        private final Connection c;
        private PreparedStatement insert;
        private BackupFormat.Table table;

        Inserter(Connection c) {
            this.c = c;
        }

        @Override
        public void startTable(BackupFormat.Table table) throws SQLException {
            close();
            this.table = table;
            String columns = String.join(", ", table.fieldNames());
            String marks = String.join(", ", java.util.Collections.nCopies(table.fields().size(), "?"));
            insert = c.prepareStatement("INSERT INTO " + table.name() + " (" + columns + ") VALUES (" + marks + ")");
        }

        @Override
        public void row(Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    insert.setNull(i + 1, java.sql.Types.NULL);
                } else if (value instanceof Long l) {
                    insert.setLong(i + 1, l);
                } else if (value instanceof Double d) {
                    insert.setDouble(i + 1, d);
                } else {
                    insert.setString(i + 1, value.toString());
                }
            }
            try {
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new NoticedSQLException(explain(e), e);
            }
        }

        /** "it repeats a row already restored (UNIQUE constraint failed: …)", or what SQLite said. */
        private Notice explain(SQLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("UNIQUE")) {
                return Notice.of("store.restoredTwice", message.replaceFirst("^.*?\\(", "("));
            }
            if (message.contains("CHECK")) {
                return Notice.of("store.outOfRange", message.replaceFirst("^.*?\\(", "("));
            }
            return Notice.text(message);
        }

        @Override
        public void endTable(BackupFormat.Table table) {
        }

        void close() throws SQLException {
            if (insert != null) {
                insert.close();
                insert = null;
            }
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void run(Call call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new Carried(e);
        }
    }
}
