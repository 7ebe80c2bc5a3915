package org.studypath.app;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.studypath.app.ExchangeService.Restored;
import org.studypath.app.ExchangeService.RestorePreview;
import org.studypath.app.ExchangeService.SafetyCopies;
import org.studypath.domain.Notice;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.backup.BackupSink;
import org.studypath.exchange.backup.BackupFormatException;
import org.studypath.exchange.backup.BackupJsonReader;
import org.studypath.store.SqliteBackupStore;

/**
 * The restore of a backup for {@link ExchangeService}: its preview, and the restore itself, all or nothing, behind a
 * safety copy of the data as it was. The file is read with progress, can be cancelled, and settings the window would
 * refuse are left out with a warning.
 */
final class BackupRestore {
    private final SqliteBackupStore backups;
    /** Checked copies of the database as it is, taken before a restore replaces it. */
    private final SafetyCopies safetyCopy;
    /** Brings the bundled catalog up to date (and whatever else follows the restored data) after a restore. */
    private final Runnable afterRestore;

    BackupRestore(SqliteBackupStore backups, SafetyCopies safetyCopy, Runnable afterRestore) {
        this.backups = backups;
        this.safetyCopy = safetyCopy;
        this.afterRestore = afterRestore;
    }

    /** Reads and checks the whole backup, and says what restoring it would replace. Changes nothing. */
    RestorePreview previewRestore(Path file, WorkProgress progress) throws ExchangeException {
        ImportFile.requireRegular(file);
        try (InputStream in = counting(file, progress)) {
            BackupJsonReader.Summary summary = new BackupJsonReader().read(in, ImportFile.name(file),
                    cancelling(BackupSink.discard(), progress));
            return new RestorePreview(summary.generator(), summary.exportedAt(), summary.rows(), backups.counts());
        } catch (BackupFormatException e) {
            throw cancelledOr(e);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", ImportFile.name(file), Notice.reasonOf(e)), e);
        }
    }

    /**
     * Replaces everything in the store with the backup, all or nothing: a bad row, a broken reference, an error
     * reading the file or a cancel leaves the store exactly as it was. First a checked copy of the store as it is
     * is taken ({@link Restored#before()}, listed under Backups as "before restore"), so the restore can itself be
     * undone; without that copy nothing is restored. Settings that fail the window's own checks are left out
     * ({@link Restored#warnings()}, see {@link SettingsCheck}). Then brings the bundled catalog up to date.
     */
    Restored restore(Path file, WorkProgress progress) throws ExchangeException {
        ImportFile.requireRegular(file);
        Path before;
        try {
            before = safetyCopy.take();
        } catch (RuntimeException e) {
            throw new ExchangeException(Notice.of("import.safetyCopyFailed", Notice.reasonOf(e)), e);
        }
        List<Notice> warnings = new ArrayList<>();
        Map<String, Long> rows;
        try {
            BackupJsonReader.Summary[] summary = new BackupJsonReader.Summary[1];
            backups.replaceAll(sink -> {
                try (InputStream in = counting(file, progress)) {
                    summary[0] = new BackupJsonReader().read(in, ImportFile.name(file), cancelling(checkingSettings(sink, warnings), progress));
                }
            });
            rows = summary[0].rows();
        } catch (Exception e) {
            // nothing was changed, so the copy of it is not needed: a refused file leaves no trace
            safetyCopy.discard(before);
            throw refusal(file, e);
        }
        try {
            afterRestore.run();
        } catch (RuntimeException e) {
            // the restore itself is committed: say what did not follow it rather than call the restore failed
            warnings.add(Notice.of("import.afterRestoreFailed", Notice.reasonOf(e)));
        }
        return new Restored(rows, warnings, before);
    }

    private static ExchangeException refusal(Path file, Exception e) {
        if (e instanceof BackupFormatException format) {
            return cancelledOr(format);
        }
        if (e instanceof ExchangeException exchange) {
            return exchange;
        }
        if (e instanceof IOException) {
            return new ExchangeException(Notice.of("import.cannotRead", ImportFile.name(file), Notice.reasonOf(e)), e);
        }
        return new ExchangeException(Notice.of("import.restoreFailed", firstLine(e)), e);
    }

    /** Passes rows on, but a setting whose value StudyPath would not accept is left out, with a warning. */
    static BackupSink checkingSettings(BackupSink sink, List<Notice> warnings) {
        return new BackupSink() {
            private boolean settings;

            @Override
            public void startTable(BackupFormat.Table table) throws Exception {
                settings = table.name().equals("setting");
                sink.startTable(table);
            }

            @Override
            public void row(Object[] values) throws Exception {
                if (settings) {
                    var problem = SettingsCheck.problem((String) values[0], (String) values[1]);
                    if (problem.isPresent()) {
                        warnings.add(problem.get());
                        return;
                    }
                }
                sink.row(values);
            }

            @Override
            public void endTable(BackupFormat.Table table) throws Exception {
                sink.endTable(table);
            }
        };
    }

    /** The first line of what {@code failure} says (its notice, else its message), for a one-line message. */
    static Notice firstLine(Exception failure) {
        if (failure.getMessage() == null) {
            return Notice.of("import.unknownError");
        }
        Notice reason = Notice.reasonOf(failure);
        return reason.key().equals(Notice.TEXT) ? Notice.text(firstLine(failure.getMessage())) : reason;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static ExchangeException cancelledOr(BackupFormatException e) {
        if (e.getCause() instanceof CancellationException) {
            return new ExchangeException(Notice.of("import.cancelled"), e.getCause());
        }
        return new ExchangeException(Notice.reasonOf(e), e);
    }

    /** Passes rows on, and stops the read (and so the restore's transaction) when the user cancels. */
    static BackupSink cancelling(BackupSink sink, WorkProgress progress) {
        return new BackupSink() {
            private int rows;

            @Override
            public void startTable(BackupFormat.Table table) throws Exception {
                check();
                sink.startTable(table);
            }

            @Override
            public void row(Object[] values) throws Exception {
                if ((++rows & 1023) == 0) {
                    check();
                }
                sink.row(values);
            }

            @Override
            public void endTable(BackupFormat.Table table) throws Exception {
                sink.endTable(table);
            }

            private void check() {
                if (progress.cancelled()) {
                    throw new CancellationException("cancelled");
                }
            }
        };
    }

    /** The file to read went away between the checks and the reading. */
    private static final class Gone extends IOException implements Notice.Carrier {
        private static final long serialVersionUID = 1L;

        Gone(NoSuchFileException cause) {
            super(Notice.of("import.gone").toString(), cause);
        }

        @Override
        public Notice notice() {
            return Notice.of("import.gone");
        }
    }

    /** The file, buffered, telling {@code progress} how many of its bytes were read. */
    private static InputStream counting(Path file, WorkProgress progress) throws IOException {
        long total;
        try {
            total = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new Gone(e);
        }
        InputStream raw = Files.newInputStream(file);
        return new BufferedInputStream(new FilterInputStream(raw) {
            private long read;
            private long reported;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    read += n;
                    if (read - reported >= 256 * 1024 || read == total) {
                        reported = read;
                        progress.progress(read, total);
                    }
                }
                return n;
            }
        }, 64 * 1024);
    }
}
