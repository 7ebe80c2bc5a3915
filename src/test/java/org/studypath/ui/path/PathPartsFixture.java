package org.studypath.ui.path;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.app.Services;
import org.studypath.domain.plan.PathSummary;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;

/** One part of the path editor on its own: the real store on a temp folder (with the starter path), work run inline. */
abstract class PathPartsFixture {
    @TempDir
    Path dir;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    InlineTaskRunner runner = new InlineTaskRunner();
    PathWork work;
    int reloads;

    @BeforeEach
    void openStore() {
        services = Services.open(dir, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        work = new PathWork(services.plans(), runner, dialogs, Messages.of(Locale.UK));
        work.reloadWith(() -> reloads++);
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    PathSummary starter() {
        return services.plans().paths().get(0);
    }

    PlannedPath planned() {
        return services.plans().planned(starter().id()).orElseThrow();
    }
}
