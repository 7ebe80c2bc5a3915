package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.ClearedProperties;

/** The lasting copy of the driver's native library: made, reused, replaced when damaged, never forced. */
class SqliteLibraryTest {
    @TempDir
    Path cache;
    private ClearedProperties driverSettings;

    @BeforeEach
    void clearDriverSettings() {
        // the driver reads these once, at its first connection (long done in this JVM); restored after each test
        driverSettings = ClearedProperties.of(SqliteLibrary.PATH_PROPERTY, SqliteLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restoreDriverSettings() {
        driverSettings.close();
    }

    @Test
    void aCopyIsMadeOnceAndTheDriverIsPointedAtIt() throws Exception {
        Optional<Path> copy = SqliteLibrary.useCopyIn(cache);

        assertThat(copy).isPresent();
        assertThat(copy.get()).startsWith(cache).isRegularFile();
        assertThat(copy.get().getParent().getFileName().toString())
                .isEqualTo("sqlite-" + Long.toHexString(SqliteLibrary.checksum(copy.get())));
        assertThat(System.getProperty(SqliteLibrary.PATH_PROPERTY)).isEqualTo(copy.get().getParent().toString());
        assertThat(System.getProperty(SqliteLibrary.NAME_PROPERTY)).isEqualTo(copy.get().getFileName().toString());
        try (var files = Files.list(copy.get().getParent())) {
            assertThat(files).as("no partial file left").containsExactly(copy.get());
        }
    }

    @Test
    void aSoundCopyIsUsedAgainWithoutBeingWritten() throws Exception {
        Path copy = SqliteLibrary.useCopyIn(cache).orElseThrow();
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, written);
        driverSettings.clearAgain();

        assertThat(SqliteLibrary.useCopyIn(cache)).contains(copy);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(written);
    }

    @Test
    void aDamagedCopyIsReplaced() throws Exception {
        Path copy = SqliteLibrary.useCopyIn(cache).orElseThrow();
        long sound = SqliteLibrary.checksum(copy);
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(copy, bytes);
        driverSettings.clearAgain();

        assertThat(SqliteLibrary.useCopyIn(cache)).contains(copy);
        assertThat(SqliteLibrary.checksum(copy)).isEqualTo(sound);
    }

    @Test
    void aLibraryChosenOnTheCommandLineIsLeftAlone() {
        System.setProperty(SqliteLibrary.PATH_PROPERTY, "/opt/somewhere");

        assertThat(SqliteLibrary.useCopyIn(cache)).isEmpty();
        assertThat(System.getProperty(SqliteLibrary.PATH_PROPERTY)).isEqualTo("/opt/somewhere");
        assertThat(System.getProperty(SqliteLibrary.NAME_PROPERTY)).isNull();
    }

    @Test
    void aCacheFolderThatCannotBeMadeLeavesTheDriverToItself() throws Exception {
        Path file = Files.writeString(cache.resolve("not-a-folder"), "x");

        assertThat(SqliteLibrary.useCopyIn(file.resolve("cache"))).isEmpty();
        assertThat(System.getProperty(SqliteLibrary.PATH_PROPERTY)).isNull();
        assertThat(System.getProperty(SqliteLibrary.NAME_PROPERTY)).isNull();
    }

    @Test
    void aDatabaseInMemoryHasTheCurrentSchemaAndNoFile() throws Exception {
        try (Database database = Database.inMemory()) {
            assertThat(database.file()).isNull();
            assertThat((int) database.read(Migrations::userVersion)).isEqualTo(Migrations.standard().latestVersion());
        }
    }
}
