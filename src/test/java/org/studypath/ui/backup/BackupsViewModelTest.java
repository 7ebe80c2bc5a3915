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
        model = new BackupsViewModel(services.backups(), new InlineTaskRunner(), dialogs, Locale.UK, reloads::incrementAndGet);
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
    void sizesReadLikeAFileManagers() {
        assertThat(BackupsViewModel.size(300)).isEqualTo("1 KB");
        assertThat(BackupsViewModel.size(512 * 1024)).isEqualTo("512 KB");
        assertThat(BackupsViewModel.size(3 * 1024 * 1024 + 300_000)).isEqualTo("3.3 MB");
    }
}
