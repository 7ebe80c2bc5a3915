package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.plan.PlanItem;

/** {@code studypath cards export}: the notes' flashcards as Anki's text import, and its one-line refusals. */
class CardExportCliTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    int run(String... args) throws CommandLine.UsageException {
        CommandLine commandLine = CommandLine.parse(List.of(args));
        CliRunner runner = new CliRunner(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), ExchangeCliTest.BERLIN);
        return runner.run(commandLine.command(), data);
    }

    /** The starter path's first resource gets a resource note and its first unit a unit note, each with a card. */
    private PlanItem writeNotes() {
        try (Services services = Services.open(data, ExchangeCliTest.BERLIN)) {
            long pathId = services.plans().paths().get(0).id();
            PlanItem first = services.plans().planned(pathId).orElseThrow().path().items().get(0);
            services.progress().saveResourceNote(first.resourceId(), "Q:: Why read it?\nA:: For $x^2$.");
            services.progress().saveUnitNote(first.units().get(0).unitId(), "The {{c1::first}} unit.\n\nprose");
            return first;
        }
    }

    @Test
    void theCardsOfEveryNoteGoToTheFileWithADeckPerResource() throws Exception {
        PlanItem first = writeNotes();
        Path file = files.resolve("cards.txt");
        assertThat(run("cards", "export", "--out", file.toString())).isEqualTo(CliRunner.OK);
        assertThat(stderr.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("2 flashcards written to " + file + "; in Anki choose File > Import and pick this file.");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).isEqualTo("#separator:tab");
        assertThat(lines.get(6)).isEqualTo("Basic\tStudyPath::" + first.title() + "\tStudyPath::"
                + first.title().replace(' ', '_') + "\tWhy read it?\tFor \\(x^2\\).");
        assertThat(lines.get(7)).startsWith("Cloze\tStudyPath::" + first.title() + "\t")
                .contains("::" + first.units().get(0).title().replace(' ', '_') + "\t")
                .endsWith("\tThe {{c1::first}} unit.\t");
    }

    @Test
    void toStandardOutputAndForOnePath() throws Exception {
        writeNotes();
        String name;
        try (Services services = Services.open(data, ExchangeCliTest.BERLIN)) {
            name = services.plans().paths().get(0).name();
        }
        assertThat(run("cards", "export", "--path", name, "--out", "-")).isEqualTo(CliRunner.OK);
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).count()).isEqualTo(2);
    }

    @Test
    void withoutCardsNothingIsWrittenAndOneSentenceSaysHowToWriteOne() throws Exception {
        Path file = files.resolve("cards.txt");
        assertThat(run("cards", "export", "--out", file.toString())).isEqualTo(CliRunner.FAILED);
        assertThat(stderr.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("studypath: No note holds a "
                + "flashcard yet: write a Q:: line with an A:: line under it, or a cloze like {{c1::…}}, in a unit's "
                + "or a resource's note.");
        assertThat(file).doesNotExist();
        assertThat(files).isEmptyDirectory();
    }

    @Test
    void aWrongCommandLineIsOneSentence() {
        ExchangeCliTest.assertUsage(List.of("cards"), "cards needs export: studypath cards export --out FILE [--path NAME]");
        ExchangeCliTest.assertUsage(List.of("cards", "export"), "cards export needs --out FILE (or --out - for standard output)");
        ExchangeCliTest.assertUsage(List.of("cards", "import", "--out", "x"),
                "cards needs export: studypath cards export --out FILE [--path NAME]");
    }

    @Test
    void theHelpNamesTheCommand() {
        assertThat(CommandLine.usage(java.util.Locale.UK)).contains("cards");
        assertThat(CommandLine.usage(java.util.Locale.UK, "cards")).contains("--out").contains("Anki");
        assertThat(CommandLine.usage(java.util.Locale.CHINA, "cards")).contains("Anki 可导入");
    }
}
