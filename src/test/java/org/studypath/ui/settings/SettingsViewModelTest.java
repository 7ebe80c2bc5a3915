package org.studypath.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.app.Preferences;
import org.studypath.app.Services;
import org.studypath.domain.ResourceType;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.common.Messages;

class SettingsViewModelTest {
    @TempDir
    Path dir;
    Services services;
    final List<Preferences[]> saved = new ArrayList<>();
    SettingsViewModel model;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("data"));
        model = new SettingsViewModel(SettingsViewModel.Store.of(services), new InlineTaskRunner(),
                Messages.of(Locale.UK), (before, after) -> saved.add(new Preferences[] {before, after}));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewDataFolderHasTheDefaults() {
        boolean[] loaded = new boolean[1];
        model.load(() -> loaded[0] = true);
        assertThat(loaded[0]).isTrue();
        assertThat(model.languageProperty().get()).isEqualTo(Preferences.Language.SYSTEM);
        assertThat(model.themeProperty().get()).isEqualTo(Preferences.Theme.SYSTEM);
        assertThat(model.firstDayProperty().get().day()).isNull();
        assertThat(model.backupFolderProperty().get()).isEmpty();
        assertThat(model.notificationProperty().get()).isTrue();
        assertThat(model.paceProperty(ResourceType.BOOK).get()).isEqualTo(services.plans().paceFactors()
                .factorFor(ResourceType.BOOK, null));
    }

    @Test
    void savedChoicesAreKeptAcrossARestartAndReportedWithWhatTheyReplaced() throws Exception {
        Path backups = Files.createDirectory(dir.resolve("my backups"));
        model.load(() -> { });
        model.languageProperty().set(Preferences.Language.CHINESE);
        model.themeProperty().set(Preferences.Theme.DARK);
        model.firstDayProperty().set(new SettingsViewModel.FirstDay(DayOfWeek.SUNDAY));
        model.backupFolderProperty().set(backups.toString());
        model.notificationProperty().set(false);
        assertThat(model.welcomeProperty().get()).as("a first start shows the welcome").isTrue();
        model.gentleProperty().set(true);
        model.paceProperty(ResourceType.BOOK).set(1.5);
        boolean[] done = new boolean[1];
        assertThat(model.save(() -> done[0] = true)).isTrue();
        assertThat(done[0]).isTrue();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(saved).singleElement().satisfies(change -> {
            assertThat(change[0]).isEqualTo(Preferences.defaults().withWelcome(true));
            assertThat(change[1].language()).isEqualTo(Preferences.Language.CHINESE);
        });
        assertThat(services.backups().folder().getParent()).isEqualTo(backups);
        assertThat(services.backups().folder().getFileName().toString()).matches("studypath-[0-9a-f]{8}");

        services.close();
        services = Services.open(dir.resolve("data"));
        Preferences again = services.preferences();
        assertThat(again).isEqualTo(new Preferences(Preferences.Language.CHINESE, Preferences.Theme.DARK,
                DayOfWeek.SUNDAY, backups, false, true, true));
        assertThat(services.plans().paceFactors().factorFor(ResourceType.BOOK, null)).isEqualTo(1.5);
        assertThat(services.backups().folder().getParent()).as("backups go to the chosen folder after a restart")
                .isEqualTo(backups);
        services.backups().backUpNow(org.studypath.domain.backup.Snapshot.Reason.MANUAL);
        try (var files = Files.list(services.backups().folder())) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString().startsWith("studypath-");
        }
    }

    @Test
    void aBackupFolderThatIsMissingOrRelativeIsRefusedWithTheReasonAndNothingIsSaved() {
        model.load(() -> { });
        model.backupFolderProperty().set("relative/folder");
        assertThat(model.save(() -> { })).isFalse();
        assertThat(model.errorProperty().get()).contains("“relative/folder” is not a full path");

        Path missing = dir.resolve("nowhere");
        model.backupFolderProperty().set(missing.toString());
        model.themeProperty().set(Preferences.Theme.DARK);
        model.save(() -> { });
        assertThat(model.errorProperty().get()).isEqualTo("The backup folder " + missing
                + " does not exist. Choose another one, or create it first.");
        assertThat(saved).isEmpty();
        assertThat(services.preferences()).as("nothing saved").isEqualTo(Preferences.defaults().withWelcome(true));
    }

    @Test
    void choicesReadInTheUiLanguage() {
        SettingsViewModel chinese = new SettingsViewModel(SettingsViewModel.Store.of(services), new InlineTaskRunner(),
                Messages.of(Locale.SIMPLIFIED_CHINESE), (a, b) -> { });
        assertThat(chinese.label(Preferences.Theme.DARK)).isEqualTo("深色");
        assertThat(chinese.label(new SettingsViewModel.FirstDay(DayOfWeek.SUNDAY))).isEqualTo("星期日");
        assertThat(model.label(new SettingsViewModel.FirstDay(DayOfWeek.SUNDAY))).isEqualTo("Sunday");
        assertThat(model.label(new SettingsViewModel.FirstDay(null))).isEqualTo("Automatic (Monday)");
        assertThat(chinese.label(ResourceType.BOOK)).isEqualTo("书籍");
    }

    @Test
    void aPreferenceThatCannotBeReadCountsAsNotSet() {
        services.settings().put("ui.theme", "PURPLE");
        services.settings().put("ui.firstDayOfWeek", "");
        assertThat(services.preferences().theme()).isEqualTo(Preferences.Theme.SYSTEM);
        assertThat(services.preferences().weekStart(Locale.UK)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(services.preferences().weekStart(Locale.US)).as("the region's custom").isEqualTo(DayOfWeek.SUNDAY);
        assertThat(Optional.ofNullable(services.preferences().backupFolder())).isEmpty();
    }
}
