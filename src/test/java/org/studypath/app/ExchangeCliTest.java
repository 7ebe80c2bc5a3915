package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studypath.app.ExchangeFixture.backup;
import static org.studypath.app.ExchangeFixture.write;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code studypath export} and {@code studypath import} without a window: output, exit status, one-line errors. */
class ExchangeCliTest {
    static final Clock BERLIN = Clock.fixed(ExchangeFixture.NOW, ZoneId.of("Europe/Berlin"));

    @TempDir
    Path data;
    @TempDir
    Path files;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    int run(String... args) throws CommandLine.UsageException {
        CommandLine commandLine = CommandLine.parse(List.of(args));
        assertThat(commandLine.command()).isNotNull();
        CliRunner runner = new CliRunner(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), BERLIN);
        return runner.run(commandLine.command(), data);
    }

    String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    /** The one line a failure writes to standard error, without its "studypath: " prefix. */
    String failure() {
        List<String> lines = err().lines().toList();
        assertThat(lines).as("exactly one line on standard error").hasSize(1);
        assertThat(lines.get(0)).startsWith("studypath: ");
        assertThat(out()).as("nothing on standard output").isEmpty();
        return lines.get(0).substring("studypath: ".length());
    }

    void addSecondPath() {
        try (Services services = Services.open(data, BERLIN)) {
            services.plans().create(ExchangeFixture.SECOND_PATH, ExchangeFixture.TODAY);
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatExportsToAFile(ExportFormat format) throws Exception {
        Path file = files.resolve("plan." + format.extension());
        assertThat(run("export", "--format", format.extension(), "--out", file.toString())).isEqualTo(CliRunner.OK);
        assertThat(err().lines().toList()).containsExactly("Exported " + format.label() + " to " + file);
        assertThat(out()).isEmpty();
        byte[] bytes = Files.readAllBytes(file);
        String start = new String(bytes, 0, Math.min(bytes.length, 40), StandardCharsets.UTF_8);
        switch (format) {
            case ICS -> assertThat(start).startsWith("BEGIN:VCALENDAR\r\n");
            case CSV -> assertThat(start).startsWith("date,resource,category,unit,");
            case MD -> assertThat(start).startsWith("# Maths for ML — starter path\n");
            case HTML -> assertThat(start).startsWith("<!DOCTYPE html>");
            case PDF -> assertThat(start).startsWith("%PDF-");
            case JSON -> assertThat(start).startsWith("{\"format\":\"studypath-backup\"");
        }
    }

    @Test
    void theFormatComesFromTheFileNameWhenNotGiven() throws Exception {
        Path file = files.resolve("plan.ics");
        assertThat(run("export", "--out", file.toString())).isEqualTo(CliRunner.OK);
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void dashWritesToStandardOutput() throws Exception {
        assertThat(run("export", "--format", "md", "--out", "-")).isEqualTo(CliRunner.OK);
        assertThat(out()).startsWith("# Maths for ML — starter path\n\n- **Progress:** ");
        assertThat(err()).isEmpty();
    }

    @Test
    void calendarOptionsReachTheExport() throws Exception {
        assertThat(run("export", "--format", "ics", "--out", "-", "--day-start", "7:30")).isEqualTo(CliRunner.OK);
        // the clock's zone is the calendar's zone: 07:30 in Berlin in January is 06:30Z
        assertThat(out()).contains("DTSTART:").containsPattern("DTSTART:\\d{8}T063000Z");
        stdout.reset();
        assertThat(run("export", "--format", "csv", "--out", "-", "--bom")).isEqualTo(CliRunner.OK);
        assertThat(out()).startsWith("\uFEFFdate,");
    }

    @Test
    void theBackupGoesToStandardOutputWhateverThePaths() throws Exception {
        addSecondPath();
        assertThat(run("export", "--format", "json", "--out", "-")).isEqualTo(CliRunner.OK);
        assertThat(out()).startsWith("{\"format\":\"studypath-backup\"").contains(ExchangeFixture.SECOND_PATH);
    }

    @Test
    void twoPathsAndNoPathOptionFails() throws Exception {
        addSecondPath();
        assertThat(run("export", "--format", "csv", "--out", files.resolve("x.csv").toString())).isEqualTo(CliRunner.FAILED);
        assertThat(failure()).startsWith("There are 2 study paths; choose one with --path: ")
                .contains("\"Maths for ML — starter path\"", "\"" + ExchangeFixture.SECOND_PATH + "\"");
        assertThat(files.resolve("x.csv")).doesNotExist();
    }

    @Test
    void thePathIsChosenByNameIgnoringCase() throws Exception {
        addSecondPath();
        assertThat(run("export", "--path", "  evenings: CALCULUS ", "--format", "md", "--out", "-")).isEqualTo(CliRunner.OK);
        assertThat(out()).startsWith("# Evenings: calculus\n");
    }

    @Test
    void anUnknownPathNameFails() throws Exception {
        assertThat(run("export", "--path", "Nope", "--format", "md", "--out", "-")).isEqualTo(CliRunner.FAILED);
        assertThat(failure()).isEqualTo("There is no study path named \"Nope\"; the paths are: \"Maths for ML — starter path\"");
    }

    @Test
    void noPathAtAllFails() throws Exception {
        try (Services services = Services.open(data, BERLIN)) {
            services.plans().delete(services.plans().paths().get(0).id());
        }
        assertThat(run("export", "--format", "md", "--out", "-")).isEqualTo(CliRunner.FAILED);
        assertThat(failure()).isEqualTo("There is no study path to export.");
    }

    @Test
    void exportingIntoAMissingFolderOrOntoAFolderFails() throws Exception {
        assertThat(run("export", "--format", "md", "--out", files.resolve("no/such/folder/plan.md").toString()))
                .isEqualTo(CliRunner.FAILED);
        assertThat(failure()).contains("does not exist");
        stderr.reset();
        assertThat(run("export", "--format", "md", "--out", files.toString())).isEqualTo(CliRunner.FAILED);
        assertThat(failure()).endsWith("it is a folder.");
    }

    @Test
    void importingABadFileFailsWithOneLineAndChangesNothing() throws Exception {
        byte[] before;
        try (Services services = Services.open(data, BERLIN)) {
            before = backup(services);
        }
        Path bad = write(files, "bad.json", "{\"format\":\"studypath-backup\",\n\"version\":1,\n\"tables\":{\"unit\":[{\"id\":\"x\"}]}}");
        assertThat(run("import", bad.toString())).isEqualTo(CliRunner.FAILED);
        assertThat(failure()).isEqualTo("bad.json line 3: unit row 1: \"id\" must be a whole number, not \"x\"");
        try (Services services = Services.open(data, BERLIN)) {
            assertThat(backup(services)).isEqualTo(before);
        }
    }

    @Test
    void importingSomethingElseFails() throws Exception {
        Path text = write(files, "notes.txt", "line one\nline two\n");
        assertThat(run("import", text.toString())).isEqualTo(CliRunner.FAILED);
        assertThat(failure()).startsWith("notes.txt is not a StudyPath backup or catalog pack");
        stderr.reset();
        assertThat(run("import", files.resolve("missing.json").toString())).isEqualTo(CliRunner.FAILED);
        assertThat(failure()).endsWith("missing.json does not exist.");
    }

    @Test
    void importingABackupRestoresIt() throws Exception {
        Path file;
        Path other = files.resolve("other-data");
        try (Services services = Services.open(other, BERLIN)) {
            ExchangeFixture.addUserData(services);
            file = write(files, "backup.json", backup(services));
        }
        assertThat(run("import", file.toString())).isEqualTo(CliRunner.OK);
        assertThat(err().lines().toList()).containsExactly(
                "Restored backup.json: 2 study paths, 13 resources, 3 units with progress, 1 time log, 2 notes.",
                "The data from before is kept as " + data.resolve("backups/studypath-2026-01-14-103000-before-restore.db")
                        + "; to go back to it: studypath backups restore studypath-2026-01-14-103000-before-restore.db");
        try (Services services = Services.open(data, BERLIN)) {
            assertThat(services.plans().paths()).hasSize(2);
        }
    }

    @Test
    void importingACatalogPackMergesIt() throws Exception {
        Path pack = write(files, "pack.json", CatalogPackImportTest.pack("extras", "https://example.org/second"));
        assertThat(run("import", pack.toString())).isEqualTo(CliRunner.OK);
        assertThat(err().lines().toList()).containsExactly(
                "Merged catalog pack \"extras\": 2 resources added, 1 new category, 0 already in the catalog.");
        stderr.reset();
        assertThat(run("import", pack.toString())).isEqualTo(CliRunner.OK);
        assertThat(err().lines().toList()).containsExactly(
                "Nothing added from catalog pack \"extras\": all 2 of its resources are already in the catalog.");
    }

    @Test
    void aFailureWithALongMessageIsStillOneLine() throws Exception {
        Path pack = write(files, "pack.json", "{\"format\": 1,\n \"id\": \"x\",\n \"version\": 1,\n \"categories\": [\n {]");
        assertThat(run("import", pack.toString())).isEqualTo(CliRunner.FAILED);
        assertThat(failure()).startsWith("pack.json: not valid JSON at line 5");
    }

    @Test
    void commandLinesThatParse() throws Exception {
        CommandLine.Export export = (CommandLine.Export) CommandLine.parse(List.of("export", "--path", "P", "--format",
                "markdown", "--out", "x.txt", "--bom", "--day-start=07:15", "--data-dir", "/d")).command();
        assertThat(export).isEqualTo(new CommandLine.Export("P", ExportFormat.MD, "x.txt", true, LocalTime.of(7, 15)));
        assertThat(((CommandLine.Export) CommandLine.parse(List.of("export", "--out", "plan.ICS")).command()).format())
                .as("from the extension").isEqualTo(ExportFormat.ICS);
        assertThat(((CommandLine.Export) CommandLine.parse(List.of("export", "--format=ical", "--out=-")).command()))
                .isEqualTo(new CommandLine.Export(null, ExportFormat.ICS, "-", false, LocalTime.of(19, 0)));
        assertThat(CommandLine.parse(List.of("import", "b.json", "--data-dir=/d")))
                .isEqualTo(new CommandLine("/d", false, false, new CommandLine.Import("b.json")));
    }

    @Test
    void usageErrors() {
        assertUsage(List.of("export", "--format", "docx", "--out", "x.docx"), "unknown format: docx (the formats are ics|csv|md|html|pdf|json)");
        assertUsage(List.of("export", "--format", "md"), "export needs --out FILE (or --out - for standard output)");
        assertUsage(List.of("export", "--format", "md", "--out"), "--out needs a file, or - for standard output");
        assertUsage(List.of("export", "--out", "plan"), "export needs --format ics|csv|md|html|pdf|json");
        assertUsage(List.of("export", "--out", "-"), "export needs --format ics|csv|md|html|pdf|json");
        assertUsage(List.of("export", "plan.md"), "export takes no file name of its own; use --out plan.md");
        assertUsage(List.of("export", "--format", "ics", "--out", "-", "--day-start", "25:00"),
                "--day-start needs a time such as 19:00, not 25:00");
        assertUsage(List.of("import"), "import needs a file");
        assertUsage(List.of("import", "a.json", "b.json"), "import takes one file");
        assertUsage(List.of("import", "a.json", "--format", "csv"), "import takes a file, --data-dir, and for a .studypath file --with-progress, --with-notes and --with-logs");
        assertUsage(List.of("backup"), "unknown command: backup (the commands are export, import, backups, notes, add, path and cards)");
        assertUsage(List.of("--format", "md"), "--path, --format, --out, --bom and --day-start go with the export command");
        assertUsage(List.of("export", "--out", "-", "--format", "md", "--frobnicate"), "unknown option: --frobnicate");
    }

    @Test
    void importRefusesExportOptions() {
        assertUsage(List.of("import", "a.json", "--bom"), "import takes a file, --data-dir, and for a .studypath file --with-progress, --with-notes and --with-logs");
        assertUsage(List.of("import", "a.json", "--day-start", "07:00"), "import takes a file, --data-dir, and for a .studypath file --with-progress, --with-notes and --with-logs");
    }

    static void assertUsage(List<String> args, String message) {
        assertThatThrownBy(() -> CommandLine.parse(args)).as(String.join(" ", args))
                .isInstanceOf(CommandLine.UsageException.class).hasMessage(message);
    }
}
