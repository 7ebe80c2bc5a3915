package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.plan.PlanItem;

/**
 * The notes export on the seed catalog: a new folder inside the one chosen, one file per resource with notes and an
 * index; never over anything already there; refusals write nothing; and {@code studypath notes export}.
 */
class NotesExportTest {
    static final Clock CLOCK = Clock.fixed(ExchangeFixture.NOW, ZoneId.of("Europe/Berlin"));

    @TempDir
    Path data;
    @TempDir
    Path out;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    /** Two notes on the seed catalog: a unit's (with maths) and a resource's (in Chinese). */
    void writeTwoNotes() {
        try (Services services = Services.open(data, CLOCK)) {
            List<PlanItem> items = services.plans().planned(services.plans().paths().get(0).id()).orElseThrow()
                    .path().items();
            services.progress().saveUnitNote(items.get(0).units().get(1).unitId(),
                    "The chain rule $\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}$");
            services.progress().saveResourceNote(items.get(1).resourceId(), "## 小结\n\n特征向量 $Av = \\lambda v$。");
        }
    }

    NotesExport.Written export(Path parent) throws ExchangeException {
        try (Services services = Services.open(data, CLOCK)) {
            return new NotesExport(services.progress(), CLOCK).exportTo(parent, Locale.UK);
        }
    }

    static List<String> tree(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    int run(String... args) throws CommandLine.UsageException {
        CommandLine commandLine = CommandLine.parse(List.of(args));
        return new CliRunner(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), CLOCK).run(commandLine.command(), data);
    }

    @Test
    void theSeedCatalogWithTwoNotesMakesANewFolderWithAnIndexAndOneFilePerResource() throws Exception {
        writeTwoNotes();
        NotesExport.Written written = export(out);
        String day = ExchangeFixture.TODAY.toString();
        assertThat(written.folder()).isEqualTo(out.resolve("StudyPath notes " + day));
        assertThat(written.resources()).isEqualTo(2);
        assertThat(written.notes()).isEqualTo(2);
        assertThat(tree(out)).containsExactly("StudyPath notes " + day,
                "StudyPath notes " + day + "/Essence of calculus.md",
                "StudyPath notes " + day + "/Essence of linear algebra.md",
                "StudyPath notes " + day + "/StudyPath notes.md");
        String calculus = Files.readString(written.folder().resolve("Essence of calculus.md"));
        assertThat(calculus).startsWith("---\nresource: \"Essence of calculus\"\nlink: \"https://")
                .contains("\ncategory: \"General math video series\"\nunits:\n  - \"")
                .contains("\n## The paradox of the derivative\n\nThe chain rule $\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}$\n");
        assertThat(Files.readString(written.folder().resolve("Essence of linear algebra.md")))
                .contains("\n# Essence of linear algebra\n\n## 小结\n\n特征向量 $Av = \\lambda v$。\n");
        assertThat(Files.readString(written.folder().resolve("StudyPath notes.md")))
                .contains("- [[Essence of calculus]] — 1 note\n- [[Essence of linear algebra]] — 1 note\n");
    }

    @Test
    void aSecondExportMakesAnotherFolderAndLeavesTheFirstAndTheLearnersFilesAlone() throws Exception {
        writeTwoNotes();
        Path mine = Files.createDirectory(out.resolve("StudyPath notes " + ExchangeFixture.TODAY));
        Files.writeString(mine.resolve("Essence of calculus.md"), "my own edits");
        NotesExport.Written written = export(out);
        assertThat(written.folder().getFileName().toString()).isEqualTo("StudyPath notes " + ExchangeFixture.TODAY + " (2)");
        assertThat(Files.readString(mine.resolve("Essence of calculus.md"))).isEqualTo("my own edits");
        assertThat(tree(mine)).containsExactly("Essence of calculus.md");
        assertThat(export(out).folder().getFileName().toString()).endsWith(" (3)");
        assertThat(tree(out)).noneMatch(name -> name.contains(".studypath-notes-")).as("no temporary folder left");
    }

    @Test
    void refusalsSayOneSentenceAndWriteNothing() throws Exception {
        assertThatThrownBy(() -> export(out)).hasMessage("There are no notes to export yet: write one on the Progress page first.");
        writeTwoNotes();
        Path file = Files.writeString(out.resolve("a file.md"), "x");
        assertThatThrownBy(() -> export(file)).hasMessage("Cannot export the notes into " + file
                + ": it is a file, not a folder.");
        Path missing = out.resolve("missing");
        assertThatThrownBy(() -> export(missing)).hasMessage("Cannot export the notes: the folder " + missing
                + " does not exist.");
        assertThat(tree(out)).containsExactly("a file.md");
    }

    @Test
    void theCommandPrintsTheNewFolderAndRefusesAFileWithStatusOne() throws Exception {
        writeTwoNotes();
        assertThat(run("notes", "export", "--out", out.toString())).isEqualTo(CliRunner.OK);
        Path folder = out.resolve("StudyPath notes " + ExchangeFixture.TODAY);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(folder + System.lineSeparator());
        assertThat(stderr.toString(StandardCharsets.UTF_8).strip()).isEqualTo("Exported 2 notes on 2 resources to " + folder);
        assertThat(tree(folder)).hasSize(3);

        stdout.reset();
        stderr.reset();
        Path file = Files.writeString(out.resolve("plan.md"), "x");
        assertThat(run("notes", "export", "--out", file.toString())).isEqualTo(CliRunner.FAILED);
        assertThat(stderr.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("studypath: Cannot export the notes into " + file + ": it is a file, not a folder.");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(tree(out)).containsExactly("StudyPath notes " + ExchangeFixture.TODAY,
                "StudyPath notes " + ExchangeFixture.TODAY + "/Essence of calculus.md",
                "StudyPath notes " + ExchangeFixture.TODAY + "/Essence of linear algebra.md",
                "StudyPath notes " + ExchangeFixture.TODAY + "/StudyPath notes.md", "plan.md");
    }

    @Test
    void wrongNotesCommandLinesAreUsageErrors() {
        ExchangeCliTest.assertUsage(List.of("notes"), "notes needs a command: notes export --out FOLDER");
        ExchangeCliTest.assertUsage(List.of("notes", "export"), "notes export needs --out FOLDER");
        ExchangeCliTest.assertUsage(List.of("notes", "import", "--out", "x"),
                "unknown command: notes import (the commands are export, import, backups and notes)");
        ExchangeCliTest.assertUsage(List.of("notes", "export", "--out", "x", "--format", "md"), "--path, --format, --out, --bom and --day-start go with the export command");
    }
}
