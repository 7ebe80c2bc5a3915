package org.studypath.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The database was damaged or was not a StudyPath database. It was moved aside (never deleted or overwritten), and
 * the newest backup that passed its check, if any, can be restored in its place.
 */
public final class DamagedDataException extends RuntimeException {
    private final transient Path movedTo;
    private final transient Optional<BackupService.Entry> newestGoodBackup;

    DamagedDataException(String reason, Path movedTo, Optional<BackupService.Entry> newestGoodBackup, Throwable cause) {
        super("StudyPath's database could not be used: " + reason + " It was moved aside to " + movedTo
                + "; nothing was deleted." + newestGoodBackup.map(b -> " The newest good backup is "
                        + b.file() + " (" + b.snapshot().takenAt().toString().replace('T', ' ') + ").")
                        .orElse(" There is no backup to restore."), cause);
        this.movedTo = movedTo;
        this.newestGoodBackup = newestGoodBackup;
    }

    public Path movedTo() {
        return movedTo;
    }

    public Optional<BackupService.Entry> newestGoodBackup() {
        return newestGoodBackup;
    }
}
