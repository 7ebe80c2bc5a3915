package org.studypath.domain.backup;

/**
 * Receives a backup table by table, row by row, in {@link BackupFormat#TABLES} order. A row holds one value per field
 * of its table: {@code Long} (INTEGER, BOOLEAN as 0/1), {@code Double} (REAL), {@code String} (TEXT, DATE,
 * TIMESTAMP) or {@code null}.
 */
public interface BackupSink {
    void startTable(BackupFormat.Table table) throws Exception;

    void row(Object[] values) throws Exception;

    void endTable(BackupFormat.Table table) throws Exception;

    /** A sink that keeps nothing: for reading a backup only to check it. */
    static BackupSink discard() {
        return new BackupSink() {
            @Override
            public void startTable(BackupFormat.Table table) {
            }

            @Override
            public void row(Object[] values) {
            }

            @Override
            public void endTable(BackupFormat.Table table) {
            }
        };
    }
}
