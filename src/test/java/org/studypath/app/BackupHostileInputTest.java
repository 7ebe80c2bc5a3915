package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studypath.app.BackupRestoreTest.lineOf;
import static org.studypath.app.ExchangeFixture.CLOCK;
import static org.studypath.app.ExchangeFixture.backup;
import static org.studypath.app.ExchangeFixture.text;
import static org.studypath.app.ExchangeFixture.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.plan.PathSummary;

/**
 * Broken, hostile and absurd backup files: each is refused with a message that says where and what (the line, the
 * table and row, the field), or restored as plain data, and a refused restore leaves the store exactly as it was.
 */
class BackupHostileInputTest {
    static final String HEADER = "{\"format\":\"studypath-backup\",\n\"version\":1,\n\"generator\":\"StudyPath 0.1.0\",\n"
            + "\"exported_at\":\"2026-01-14T09:30:00Z\",\n";
    /** A valid backup with user data in every table, made once. */
    static String valid;

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Services services;
    byte[] before;

    @BeforeAll
    static void makeBackup(@TempDir Path source) throws Exception {
        try (Services a = Services.open(source, CLOCK)) {
            ExchangeFixture.addUserData(a);
            valid = text(backup(a));
        }
    }

    @BeforeEach
    void open() throws Exception {
        services = Services.open(dir, CLOCK);
        services.plans().create("Mine before the restore", ExchangeFixture.TODAY);
        before = backup(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /**
     * Restoring {@code file} fails with a one-line message and changes nothing. The preview (which reads and checks
     * the file without a database) fails with the same message, except for rows only the database can refuse
     * (repeated rows, references to rows that are not there), which the preview cannot see.
     */
    String refused(Path file) throws Exception {
        ExchangeException restore = catchExchange(() -> services.exchange().restore(file, WorkProgress.NONE));
        assertThat(backup(services)).as("the store is unchanged").isEqualTo(before);
        String message = restore.getMessage();
        assertThat(message).as("one line").doesNotContain("\n");
        boolean databaseRefused = message.startsWith("The backup could not be restored") || message.contains(": cannot be restored: ");
        if (!databaseRefused) {
            ExchangeException preview = catchExchange(() -> services.exchange().previewRestore(file, WorkProgress.NONE));
            assertThat(preview.getMessage()).isEqualTo(message);
            assertThat(backup(services)).isEqualTo(before);
        }
        return message;
    }

    String refused(String name, String content) throws Exception {
        return refused(write(files, name, content));
    }

    interface Action {
        void run() throws Exception;
    }

    static ExchangeException catchExchange(Action action) {
        try {
            action.run();
        } catch (ExchangeException e) {
            return e;
        } catch (Exception | Error e) {
            throw new AssertionError("expected an ExchangeException, got " + e, e);
        }
        throw new AssertionError("expected an ExchangeException, but it succeeded");
    }

    static String replaceOnce(String text, String regex, String replacement) {
        String changed = text.replaceFirst(regex, replacement);
        assertThat(changed).as("the pattern %s is in the backup", regex).isNotEqualTo(text);
        return changed;
    }

    @Test
    void malformedJson() throws Exception {
        String bad = valid.replaceFirst("\"version\":2,", "\"version\":1,,");
        assertThat(refused("malformed.json", bad)).isEqualTo("malformed.json line 2: not valid JSON: the character \",\" is out of place");
    }

    @Test
    void truncatedFile() throws Exception {
        byte[] whole = valid.getBytes(StandardCharsets.UTF_8);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        String message = refused(write(files, "half.json", half));
        assertThat(message).matches("half\\.json line \\d+: .*not valid JSON: the file ends in the middle of the data \\(is it complete\\?\\)");
    }

    @Test
    void emptyFile() throws Exception {
        assertThat(refused("empty.json", "")).isEqualTo("empty.json line 1: the file must hold one JSON object (is this a "
                + "StudyPath backup?)");
    }

    @Test
    void binaryGarbage() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        garbage[0] = (byte) 0x89; // not '{'
        assertThat(refused(write(files, "photo.json", garbage))).startsWith("photo.json");
    }

    @Test
    void newerVersion() throws Exception {
        String bad = valid.replaceFirst("\"version\":2,", "\"version\":99,");
        assertThat(refused("future.json", bad)).isEqualTo("future.json line 2: this backup was written by a newer "
                + "StudyPath (backup version 99); this version restores backup version 2. Update StudyPath to restore it");
    }

    @Test
    void versionZeroAndVersionNotANumber() throws Exception {
        assertThat(refused("zero.json", valid.replaceFirst("\"version\":2,", "\"version\":0,")))
                .isEqualTo("zero.json line 2: backup version 0 does not exist");
        assertThat(refused("text.json", valid.replaceFirst("\"version\":2,", "\"version\":\"1\",")))
                .isEqualTo("text.json line 2: \"version\" must be a whole number");
    }

    @Test
    void wrongFormat() throws Exception {
        String bad = valid.replaceFirst("\"studypath-backup\"", "\"someone-elses-backup\"");
        assertThat(refused("other.json", bad)).isEqualTo("other.json line 1: this is not a StudyPath backup "
                + "(\"format\" must be \"studypath-backup\")");
    }

    @Test
    void noFormatAtAll() throws Exception {
        String bad = valid.replaceFirst("\"format\":\"studypath-backup\",\n", "");
        assertThat(refused("noformat.json", bad)).contains("\"format\" and \"version\" must come before \"tables\"");
    }

    @Test
    void hugeString() throws Exception {
        String title = "x".repeat(1_000_000);
        String bad = replaceOnce(valid, "(\"resource\":\\[\n\\{[^}]*?\"title\":\")[^\"]*", "$1" + title);
        assertThat(refused("huge.json", bad))
                .isEqualTo("huge.json line 14: resource row 1: \"title\" is longer than 100,000 characters");
    }

    @Test
    void hugeStringNamesTheLineAndField() throws Exception {
        String title = "x".repeat(1_000_000);
        String bad = replaceOnce(valid, "(\"resource\":\\[\n\\{[^}]*?\"title\":\")[^\"]*", "$1" + title);
        assertThat(refused("huge.json", bad)).matches("huge\\.json line " + lineOf(bad, title)
                + ": resource row 1: \"title\" is longer than 100,000 characters");
    }

    @Test
    void stringJustOverTheLimit() throws Exception {
        String title = "y".repeat(BackupFormat.MAX_TEXT + 1);
        String bad = replaceOnce(valid, "(\"resource\":\\[\n\\{[^}]*?\"title\":\")[^\"]*", "$1" + title);
        assertThat(refused("long.json", bad)).isEqualTo("long.json line " + lineOf(bad, title)
                + ": resource row 1: \"title\" is longer than 100,000 characters");
    }

    @Test
    void deepNestingInARow() throws Exception {
        String nested = "[".repeat(10_000) + "]".repeat(10_000);
        String bad = replaceOnce(valid, "(\"unit\":\\[\n\\{[^}]*?\"title\":)\"[^\"]*\"", "$1" + nested);
        assertThat(refused("deep.json", bad)).isEqualTo("deep.json line " + lineOf(bad, nested)
                + ": unit row 1: \"title\" must be text, not a list");
    }

    @Test
    void deepNestingEverywhere() throws Exception {
        String nested = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(refused("array.json", nested)).isEqualTo("array.json line 1: the file must hold one JSON object "
                + "(is this a StudyPath backup?)");
        String objects = HEADER + "\"tables\":{\"catalog_source\":[" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)
                + "]}}";
        assertThat(refused("objects.json", objects)).contains("catalog_source row 1: unknown field \"a\"");
        String rows = HEADER + "\"tables\":{\"catalog_source\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}";
        assertThat(refused("rows.json", rows)).contains("catalog_source row 1: must be an object of fields");
    }

