package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.store.Database;
import org.studypath.store.StoreException;

/**
 * Faults the user's machine can throw at StudyPath: a read-only data folder, missing permissions, a full disk, a
 * database locked by another program. Each gets a clear message, ends the command (exit code 1) instead of looping,
 * and leaves every file as it was.
 *
 * <p>Permissions are real, not simulated: the command runs in a child JVM as an unprivileged user (when the tests run
 * as root, as in CI, through {@code setpriv} as "nobody"; otherwise as the user running the tests).
 */
class FaultsTest {
    @TempDir
    Path temp;
    Path dataDir;
    private String readableClassPath;

    @BeforeEach
    void createDataFolder() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        dataDir = temp.resolve("data");
        try (Services services = Services.open(dataDir)) {
            assertThat(services.plans().paths()).hasSize(1);
        }
    }

    @Test
    void aReadOnlyDataFolderGetsAClearMessageAndNothingChanges() throws Exception {
        Files.setPosixFilePermissions(dataDir.resolve(Database.FILE_NAME), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(dataDir.resolve(InstanceLock.FILE_NAME), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("r-xr-xr-x"));
        Map<String, String> before = fingerprint(dataDir);

        Result result = runUnprivileged("export", "--format", "csv", "--out", "-", "--data-dir", dataDir.toString());

        assertThat(result.status()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("Cannot write to the data folder " + dataDir)
                .contains("permission denied").contains("nothing in it was changed").contains("--data-dir");
        assertThat(fingerprint(dataDir)).isEqualTo(before);
    }

    @Test
    void aDataFolderTheUserMayNotEnterGetsAClearMessage() throws Exception {
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> before = fingerprint(dataDir);

        Result result = runUnprivileged("export", "--format", "csv", "--out", "-", "--data-dir", dataDir.toString());

        assertThat(result.status()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("Cannot write to the data folder").contains("permission denied");
        assertThat(fingerprint(dataDir)).isEqualTo(before);
    }

    @Test
    void aReadOnlyDatabaseFileCanBeReadButAChangeGetsAClearMessage() throws Exception {
        Path backup = temp.resolve("backup.json");
        try (Services services = Services.open(dataDir)) {
            services.exchange().exportTo(-1, ExportFormat.JSON, new ExchangeService.ExportOptions(false, java.time.LocalTime.of(19, 0),
                    java.time.ZoneOffset.UTC), backup);
        }
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(dataDir.resolve(Database.FILE_NAME), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(dataDir.resolve(InstanceLock.FILE_NAME), PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxrwxrwx"));
        String database = fingerprint(dataDir).get(Database.FILE_NAME);

        Result export = runUnprivileged("export", "--format", "csv", "--out", "-", "--data-dir", dataDir.toString());
        assertThat(export.status()).as("reading works: " + export.output()).isZero();
        Result restore = runUnprivileged("import", backup.toString(), "--data-dir", dataDir.toString());

        assertThat(restore.status()).as(restore.output()).isEqualTo(1);
        assertThat(restore.output()).contains("read-only").contains("Nothing was lost");
        assertThat(fingerprint(dataDir).get(Database.FILE_NAME)).isEqualTo(database);
    }

    @Test
    void aFullDiskLosesNothingAndSaysSo() throws Exception {
        // simulated: SQLite is told the file may not grow, and fails exactly as on a full disk (SQLITE_FULL)
        try (Database database = Database.openIn(dataDir)) {
            database.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + pageCount(c));
                }
                return null;
            });
            var progress = new org.studypath.store.SqliteProgressRepository(database);
            List<Long> units = unitIds(database);
            progress.setStates(List.of(new UnitState(units.get(0), UnitStatus.DONE, java.time.LocalDate.of(2026, 11, 25))));
            assertThatThrownBy(() -> {
                for (int i = 0; i < 200; i++) {
                    progress.logTime(units.get(i % units.size()), java.time.LocalDate.of(2026, 11, 25), 30);
                    progress.saveUnitNote(units.get(i % units.size()), "a long note ".repeat(400));
                }
            }).isInstanceOf(StoreException.class).hasMessageContaining("the disk is full")
                    .hasMessageContaining("Nothing was lost");
            assertThat(progress.states(List.of(units.get(0)))).as("what was saved before is still there")
                    .containsExactly(new UnitState(units.get(0), UnitStatus.DONE, java.time.LocalDate.of(2026, 11, 25)));
            assertThat(database.integrityProblem()).isEmpty();
        }
    }

    @Test
    void aFullDiskWhileExportingToStandardOutputIsAnErrorNotSilence() throws Exception {
        File full = new File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "needs /dev/full (Linux)");
        Process child = new ProcessBuilder(java(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "org.studypath.Launcher",
                "export", "--format", "csv", "--out", "-", "--data-dir", dataDir.toString())
                .redirectOutput(full).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(err).isEqualTo(1);
        assertThat(err).contains("Cannot write the export to standard output");
    }

    @Test
    void aDatabaseLockedByAnotherProgramGetsAClearMessageAndTheTickIsNotLost() throws Exception {
        try (Services services = Services.open(dataDir)) {
            long pathId = services.plans().paths().get(0).id();
            long unit = services.plans().planned(pathId).orElseThrow().units().keySet().stream().sorted().findFirst().orElseThrow();
            UnitState done = new UnitState(unit, UnitStatus.DONE, services.progress().today());
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Database.FILE_NAME));
                 Statement s = other.createStatement()) {
                s.execute("BEGIN EXCLUSIVE"); // a database browser holding a write transaction open
                assertThatThrownBy(() -> services.progress().setStates(List.of(done)))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining("locked by another program").hasMessageContaining("nothing was lost");
                s.execute("ROLLBACK");
            }
            services.progress().setStates(List.of(done)); // trying again once the other program let go
            assertThat(services.plans().planned(pathId).orElseThrow().units().get(unit).status()).isEqualTo(UnitStatus.DONE);
        }
    }

    record Result(int status, String output) {
    }

    /** Runs the command line in a child JVM as a user without root's powers, so permissions really apply. */
    private Result runUnprivileged(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")),
                    "running as root needs setpriv (util-linux) to drop privileges");
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.add(java());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Duser.home=" + temp);
        command.add("-cp");
        command.add(root ? readableClassPath() : System.getProperty("java.class.path"));
        command.add("org.studypath.Launcher");
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(child.waitFor(), output);
    }

    /** The test class path, copied where an unprivileged user can read it (a root's ~/.m2 is private). */
    private String readableClassPath() throws IOException {
        if (readableClassPath != null) {
            return readableClassPath;
        }
        Path copy = temp.resolve("classpath");
        Files.createDirectories(copy);
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (Path entry : classPathEntries()) {
            if (!Files.exists(entry)) {
                continue;
            }
            Path target = copy.resolve((n++) + "-" + entry.getFileName());
            if (Files.isDirectory(entry)) {
                copyTree(entry, target);
            } else {
                Files.copy(entry, target);
            }
            entries.add(target.toString());
        }
        try (Stream<Path> all = Files.walk(copy)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        readableClassPath = String.join(File.pathSeparator, entries);
        return readableClassPath;
    }

    private static List<Path> classPathEntries() throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            entries.add(path);
            if (path.getFileName().toString().startsWith("surefirebooter") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    String cp = jar.getManifest().getMainAttributes().getValue("Class-Path");
                    for (String url : cp == null ? new String[0] : cp.trim().split(" +")) {
                        entries.add(Path.of(URI.create(url)));
                    }
                }
            }
        }
        return entries;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Map<String, String> fingerprint(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(dir.relativize(p).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            }
        }
        return files;
    }

    private static long pageCount(Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> unitIds(Database database) {
        return database.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM unit ORDER BY id LIMIT 50")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }
}
