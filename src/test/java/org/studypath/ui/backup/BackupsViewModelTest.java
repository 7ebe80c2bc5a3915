package org.studypath.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.app.Services;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;

class BackupsViewModelTest {
    @TempDir
    Path dir;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    AtomicInteger reloads = new AtomicInteger();
    BackupsViewModel model;

    @BeforeEach
    void open() {
        services = Services.open(dir);
        model = new BackupsViewModel(services.backups(), new InlineTaskRunner(), dialogs, Messages.of(Locale.UK), reloads::incrementAndGet);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anEmptyListSaysWhenBackupsAreTaken() {
        model.load();
        assertThat(model.rows()).isEmpty();
        assertThat(model.statusProperty().get()).contains("No backups yet").contains("each day when you close it");
        assertThat(model.cannotRestore().get()).isTrue();
    }

    @Test
    void backUpNowAddsARowAndRestoreAsksFirstThenReloadsThePages() {
        model.backUpNow();
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.why()).isEqualTo("Taken by you");
            assertThat(row.size()).matches("\\d+ KB|\\d+\\.\\d MB");
        });
        long pathId = services.plans().paths().get(0).id();
        long unit = services.plans().planned(pathId).orElseThrow().units().keySet().iterator().next();
        services.progress().setStates(java.util.List.of(new UnitState(unit, UnitStatus.DONE, services.progress().today())));

        model.selectedProperty().set(model.rows().get(0));
        dialogs.answer = false;
        model.restoreSelected();
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(reloads).as("declined: nothing happens").hasValue(0);
        assertThat(services.plans().planned(pathId).orElseThrow().units().get(unit).status()).isEqualTo(UnitStatus.DONE);

        dialogs.answer = true;
        model.restoreSelected();
        assertThat(reloads).hasValue(1);
        assertThat(services.plans().planned(pathId).orElseThrow().units().get(unit).status()).isEqualTo(UnitStatus.NOT_STARTED);
        assertThat(dialogs.infos).singleElement().asString().contains("back to how it was");
        assertThat(model.rows()).extracting(BackupsViewModel.Row::why).contains("Before a restore", "Taken by you");
    }

    @Test
    void inChineseTheListAndItsStatusAreChinese() {
        model = new BackupsViewModel(services.backups(), new InlineTaskRunner(), dialogs,
                Messages.of(Locale.SIMPLIFIED_CHINESE), reloads::incrementAndGet);
        model.load();
        assertThat(model.statusProperty().get()).isEqualTo("还没有备份。StudyPath 每天在你关闭它时都会备份一次。");

        model.backUpNow();
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.why()).isEqualTo("手动备份");
            assertThat(row.when()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d\\d:\\d\\d");
        });
        assertThat(model.statusProperty().get()).isEqualTo(model.folder() + " 中有 1 个备份");

        String when = model.rows().get(0).when();
        model.selectedProperty().set(model.rows().get(0));
        model.restoreSelected();
        assertThat(dialogs.confirmations).containsExactly("恢复这个备份？");
        assertThat(dialogs.infos).singleElement().asString().startsWith("备份已恢复: StudyPath 已回到 " + when
                + " 时的状态。恢复前的数据已作为“恢复前”副本保存在此列表中：\n").endsWith("-before-restore.db");
        assertThat(model.rows()).extracting(BackupsViewModel.Row::why).contains("恢复之前", "手动备份");
    }

    @Test
    void theEnglishStatusCountsBackupsInWords() {
        model.backUpNow();
        assertThat(model.statusProperty().get()).isEqualTo("1 backup in " + model.folder());
        assertThat(Messages.of(Locale.UK).text("backup.status.count", 12, "/backups")).isEqualTo("12 backups in /backups");
    }

    @Test
    void sizesReadLikeAFileManagers() {
        Messages uk = Messages.of(Locale.UK);
        assertThat(BackupsViewModel.size(300, uk)).isEqualTo("1 KB");
        assertThat(BackupsViewModel.size(512 * 1024, uk)).isEqualTo("512 KB");
        assertThat(BackupsViewModel.size(3 * 1024 * 1024 + 300_000, uk)).isEqualTo("3.3 MB");
        assertThat(BackupsViewModel.size(3 * 1024 * 1024, uk)).isEqualTo("3.0 MB");
        assertThat(BackupsViewModel.size(3 * 1024 * 1024 + 300_000, Messages.of(Locale.GERMANY)))
                .as("the locale's decimal comma").isEqualTo("3,3 MB");
    }
}
