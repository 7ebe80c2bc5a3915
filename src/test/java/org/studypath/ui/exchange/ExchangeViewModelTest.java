package org.studypath.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.app.ExportFormat;
import org.studypath.app.Services;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.report.PlanReport;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/** File → Export, Import and Print without a screen: real services on temporary folders, work run inline. */
class ExchangeViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    SimpleObjectProperty<PathSummary> selected = new SimpleObjectProperty<>();
    ExportChoice answer = new ExportChoice(ExportFormat.CSV, true, LocalTime.of(19, 0));
    List<PlanReport> printed = new ArrayList<>();
    int reloads;

    @BeforeEach
    void open() {
        services = Services.open(home.resolve("data"), CLOCK);
        selected.set(services.plans().paths().get(0));
    }

    @AfterEach
    void close() {
        services.close();
    }

    Messages messages = Messages.of(java.util.Locale.UK);

    ExchangeViewModel viewModel(TaskRunner runner) {
        return new ExchangeViewModel(services.exchange(), runner, dialogs, (path, previous) -> Optional.ofNullable(answer),
                report -> {
                    printed.add(report);
                    return ReportPrinter.PrintResult.PRINTED;
                }, selected, CLOCK, messages, () -> reloads++);
    }

    @Test
    void exportsTheSelectedPathToTheChosenFileWithASafeSuggestedName() throws Exception {
        long id = services.plans().create("../../etc/passwd", LocalDate.of(2026, 12, 1));
        selected.set(services.plans().paths().stream().filter(p -> p.id() == id).findFirst().orElseThrow());
        services.plans().addResources(id, List.of(1L));
        dialogs.fileAnswer = home.resolve("plan.csv");
        ExchangeViewModel vm = viewModel(new InlineTaskRunner());

        vm.export();

        assertThat(dialogs.suggestedNames).containsExactly("etc-passwd.csv");
        byte[] bytes = Files.readAllBytes(home.resolve("plan.csv"));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF); // the byte order mark the user asked for
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("date,resource,category,unit");
        assertThat(vm.statusProperty().get()).startsWith("Exported Spreadsheet (CSV) to ");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void withoutAPathOnlyTheBackupCanBeExported() throws Exception {
        selected.set(null);
        dialogs.fileAnswer = home.resolve("plan.csv");
        ExchangeViewModel vm = viewModel(new InlineTaskRunner());
        vm.export();
        assertThat(dialogs.errors).singleElement().asString().contains("Create or choose a study path first");
        assertThat(home.resolve("plan.csv")).doesNotExist();

        dialogs.fileAnswer = home.resolve("backup.json");
        vm.backup();
        assertThat(Files.readString(home.resolve("backup.json"))).startsWith("{\"format\":\"studypath-backup\"");
        assertThat(dialogs.suggestedNames).last().asString().isEqualTo("StudyPath backup 2026-12-01.json");
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNoFile() {
        dialogs.fileAnswer = home.resolve("no-such-folder/plan.csv");
        ExchangeViewModel vm = viewModel(new InlineTaskRunner());
        vm.export();
        assertThat(dialogs.errors).singleElement().asString().contains("Export failed").contains("does not exist");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void restoresABackupOnlyAfterTheUserConfirmsThePreview() throws Exception {
        Path backup = home.resolve("backup.json");
        dialogs.fileAnswer = backup;
        viewModel(new InlineTaskRunner()).backup();
        services.plans().create("Made after the backup", LocalDate.of(2026, 12, 1));
        assertThat(services.plans().paths()).hasSize(2);

        dialogs.answer = false;
        ExchangeViewModel vm = viewModel(new InlineTaskRunner());
        vm.importFile();
        assertThat(dialogs.lists).singleElement().asList().contains("Study paths: 2 now, 1 in the backup");
        assertThat(services.plans().paths()).hasSize(2);
        assertThat(reloads).isZero();

        dialogs.answer = true;
        vm.importFile();
        assertThat(services.plans().paths()).extracting(PathSummary::name).doesNotContain("Made after the backup");
        assertThat(reloads).isEqualTo(1);
        assertThat(vm.statusProperty().get()).startsWith("Restored the backup backup.json. The data from before is kept "
                + "as the backup ").endsWith("-before-restore.db (File → Backups).");
    }

    @Test
    void aBrokenBackupIsRefusedWithItsLineAndChangesNothing() throws Exception {
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"studypath-backup\",\"version\":1,\n\"tables\":{\"category\":[\n{\"id\":\"one\"}]}}");
        dialogs.fileAnswer = bad;
        viewModel(new InlineTaskRunner()).importFile();
        assertThat(dialogs.errors).singleElement().asString()
                .contains("bad.json line 3: category row 1: \"id\" must be a whole number, not \"one\"");
        assertThat(dialogs.lists).isEmpty();
        assertThat(services.plans().paths()).hasSize(1);
    }

    @Test
    void cancellingARestoreChangesNothing() throws Exception {
        Path backup = home.resolve("backup.json");
        dialogs.fileAnswer = backup;
        viewModel(new InlineTaskRunner()).backup();
        services.plans().create("Kept", LocalDate.of(2026, 12, 1));
        Deferred runner = new Deferred();
        ExchangeViewModel vm = viewModel(runner);

        vm.importFile();
        assertThat(vm.cancellableProperty().get()).isTrue();
        runner.runNext(); // the preview; once confirmed, the restore is queued
        assertThat(dialogs.lists).hasSize(1);
        assertThat(vm.busyProperty().get()).isTrue();
        vm.cancel();
        runner.runAll();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Cancelled");
        assertThat(services.plans().paths()).extracting(PathSummary::name).contains("Kept");
        assertThat(reloads).isZero();
    }

    @Test
    void printsTheSelectedPathsReport() {
        ExchangeViewModel vm = viewModel(new InlineTaskRunner());
        vm.print();
        assertThat(printed).singleElement().extracting(PlanReport::pathName).isEqualTo(selected.get().name());
        assertThat(vm.statusProperty().get()).startsWith("Sent ");

        selected.set(null);
        vm.print();
        assertThat(dialogs.errors).singleElement().asString().contains("Nothing to print");
    }

    @Test
    void inChineseTheStatusDialogsAndRestorePreviewAreChinese() throws Exception {
        messages = Messages.of(java.util.Locale.SIMPLIFIED_CHINESE);
        dialogs.fileAnswer = home.resolve("plan.csv");
        ExchangeViewModel vm = viewModel(new InlineTaskRunner());

        vm.export();
        assertThat(vm.statusProperty().get()).isEqualTo("已导出电子表格（CSV）：" + home.resolve("plan.csv"));

        Path backup = home.resolve("backup.json");
        dialogs.fileAnswer = backup;
        vm.backup();
        assertThat(dialogs.suggestedNames).last().asString().isEqualTo("StudyPath 备份 2026-12-01.json");
        services.plans().create("备份之后", LocalDate.of(2026, 12, 1));
        dialogs.answer = false;
        vm.importFile();
        assertThat(dialogs.lists).singleElement().asList().contains("学习路径：当前 2，备份中 1");

        vm.print();
        assertThat(vm.statusProperty().get()).isEqualTo("已将“" + selected.get().name() + "”发送到打印机");
        selected.set(null);
        vm.print();
        assertThat(dialogs.errors).containsExactly("没有可打印的内容: 请先创建或选择一条学习路径。");
    }

    @Test
    void theFormatNamesFollowTheLanguage() {
        assertThat(ExchangeViewModel.label(ExportFormat.CSV, Messages.of(java.util.Locale.UK)))
                .isEqualTo(ExportFormat.CSV.label());
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(ExchangeViewModel.label(format, Messages.of(java.util.Locale.UK))).isEqualTo(format.label());
        }
        assertThat(ExchangeViewModel.label(ExportFormat.ICS, Messages.of(java.util.Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("日历（iCalendar .ics）");
    }

    @Test
    void thePrintedUnitNamesItsPartAndStatusInTheUiLanguage() {
        PlanReport.Row row = new PlanReport.Row(LocalDate.of(2026, 12, 2), 1, "Calculus", "Maths", "", 7, "Limits", 2, 3,
                30, org.studypath.domain.plan.UnitStatus.SKIPPED, LocalDate.of(2026, 12, 1));
        assertThat(new FxReportPrinter(null, Messages.of(java.util.Locale.UK)).unitText(row))
                .isEqualTo("Limits (part 2 of 3) (skipped)");
        assertThat(new FxReportPrinter(null, Messages.of(java.util.Locale.SIMPLIFIED_CHINESE)).unitText(row))
                .isEqualTo("Limits（第 2 部分，共 3 部分）（已跳过）");
    }

    /** Runs queued work only when told, so a test can cancel in between. */
    static final class Deferred implements TaskRunner {
        final List<Runnable> queue = new ArrayList<>();
        final InlineTaskRunner inline = new InlineTaskRunner();

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> inline.run(description, work, onSuccess, onFailure));
        }

        void runNext() {
            queue.remove(0).run();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.remove(0).run();
            }
        }
    }
}
