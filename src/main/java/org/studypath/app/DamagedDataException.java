package org.studypath.app;

import java.nio.file.Path;
import java.util.Optional;
import org.studypath.domain.Notice;

/**
 * The database was damaged or was not a StudyPath database. It was moved aside (never deleted or overwritten), and
 * the newest backup that passed its check, if any, can be restored in its place.
 */
public final class DamagedDataException extends RuntimeException implements Notice.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Path movedTo;
    private final transient Optional<BackupService.Entry> newestGoodBackup;
    private final transient Notice notice;

    /** {@code reason} is a whole sentence, e.g. "the file is not a database." */
    DamagedDataException(Notice reason, Path movedTo, Optional<BackupService.Entry> newestGoodBackup, Throwable cause) {
        super(explain(reason, movedTo, newestGoodBackup).toString(), cause);
        this.notice = explain(reason, movedTo, newestGoodBackup);
        this.movedTo = movedTo;
        this.newestGoodBackup = newestGoodBackup;
    }

    private static Notice explain(Notice reason, Path movedTo, Optional<BackupService.Entry> newestGoodBackup) {
        return newestGoodBackup.map(b -> Notice.of("folder.damaged.backup", reason, movedTo, b.file(),
                        b.snapshot().takenAt().toString().replace('T', ' ')))
                .orElse(Notice.of("folder.damaged.noBackup", reason, movedTo));
    }

    public Path movedTo() {
        return movedTo;
    }

    public Optional<BackupService.Entry> newestGoodBackup() {
        return newestGoodBackup;
    }

    @Override
    public Notice notice() {
        return notice;
    }
}
