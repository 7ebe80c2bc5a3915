package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.domain.backup.Snapshot;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.store.Database;
import org.studypath.store.Snapshots;
import org.studypath.store.StoreException;

/** Automatic backups, the start-up check of a damaged database, and one StudyPath per data folder. */
class DataSafetyTest {
    @TempDir
    Path dir;

    private static MovingClock clock() {
        return new MovingClock(Instant.parse("2026-11-25T09:00:00Z"));
    }

    @Test
    void theDailyBackupIsTakenOnceADayCheckedAndRotated() throws Exception {
        MovingClock clock = clock();
        for (int day = 0; day < 40; day++) {
            try (Services services = Services.open(dir, clock)) {
                assertThat(services.backups().dailyIfDue()).as("day %d, first close", day).isPresent();
                assertThat(services.backups().dailyIfDue()).as("day %d, second close", day).isEmpty();
            }
            clock.advance(Duration.ofDays(1));
        }
        List<BackupService.Entry> entries = BackupService.list(dir.resolve("backups"));
        // 7 days + the newest of 4 weeks, of which the first is already among the 7 days: 7 + 3 (or + 2 at a week's edge)
        assertThat(entries).hasSizeBetween(9, 10);
        assertThat(entries).allSatisfy(e -> assertThat(Snapshots.check(e.file())).isEmpty());
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith("-daily.db"));
        }
    }

    @Test
    void restoringABackupBringsBackItsDataAndKeepsACopyOfWhatWasThere() throws Exception {
        MovingClock clock = clock();
        try (Services services = Services.open(dir, clock)) {
            long unit = firstUnit(services);
            BackupService.Entry before = services.backups().backUpNow(Snapshot.Reason.MANUAL);
            services.progress().setStates(List.of(new UnitState(unit, UnitStatus.DONE, services.progress().today())));
            clock.advance(Duration.ofMinutes(5));
            services.backups().restore(before);
            assertThat(status(services, unit)).isEqualTo(UnitStatus.NOT_STARTED);
            BackupService.Entry safety = services.backups().list().get(0);
            assertThat(safety.snapshot().reason()).isEqualTo(Snapshot.Reason.BEFORE_RESTORE);
            services.backups().restore(safety);
            assertThat(status(services, unit)).as("the restore was undone").isEqualTo(UnitStatus.DONE);
            assertThat(services.catalog().search("线性代数")).as("search works after a restore").isNotEmpty();
        }
    }

    @Test
    void aDamagedBackupIsNotRestoredAndChangesNothing() throws Exception {
        try (Services services = Services.open(dir, clock())) {
            BackupService.Entry entry = services.backups().backUpNow(Snapshot.Reason.MANUAL);
            scribble(entry.file(), 4096, 8192);
            long unit = firstUnit(services);
            services.progress().setStates(List.of(new UnitState(unit, UnitStatus.DONE, services.progress().today())));
            assertThatThrownBy(() -> services.backups().restore(entry)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot be restored").hasMessageContaining("Nothing was changed");
            assertThat(status(services, unit)).isEqualTo(UnitStatus.DONE);
            assertThat(services.backups().list()).as("no \"before restore\" copy for a refused restore").hasSize(1);
        }
    }

    @Test
    void aDatabaseFromAnOlderVersionIsBackedUpBeforeItIsMigrated() throws Exception {
        try (Services services = Services.open(dir, clock())) {
            services.plans().paths();
        }
        // pretend the file is one schema version behind: the migration of the last version runs again on open
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            int latest;
            try (var rs = s.executeQuery("PRAGMA user_version")) {
                rs.next();
                latest = rs.getInt(1);
            }
            s.execute("DROP TABLE time_log"); // V003 creates it again; the other V003 tables make it fail…
            s.execute("PRAGMA user_version = " + (latest - 1));
        }
        assertThatThrownBy(() -> Services.open(dir, clock())).isInstanceOf(StoreException.class)
                .hasMessageContaining("migration");
        List<BackupService.Entry> entries = BackupService.list(dir.resolve("backups"));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.snapshot().reason()).isEqualTo(Snapshot.Reason.BEFORE_UPGRADE);
            assertThat(Snapshots.check(e.file())).isEmpty();
        });
    }

    @Test
    void copiesInABackupFolderChosenInSettingsAreOfferedWhenTheDatabaseIsDamaged(@org.junit.jupiter.api.io.TempDir Path elsewhere)
            throws Exception {
        MovingClock clock = clock();
        Path chosen = Files.createDirectory(elsewhere.resolve("usb stick"));
        try (Services services = Services.open(dir, clock)) {
            services.savePreferences(services.preferences().withBackupFolder(chosen));
            long unit = firstUnit(services);
            services.progress().setStates(List.of(new UnitState(unit, UnitStatus.DONE, services.progress().today())));
            services.backups().dailyIfDue();
        }
        Path own;
        try (var folders = Files.list(chosen)) {
            own = folders.collect(java.util.stream.Collectors.toList()).get(0);
        }
        try (var copies = Files.list(own)) {
            assertThat(copies).as("the daily copy went to this data folder's folder in the chosen one").hasSize(1);
        }
        assertThat(Files.readString(dir.resolve(BackupService.LOCATION_FILE)).strip()).isEqualTo(own.toString());
        scribble(dir.resolve(Database.FILE_NAME), 0, 100);

        DamagedDataException e = catchDamaged(() -> Services.open(dir, clock));
        assertThat(e.newestGoodBackup()).as("found through the note beside the database")
                .hasValueSatisfying(b -> assertThat(b.file().getParent()).isEqualTo(own));
        try (Services restored = Services.openFromBackup(dir, e.newestGoodBackup().orElseThrow(), clock)) {
            assertThat(status(restored, firstUnit(restored))).isEqualTo(UnitStatus.DONE);
            restored.savePreferences(restored.preferences().withBackupFolder(null));
        }
        assertThat(dir.resolve(BackupService.LOCATION_FILE)).as("back to the default: the note is gone").doesNotExist();
    }

    @Test
    void twoDataFoldersSharingABackupFolderNeverRotateOrOfferEachOthersCopies(@org.junit.jupiter.api.io.TempDir Path other,
                                                                              @org.junit.jupiter.api.io.TempDir Path shared)
            throws Exception {
        MovingClock clock = clock();
        try (Services first = Services.open(dir, clock); Services second = Services.open(other, clock)) {
            for (Services services : List.of(first, second)) {
                services.savePreferences(services.preferences().withBackupFolder(shared));
            }
            assertThat(first.backups().folder()).isNotEqualTo(second.backups().folder());
            for (int day = 0; day < 12; day++) { // more than the rotation keeps: each rotates its own copies only
                first.backups().backUpNow(Snapshot.Reason.MANUAL);
                second.backups().backUpNow(Snapshot.Reason.DAILY);
                clock.now = clock.now.plus(java.time.Duration.ofDays(1));
            }
            assertThat(first.backups().list()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.file().getParent()).isEqualTo(first.backups().folder()));
            assertThat(second.backups().list()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.file().getParent()).isEqualTo(second.backups().folder()));
        }
    }

    @Test
    void aChosenFolderThatIsGoneIsNeverMadeUpTheCopyGoesToTheDataFolder(@org.junit.jupiter.api.io.TempDir Path drive)
            throws Exception {
        MovingClock clock = clock();
        Path stick = Files.createDirectory(drive.resolve("stick"));
        try (Services services = Services.open(dir, clock)) {
            services.savePreferences(services.preferences().withBackupFolder(stick));
            Files.delete(stick); // unplugged
            assertThat(services.backups().chosenFolderMissing()).isTrue();
            BackupService.Entry copy = services.backups().backUpNow(Snapshot.Reason.MANUAL);
            assertThat(copy.file().getParent()).isEqualTo(dir.resolve(Snapshot.FOLDER));
            assertThat(stick).as("not made up on the local disk").doesNotExist();
            assertThat(services.backups().list()).extracting(BackupService.Entry::file).contains(copy.file());
        }
    }

    @Test
    void settingsAndPaceFactorsAreSavedTogetherOrNotAtAll() {
        try (Services services = Services.open(dir, clock())) {
            Preferences before = services.preferences();
            var pace = services.plans().paceFactors();
            Preferences dark = new Preferences(before.language(), Preferences.Theme.DARK, before.firstDayOfWeek(), null,
                    before.startupNotification());
            services.savePreferences(dark, pace.with(org.studypath.domain.ResourceType.BOOK, 2.5));
            assertThat(services.preferences().theme()).isEqualTo(Preferences.Theme.DARK);
            assertThat(services.plans().paceFactors().factorFor(org.studypath.domain.ResourceType.BOOK, null)).isEqualTo(2.5);
        }
    }

    @Test
    void aDamagedDatabaseIsMovedAsideNeverDeletedAndTheNewestGoodBackupIsOffered() throws Exception {
        MovingClock clock = clock();
        try (Services services = Services.open(dir, clock)) {
            long unit = firstUnit(services);
            services.progress().setStates(List.of(new UnitState(unit, UnitStatus.DONE, services.progress().today())));
            services.backups().dailyIfDue();
        }
        Path db = dir.resolve(Database.FILE_NAME);
        scribble(db, 0, 100); // the header: SQLite no longer recognises the file
        byte[] damaged = Files.readAllBytes(db);

        DamagedDataException e = catchDamaged(() -> Services.open(dir, clock));
        assertThat(e.getMessage()).contains("moved aside").contains("nothing was deleted").contains("newest good backup");
        assertThat(db).doesNotExist();
        assertThat(e.movedTo().getFileName().toString()).startsWith("studypath.db.").endsWith(".damaged");
        assertThat(Files.readAllBytes(e.movedTo())).isEqualTo(damaged);
        assertThat(e.newestGoodBackup()).isPresent();

        try (Services restored = Services.openFromBackup(dir, e.newestGoodBackup().orElseThrow(), clock)) {
            assertThat(status(restored, firstUnit(restored))).isEqualTo(UnitStatus.DONE);
        }
        assertThat(e.movedTo()).as("still there after the restore").exists();
    }

    @Test
    void anotherProgramsSqliteFileIsNotTakenForStudyPaths() throws Exception {
        Files.createDirectories(dir);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO photos (name) VALUES ('holiday.jpg')");
        }
        DamagedDataException e = catchDamaged(() -> Services.open(dir, clock()));
        assertThat(e.getMessage()).contains("not one of StudyPath's").contains("There is no backup to restore");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + e.movedTo());
             var rs = c.createStatement().executeQuery("SELECT name FROM photos")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("holiday.jpg");
        }
        try (Services fresh = Services.open(dir, clock())) {
            assertThat(fresh.plans().paths()).as("a fresh start is possible").hasSize(1);
        }
    }

    @Test
    void aDatabaseFromANewerStudyPathIsRefusedAndLeftAlone() throws Exception {
        try (Services services = Services.open(dir, clock())) {
            services.plans().paths();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Services.open(dir, clock())).isNotInstanceOf(DamagedDataException.class)
                .hasMessageContaining("newer StudyPath").hasMessageContaining("Update StudyPath");
        assertThat(dir.resolve(Database.FILE_NAME)).exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".damaged"));
        }
    }

    @Test
    void theIntegrityCheckRunsAfterAnUncleanShutdownAndCatchesDamageInsideTheFile() throws Exception {
        try (Services services = Services.open(dir, clock())) {
            services.plans().paths();
        }
        Path db = dir.resolve(Database.FILE_NAME);
        // damage pages in the middle (index and table pages), leave the header alone
        long size = Files.size(db);
        scribble(db, size / 2, size / 2 + 8192);
        // a clean previous close: no full check, the damage may pass unnoticed at start…
        Files.writeString(dir.resolve(InstanceLock.FILE_NAME), "running\n"); // …but the last one was killed
        DamagedDataException e = catchDamaged(() -> Services.open(dir, clock()));
        assertThat(e.getMessage()).contains("could not be used");
        assertThat(e.movedTo()).exists();
    }

    @Test
    void oneStudyPathPerDataFolder() throws Exception {
        try (Services first = Services.open(dir, clock())) {
            assertThatThrownBy(() -> Services.open(dir, clock())).isInstanceOf(AlreadyRunningException.class)
                    .hasMessageContaining("already running");
            AtomicInteger shown = new AtomicInteger();
            try (WindowSignal signal = WindowSignal.listen(shown::incrementAndGet)) {
                first.publishWindowPort(signal.port());
                AlreadyRunningException e = catchRunning(() -> Services.open(dir, clock()));
                assertThat(WindowSignal.bringToFront(e.port())).isTrue();
                assertThat(shown).hasValue(1);
            }
            // the command line refuses, with a message and exit code 1, and never opens the database
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new CliRunner(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                    clock()).run(new CommandLine.Export(null, ExportFormat.CSV, "-", false, null), dir);
            assertThat(status).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("already running");
        }
        try (Services again = Services.open(dir, clock())) {
            assertThat(again.uncleanStart()).as("closed cleanly").isFalse();
        }
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstHasTheFolder() throws Exception {
        try (Services first = Services.open(dir, clock())) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    "org.studypath.Launcher", "export", "--format", "csv", "--out", "-", "--data-dir", dir.toString())
                    .redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor()).isEqualTo(1);
            assertThat(output).contains("StudyPath is already running with the data folder");
        }
    }

    @Test
    void anImportWritesNothingButTheDatabase() throws Exception {
        Path data = dir.resolve("data");
        Path json = dir.resolve("chosen").resolve("backup.json");
        Files.createDirectories(json.getParent());
        try (Services services = Services.open(data, clock())) {
            services.exchange().exportTo(-1, ExportFormat.JSON, new ExchangeService.ExportOptions(false,
                    java.time.LocalTime.of(19, 0), ZoneOffset.UTC), json);
        }
        String hostile = Files.readString(json).replace("\"name\":\"" + PlanService.STARTER_PATH_NAME + "\"",
                "\"name\":\"../../../../escaped/" + "evil.sh\"");
        assertThat(hostile).contains("escaped/evil.sh");
        Files.writeString(json, hostile);
        List<String> before = files(dir);
        try (Services services = Services.open(data, clock())) {
            services.exchange().restore(json, WorkProgress.NONE);
            assertThat(services.plans().paths().get(0).name()).isEqualTo("../../../../escaped/evil.sh");
        }
        List<String> after = files(dir);
        List<String> added = new java.util.ArrayList<>(after);
        added.removeAll(before);
        // the database, and the copy of the data from before the restore in the data folder's backups
        assertThat(added).as("new files").allMatch(f -> f.startsWith("data/studypath.db")
                || f.matches("data/backups/studypath-[0-9-]+-before-restore\\.db"));
        assertThat(added).as("the copy from before").anyMatch(f -> f.endsWith("-before-restore.db"));
        assertThat(after).noneMatch(f -> f.contains("escaped"));
    }

    private static List<String> files(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static long firstUnit(Services services) {
        long pathId = services.plans().paths().get(0).id();
        return services.plans().planned(pathId).orElseThrow().units().keySet().stream().sorted().findFirst().orElseThrow();
    }

    private static UnitStatus status(Services services, long unit) {
        long pathId = services.plans().paths().get(0).id();
        return services.plans().planned(pathId).orElseThrow().units().get(unit).status();
    }

    private static void scribble(Path file, long from, long to) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(from);
            byte[] junk = new byte[(int) (to - from)];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            raf.write(junk);
        }
    }

    private static DamagedDataException catchDamaged(Runnable open) {
        try {
            open.run();
        } catch (DamagedDataException e) {
            return e;
        }
        throw new AssertionError("expected the database to be found damaged");
    }

    private static AlreadyRunningException catchRunning(Runnable open) {
        try {
            open.run();
        } catch (AlreadyRunningException e) {
            return e;
        }
        throw new AssertionError("expected StudyPath to be found running");
    }
}
