package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The command line as picocli reads it: each command's own help in both languages, the options every command takes
 * on either side of its name, and what a command line of the window or --version gives without picocli.
 */
class CliCommandsTest {
    @Test
    void everyCommandHasItsOwnHelpInEnglishAndChinese() throws Exception {
        for (String command : List.of("export", "import", "backups")) {
            CommandLine asked = CommandLine.parse(List.of(command, "--help"));
            assertThat(asked.help()).isTrue();
            assertThat(asked.helpFor()).isEqualTo(command);
            assertThat(asked.command()).as("help runs nothing").isNull();
            assertThat(CommandLine.usage(Locale.UK, command)).startsWith("Usage: studypath " + command)
                    .contains("--data-dir DIR", "--lang en|zh", "Exit status:").doesNotContain("%n", "''");
            assertThat(CommandLine.usage(Locale.SIMPLIFIED_CHINESE, command)).startsWith("用法：studypath " + command)
                    .contains("--data-dir DIR", "退出状态：");
        }
        assertThat(CommandLine.usage(Locale.UK, "export")).contains("--format FORMAT", "ics|csv|md|html|pdf|json",
                "--out FILE|-", "--bom", "--day-start HH:MM", "--path NAME");
        assertThat(CommandLine.usage(Locale.UK)).contains("export", "import", "backups", "-V, --version",
                "-h, --help", "StudyPath's data");
        assertThat(CommandLine.parse(List.of("-h")).helpFor()).isNull();
    }

    @Test
    void theOptionsOfEveryCommandGoBeforeOrAfterItsNameAndTheLastCounts() throws Exception {
        assertThat(CommandLine.parse(List.of("--data-dir", "/a", "backups", "--data-dir=/b")).dataDir()).isEqualTo("/b");
        assertThat(CommandLine.parse(List.of("--lang", "zh", "import", "x.json")).language())
                .isEqualTo(Preferences.Language.CHINESE);
        assertThat(CommandLine.parse(List.of("import", "x.json", "--lang=en")).language())
                .isEqualTo(Preferences.Language.ENGLISH);
        assertThat(CommandLine.parse(List.of("export", "--out", "-", "--format", "md", "--format", "csv")).command())
                .isEqualTo(new CommandLine.Export(null, ExportFormat.CSV, "-", false, LocalTime.of(19, 0)));
        assertThat(CommandLine.parse(List.of("backups", "-V")).version()).isTrue();
    }

    @Test
    void aFileNameStartingWithAtIsAFileName() throws Exception {
        assertThat(CommandLine.parse(List.of("import", "@pack.json")).command())
                .isEqualTo(new CommandLine.Import("@pack.json"));
    }

    @Test
    void theWindowsOwnCommandLineAndVersionMeanWhatPicocliWouldRead() throws Exception {
        assertThat(CommandLine.parse(List.of())).isEqualTo(new CommandLine(null, false, false));
        assertThat(CommandLine.parse(List.of("--data-dir", "/d", "--lang", "zh")))
                .isEqualTo(new CommandLine("/d", false, false, null, Preferences.Language.CHINESE));
        assertThat(CommandLine.parse(List.of("--lang=en", "--data-dir=/e")))
                .isEqualTo(new CommandLine("/e", false, false, null, Preferences.Language.ENGLISH));
        assertThat(CommandLine.parse(List.of("--data-dir", "/d", "-V")))
                .isEqualTo(new CommandLine("/d", true, false, null, null));
        assertThatThrownBy(() -> CommandLine.parse(List.of("--data-dir", " "))).hasMessage("--data-dir needs a folder");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--data-dir="))).hasMessage("--data-dir needs a folder");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--data-dir", "/d", "--out", "x")))
                .hasMessage("--path, --format, --out, --bom and --day-start go with the export command");
    }

    @Test
    void wrongCommandLinesKeepTheirSentences() {
        ExchangeCliTest.assertUsage(List.of("backups", "--out", "x"), "backups takes only restore NAME and --data-dir");
        ExchangeCliTest.assertUsage(List.of("backups", "restore"), "backups restore needs the name of one copy (see studypath backups)");
        ExchangeCliTest.assertUsage(List.of("backups", "list"), "unknown backups command: list (use backups, or backups restore NAME)");
        ExchangeCliTest.assertUsage(List.of("import", "--day-start=07:00", "a.json"), "import takes a file, --data-dir, and for a .studypath file --with-progress, --with-notes and --with-logs");
        ExchangeCliTest.assertUsage(List.of("export", "--out", ""), "--out needs a file, or - for standard output");
        ExchangeCliTest.assertUsage(List.of("export", "--out", "-", "--path"), "--path needs a study path's name");
        ExchangeCliTest.assertUsage(List.of("--frobnicate=1"), "unknown option: --frobnicate");
        ExchangeCliTest.assertUsage(List.of("-"), "unknown command: - (the commands are export, import, backups, notes, add, path and cards)");
    }
}
