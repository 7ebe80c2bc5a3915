package org.studypath.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.studypath.domain.Notice;
import org.studypath.domain.backup.Snapshot;
import org.studypath.domain.backup.SnapshotRotation;
import org.studypath.store.Database;
import org.studypath.store.Snapshots;
import org.studypath.store.StoreErrors;
import org.studypath.store.StoreException;

/**
 * The automatic copies of the database in {@code backups/} of the data folder: taken once a day on exit (and before a
 * migration, by the store), each re-opened and checked before it counts, rotated by {@link SnapshotRotation}, and
 * restorable one at a time.
 */
public final class BackupService {
    /** One copy on disk. */
    public record Entry(Path file, Snapshot snapshot, long bytes) {
    }

    private final Database database;
    private final Path dataDir;
    private final Path defaultFolder;
    /**
     * Where copies go: {@code backups/} in the data folder, or this data folder's own folder inside the one chosen in
     * Settings ({@link #ownFolder}).
     */
    private volatile Path folder;
    private final Clock clock;
    private final Runnable afterRestore;

    BackupService(Database database, Path dataDir, Clock clock, Runnable afterRestore) {
        this.database = database;
        this.dataDir = dataDir;
        this.defaultFolder = folder(dataDir);
        this.folder = defaultFolder;
        this.clock = clock;
        this.afterRestore = afterRestore;
    }

    /**
     * This data folder's folder inside one chosen in Settings: {@code studypath-<owner>}. Two computers (or two data
     * folders) that share a chosen folder, say a synced one, keep their copies apart, so neither's rotation ever
     * deletes the other's copies and neither is offered the other's database.
     */
    static Path ownFolder(Path chosen, String owner) {
        return chosen.toAbsolutePath().normalize().resolve("studypath-" + owner);
    }

    static Path folder(Path dataDir) {
        return dataDir.resolve(Snapshot.FOLDER);
    }

    /**
     * The file in the data folder that names the backup folder chosen in Settings. The choice is also in the database,
     * but a damaged database cannot be read: this is how a start after damage finds the copies to offer.
     */
    static final String LOCATION_FILE = "backup-folder.txt";

    public Path folder() {
        return folder;
    }

    /** Puts later copies in {@code target} ({@link #ownFolder} of a chosen folder), or back in the data folder's (null). */
    void useFolder(Path target) {
        this.folder = target == null ? defaultFolder : target;
    }

    /** True when copies should go to a chosen folder that is not there now (an unplugged drive, say). */
    public boolean chosenFolderMissing() {
        Path target = folder;
        return !target.equals(defaultFolder) && !Files.isDirectory(target.getParent());
    }

    /**
     * {@link #useFolder}, and writes it down beside the database ({@link #LOCATION_FILE}), so that the copies are found
     * even when the database is not readable. The note is written under a temporary name, then moved into place.
     */
    void chooseFolder(Path target) {
        useFolder(target);
        Path note = dataDir.resolve(LOCATION_FILE);
        try {
            if (target == null) {
                Files.deleteIfExists(note);
                return;
            }
            Path partial = dataDir.resolve(LOCATION_FILE + ".partial");
            Files.writeString(partial, folder.toString() + System.lineSeparator(), java.nio.charset.StandardCharsets.UTF_8);
            Files.move(partial, note, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreErrors.folder("folder.cannotNoteBackupFolder", dataDir, e), e);
        }
    }

    /** The folder named in {@link #LOCATION_FILE}, when there is one that exists. */
    static Optional<Path> chosenFolder(Path dataDir) {
        try {
            Path note = dataDir.resolve(LOCATION_FILE);
            if (!Files.isRegularFile(note)) {
                return Optional.empty();
            }
            Path chosen = Path.of(Files.readString(note, java.nio.charset.StandardCharsets.UTF_8).strip());
            return chosen.isAbsolute() && Files.isDirectory(chosen) ? Optional.of(chosen) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable note: the data folder's own copies are still looked at
        }
    }

