package org.studypath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.studypath.app.AppInfo;

/**
 * The runnable jar, as a user or a script starts it: {@code java -jar target/studypath.jar --version} answers without a
 * display (no DISPLAY, headless) and without touching any data folder.
 */
class RunnableJarIT {
    private static final Path JAR = Path.of(System.getProperty("studypath.jar", "target/studypath.jar"));

    record Run(int exit, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(javaBin.toString(), "-Djava.awt.headless=true",
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("LC_ALL", "C.UTF-8"); // an English system: the messages checked are the English ones
        Path home = Files.createTempDirectory("studypath-it-home");
        builder.environment().put("STUDYPATH_HOME", home.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        try (var left = Files.list(home)) {
            assertThat(left).as("no data folder is made for --version or --help").isEmpty();
        }
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void versionIsPrintedHeadlessWithoutADisplay() throws Exception {
        assertThat(JAR).exists();
        Run run = java("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo("StudyPath " + AppInfo.version()).matches("StudyPath \\d+\\.\\d+\\.\\d+.*");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsTheOptionsAndAWrongOptionIsAUsageError() throws Exception {
        Run help = java("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--data-dir", "--version");
        Run wrong = java("--no-such-option");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("studypath:");
    }

    /**
     * {@code cat backup.json | studypath import /dev/stdin}, through a real shell and pipe: the backup is read once
     * (a pipe is empty the second time), restored, and the copy from before is named; then {@code backups} lists it.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void aBackupPipedIntoStandardInputIsRestored() throws Exception {
        Path work = Files.createTempDirectory("studypath-it-pipe");
        Path data = work.resolve("data");
        Path backup = work.resolve("backup.json");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = JAR.toAbsolutePath().toString();
        Run export = shell(javaBin + " -jar '" + jar + "' export --format json --out '" + backup + "' --data-dir '" + data + "'");
        assertThat(export.exit()).as(export.err()).isZero();
        Run piped = shell("cat '" + backup + "' | " + javaBin + " -jar '" + jar + "' import /dev/stdin --data-dir '" + data + "'");
        assertThat(piped.exit()).as(piped.err()).isZero();
        assertThat(piped.err()).startsWith("Restored stdin: 1 study path, 12 resources")
                .contains("The data from before is kept as " + data.resolve("backups")).contains("-before-restore.db");
        Run dash = shell("cat '" + backup + "' | " + javaBin + " -jar '" + jar + "' import - --data-dir '" + data + "'");
        assertThat(dash.exit()).as(dash.err()).isZero();
        Run list = shell(javaBin + " -jar '" + jar + "' backups --data-dir '" + data + "'");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out().lines().filter(l -> l.contains("before restore")).count()).isEqualTo(2);
    }

    private static Run shell(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("LC_ALL", "C.UTF-8"); // an English system: the messages checked are the English ones
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), out, err);
    }
}
