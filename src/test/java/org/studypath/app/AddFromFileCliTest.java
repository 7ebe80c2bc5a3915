package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.app.ExchangeFixture.backup;
import static org.studypath.app.ExchangeFixture.withoutExportedAt;
import static org.studypath.app.ExchangeFixture.write;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Unit;

/** {@code studypath add --from FILE}: one resource with all its units in one transaction, or nothing at all. */
class AddFromFileCliTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    String before;

    @BeforeEach
    void openOnce() throws Exception {
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            before = withoutExportedAt(backup(services));
        }
    }

    int run(Locale language, String... args) throws CommandLine.UsageException {
        CommandLine commandLine = CommandLine.parse(List.of(args));
        CliRunner runner = new CliRunner(InputStream.nullInputStream(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), ExchangeFixture.CLOCK, language);
        return runner.run(commandLine.command(), data);
    }

    int run(String... args) throws CommandLine.UsageException {
        return run(Locale.UK, args);
    }

    String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    List<ResourceSummary> own() {
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            return services.catalog().snapshot().resources().stream().filter(r -> r.origin() == org.studypath.domain.Origin.USER).toList();
        }
    }

    Resource resource(long id) {
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            return services.catalog().resource(id).orElseThrow();
        }
    }

    void unchanged() throws Exception {
        try (Services services = Services.open(data, ExchangeFixture.CLOCK)) {
            assertThat(withoutExportedAt(backup(services))).as("nothing changed").isEqualTo(before);
        }
    }

    @Test
    void aTextListBecomesOneResourceNamedAfterTheFile() throws Exception {
        Path list = write(files, "MIT 18.06.txt", """
                1. The Geometry of Linear Equations 39:49
                2. Elimination with Matrices 47:41
                3. Multiplication and Inverse Matrices
                Chapter 2 pp. 20-45
                """);
        assertThat(run("add", "--from", list.toString(), "--category", "other-notable")).isEqualTo(CliRunner.OK);
        assertThat(err().strip()).isEqualTo("Added “MIT 18.06”: 4 units, 4.9 h in all, 2 of them estimated (≈).");
        assertThat(stdout.size()).isZero();
        List<ResourceSummary> own = own();
        assertThat(own).hasSize(1);
        Resource added = resource(own.get(0).id());
        assertThat(added.title()).isEqualTo("MIT 18.06");
        assertThat(added.units()).extracting(Unit::minutes).containsExactly(40, 48, 50, 156);
        assertThat(added.units()).extracting(Unit::estimated).containsExactly(false, false, true, true);
    }

    @Test
    void aYtDlpPlaylistTakesItsTitleAndLinksAndIsSaidInChinese() throws Exception {
        Path json = files.resolve("playlist.json");
        try (InputStream in = getClass().getResourceAsStream("/org/studypath/exchange/yt-dlp-essence-of-linear-algebra.json")) {
            Files.copy(in, json);
        }
        assertThat(run(Locale.CHINA, "add", "--from", json.toString())).isEqualTo(CliRunner.OK);
        assertThat(err().lines().toList()).containsExactly(
                "已添加“Essence of linear algebra”：7 个单元，共 1.4 小时，其中 2 个为估计值（≈）。",
                "2 个视频不可用（私享或已删除），已略过。");
        Resource added = resource(own().get(0).id());
        assertThat(added.type()).isEqualTo(ResourceType.VIDEO_SERIES);
        assertThat(added.creators()).containsExactly("3Blue1Brown");
        assertThat(added.units().get(2).url()).isEqualTo("https://www.youtube.com/watch?v=kYB8IZa5AuE");
    }

    @Test
    void theTitleOptionNamesTheResource() throws Exception {
        Path list = write(files, "list.txt", "12 lectures of 50 min\n");
        assertThat(run("add", "--from", list.toString(), "--title", "Calculus I")).isEqualTo(CliRunner.OK);
        Resource added = resource(own().get(0).id());
        assertThat(added.title()).isEqualTo("Calculus I");
        assertThat(added.units()).hasSize(12);
        assertThat(added.units().get(11).title()).isEqualTo("Lecture 12");
    }

    @Test
    void aRefusedFileChangesNothingAndSaysOneLine() throws Exception {
        Path bad = write(files, "bad.txt", "A 10:00\nB 0:00\nC 99999:00\n");
        assertThat(run("add", "--from", bad.toString())).isEqualTo(CliRunner.FAILED);
        assertThat(err().lines().toList()).containsExactly(
                "studypath: bad.txt: 2 lines cannot be read, so nothing was added. Line 2: “0:00” is no time at all.");
        unchanged();
    }

    @Test
    void hostileFilesAreRefusedWithNothingChanged() throws Exception {
        for (Path file : List.of(write(files, "huge.txt", "Unit 9:52\n".repeat(100_000)),
                write(files, "binary.txt", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}),
                write(files, "not.json", "not json at all"),
                write(files, "big.json", "{\"entries\": [" + " ".repeat(21 * 1024 * 1024) + "]}"),
                write(files, "course.pdfx", "x"),
                files.resolve("missing.txt"))) {
            stderr.reset();
            assertThat(run("add", "--from", file.toString())).as(file.toString()).isEqualTo(CliRunner.FAILED);
            assertThat(err().lines().toList()).as(file.toString()).hasSize(1)
                    .allSatisfy(line -> assertThat(line).startsWith("studypath: "));
        }
        unchanged();
    }

    @Test
    void anUnknownCategoryOrRateIsRefused() throws Exception {
        Path list = write(files, "list.txt", "A 10:00\n");
        assertThat(run("add", "--from", list.toString(), "--category", "nope")).isEqualTo(CliRunner.FAILED);
        assertThat(err()).contains("There is no category “nope”; the categories are: general-math-videos");
        unchanged();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommandLine.parse(
                List.of("add", "--from", "x.txt", "--pages-per-hour", "0")))
                .hasMessage("--pages-per-hour must be a whole number of pages from 1 to 200, not “0”");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommandLine.parse(List.of("add")))
                .isInstanceOf(CommandLine.UsageException.class);
    }

    @Test
    void theHelpNamesTheCommandInBothLanguages() {
        assertThat(CommandLine.usage(Locale.UK)).contains("add");
        assertThat(CommandLine.usage(Locale.UK, "add")).contains("--from FILE").contains("--pages-per-hour N")
                .contains("a .txt list of units");
        assertThat(CommandLine.usage(Locale.CHINA, "add")).contains("从文件添加你自己的课程");
    }
}
