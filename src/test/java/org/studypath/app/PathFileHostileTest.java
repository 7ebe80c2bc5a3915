package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studypath.app.ExchangeFixture.CLOCK;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.pathfile.PathImport;

/**
 * Hostile and mistaken path files: each is refused with one plain sentence naming the problem, and the data folder
 * is exactly as it was (compared through a full backup); the valid file they are made from imports.
 */
class PathFileHostileTest {
    /** A valid file: two resources of the sender's own, the second needed by the first. */
    static final String VALID = """
            {
              "format": "studypath-path",
              "version": 1,
              "generator": "StudyPath test",
              "includes": {"progress": true, "notes": false, "logs": false},
              "path": {
                "name": "Shared from a friend",
                "start": "2026-02-01",
                "minutesPerWeekday": {"MONDAY": 60, "TUESDAY": 60, "WEDNESDAY": 60, "THURSDAY": 60, "FRIDAY": 60,
                                      "SATURDAY": 120, "SUNDAY": 0},
                "daysOff": [],
                "paceFactors": {"BOOK": 1.5}
              },
              "items": [{"resource": "r1"}, {"resource": "r2", "excludedUnits": [1]}],
              "resources": [
                {"ref": "r1", "category": {"key": "friends-picks", "name": {"en": "Friends' picks", "zh": "朋友推荐"}},
                 "title": "Quokka topology", "creators": ["Ada"], "url": "https://example.org/quokka",
                 "type": "BOOK", "unitKind": "CHAPTER", "free": true, "language": "en", "topics": ["calculus"],
                 "requires": ["r2"],
                 "units": [{"title": "Open sets", "minutes": 40, "estimated": true,
                            "progress": {"status": "DONE", "date": "2026-01-10"}}]},
                {"ref": "r2", "category": {"key": "friends-picks", "name": {"en": "Friends' picks", "zh": "朋友推荐"}},
                 "title": "Wombat algebra", "creators": [], "type": "COURSE_NOTES", "unitKind": "LESSON",
                 "free": false, "language": "en", "topics": [],
                 "units": [{"title": "Groups", "minutes": 30, "estimated": false},
                           {"title": "Rings", "minutes": 45, "estimated": false, "firstPage": 12}]}
              ]
            }
            """;

    @TempDir
    Path data;
    @TempDir
    Path files;
    Services services;