    @Test
    void textWhereANumberBelongs() throws Exception {
        String bad = replaceOnce(valid, "(\"unit\":\\[\n\\{[^}]*?\"minutes\":)\\d+", "$1\"ten\"");
        assertThat(refused("types.json", bad)).isEqualTo("types.json line " + lineOf(bad, "\"ten\"")
                + ": unit row 1: \"minutes\" must be a whole number, not \"ten\"");
    }

    @Test
    void numberWhereABooleanBelongs() throws Exception {
        String bad = replaceOnce(valid, "(\"unit\":\\[\n\\{[^}]*?\"estimated\":)(true|false)", "$11");
        assertThat(refused("bool.json", bad)).matches("bool\\.json line \\d+: unit row 1: \"estimated\" must be true or "
                + "false, not 1");
    }

    @Test
    void otherWrongValues() throws Exception {
        assertThat(refused("frac.json", replaceOnce(valid, "(\"unit\":\\[\n\\{[^}]*?\"minutes\":)\\d+", "$112.5")))
                .contains("unit row 1: \"minutes\" must be a whole number, not 12.5");
        assertThat(refused("big.json", replaceOnce(valid, "(\"unit\":\\[\n\\{[^}]*?\"minutes\":)\\d+",
                "$199999999999999999999999")))
                .contains("unit row 1: \"minutes\" must be a whole number, not 99999999999999999999999");
        assertThat(refused("null.json", replaceOnce(valid, "(\"unit\":\\[\n\\{[^}]*?\"title\":)\"[^\"]*\"", "$1null")))
                .contains("unit row 1: \"title\" must have a value");
        assertThat(refused("enum.json", replaceOnce(valid, "(\"resource\":\\[\n\\{[^}]*?\"type\":)\"[A-Z_]+\"", "$1\"PODCAST\"")))
                .contains("resource row 1: \"type\" must be one of ").contains("not \"PODCAST\"");
        assertThat(refused("missing.json", replaceOnce(valid, "(\"unit\":\\[\n\\{[^}]*?),\"estimated\":(true|false)", "$1")))
                .contains("unit row 1: the field \"estimated\" is missing");
        assertThat(refused("infinite.json", replaceOnce(valid, "(\"pace_factor\":\\[\n\\{[^}]*?\"factor\":)[0-9.]+", "$11e400")))
                .contains("pace_factor row 1: \"factor\" must be a finite number");
    }

