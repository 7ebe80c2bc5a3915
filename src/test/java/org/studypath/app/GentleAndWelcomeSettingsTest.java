package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;

/** The gentle mode and Today's welcome are settings like the others: checked on restore, kept by a backup. */
class GentleAndWelcomeSettingsTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;

    private static MovingClock clock() {
        return new MovingClock(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @Test
    void theWelcomeIsShownFromTheFirstStartUntilDismissedAndStaysDismissedAfterARestart() {
        try (Services services = Services.open(dir, clock())) {
            assertThat(services.firstStart()).isTrue();
            assertThat(services.preferences().welcome()).isTrue();
            services.dismissWelcome();
        }
        try (Services services = Services.open(dir, clock())) {
            assertThat(services.firstStart()).isFalse();
            assertThat(services.preferences().welcome()).as("dismissed for good").isFalse();
            // Settings can show it again
            services.savePreferences(services.preferences().withWelcome(true));
        }
        try (Services services = Services.open(dir, clock())) {
            assertThat(services.preferences().welcome()).isTrue();
        }
    }

    @Test
    void restoredSettingsAreCheckedLikeTheDialogChecksThem() {
        assertThat(SettingsCheck.problem("ui.gentle", "true")).isEmpty();
        assertThat(SettingsCheck.problem("ui.welcome", "false")).isEmpty();
        assertThat(SettingsCheck.problem("ui.gentle", "yes")).isPresent();
        assertThat(SettingsCheck.problem("ui.welcome", "1")).isPresent();
    }

    @Test
    void theGentleModeAndADismissedWelcomeSurviveABackupAndRestore() throws Exception {
        Path backup = files.resolve("backup.json");
        try (Services services = Services.open(dir, clock())) {
            Preferences before = services.preferences();
            services.savePreferences(new Preferences(before.language(), before.theme(), before.firstDayOfWeek(), null,
                    before.startupNotification(), true, false));
            try (var out = Files.newOutputStream(backup)) {
                services.exchange().backup(out);
            }
            services.savePreferences(new Preferences(before.language(), before.theme(), before.firstDayOfWeek(), null,
                    before.startupNotification(), false, true));
            assertThat(services.exchange().restore(backup, WorkProgress.NONE).warnings()).isEmpty();
            assertThat(services.preferences().gentle()).isTrue();
            assertThat(services.preferences().welcome()).isFalse();
        }
    }
}
