package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.app.ExchangeFixture.CLOCK;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.report.ReportWords;
import org.studypath.exchange.plan.CsvPlanWriter;
import org.studypath.ui.common.Messages;

/**
 * The readable exports (calendar texts, Markdown, HTML, PDF) speak the UI's language; the CSV and the backup, read by
 * programs, are the same in every language.
 */
class ExportLanguageTest {
    @TempDir
    Path dir;

    private static String export(Services services, ExportFormat format, Locale language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long path = services.plans().paths().get(0).id();
        services.exchange().export(path, format, new ExchangeService.ExportOptions(false, LocalTime.of(19, 0),
                ZoneOffset.UTC, language), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aChineseExportHasChineseHeadingsEventTextsAndDates() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            String md = export(services, ExportFormat.MD, Locale.SIMPLIFIED_CHINESE);
            assertThat(md).contains("- **进度：** ", "## 按资源的进度", "这一周", "已完成")
                    .doesNotContain("Week of", "Progress by resource", "Exported");
            assertThat(md).as("a date as the window writes it in Chinese")
                    .contains(Messages.of(Locale.SIMPLIFIED_CHINESE).date(ExchangeFixture.TODAY));

            String html = export(services, ExportFormat.HTML, Locale.SIMPLIFIED_CHINESE);
            assertThat(html).contains("<html lang=\"zh-Hans\">", "<h2>按资源</h2>", "<h2>每周计划</h2>",
                    "<th scope=\"col\">单元</th>").doesNotContain("Week by week", ">Unit<");

            String ics = export(services, ExportFormat.ICS, Locale.SIMPLIFIED_CHINESE).replace("\r\n ", "");
            assertThat(ics).contains("X-WR-CALNAME:StudyPath：", "学习路径：").doesNotContain("Study path:");
            assertThat(ics).as("durations in the event texts").contains(" 分钟)");

            String csv = export(services, ExportFormat.CSV, Locale.SIMPLIFIED_CHINESE);
            assertThat(csv).startsWith(String.join(",", CsvPlanWriter.HEADER) + "\r\n");
            assertThat(csv).as("the same in every language").isEqualTo(export(services, ExportFormat.CSV, Locale.UK));
            assertThat(csv).contains(",not_started,");
        }
    }

    @Test
    void anEnglishExportIsInEnglish() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            String md = export(services, ExportFormat.MD, Locale.UK);
            assertThat(md).contains("## Progress by resource", "## Week of ").doesNotContain("这一周");
            assertThat(export(services, ExportFormat.HTML, Locale.UK)).contains("<html lang=\"en\">", "<h2>Week by week</h2>");
        }
    }

    @Test
    void theCommandLineWritesInTheSavedLanguage() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            services.settings().put("ui.language", "CHINESE");
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        CliRunner runner = new CliRunner(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), CLOCK);
        CommandLine commandLine = CommandLine.parse(List.of("export", "--format", "md", "--out", "-"));
        assertThat(runner.run(commandLine.command(), dir)).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("## 按资源的进度");
    }

    @Test
    void exportDatesAreWrittenAsTheWindowWritesThem() {
        for (Locale locale : List.of(Locale.UK, Locale.SIMPLIFIED_CHINESE)) {
            ReportWords words = ReportWords.of(locale);
            Messages messages = Messages.of(locale);
            java.time.LocalDate day = java.time.LocalDate.of(2027, 6, 7);
            assertThat(words.date(day)).isEqualTo(messages.date(day));
            assertThat(words.shortDate(day)).isEqualTo(messages.shortDate(day));
            // the window keeps a duration on one line with no-break spaces; an export writes plain ones
            assertThat(words.duration(135)).isEqualTo(Messages.plain(messages.duration(135)));
        }
    }

    /**
     * The window's weeks start on the day chosen in Settings (Sunday here), and so do the exported checklist's and
     * reports' weeks: they started on Monday whatever the choice, so the same week read differently.
     */
    @Test
    void theExportsWeeksStartOnTheDayChosenForTheWindow() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            long path = services.plans().paths().get(0).id();
            for (java.time.DayOfWeek first : new java.time.DayOfWeek[] {java.time.DayOfWeek.SUNDAY, java.time.DayOfWeek.MONDAY}) {
                for (ExportFormat format : new ExportFormat[] {ExportFormat.MD, ExportFormat.HTML}) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    services.exchange().export(path, format, new ExchangeService.ExportOptions(false,
                            LocalTime.of(19, 0), ZoneOffset.UTC, Locale.UK, first), out);
                    String text = out.toString(StandardCharsets.UTF_8);
                    java.util.regex.Matcher weeks = java.util.regex.Pattern.compile("Week of (\\w{3}) ").matcher(text);
                    List<String> days = weeks.results().map(m -> m.group(1)).distinct().toList();
                    assertThat(days).as(format + " weeks starting " + first).containsExactly(
                            first.getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK));
                }
            }
        }
    }
}