    /**
     * Every copy, newest first: those in the data folder's {@code backups/} (taken before an upgrade, or before a
     * folder was chosen) and those in the chosen folder.
     */
    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>(list(defaultFolder));
        Path target = folder;
        if (!target.equals(defaultFolder)) {
            try {
                entries.addAll(list(target));
            } catch (StoreException e) {
                // a chosen folder that cannot be read now (an unplugged drive): the data folder's copies still count
            }
            entries.sort(Comparator.comparing((Entry e) -> e.snapshot().takenAt()).reversed());
        }
        return entries;
    }

    static List<Entry> list(Path folder) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "studypath-*.db")) {
            for (Path file : files) {
                Optional<Snapshot> snapshot = Snapshot.parse(file.getFileName().toString());
                if (snapshot.isPresent() && Files.isRegularFile(file)) {
                    entries.add(new Entry(file, snapshot.get(), Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreErrors.folder("folder.cannotListBackups", folder, e), e);
        }
        entries.sort(Comparator.comparing((Entry e) -> e.snapshot().takenAt()).reversed());
        return entries;
    }

    /** Takes a checked copy now, then rotates the old ones away. */
    public Entry backUpNow(Snapshot.Reason reason) {
        // one folder for the whole copy, even if Settings changes it meanwhile; a chosen folder that is not there is
        // never made up (it may be an unplugged drive): the copy goes to the data folder instead
        Entry entry = copyTo(chosenFolderMissing() ? defaultFolder : this.folder, reason);
        rotate();
        return entry;
    }

    /**
     * The checked copy of everything taken before a restore replaces it: always in the data folder's own
     * {@code backups/}, which is listed whatever folder the restored settings choose, and without rotating, so the
     * copy being restored is never rotated away under the restore (the next daily copy rotates).
     */
    public Entry beforeRestore() {
        return copyTo(defaultFolder, Snapshot.Reason.BEFORE_RESTORE);
    }

    /** Deletes a copy taken before a restore that then changed nothing (it was refused or cancelled). */
    public void discard(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // a copy left behind is harmless: it is the data as it still is, and rotates away in time
        }
    }

    private Entry copyTo(Path folder, Snapshot.Reason reason) {
        Snapshot snapshot = new Snapshot(LocalDateTime.now(clock), reason);
        while (Files.exists(folder.resolve(snapshot.fileName()))) {
            // two copies within a second (or a clock set back): never overwrite a copy
            snapshot = new Snapshot(snapshot.takenAt().plusSeconds(1), reason);
        }
        Path file = folder.resolve(snapshot.fileName());
        database.snapshotTo(file);
        try {
            return new Entry(file, snapshot, Files.size(file));
        } catch (IOException e) {
            throw new StoreException(StoreErrors.folder("folder.cannotReadBackup", file, e), e);
        }
    }

    /** The daily copy, unless today already has one. */
    public Optional<Entry> dailyIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream().anyMatch(e -> e.snapshot().reason() == Snapshot.Reason.DAILY
                && e.snapshot().takenAt().toLocalDate().equals(today));
        return done ? Optional.empty() : Optional.of(backUpNow(Snapshot.Reason.DAILY));
    }

    /** Deletes the copies the rotation does not keep. */
    public void rotate() {
        List<Entry> entries = list();
        Set<Snapshot> keep = SnapshotRotation.keep(entries.stream().map(Entry::snapshot).toList(), LocalDate.now(clock));
        for (Entry entry : entries) {
            if (!keep.contains(entry.snapshot())) {
                try {
                    Files.deleteIfExists(entry.file());
                } catch (IOException e) {
                    // an old copy left behind is harmless; the next rotation tries again
                }
            }
        }
    }

    /**
     * Replaces everything with the copy, after taking a copy of the present state (so the restore can be undone).
     * The copy is checked first; a failure changes nothing. Returns the copy of the present state.
     */
    public Entry restore(Entry entry) {
        Entry[] before = new Entry[1];
        database.restoreFrom(entry.file(), () -> before[0] = beforeRestore());
        afterRestore.run();
        return before[0];
    }

    /** The newest copy that passes its check, for when the database itself cannot be used. */
    static Optional<Entry> newestGood(Path dataDir) {
        List<Entry> candidates = new ArrayList<>(list(folder(dataDir)));
        chosenFolder(dataDir).filter(chosen -> !chosen.equals(folder(dataDir))).ifPresent(chosen -> {
            try {
                candidates.addAll(list(chosen));
            } catch (RuntimeException e) {
                // a chosen folder that cannot be listed (an unplugged drive): the data folder's copies still count
            }
        });
        candidates.sort(Comparator.comparing((Entry e) -> e.snapshot().takenAt()).reversed());
        return candidates.stream().filter(e -> Snapshots.check(e.file()).isEmpty()).findFirst();
    }

    /**
     * Moves a damaged database (with its write-ahead log) aside as {@code studypath.db.<time>.damaged}: never
     * deleted, never overwritten. Returns where it went.
     */
    static Path moveAside(Path dataDir, Clock clock) {
        String stamp = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss").format(LocalDateTime.now(clock));
        Path db = dataDir.resolve(Database.FILE_NAME);
        Path target = dataDir.resolve(Database.FILE_NAME + "." + stamp + ".damaged");
        for (int n = 2; Files.exists(target); n++) {
            target = dataDir.resolve(Database.FILE_NAME + "." + stamp + "-" + n + ".damaged");
        }
        try {
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = dataDir.resolve(Database.FILE_NAME + suffix);
                if (Files.exists(side)) {
                    Files.move(side, target.resolveSibling(target.getFileName() + suffix));
                }
            }
            Files.move(db, target);
            return target;
        } catch (IOException e) {
            throw new DataFolderException(StoreErrors.folder("folder.cannotMoveDamaged", dataDir, e), e);
        }
    }

    /** Puts a checked copy in place of the (moved-aside) database, before it is opened. */
    static void putInPlace(Path dataDir, Entry entry) {
        Optional<Notice> problem = Snapshots.check(entry.file());
        if (problem.isPresent()) {
            throw new StoreException(Notice.of("backup.notRestorable", entry.file().getFileName(), problem.get()));
        }
        Path db = dataDir.resolve(Database.FILE_NAME);
        if (Files.exists(db)) {
            throw new StoreException(Notice.of("backup.wontOverwriteDatabase", db));
        }
        Path partial = dataDir.resolve(Database.FILE_NAME + ".restoring");
        try {
            Files.copy(entry.file(), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, db, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DataFolderException(StoreErrors.folder("folder.cannotCopyBackup", dataDir, e), e);
        }
    }
}