    @Test
    void unknownFieldInARow() throws Exception {
        String bad = replaceOnce(valid, "(\"unit\":\\[\n\\{)", "$1\"colour\":\"red\",");
        assertThat(refused("field.json", bad)).isEqualTo("field.json line " + lineOf(bad, "\"colour\"")
                + ": unit row 1: unknown field \"colour\"; unit rows have id, resource_id, catalog_key, position, title, "
                + "minutes, estimated, url, retired, first_page");
    }

    @Test
    void unknownTopLevelFieldAfterTheTables() throws Exception {
        // after "tables": every row was already inserted when the reader gets here
        String bad = valid.substring(0, valid.lastIndexOf('}')) + ",\n\"comment\":\"hello\"}\n";
        assertThat(refused("top.json", bad)).isEqualTo("top.json line " + lineOf(bad, "\"comment\"")
                + ": unknown field \"comment\"");
    }

    @Test
    void unknownTable() throws Exception {
        String bad = replaceOnce(valid, "\"tables\":\\{", "\"tables\":{\"sqlite_master\":[],");
        assertThat(refused("table.json", bad)).isEqualTo("table.json line 5: unknown table \"sqlite_master\": a StudyPath backup has no table of that name");
    }

    @Test
    void impossibleDates() throws Exception {
        String feb30 = replaceOnce(valid, "(\"unit_progress\":\\[\n\\{[^}]*?\"status_date\":\")[0-9-]+", "$12026-02-30");
        assertThat(refused("feb30.json", feb30)).isEqualTo("feb30.json line " + lineOf(feb30, "2026-02-30")
                + ": unit_progress row 1: \"status_date\" must be a date that exists, from the year 1900 to 2200, written 2026-11-25, not \"2026-02-30\"");
        String month13 = replaceOnce(valid, "(\"unit_progress\":\\[\n\\{[^}]*?\"status_date\":\")[0-9-]+", "$12026-13-01");
        assertThat(refused("month13.json", month13)).contains("unit_progress row 1: \"status_date\" must be a date that "
                + "exists, from the year 1900 to 2200, written 2026-11-25, not \"2026-13-01\"");
        String time = replaceOnce(valid, "(\"time_log\":\\[\n\\{[^}]*?\"created_at\":\")[^\"]+", "$12026-01-14T25:61:00Z");
        assertThat(refused("time.json", time)).contains("time_log row 1: \"created_at\" must be a time that exists");
    }

    @Test
    void aPathNameWithPathTricksIsJustText() throws Exception {
        String name = "../../etc/passwd";
        String tricky = replaceOnce(valid, "\"name\":\"" + ExchangeFixture.SECOND_PATH + "\"", "\"name\":\"" + name + "\"");
        Path file = write(files, "tricky.json", tricky);
        List<Path> filesBefore = Stream.concat(allFiles(dir).stream(), allFiles(files).stream()).toList();
        Path passwd = dir.resolve(name).normalize();
        Object passwdBefore = Files.exists(passwd) ? Files.getLastModifiedTime(passwd) : null;
        services.exchange().restore(file, WorkProgress.NONE);
        assertThat(services.plans().paths()).extracting(PathSummary::name).contains(name);
        // the only file made is the copy of the data from before the restore, in the backups folder
        assertThat(Stream.concat(allFiles(dir).stream(), allFiles(files).stream())
                .filter(f -> !f.getFileName().toString().endsWith("-before-restore.db")).toList())
                .as("no file is created").isEqualTo(filesBefore);
        assertThat(Files.exists(passwd) ? Files.getLastModifiedTime(passwd) : null).isEqualTo(passwdBefore);
        long id = services.plans().paths().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
        assertThat(services.exchange().report(id).pathName()).isEqualTo(name);
    }

