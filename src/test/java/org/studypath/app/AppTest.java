package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.Launcher;

class AppTest {
    @Test
    void dataFolderFollowsTheOperatingSystem() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/home/ada/.local/share/StudyPath"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/data/StudyPath"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/ada"))
                .as("XDG says relative paths are ignored").isEqualTo(Path.of("/home/ada/.local/share/StudyPath"));
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "C:\\Users\\ada\\AppData\\Roaming"), "Windows 11", "C:\\Users\\ada"))
                .isEqualTo(Path.of("C:\\Users\\ada\\AppData\\Roaming").resolve("StudyPath"));
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/StudyPath"));
    }

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of("STUDYPATH_HOME", "/env/home");
        assertThat(DataFolder.resolve("/cli/dir", env, "Linux", "/home/ada")).isEqualTo(Path.of("/cli/dir"));
        assertThat(DataFolder.resolve(null, env, "Linux", "/home/ada")).isEqualTo(Path.of("/env/home"));
    }

    @Test
    void filesThatCanBeMadeAgainGoToTheSystemsCacheFolder() {
        assertThat(DataFolder.cacheFolder(Map.of(), "Linux", "/home/ada")).isEqualTo(Path.of("/home/ada/.cache/StudyPath"));
        assertThat(DataFolder.cacheFolder(Map.of("XDG_CACHE_HOME", "/fast"), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/fast/StudyPath"));
        assertThat(DataFolder.cacheFolder(Map.of("XDG_CACHE_HOME", "relative"), "Linux", "/home/ada"))
                .isEqualTo(Path.of("/home/ada/.cache/StudyPath"));
        assertThat(DataFolder.cacheFolder(Map.of("LOCALAPPDATA", "C:\\Users\\ada\\AppData\\Local"), "Windows 11", "C:\\Users\\ada"))
                .isEqualTo(Path.of("C:\\Users\\ada\\AppData\\Local", "StudyPath", "Cache"));
        assertThat(DataFolder.cacheFolder(Map.of(), "Mac OS X", "/Users/ada")).isEqualTo(Path.of("/Users/ada/Library/Caches/StudyPath"));
    }

    @Test
    void theWarmUpOpensNoDataFolderAndLeavesOnlyTheLibraryCopyInTheCache(@TempDir Path home) throws Exception {
        try (var driverSettings = org.studypath.ClearedProperties.of("org.sqlite.lib.path", "org.sqlite.lib.name")) {
            Path cache = home.resolve("cache");
            Services.warmUp(cache);
            // the driver is pointed at the copy, the only file written anywhere under this home
            Path library = Path.of(System.getProperty("org.sqlite.lib.path"), System.getProperty("org.sqlite.lib.name"));
            assertThat(library).startsWith(cache);
            try (var files = java.nio.file.Files.walk(home)) {
                assertThat(files.filter(java.nio.file.Files::isRegularFile)).containsExactly(library);
            }
        }
    }

    @Test
    void commandLineParsing() throws Exception {
        assertThat(CommandLine.parse(List.of("--data-dir", "/x")).dataDir()).isEqualTo("/x");
        assertThat(CommandLine.parse(List.of("--data-dir=/y")).dataDir()).isEqualTo("/y");
        assertThat(CommandLine.parse(List.of("--version")).version()).isTrue();
        assertThatThrownBy(() -> CommandLine.parse(List.of("--data-dir"))).hasMessageContaining("needs a folder");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--bogus"))).hasMessageContaining("unknown option: --bogus");
    }

    @Test
    void versionIsPrintedWithoutStartingTheWindow() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Launcher.main(new String[] {"--version"});
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("StudyPath \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void servicesOpenAFreshDataFolderWithTheSeedCatalog(@TempDir Path dir) {
        try (Services services = Services.open(dir.resolve("new"))) {
            assertThat(services.databaseFile()).exists();
            assertThat(services.catalog().snapshot().resources()).hasSize(12);
        }
        try (Services again = Services.open(dir.resolve("new"))) {
            assertThat(again.catalog().snapshot().resources()).hasSize(12);
        }
    }

    @Test
    void aFreshDataFolderGetsTheStarterPathOnceAndItCanBeDeleted(@TempDir Path dir) {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T08:00:00Z"), java.time.ZoneOffset.UTC);
        long id;
        try (Services services = Services.open(dir, clock)) {
            var paths = services.plans().paths();
            assertThat(paths).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Maths for ML — starter path");
                assertThat(p.resourceCount()).isEqualTo(12);
            });
            id = paths.get(0).id();
            var planned = services.plans().planned(id).orElseThrow();
            assertThat(planned.path().items().get(0).title()).isEqualTo("Essence of calculus");
            assertThat(planned.schedule().sessions().get(0).date()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
            assertThat(planned.schedule().problemMessage()).isEmpty();
            services.plans().delete(id);
        }
        try (Services again = Services.open(dir, clock)) {
            assertThat(again.plans().paths()).as("a deleted starter path stays deleted").isEmpty();
        }
    }

    @Test
    void anInterruptedFirstStartDoesNotBreakTheNextOne(@TempDir Path dir) {
        // the starter path exists but the note that it was made is missing (the app died in between):
        // the next start must still open, and must not make a second one
        try (Services services = Services.open(dir)) {
            assertThat(services.plans().paths()).hasSize(1);
        }
        try (org.studypath.store.Database db = org.studypath.store.Database.openIn(dir)) {
            db.read(c -> c.createStatement().executeUpdate("DELETE FROM setting WHERE key = '" + StarterPath.CREATED_KEY + "'"));
        }
        try (Services again = Services.open(dir)) {
            assertThat(again.plans().paths()).singleElement().satisfies(p -> assertThat(p.resourceCount()).isEqualTo(12));
            assertThat(again.settings().get(StarterPath.CREATED_KEY)).isPresent();
        }
    }

    @Test
    void windowPlacementIsRememberedAndJunkIsIgnored(@TempDir Path dir) {
        try (Services services = Services.open(dir)) {
            assertThat(WindowPlacement.load(services.settings())).isEmpty();
            new WindowPlacement(10, 20, 1000, 700, false).save(services.settings());
            assertThat(WindowPlacement.load(services.settings())).hasValue(new WindowPlacement(10, 20, 1000, 700, false));
            services.settings().put("window.main", "garbage");
            assertThat(WindowPlacement.load(services.settings())).isEmpty();
            services.settings().put("window.main", "0,0,10,10,false");
            assertThat(WindowPlacement.load(services.settings())).as("too small to use").isEmpty();
        }
    }
}
