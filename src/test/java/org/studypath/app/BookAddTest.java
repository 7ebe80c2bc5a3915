package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.Unit;
import org.studypath.exchange.book.BookPdfs;

/**
 * {@code studypath add --from BOOK.pdf}: one resource in one transaction, what it added printed; a refused file changes
 * nothing. The first pages survive the store and a backup's round trip; the PDF picked here does not travel.
 */
class BookAddTest {
    @TempDir
    Path data;
    @TempDir
    Path other;
    @TempDir
    Path files;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    int run(String... args) throws CommandLine.UsageException {
        stdout.reset();
        stderr.reset();
        CommandLine commandLine = CommandLine.parse(List.of(args));
        CliRunner runner = new CliRunner(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), ExchangeCliTest.BERLIN);
        return runner.run(commandLine.command(), data);
    }

    private Resource added(Services services) {
        ResourceSummary summary = services.catalog().snapshot().resources().stream()
                .filter(r -> r.title().equals("Linear Algebra Done Slowly")).findFirst().orElseThrow();
        return services.catalog().resource(summary.id()).orElseThrow();
    }

    @Test
    void aBooksSectionsBecomeOneResourceWithTheirFirstPages() throws Exception {
        Path book = BookPdfs.nested(files);
        int before;
        try (Services services = Services.open(data, ExchangeCliTest.BERLIN)) {
            before = services.catalog().snapshot().resources().size();
        }
        assertThat(run("add", "--from", book.toString(), "--depth", "2", "--pages-per-hour", "12")).isEqualTo(CliRunner.OK);
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "p. 3        7 p.    35 min  1.1 Arrows",
                "p. 10      11 p.    55 min  1.2 Lists",
                "p. 21       1 p.     5 min  2 Matrices",
                "p. 22       8 p.    40 min  2.1 Products",
                "p. 30      11 p.    55 min  2.2 Inverses",
                "p. 41      20 p.   100 min  3 Determinants");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).startsWith(
                "Added \"Linear Algebra Done Slowly\" with 6 units, about 5 h (estimated from its pages), to ");
        try (Services services = Services.open(data, ExchangeCliTest.BERLIN)) {
            assertThat(services.catalog().snapshot().resources()).hasSize(before + 1);
            Resource resource = added(services);
            assertThat(resource.units()).extracting(Unit::firstPage).containsExactly(3, 10, 21, 22, 30, 41);
            assertThat(resource.units()).allMatch(Unit::estimated);
            assertThat(resource.totalMinutes()).isEqualTo(290);
            assertThat(services.catalog().hasLocalBook(resource.id())).isTrue();

            // a backup keeps the first pages and the estimates, and never the file picked on this computer
            byte[] backup = ExchangeFixture.backup(services);
            assertThat(ExchangeFixture.text(backup)).contains("\"first_page\":22").doesNotContain(book.toString());
            Path file = ExchangeFixture.write(files, "backup.json", backup);
            try (Services elsewhere = Services.open(other, ExchangeCliTest.BERLIN)) {
                elsewhere.exchange().restore(file, WorkProgress.NONE);
                Resource restored = added(elsewhere);
                assertThat(restored.units()).extracting(Unit::firstPage).containsExactly(3, 10, 21, 22, 30, 41);
                assertThat(restored.units()).allMatch(Unit::estimated);
                assertThat(elsewhere.catalog().hasLocalBook(restored.id())).isFalse();
            }
        }
    }

    @Test
    void aBackupWrittenBeforeFirstPagesRestoresWithoutThem() throws Exception {
        byte[] backup;
        try (Services services = Services.open(data, ExchangeCliTest.BERLIN)) {
            backup = ExchangeFixture.backup(services);
        }
        // a version-1 file, written before units had first pages (and before version 2's fields)
        String old = new String(BookAddTest.class.getResourceAsStream("/org/studypath/backup/backup-v1.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(old).doesNotContain("first_page");
        Path file = ExchangeFixture.write(files, "version-1.json", old);
        try (Services elsewhere = Services.open(other, ExchangeCliTest.BERLIN)) {
            elsewhere.exchange().restore(file, WorkProgress.NONE);
            assertThat(elsewhere.catalog().snapshot().resources()).isNotEmpty();
        }
    }

    @Test
    void hostileFilesAreRefusedInOneLineAndChangeNothing() throws Exception {
        Path noOutline;
        try (var document = BookPdfs.blank(30, "Plain")) {
            noOutline = BookPdfs.save(document, files.resolve("plain.pdf"));
        }
        List<Path> hostile = new ArrayList<>(List.of(BookPdfs.encrypted(files), BookPdfs.truncated(files),
                BookPdfs.cyclic(files), noOutline,
                Files.writeString(files.resolve("fake.pdf"), "<html>not a pdf</html>"), files.resolve("missing.pdf")));
        byte[] before;
        try (Services services = Services.open(data, ExchangeCliTest.BERLIN)) {
            before = ExchangeFixture.backup(services);
        }
        List<String> said = new ArrayList<>();
        for (Path file : hostile) {
            assertThat(run("add", "--from", file.toString())).as(file.toString()).isEqualTo(CliRunner.FAILED);
            List<String> lines = stderr.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).as(file.toString()).hasSize(1);
            said.add(lines.get(0));
            assertThat(stdout.size()).isZero();
        }
        assertThat(said).containsExactly(
                "studypath: secret.pdf is protected by a password, so StudyPath cannot read its outline; save a copy "
                        + "without the password and pick that.",
                "studypath: truncated.pdf is damaged or not a PDF StudyPath can read.",
                "studypath: This PDF's outline loops back on itself, so it was not used; the book can be split every so "
                        + "many pages instead. Add it with --every-pages N to split its 10 pages.",
                "studypath: This PDF has no outline (bookmarks) to take its chapters from; it can be split every so many "
                        + "pages instead. Add it with --every-pages N to split its 30 pages.",
                "studypath: fake.pdf is not a PDF (it does not start as one).",
                "studypath: missing.pdf is not a file that can be read (it may be a folder or missing).");
        assertThat(run("add", "--from", BookPdfs.nested(files).toString(), "--category", "no-such"))
                .isEqualTo(CliRunner.FAILED);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).startsWith("studypath: There is no category no-such;");
        try (Services services = Services.open(data, ExchangeCliTest.BERLIN)) {
            assertThat(ExchangeFixture.backup(services)).as("nothing changed").isEqualTo(before);
        }
        // the page split the refusal offers
        assertThat(run("add", "--from", noOutline.toString(), "--every-pages", "20")).isEqualTo(CliRunner.OK);
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "p. 1       20 p.   120 min  Pages 1–20", "p. 21      10 p.    60 min  Pages 21–30");
    }

    @Test
    void wrongWordsAreUsageErrors() {
        for (String[] args : List.of(new String[] {"add"}, new String[] {"add", "--from", "b.pdf", "--pages-per-hour", "0"},
                new String[] {"add", "--from", "b.pdf", "--depth", "two"}, new String[] {"add", "b.pdf"})) {
            try {
                CommandLine.parse(List.of(args));
                throw new AssertionError("accepted " + List.of(args));
            } catch (CommandLine.UsageException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }
}
