package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.store.Database;

/** The start-up's first phase: every way opening the data folder ends is an outcome, never an exception. */
class StartupTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;

    private StartupOutcome open() {
        return Startup.open(List.of("--data-dir", dir.toString()), CLOCK, Locale.UK, Runnable::run);
    }

    @Test
    void anOpenFolderComesWithTheLearnersChoices() {
        try (Services services = Services.open(dir, CLOCK)) {
            LeftOff.rememberPage(services.settings(), LeftOff.Page.SCHEDULE);
            new WindowPlacement(10, 20, 900, 600, false).save(services.settings());
        }
        StartupOutcome outcome = open();
        assertThat(outcome).isInstanceOf(StartupOutcome.Opened.class);
        StartupOutcome.Opened opened = (StartupOutcome.Opened) outcome;
        try (Services services = opened.services()) {
            assertThat(opened.dataDir()).isEqualTo(dir);
            assertThat(opened.choices().page()).isEqualTo(LeftOff.Page.SCHEDULE);
            assertThat(opened.choices().placement()).contains(new WindowPlacement(10, 20, 900, 600, false));
            assertThat(opened.choices().preferences()).isEqualTo(services.preferences());
        }
    }

    @Test
    void aSecondStartOnTheSameFolderIsTheAlreadyRunningOutcome() {
        try (Services first = Services.open(dir, CLOCK)) {
            StartupOutcome second = open();
            assertThat(second).isInstanceOf(StartupOutcome.AlreadyRunning.class);
            // the first one publishes no window in this test, so nothing could be brought to the front
            assertThat(((StartupOutcome.AlreadyRunning) second).broughtToFront()).isFalse();
        }
    }

    @Test
    void aDamagedDatabaseIsItsOwnOutcomeAndReopensFromTheNewestGoodBackup() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            services.backups().dailyIfDue();
        }
        try (RandomAccessFile db = new RandomAccessFile(dir.resolve(Database.FILE_NAME).toFile(), "rw")) {
            db.write(new byte[100]); // the header: SQLite no longer recognises the file
        }
        // a background that never runs: the failure must set the log up itself before it logs
        StartupOutcome outcome = Startup.open(List.of("--data-dir", dir.toString()), CLOCK, Locale.UK, job -> { });
        assertThat(outcome).isInstanceOf(StartupOutcome.Damaged.class);
        assertThat(Files.readString(dir.resolve(Log.FOLDER).resolve(Log.FILE))).contains("was damaged and moved aside");
        StartupOutcome.Damaged damaged = (StartupOutcome.Damaged) outcome;
        assertThat(damaged.dataDir()).isEqualTo(dir);
        assertThat(damaged.reason().newestGoodBackup()).isPresent();

        StartupOutcome.Opened reopened = Startup.reopen(damaged, damaged.reason().newestGoodBackup(), CLOCK, Locale.UK);
        try (Services services = reopened.services()) {
            assertThat(services.catalog().snapshot().resources()).isNotEmpty();
        }
    }

    @Test
    void aFolderThatCannotBeOpenedIsTheFailedOutcomeNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        StartupOutcome outcome = Startup.open(List.of("--data-dir", file.toString()), CLOCK, Locale.UK, Runnable::run);
        assertThat(outcome).isInstanceOf(StartupOutcome.Failed.class);
        assertThat(((StartupOutcome.Failed) outcome).dataDir()).isEqualTo(Optional.of(file));
    }

    @Test
    void aCommandLineThatDoesNotParseIsTheFailedOutcomeWithNoFolder() {
        StartupOutcome outcome = Startup.open(List.of("--no-such-option"), CLOCK, Locale.UK, Runnable::run);
        assertThat(outcome).isInstanceOf(StartupOutcome.Failed.class);
        assertThat(((StartupOutcome.Failed) outcome).dataDir()).isEmpty();
    }
}