    @BeforeEach
    void open() {
        services = Services.open(data, CLOCK);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theValidFileImports() throws Exception {
        PathImport done = services.pathFiles().importFile(ExchangeFixture.write(files, "friend.studypath", VALID),
                PathFile.Includes.ALL);
        assertThat(done.resourcesNew()).containsExactly("Quokka topology", "Wombat algebra");
        assertThat(done.progress().added()).isEqualTo(1);
        assertThat(done.prerequisites().added()).isEqualTo(1);
        var path = services.plans().planned(PathFileRoundTripTest.pathNamed(services, "Shared from a friend"))
                .orElseThrow().path();
        assertThat(path.items()).extracting(org.studypath.domain.plan.PlanItem::title)
                .containsExactly("Quokka topology", "Wombat algebra");
        assertThat(path.items().get(1).units().get(1).included()).isFalse();
        assertThat(path.items().get(0).prerequisites()).containsExactly(path.items().get(1).resourceId());
        assertThat(path.items().get(0).paceOverride()).isEqualTo(1.5);
        // what the import wrote keeps every rule of the app's own writes: its backup restores elsewhere
        Path backup = ExchangeFixture.write(files, "after.json", ExchangeFixture.backup(services));
        try (Services other = Services.open(files.resolve("other"), CLOCK)) {
            other.exchange().restore(backup, WorkProgress.NONE);
            assertThat(other.plans().paths()).extracting(p -> p.name()).contains("Shared from a friend");
        }
    }

    @Test
    void aCategoryWithoutItsKeyIsRefused() throws Exception {
        assertRefused(ExchangeFixture.write(files, "friend.studypath", VALID.replaceFirst("\"key\": \"friends-picks\", ", "")),
                "category: key is missing");
    }

    static Stream<Arguments> hostile() {
        StringBuilder manyResources = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            manyResources.append(i == 0 ? "" : ",").append("{}");
        }
        return Stream.of(
                Arguments.of("not JSON", "hello, friend", "not valid JSON"),
                Arguments.of("a backup named .studypath", "{\"format\": \"studypath-backup\", \"version\": 1}",
                        "is not a StudyPath path file"),
                Arguments.of("a catalog pack named .studypath", "{\"format\": 1, \"id\": \"x\"}",
                        "is not a StudyPath path file"),
                Arguments.of("a future version", VALID.replace("\"version\": 1", "\"version\": 2"),
                        "was written by a newer StudyPath (path file version 2)"),
                Arguments.of("version not a number", VALID.replace("\"version\": 1", "\"version\": \"one\""),
                        "version must be a positive whole number"),
                Arguments.of("the path missing", VALID.replace("\"path\": {", "\"elsewhere\": {"), "path is missing"),
                Arguments.of("a unit without minutes", VALID.replace("\"minutes\": 40, ", ""), "minutes is missing"),
                Arguments.of("negative minutes", VALID.replace("\"minutes\": 40", "\"minutes\": -5"),
                        "minutes must be a whole number from 1 to 6000, was -5"),
                Arguments.of("an unknown resource in the items", VALID.replace("{\"resource\": \"r1\"}", "{\"resource\": \"r9\"}"),
                        "names \"r9\", which is not a resource of the file"),
                Arguments.of("an unknown prerequisite", VALID.replace("\"requires\": [\"r2\"]", "\"requires\": [\"r7\"]"),
                        "names \"r7\""),
                Arguments.of("cyclic prerequisites", VALID.replace("\"title\": \"Wombat algebra\",",
                        "\"title\": \"Wombat algebra\", \"requires\": [\"r1\"],"), "go round in a circle"),
                Arguments.of("a control character in a title", VALID.replace("Quokka topology", "Quokka\\u001b[31m topology"),
                        "holds a control character"),
                Arguments.of("a NUL character in the name", VALID.replace("Shared from a friend", "Shared\\u0000"),
                        "holds a control character"),
                Arguments.of("a lone surrogate", VALID.replace("Quokka topology", "Quokka \\ud800"), "not valid Unicode"),
                Arguments.of("an impossible date", VALID.replace("2026-02-01", "2026-02-30"), "must be a date"),
                Arguments.of("a date in year 10000", VALID.replace("2026-01-10", "10000-01-10"), "must be a date"),
                Arguments.of("a pace factor of 0", VALID.replace("\"BOOK\": 1.5", "\"BOOK\": 0"), "pace factor"),
                Arguments.of("a unit left out that is not there", VALID.replace("\"excludedUnits\": [1]", "\"excludedUnits\": [7]"),
                        "excludedUnits[0] is 7, but the resource has only 2 units"),
                Arguments.of("a resource twice in the path", VALID.replace("{\"resource\": \"r2\", ", "{\"resource\": \"r1\", "),
                        "is in the path twice"),
                Arguments.of("a local file as a link", VALID.replace("https://example.org/quokka", "file:///home/ada/book.pdf"),
                        "must be an http or https address"),
                Arguments.of("too many resources", VALID.replace("\"resources\": [", "\"resources\": [" + manyResources + "],\"x\": ["),
                        "holds 501 entries; a path file may hold at most 500"),
                Arguments.of("a field twice", VALID.replace("\"version\": 1,", "\"version\": 1, \"version\": 1,"),
                        "appears twice"),
                Arguments.of("deep nesting", VALID.replace("\"generator\": \"StudyPath test\"",
                        "\"generator\": " + "[".repeat(200) + "]".repeat(200)), "nested deeper"),
                Arguments.of("a truncated file", VALID.substring(0, VALID.length() / 2), "ends in the middle"),
                Arguments.of("progress of a unit not started", VALID.replace("\"status\": \"DONE\"", "\"status\": \"NOT_STARTED\""),
                        "a unit not started has no progress"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedWithOneSentenceAndChangesNothing(String what, String content, String expected) throws Exception {
        Path file = ExchangeFixture.write(files, "friend.studypath", content);
        assertRefused(file, expected);
    }

    @Test
    void aHugeArrayIsRefusedWhileItIsRead() throws Exception {
        // three million values in a few megabytes: refused at Jackson's token limit, not after filling the memory
        String huge = VALID.replace("\"daysOff\": []", "\"daysOff\": [" + "0,".repeat(3_000_000) + "0]");
        assertRefused(ExchangeFixture.write(files, "huge.studypath", huge), "too big");
    }

    @Test
    void aHundredMegabyteFileIsRefusedUnread() throws Exception {
        Path file = files.resolve("big.studypath");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        assertRefused(file, "big.studypath is too big for a path file (100 MB; a path file may be up to 20 MB).");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefused(ExchangeFixture.write(files, "empty.studypath", ""), "empty.studypath is empty");
    }

    private void assertRefused(Path file, String expected) throws Exception {
        String before = ExchangeFixture.withoutExportedAt(ExchangeFixture.backup(services));
        for (boolean preview : new boolean[] {true, false}) {
            assertThatThrownBy(() -> {
                if (preview) {
                    services.pathFiles().preview(file);
                } else {
                    services.pathFiles().importFile(file, PathFile.Includes.ALL);
                }
            }).isInstanceOf(ExchangeException.class).satisfies(e -> {
                assertThat(e.getMessage()).contains(expected).doesNotContain("\n").doesNotContain("Jackson")
                        .doesNotContain("\u001b").hasSizeLessThan(600);
            });
        }
        assertThat(ExchangeFixture.withoutExportedAt(ExchangeFixture.backup(services))).isEqualTo(before);
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).isNotNull();
    }
}
