package org.studypath.exchange.backup;

import org.studypath.domain.Notice;

/**
 * Where in a backup a problem is: the file as a whole, a table, or a row of a table (counted from 1); and how a
 * problem is said at its place.
 */
record BackupPlace(String table, long row) {
    static final BackupPlace FILE = new BackupPlace(null, 0);

    static BackupPlace table(String name) {
        return new BackupPlace(name, 0);
    }

    BackupPlace row(long index) {
        return new BackupPlace(table, index);
    }

    /**
     * {@code problem} said at this place: "backup.json line 42: unit row 7: "minutes" must be a whole number, not
     * "ten"" ({@code line} -1 when unknown).
     */
    Notice at(String fileName, int line, Notice problem) {
        boolean hasLine = line >= 0;
        if (table == null) {
            return hasLine ? Notice.of("backup.at.line", fileName, line, problem)
                    : Notice.of("backup.at.file", fileName, problem);
        }
        if (row == 0) {
            return hasLine ? Notice.of("backup.at.lineTable", fileName, line, table, problem)
                    : Notice.of("backup.at.table", fileName, table, problem);
        }
        return hasLine ? Notice.of("backup.at.lineRow", fileName, line, table, row, problem)
                : Notice.of("backup.at.row", fileName, table, row, problem);
    }
}
