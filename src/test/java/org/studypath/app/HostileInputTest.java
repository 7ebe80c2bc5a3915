package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.app.ExchangeFixture.backup;
import static org.studypath.app.ExchangeFixture.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classes of hostile and mistaken input that a corpus of files found, each through the command line as a user
 * (or a script) meets it: one plain line that names the place, nothing a terminal would obey, nothing changed.
 */
class HostileInputTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    String valid;
    byte[] before;

    @BeforeEach
    void aLearnersData() throws Exception {
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            ExchangeFixture.addUserData(services);
            valid = ExchangeFixture.text(backup(services));
            before = backup(services);
        }
    }

    int run(String... args) throws CommandLine.UsageException {
        stdout.reset();
        stderr.reset();
        CliRunner runner = new CliRunner(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), ExchangeFixture.CLOCK);
        return runner.run(CommandLine.parse(List.of(args)).command(), data);
    }

    /** Imports {@code content}, expects it refused, and returns the one line said (without "studypath: "). */
    String refused(String name, String content) throws Exception {
        Path file = write(files, name, content);
        assertThat(run("import", file.toString())).isEqualTo(CliRunner.FAILED);
        return failureLine();
    }

    String failureLine() throws Exception {
        String err = stderr.toString(StandardCharsets.UTF_8);
        List<String> lines = err.lines().toList();
        assertThat(lines).as("one line on standard error: %s", err).hasSize(1);
        String line = lines.get(0);
        assertThat(line).startsWith("studypath: ");
        assertPlain(line);
        assertThat(stdout.size()).isZero();
        assertUnchanged();
        return line.substring("studypath: ".length());
    }

    /** What a message may never hold: a control character, a lone surrogate, a library's words. */
    static void assertPlain(String line) {
        assertThat(line.chars()).as("no control character in %s", line)
                .noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F));
        assertThat(line.chars()).as("no lone surrogate").noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
        assertThat(line.length()).as("short: %s", line).isLessThan(400);
        for (String internal : List.of("VALUE_STRING", "JsonReadFeature", "StreamReadFeature", "StreamReadConstraints",
                "REDACTED", "com.fasterxml", "Exception", "java.", "SQLITE_", "CTRL-CHAR", "code 1", "(code ")) {
            assertThat(line).as("no library words").doesNotContain(internal);
        }
    }

    void assertUnchanged() throws Exception {
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            assertThat(ExchangeFixture.text(backup(services))).as("the store is unchanged")
                    .isEqualTo(ExchangeFixture.text(before));
        }
    }

    static String replaceOnce(String text, String regex, String replacement) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s is in the backup", regex).isTrue();
        return text.substring(0, m.start()) + m.replaceFirst(replacement).substring(m.start());
    }

    // 1. Messages: escaped, short, in our words

    @Test
    void anEscapeSequenceInAnUnknownFieldReachesNoTerminal() throws Exception {
        String bad = valid.replaceFirst("\"generator\":", "\"\\\\u001b]0;pwned\\\\u0007\\\\u001b[2J\":1,\"generator\":");
        String line = refused("esc-field.json", bad);
        assertThat(line).isEqualTo("esc-field.json line 3: unknown field \"\\e]0;pwned\\u0007\\e[2J\"");
    }

    @Test
    void aRawEscapeByteInTheFileIsNamedNotPassedOn() throws Exception {
        String bad = valid.replaceFirst("\"generator\":\"[^\"]*\"", "\"generator\":\u001b[2J");
        assertThat(refused("raw-esc.json", bad)).isEqualTo("raw-esc.json line 3: not valid JSON: the control character \"\\e\" stands between the values");
        String inText = valid.replaceFirst("\"generator\":\"", "\"generator\":\"\u001b]0;x\u0007");
        assertThat(refused("raw-esc-text.json", inText))
                .isEqualTo("raw-esc-text.json line 3: not valid JSON: a text holds the control character \"\\e\", which JSON must write escaped");
    }

    @Test
    void aDuplicatedKeyWithAnEscapeSequenceIsQuotedEscaped() throws Exception {
        String pack = CatalogPackImportTest.pack("dup-pack", "https://example.org/second")
                .replace("\"format\": 1,", "\"format\": 1, \"\\u001b[31mx\": 1, \"\\u001b[31mx\": 2,");
        assertThat(refused("dup-esc.json", pack)).isEqualTo("dup-esc.json: not valid JSON at line 2, column 47: the field "
                + "\"\\e[31mx\" appears twice in one object");
        String backup = valid.replaceFirst("\\{\"id\":1,", "{\"id\":1,\"id\":2,");
        assertThat(refused("dup.json", backup)).isEqualTo("dup.json line 9: category row 1: not valid JSON: the field "
                + "\"id\" appears twice in one object");
    }

    @Test
    void aFourThousandCharacterAddressIsQuotedShort() throws Exception {
        String url = "https://example.org/" + "a".repeat(3900);
        String bad = valid.replaceFirst("\"url\":\"https://example.org/mine\"", "\"url\":\"" + url + "\",\"extra\":\"" + url + "\"");
        String line = refused("long.json", bad);
        assertThat(line).contains("unknown field \"extra\"");
        String pack = CatalogPackImportTest.pack("long-url-pack", url.replace("https", "ftp"));
        String packLine = refused("long-pack.json", pack);
        assertThat(packLine).startsWith("long-pack.json: resource \"pack-second-resource\": url must be an http or https address")
                .hasSizeLessThan(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"format\":1,\"id\":\"x\",\"a\":NaN}", "{\"format\":1,\"a\":tru}", "{\"format\":1,\"a\":[1}",
            "{\"format\":1,\"a\":01}", "{\"format\":1,\"a\":\"\\q\"}", "{\"format\":1,\"a\":1,}", "{\"format\":1,\"a\":-}",
            "{\"format\":1,\"a\":\"\\u12\"}", "{\"format\":1,/*c*/\"a\":1}", "{\"format\":1,'a':1}"})
    void parserMessagesAreOurs(String content) throws Exception {
        String line = refused("broken.json", content);
        assertThat(line).startsWith("broken.json: not valid JSON at line 1, column ");
    }

    @Test
    void aPacksEscapeSequencesInUrlKeyAndIdAreEscaped() throws Exception {
        String pack = CatalogPackImportTest.pack("esc-pack", "https://example.org/x\\u001b]0;t\\u0007");
        assertThat(refused("esc-url.json", pack)).contains("holds a control character").doesNotContain("\u001b");
        String key = CatalogPackImportTest.pack("esc-pack", "https://example.org/second")
                .replace("\"key\": \"pack-second-resource\"", "\"key\": \"\\u001b[2J\"");
        assertThat(refused("esc-key.json", key)).contains("\"\\e[2J\"");
        String id = CatalogPackImportTest.pack("\\u001b[2J", "https://example.org/second");
        assertThat(refused("esc-id.json", id)).contains("\"\\e[2J\"");
    }

    // 2. Nothing changed silently

    @Test
    void aLoneSurrogateIsRefusedWithItsField() throws Exception {
        String bad = valid.replaceFirst("\"title\":\"My own notes [^\"]*\"", "\"title\":\"Broken \\\\ud800 pair\"");
        assertThat(refused("surrogate.json", bad)).matches(
                "surrogate\\.json line \\d+: resource row 13: \"title\" is not valid Unicode text: \"Broken \\\\uD800 pair\"");
        String pack = CatalogPackImportTest.pack("surrogate-pack", "https://example.org/second")
                .replace("\"title\": \"Bayes\"", "\"title\": \"Bayes \\udc00\"");
        assertThat(refused("surrogate-pack.json", pack)).isEqualTo("surrogate-pack.json: categories[0].resources[0].units[1].title is not valid Unicode text: \"Bayes \\uDC00\"");
    }

    @Test
    void aControlCharacterInATitleIsRefusedButALineBreakInANoteIsKept() throws Exception {
        String title = valid.replaceFirst("\"title\":\"My own notes [^\"]*\"", "\"title\":\"Tab\\\\there\"");
        assertThat(refused("tab.json", title)).contains("resource row 13: \"title\" holds a control character, which a "
                + "text of one line never has: \"Tab\\there\"");
        String nul = valid.replaceFirst("\"note_en\":\"My own notes\"", "\"note_en\":\"a\\\\u0000b\"");
        assertThat(refused("nul.json", nul)).contains("\"note_en\" holds a control character other than a line break or a tab");
        String lines = valid.replaceFirst("\"note_en\":\"My own notes\"", "\"note_en\":\"line one\\\\nline two\\\\tend\"");
        Path file = write(files, "lines.json", lines);
        assertThat(run("import", file.toString())).isEqualTo(CliRunner.OK);
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            assertThat(ExchangeFixture.text(backup(services))).contains("\"note_en\":\"line one\\nline two\\tend\"");
        }
    }

    // 3. Dates and times: strict, and 1900-2200

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-14", "-0001-01-14", "+10000-01-14", "10000-01-14", "1899-12-31", "2201-01-01",
            "2026-02-30", "2026-1-14", "2026-01-14T00:00:00Z"})
    void impossibleOrImplausibleDatesAreRefused(String date) throws Exception {
        String bad = replaceOnce(valid, "(\"study_path\":\\[\n\\{[^}]*?\"start_date\":\")[0-9-]+", "$1" + date);
        assertThat(refused("date.json", bad)).contains("study_path row 1: \"start_date\" must be a date that exists, "
                + "from the year 1900 to 2200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30 10:00:00", "2026-01-14 24:00:00", "2026-01-14T24:00:00Z", "10000-01-01T00:00:00Z",
            "+10000-01-01T00:00:00Z", "0000-01-01 00:00:00", "1899-12-31T23:59:59Z", "2026-01-14 10:00", "2026-01-14T10:00:00+01:00",
            "2026-01-14T10:00:60Z"})
    void impossibleOrImplausibleTimesAreRefused(String time) throws Exception {
        String bad = replaceOnce(valid, "(\"study_path\":\\[\n\\{[^}]*?\"created_at\":\")[^\"]+", "$1" + time);
        assertThat(refused("time.json", bad)).contains("study_path row 1: \"created_at\" must be a time that exists, "
                + "from the year 1900 to 2200");
    }

    @Test
    void bothTimeFormsAreStillTaken() throws Exception {
        String sqlite = replaceOnce(valid, "(\"study_path\":\\[\n\\{[^}]*?\"created_at\":\")[^\"]+", "$12200-12-31 23:59:59");
        String fraction = replaceOnce(sqlite, "(\"study_path\":\\[\n\\{[^}]*?\"updated_at\":\")[^\"]+", "$11900-01-01T00:00:00.123456789Z");
        assertThat(run("import", write(files, "times.json", fraction).toString())).isEqualTo(CliRunner.OK);
    }

    // 5. A pack with nothing to add changes nothing

    @Test
    void aPackWithNothingNewLeavesNoTrace() throws Exception {
        String pack = CatalogPackImportTest.pack("empty-pack", "https://example.org/second");
        Path file = write(files, "pack.json", pack);
        assertThat(run("import", file.toString())).isEqualTo(CliRunner.OK);
        byte[] merged;
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            merged = backup(services);
        }
        // the same resources again, in a pack of another id and a category of another key: all duplicates
        String again = CatalogPackImportTest.pack("other-pack", "https://example.org/second")
                .replace("\"key\": \"pack-extras\"", "\"key\": \"pack-other\"").replace("Pack extras", "Pack other");
        assertThat(run("import", write(files, "again.json", again).toString())).isEqualTo(CliRunner.OK);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Nothing added from catalog pack \"other-pack\": all 2 of its resources are already in the catalog.");
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            assertThat(ExchangeFixture.text(backup(services))).as("no catalog version, no empty category")
                    .isEqualTo(ExchangeFixture.text(merged));
        }
    }

    // 6. Files that are not plain files

    @Test
    void aFolderAMissingFileAndABrokenLinkEachHaveTheirSentence() throws Exception {
        assertThat(run("import", files.toString())).isEqualTo(CliRunner.FAILED);
        assertThat(failureLine()).isEqualTo(files + " is a folder, not a file.");
        assertThat(run("import", files.resolve("gone.json").toString())).isEqualTo(CliRunner.FAILED);
        assertThat(failureLine()).isEqualTo(files.resolve("gone.json") + " does not exist.");
        Path link = Files.createSymbolicLink(files.resolve("link.json"), files.resolve("nowhere.json"));
        assertThat(run("import", link.toString())).isEqualTo(CliRunner.FAILED);
        assertThat(failureLine()).isEqualTo(link + " is a link to a file that does not exist.");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anEmptyDeviceIsNotJson() throws Exception {
        assertThat(run("import", "/dev/null")).isEqualTo(CliRunner.FAILED);
        assertThat(failureLine()).isEqualTo("null is empty: there is nothing in it to import.");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aPipeIsReadOnceAndRestores() throws Exception {
        Path fifo = mkfifo("backup-pipe");
        String changed = valid.replace(ExchangeFixture.SECOND_PATH, "Piped path");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(changed.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        assertThat(run("import", fifo.toString())).as(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(CliRunner.OK);
        writer.join(5000);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).startsWith("Restored backup-pipe: ");
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            assertThat(services.plans().paths()).extracting(p -> p.name()).contains("Piped path");
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aPipeNoOneWritesToGivesUpInsteadOfHanging() throws Exception {
        Path fifo = mkfifo("silent-pipe");
        long start = System.nanoTime();
        try {
            ImportFile.open(fifo, Duration.ofMillis(300), ImportFile.MAX_BYTES).close();
            org.junit.jupiter.api.Assertions.fail("a silent pipe was taken");
        } catch (ExchangeException e) {
            assertThat(e.getMessage()).isEqualTo("Nothing arrived from silent-pipe for 0 seconds, so the import stopped; "
                    + "nothing was changed.");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        // and a writer that opens but never writes
        Thread idle = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                Thread.sleep(3000);
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        });
        idle.setDaemon(true);
        idle.start();
        try {
            ImportFile.open(fifo, Duration.ofMillis(300), ImportFile.MAX_BYTES).close();
            org.junit.jupiter.api.Assertions.fail("an idle pipe was taken");
        } catch (ExchangeException e) {
            assertThat(e.getMessage()).startsWith("Nothing arrived from silent-pipe");
        }
        idle.interrupt();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void endlessStreamsAreCutOffAtOnce() throws Exception {
        for (String device : List.of("/dev/zero", "/dev/urandom")) {
            long start = System.nanoTime();
            try {
                ImportFile.open(Path.of(device), Duration.ofSeconds(5), ImportFile.MAX_BYTES).close();
                org.junit.jupiter.api.Assertions.fail("an endless stream was taken");
            } catch (ExchangeException e) {
                assertThat(e.getMessage()).isEqualTo(Path.of(device).getFileName() + " is not a StudyPath backup or "
                        + "catalog pack: what it sends does not start as JSON, so the import stopped; nothing was changed.");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aStreamOfJsonWithoutEndIsCutOffAtTheLimit() throws Exception {
        Path fifo = mkfifo("endless-pipe");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("{\"format\":".getBytes(StandardCharsets.UTF_8));
                byte[] spaces = new byte[64 * 1024];
                java.util.Arrays.fill(spaces, (byte) ' ');
                while (true) {
                    out.write(spaces);
                }
            } catch (IOException e) {
                // the reader stopped
            }
        });
        writer.setDaemon(true);
        writer.start();
        try {
            ImportFile.open(fifo, Duration.ofSeconds(5), 4L * 1024 * 1024).close();
            org.junit.jupiter.api.Assertions.fail("an endless stream was taken");
        } catch (ExchangeException e) {
            assertThat(e.getMessage()).isEqualTo("endless-pipe sent more than 4 MB, more than any backup holds, so the "
                    + "import stopped; nothing was changed.");
        }
    }

    @Test
    void theImportMethodsNeverOpenAPipeThemselves() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(OS.current() == OS.LINUX);
        Path fifo = mkfifo("direct-pipe");
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            try {
                services.exchange().restore(fifo, WorkProgress.NONE);
                org.junit.jupiter.api.Assertions.fail("a pipe was opened");
            } catch (ExchangeException e) {
                assertThat(e.getMessage()).isEqualTo("direct-pipe is not a regular file.");
            }
        }
    }

    private Path mkfifo(String name) throws Exception {
        Path fifo = files.resolve(name);
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        return fifo;
    }

    // 7. Settings from a file are input

    @Test
    void aRelativeBackupFolderFromABackupIsLeftOutWithAWarning() throws Exception {
        String bad = valid.replace("{\"key\":\"test.setting\"", "{\"key\":\"backup.folder\",\"value\":\"../../../../../../tmp/x\"},\n"
                + "{\"key\":\"ui.theme\",\"value\":\"NEON\"},\n{\"key\":\"test.setting\"");
        Path file = write(files, "folder.json", bad);
        assertThat(run("import", file.toString())).isEqualTo(CliRunner.OK);
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertThat(err).contains("Left out: the setting \"backup.folder\" cannot be \"../../../../../../tmp/x\": a backup "
                + "folder must be a full path from the top of the disk; StudyPath uses its default instead.");
        assertThat(err).contains("Left out: the setting \"ui.theme\" cannot be \"NEON\": it must be one of the choices in Settings");
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            assertThat(services.settings().get("backup.folder")).isEmpty();
            assertThat(services.settings().get("test.setting")).as("a setting this version does not read is kept").isPresent();
            assertThat(services.preferences().backupFolder()).isNull();
            assertThat(services.backups().folder()).isEqualTo(data.resolve("backups"));
        }
    }

    @Test
    void anAbsoluteFolderThatExistsIsKept() throws Exception {
        Path chosen = Files.createDirectories(files.resolve("chosen"));
        String ok = valid.replace("{\"key\":\"test.setting\"", "{\"key\":\"backup.folder\",\"value\":\""
                + chosen.toString().replace("\\", "\\\\") + "\"},\n{\"key\":\"test.setting\"");
        assertThat(run("import", write(files, "ok.json", ok).toString())).isEqualTo(CliRunner.OK);
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            assertThat(services.preferences().backupFolder()).isEqualTo(chosen);
        }
    }

    @Test
    void aRelativeFolderAlreadyInTheDatabaseIsNeverResolved() {
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            services.settings().put("backup.folder", "relative/folder");
        }
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            assertThat(services.preferences().backupFolder()).isNull();
            assertThat(services.backups().folder()).isEqualTo(data.resolve("backups"));
        }
    }

    // 9. Every destructive step can be undone

    @Test
    void aRestoreKeepsACheckedCopyThatPutsEverythingBack() throws Exception {
        String other = valid.replace(ExchangeFixture.SECOND_PATH, "Replaced path");
        assertThat(run("import", write(files, "other.json", other).toString())).isEqualTo(CliRunner.OK);
        String said = stderr.toString(StandardCharsets.UTF_8);
        Matcher kept = Pattern.compile("to go back to it: studypath backups restore (\\S+)").matcher(said);
        assertThat(kept.find()).as(said).isTrue();
        String name = kept.group(1);

        assertThat(run("backups")).isEqualTo(CliRunner.OK);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains(name).contains("before restore");

        assertThat(run("backups", "restore", name)).isEqualTo(CliRunner.OK);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Restored the copy " + name + ".")
                .contains("The data from before is kept as ");
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            assertThat(ExchangeFixture.withoutExportedAt(backup(services)))
                    .isEqualTo(ExchangeFixture.withoutExportedAt(before));
        }
    }

    @Test
    void aRefusedRestoreTakesNoCopy() throws Exception {
        refused("bad.json", valid.replaceFirst("\"start_date\":\"[0-9-]+\"", "\"start_date\":\"2026-02-30\""));
        assertThat(run("backups")).isEqualTo(CliRunner.OK);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).doesNotContain("before restore");
    }

    @Test
    void backupsRestoreOfAnUnknownNameSaysSo() throws Exception {
        assertThat(run("backups", "restore", "nope\u001b[2J.db")).isEqualTo(CliRunner.FAILED);
        assertThat(failureLine()).isEqualTo("There is no copy named \"nope\\e[2J.db\"; studypath backups lists them.");
    }
}
