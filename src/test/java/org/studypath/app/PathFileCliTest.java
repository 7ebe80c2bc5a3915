package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studypath path export} and {@code studypath import FILE.studypath}, between two data folders. */
class PathFileCliTest {
    @TempDir
    Path sender;
    @TempDir
    Path receiver;
    @TempDir
    Path files;

    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    int run(Path data, String... args) throws CommandLine.UsageException {
        stdout.reset();
        stderr.reset();
        CommandLine commandLine = CommandLine.parse(List.of(args));
        CliRunner runner = new CliRunner(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), ExchangeFixture.CLOCK);
        return runner.run(commandLine.command(), data);
    }

    String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    String starterName() {
        try (Services services = Services.open(sender, ExchangeFixture.CLOCK)) {
            long starter = ExchangeFixture.addUserData(services).starterPathId();
            return services.plans().paths().stream().filter(p -> p.id() == starter).findFirst().orElseThrow().name();
        }
    }

    @Test
    void exportsAPathAndImportsItIntoAnotherFolder() throws Exception {
        String name = starterName();
        Path file = files.resolve("shared.studypath");
        assertThat(run(sender, "path", "export", "--path", name.toUpperCase(java.util.Locale.ROOT), "--out", file.toString(),
                "--with-progress")).isEqualTo(CliRunner.OK);
        assertThat(err()).startsWith("Exported the study path \"" + name + "\" to " + file + ": ")
                .contains("With progress on 3 units, no notes, no time logs.");
        assertThat(Files.readString(file)).contains("\"status\" : \"DONE\"").doesNotContain("zygomorphic");

        assertThat(run(receiver, "import", file.toString())).isEqualTo(CliRunner.OK);
        assertThat(err()).contains("Imported the study path \"" + name + "\" from shared.studypath as \"" + name + " (2)\"")
                .contains("0 new").contains("add --with-progress");
        assertThat(run(receiver, "import", file.toString(), "--with-progress")).isEqualTo(CliRunner.OK);
        assertThat(err()).contains("as \"" + name + " (3)\"").contains("Added progress on 3 units, no notes, no time logs");
        try (Services services = Services.open(receiver, ExchangeFixture.CLOCK)) {
            assertThat(services.plans().paths()).extracting(p -> p.name()).contains(name + " (2)", name + " (3)");
        }
    }

    @Test
    void exportToStandardOutput() throws Exception {
        starterName();
        assertThat(run(sender, "path", "export", "--path", ExchangeFixture.SECOND_PATH, "--out", "-")).isEqualTo(CliRunner.OK);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith("{").contains("\"format\" : \"studypath-path\"");
    }

    @Test
    void aRefusedFileFailsWithOneLineAndChangesNothing() throws Exception {
        Path bad = ExchangeFixture.write(files, "bad.studypath", PathFileHostileTest.VALID.replace("\"minutes\": 40", "\"minutes\": -5"));
        try (Services services = Services.open(receiver, ExchangeFixture.CLOCK)) {
            services.plans().paths();
        }
        byte[] before;
        try (Services services = Services.open(receiver, ExchangeFixture.CLOCK)) {
            before = ExchangeFixture.withoutExportedAt(ExchangeFixture.backup(services)).getBytes(StandardCharsets.UTF_8);
        }
        assertThat(run(receiver, "import", bad.toString(), "--with-progress")).isEqualTo(CliRunner.FAILED);
        assertThat(err().lines().toList()).hasSize(1);
        assertThat(err()).startsWith("studypath: bad.studypath: resources[0]: resource \"Quokka topology\": units[0]: minutes");
        try (Services services = Services.open(receiver, ExchangeFixture.CLOCK)) {
            assertThat(ExchangeFixture.withoutExportedAt(ExchangeFixture.backup(services)).getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(before);
        }
    }

    @Test
    void anUnknownPathFails() throws Exception {
        starterName();
        assertThat(run(sender, "path", "export", "--path", "Nope", "--out", files.resolve("x.studypath").toString()))
                .isEqualTo(CliRunner.FAILED);
        assertThat(err()).startsWith("studypath: There is no study path named \"Nope\"");
        assertThat(files.resolve("x.studypath")).doesNotExist();
    }

    @Test
    void usageErrors() {
        ExchangeCliTest.assertUsage(List.of("path"), "path needs a command: studypath path export --path NAME --out FILE.studypath");
        ExchangeCliTest.assertUsage(List.of("path", "export", "--path", "x"),
                "path export needs --out FILE.studypath (or --out - for standard output)");
        ExchangeCliTest.assertUsage(List.of("path", "export", "--out", "x.studypath", "--format", "csv"),
                "unknown option: --format");
    }

    @Test
    void helpOfPathExportIsItsOwnInBothLanguages() throws Exception {
        CommandLine help = CommandLine.parse(List.of("path", "export", "--help"));
        assertThat(help.helpFor()).isEqualTo("path export");
        assertThat(CommandLine.usage(java.util.Locale.UK, help.helpFor())).contains("--with-progress")
                .contains("to hand to someone").doesNotContain("--day-start");
        assertThat(CommandLine.usage(java.util.Locale.SIMPLIFIED_CHINESE, help.helpFor())).contains("写入你的进度");
        assertThat(CommandLine.usage(java.util.Locale.UK, "export")).contains("--day-start");
    }
}
