package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log goes to logs/studypath.log in the data folder, once it is known, and nowhere before. */
class LogTest {
    @TempDir
    Path data;
    @TempDir
    Path other;

    @Test
    void messagesGoToTheDataFoldersLogOnceItIsSetUp() throws Exception {
        Log.toFolder(data);
        Log.of(LogTest.class).info("a line for a bug report: {}", "ok");
        Log.of(LogTest.class).debug("not kept");
        org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox.Example").info("a library's chatter");
        org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox.Example").warn("a library's warning");
        Path file = data.resolve("logs").resolve("studypath.log");
        String log = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(log).contains("StudyPath " + AppInfo.version() + " on Java", "INFO", LogTest.class.getName().substring(0, 10), "a line for a bug report: ok",
                "a library's warning").doesNotContain("not kept", "a library's chatter");

        Log.toFolder(other); // another data folder: the log moves with it
        Log.of(LogTest.class).warn("in the other folder");
        assertThat(Files.readString(other.resolve("logs").resolve("studypath.log"))).contains("in the other folder");
        assertThat(Files.readString(file)).doesNotContain("in the other folder");
    }

    /** A command that fails says why on stderr, as always, and the log keeps it for a bug report. */
    @Test
    void aFailedCommandIsInTheLog() throws Exception {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.OptionalInt status = CliRunner.withoutWindow(java.util.List.of("export", "--out", "-", "--format", "csv",
                "--path", "Nope"), option -> data, java.util.Locale.UK, java.io.InputStream.nullInputStream(),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                ExchangeFixture.CLOCK);
        assertThat(status).hasValue(CliRunner.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("studypath: ").doesNotContain("WARN");
        assertThat(Files.readString(data.resolve("logs").resolve("studypath.log"))).contains("WARN", "Command failed",
                "Nope");
    }
}
