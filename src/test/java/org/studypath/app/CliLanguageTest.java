package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line speaks the learner's language: {@code --lang}, else the language saved in Settings, else the
 * system's; help, usage errors and every message follow it, while what programs read (a CSV, a backup) does not.
 */
class CliLanguageTest {
    private static final Locale BRITISH_SYSTEM = Locale.UK;

    @TempDir
    Path data;
    @TempDir
    Path files;

    private ByteArrayOutputStream stdout;
    private ByteArrayOutputStream stderr;

    /** Runs {@code studypath ARGS} on {@link #data} as the launcher does; the exit status, or -1 for the window. */
    private int run(Locale system, String... args) {
        stdout = new ByteArrayOutputStream();
        stderr = new ByteArrayOutputStream();
        OptionalInt status = CliRunner.withoutWindow(List.of(args), option -> option == null ? data : Path.of(option),
                system, new ByteArrayInputStream(new byte[0]), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), ExchangeFixture.CLOCK);
        return status.orElse(-1);
    }

    private int run(String... args) {
        return run(BRITISH_SYSTEM, args);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private void saveLanguage(Preferences.Language language) {
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            Preferences before = services.preferences();
            services.savePreferences(new Preferences(language, before.theme(), before.firstDayOfWeek(),
                    before.backupFolder(), before.startupNotification()));
        }
    }

    @Test
    void langZhSaysEverythingInChinese() {
        Path file = files.resolve("plan.md");
        assertThat(run("export", "--out", file.toString(), "--lang", "zh")).isEqualTo(CliRunner.OK);
        assertThat(err().strip()).isEqualTo("已将清单（Markdown）导出到 " + file);

        assertThat(run("--help", "--lang=zh")).isEqualTo(CliRunner.OK);
        assertThat(out()).startsWith("用法：studypath").contains("--lang en|zh", "退出状态：");

        assertThat(run("export", "--help", "--lang", "zh")).isEqualTo(CliRunner.OK);
        assertThat(out()).startsWith("用法：studypath export").contains("--day-start HH:MM", "日历导出", "退出状态：");

        assertThat(run("backups", "--lang", "zh")).isEqualTo(CliRunner.OK);
        assertThat(err()).contains("中还没有副本").doesNotContain("There are");

        assertThat(run("export", "--lang", "zh", "--format", "md")).isEqualTo(CliRunner.USAGE);
        assertThat(err().lines().findFirst()).contains("studypath: export 需要 --out 文件（或用 --out - 写到标准输出）");
        assertThat(err()).contains("用法：");

        // a failure, with its reason from the store, is Chinese too
        assertThat(run("export", "--out", files.resolve("x.md").toString(), "--path", "Nope", "--lang", "zh"))
                .isEqualTo(CliRunner.FAILED);
        assertThat(err().strip()).startsWith("studypath: 没有名为“Nope”的学习路径");
    }

    @Test
    void theLanguageSavedInSettingsIsTheCommandLinesAndLangEnOverridesIt() {
        saveLanguage(Preferences.Language.CHINESE);
        Path file = files.resolve("plan.ics");
        assertThat(run("export", "--out", file.toString())).isEqualTo(CliRunner.OK);
        assertThat(err().strip()).isEqualTo("已将日历（iCalendar .ics）导出到 " + file);
        assertThat(run("--help")).isEqualTo(CliRunner.OK);
        assertThat(out()).startsWith("用法：");
        assertThat(run("import")).isEqualTo(CliRunner.USAGE);
        assertThat(err().lines().findFirst()).contains("studypath: import 需要一个文件");

        assertThat(run("export", "--out", file.toString(), "--lang", "en")).isEqualTo(CliRunner.OK);
        assertThat(err().strip()).isEqualTo("Exported Calendar (iCalendar .ics) to " + file);
        assertThat(run("--help", "--lang", "en")).isEqualTo(CliRunner.OK);
        assertThat(out()).startsWith("Usage: studypath").contains("--lang en|zh");

        // English saved, on a Chinese system: English
        saveLanguage(Preferences.Language.ENGLISH);
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "export", "--out", file.toString())).isEqualTo(CliRunner.OK);
        assertThat(err().strip()).isEqualTo("Exported Calendar (iCalendar .ics) to " + file);
    }

    @Test
    void asTheSystemIsTheSystemsLanguage() {
        Path file = files.resolve("plan.csv");
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "export", "--out", file.toString())).isEqualTo(CliRunner.OK);
        assertThat(err().strip()).isEqualTo("已将电子表格（CSV）导出到 " + file);
        assertThat(run(Locale.US, "export", "--out", file.toString())).isEqualTo(CliRunner.OK);
        assertThat(err().strip()).isEqualTo("Exported Spreadsheet (CSV) to " + file);
    }

    @Test
    void aLanguageItDoesNotKnowIsOneSentenceAndAUsageError() {
        assertThat(run("export", "--out", "-", "--format", "csv", "--lang", "xx")).isEqualTo(CliRunner.USAGE);
        List<String> lines = err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("studypath: --lang takes en (English) or zh (Chinese), not xx");
        assertThat(lines.get(1)).startsWith("Usage: studypath");
        assertThat(out()).isEmpty();
        assertThat(run("--lang")).isEqualTo(CliRunner.USAGE);
        assertThat(err().lines().findFirst()).contains("studypath: --lang needs en or zh");

        // in the saved language when --lang cannot be read
        saveLanguage(Preferences.Language.CHINESE);
        assertThat(run("--lang", "fr")).isEqualTo(CliRunner.USAGE);
        assertThat(err().lines().findFirst()).contains("studypath: --lang 只接受 en（英文）或 zh（中文），不接受 fr");
        assertThat(run("--lang", "zh-CN", "--help")).isEqualTo(CliRunner.OK);
        assertThat(out()).startsWith("用法：");
    }

    @Test
    void whatProgramsReadIsTheSameInEveryLanguage() throws Exception {
        assertThat(run("export", "--format", "csv", "--out", "-", "--lang", "en")).isEqualTo(CliRunner.OK);
        String english = out();
        assertThat(run("export", "--format", "csv", "--out", "-", "--lang", "zh")).isEqualTo(CliRunner.OK);
        assertThat(out()).isEqualTo(english).startsWith("date,resource,category,unit,");
        assertThat(err()).isEmpty();

        Path en = files.resolve("en.json");
        Path zh = files.resolve("zh.json");
        assertThat(run("export", "--out", en.toString(), "--lang", "en")).isEqualTo(CliRunner.OK);
        assertThat(run("export", "--out", zh.toString(), "--lang", "zh")).isEqualTo(CliRunner.OK);
        assertThat(ExchangeFixture.withoutExportedAt(Files.readAllBytes(zh)))
                .isEqualTo(ExchangeFixture.withoutExportedAt(Files.readAllBytes(en)));

        // the list of copies keeps its dates and sizes; only the reason is in words of the language
        assertThat(run("import", en.toString(), "--lang", "zh")).isEqualTo(CliRunner.OK);
        assertThat(err()).contains("已恢复").contains("studypath backups restore");
        assertThat(run("backups", "--lang", "zh")).isEqualTo(CliRunner.OK);
        assertThat(out().lines().filter(l -> l.contains("before-restore"))).singleElement().asString()
                .contains("恢复前").matches(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");
    }

    @Test
    void noLanguageOptionStartsTheWindow() {
        assertThat(run("--lang", "zh")).isEqualTo(-1);
        assertThat(run("--data-dir", data.toString())).isEqualTo(-1);
    }

    /** A data folder first made by the command line in Chinese has its starter path named in Chinese, as the window's. */
    @Test
    void aFirstStartFromTheCommandLineNamesTheStarterPathInItsLanguage() throws Exception {
        Path csv = files.resolve("plan.csv");
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "export", "--format", "csv", "--out", csv.toString())).isZero();
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            assertThat(services.plans().paths()).extracting(p -> p.name())
                    .containsExactly(StarterPath.NAME.in(Locale.SIMPLIFIED_CHINESE));
        }
    }
}