    @Test
    void aHundredMegabyteStringFailsEarly() throws Exception {
        Path file = files.resolve("100mb-string.json");
        long size = 100L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((HEADER.replace("\"generator\":\"StudyPath 0.1.0\",\n", "") + "\"generator\":\"")
                    .getBytes(StandardCharsets.UTF_8));
            fill(out, (byte) 'a', size);
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }
        AtomicLong read = new AtomicLong();
        WorkProgress progress = new WorkProgress() {
            @Override
            public void progress(long done, long total) {
                read.set(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        long start = System.nanoTime();
        ExchangeException e = catchExchange(() -> services.exchange().restore(file, progress));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(e.getMessage()).startsWith("100mb-string.json").endsWith(": a text is longer than 100,000 characters");
        assertThat(read.get()).as("streamed: stops long before the end of the file").isLessThan(size / 10);
        assertThat(backup(services)).isEqualTo(before);
    }

    @Test
    void aHundredMegabytesOfSpacesFinishesQuickly() throws Exception {
        Path file = files.resolve("100mb-spaces.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            fill(out, (byte) ' ', 100L * 1024 * 1024);
        }
        long start = System.nanoTime();
        String message = refused(file);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(message).isEqualTo("100mb-spaces.json line 5: not valid JSON: the file ends in the middle of the data (is it complete?)");
    }

    @Test
    void aMissingTable() throws Exception {
        String bad = replaceOnce(valid, ",\n\"path_day_off\":\\[[^\\]]*\\]", "");
        assertThat(refused("incomplete.json", bad)).endsWith(": the table \"path_day_off\" is missing: the backup is "
                + "incomplete");
        String noTables = valid.substring(0, valid.indexOf("\"tables\"")).replaceFirst(",\n$", "") + "}";
        assertThat(refused("notables.json", noTables)).endsWith(": the backup has no \"tables\"");
    }

    @Test
    void aDuplicatedKeyInARow() throws Exception {
        String bad = replaceOnce(valid, "(\"time_log\":\\[\n\\{)(\"id\":\\d+)", "$1$2,$2");
        assertThat(refused("dup.json", bad)).startsWith("dup.json line " + (lineOf(bad, "\"time_log\"") + 1))
                .contains("not valid JSON").contains("the field \"id\" appears twice");
    }

    @Test
    void aRepeatedRow() throws Exception {
        String bad = replaceOnce(valid, "(\"time_log\":\\[\n)(\\{[^}]*\\})", "$1$2,\n$2");
        assertThat(refused("twice.json", bad)).startsWith("twice.json line " + (lineOf(bad, "\"time_log\"") + 2)
                + ": time_log row 2: cannot be restored: it repeats a row already restored (")
                .contains("time_log.id");
    }

    @Test
    void databaseMessagesAreNotDoubleParenthesised() throws Exception {
        String twice = replaceOnce(valid, "(\"time_log\":\\[\n)(\\{[^}]*\\})", "$1$2,\n$2");
        assertThat(refused("twice.json", twice)).doesNotContain("((").doesNotContain("))");
        String range = replaceOnce(valid, "\"minutes_mon\":\\d+", "\"minutes_mon\":5000");
        assertThat(refused("range.json", range)).doesNotContain("((").doesNotContain("))");
    }

    @Test
    void aReferenceToNothing() throws Exception {
        String bad = replaceOnce(valid, "(\"unit\":\\[\n\\{\"id\":\\d+,\"resource_id\":)\\d+", "$199999");
        String message = refused("dangling.json", bad);
        assertThat(message).startsWith("The backup could not be restored, nothing was changed: ")
                .contains("a row of unit (row id ").contains("points at a resource that is not there");
    }

    @Test
    void aBackupEditedOnWindowsStillRestores() throws Exception {
        // a byte order mark and CRLF line ends, as Notepad saves it
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = valid.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] edited = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, edited, 0, bom.length);
        System.arraycopy(body, 0, edited, bom.length, body.length);
        Path file = write(files, "windows.json", edited);
        assertThat(services.exchange().detect(file)).isEqualTo(ExchangeService.ImportKind.BACKUP);
        services.exchange().restore(file, WorkProgress.NONE);
        assertThat(ExchangeFixture.withoutExportedAt(backup(services))).isEqualTo(ExchangeFixture.withoutExportedAt(
                valid.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMissingFile() {
        ExchangeException e = catchExchange(() -> services.exchange().restore(files.resolve("gone.json"), WorkProgress.NONE));
        assertThat(e.getMessage()).endsWith("gone.json does not exist.");
    }

    static void fill(OutputStream out, byte value, long size) throws IOException {
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, value);
        for (long written = 0; written < size; written += chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
        }
    }

    static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("studypath.db"))
                    .sorted().toList();
        }
    }
}
