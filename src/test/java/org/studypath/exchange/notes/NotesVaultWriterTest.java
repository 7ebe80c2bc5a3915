package org.studypath.exchange.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.report.ResourceNotes;

/** The notes vault: front matter a YAML parser reads back exactly, the notes as written, an index of wikilinks. */
class NotesVaultWriterTest {
    static final String HOSTILE = "Calc: \"the\" 'limits' # not a comment\n- not a list\\ 中文 \u2028 yes\t\u0007";

    @TempDir
    Path dir;

    private static ResourceNotes calculus() {
        return new ResourceNotes(1, "Essence of calculus", "https://www.youtube.com/playlist?list=X&a=1",
                new LocalizedText("General math video series", "普通数学视频系列"),
                List.of("The Essence of Calculus", "The paradox of the derivative", HOSTILE),
                List.of("calculus"), "# Overview\nWatch at **1.5×**.",
                List.of(new ResourceNotes.UnitNote(102, "The paradox of the derivative",
                        "The chain rule $\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}$\n\n```\nopen fence")));
    }

    private static ResourceNotes hostile() {
        return new ResourceNotes(2, HOSTILE, "", new LocalizedText("Other: notable", "其他"), List.of(), List.of(),
                "", List.of(new ResourceNotes.UnitNote(201, "第一章：向量", "向量是 $\\vec v$。")));
    }

    private static JsonNode frontMatter(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("---\n");
        int end = text.indexOf("\n---\n", 4);
        return new YAMLMapper().readTree(text.substring(4, end + 1));
    }

    @Test
    void everyFileHasFrontMatterThatReadsBackExactly() throws IOException {
        List<Path> files = new NotesVaultWriter(Locale.UK, "StudyPath 9.9", LocalDate.of(2026, 12, 7))
                .write(List.of(calculus(), hostile()), dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("StudyPath notes.md", "Essence of calculus.md", "Calc the 'limits' not a comment - not a list 中文 yes.md");
        JsonNode calc = frontMatter(files.get(1));
        assertThat(calc.get("resource").asText()).isEqualTo("Essence of calculus");
        assertThat(calc.get("link").asText()).isEqualTo("https://www.youtube.com/playlist?list=X&a=1");
        assertThat(calc.get("category").asText()).isEqualTo("General math video series");
        assertThat(calc.get("units")).extracting(JsonNode::asText)
                .containsExactly("The Essence of Calculus", "The paradox of the derivative", HOSTILE);
        assertThat(calc.get("tags")).extracting(JsonNode::asText).containsExactly("studypath", "calculus");
        JsonNode odd = frontMatter(files.get(2));
        assertThat(odd.get("resource").asText()).as("colons, quotes, #, a dash, a backslash, Chinese, line breaks")
                .isEqualTo(HOSTILE);
        assertThat(odd.get("link").asText()).isEmpty();
        assertThat(odd.get("units").isEmpty()).isTrue();
        assertThat(odd.get("category").asText()).isEqualTo("Other: notable");
    }

    @Test
    void theNotesAreWrittenAsTypedUnderTheirHeadings() throws IOException {
        List<Path> files = new NotesVaultWriter(Locale.UK, "StudyPath 9.9", LocalDate.of(2026, 12, 7))
                .write(List.of(calculus()), dir);
        String body = Files.readString(files.get(1));
        assertThat(body).contains("\n# Essence of calculus\n\n## Overview\nWatch at **1.5×**.\n\n"
                + "## The paradox of the derivative\n\n"
                + "The chain rule $\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}$\n\n```\nopen fence\n```\n");
    }

    @Test
    void theIndexLinksEveryFileByCategoryInTheLanguageChosen() throws IOException {
        List<Path> files = new NotesVaultWriter(Locale.SIMPLIFIED_CHINESE, "StudyPath 9.9", LocalDate.of(2026, 12, 7))
                .write(List.of(calculus(), hostile()), dir);
        assertThat(files.get(0).getFileName().toString()).isEqualTo("StudyPath 笔记.md");
        String index = Files.readString(files.get(0));
        assertThat(frontMatter(files.get(0)).get("tags")).extracting(JsonNode::asText).containsExactly("studypath");
        assertThat(index).contains("## 普通数学视频系列\n\n- [[Essence of calculus]] — 2 条笔记\n")
                .contains("## 其他\n\n- [[Calc the 'limits' not a comment - not a list 中文 yes|Calc: \"the\" 'limits' # not a comment - not a list\\ 中文 yes]] — 1 条笔记")
                .contains("2 个资源上的 3 条笔记");
        assertThat(frontMatter(files.get(1)).get("category").asText()).isEqualTo("普通数学视频系列");
    }

    @Test
    void nothingIsWrittenOverAFileAlreadyThere() throws IOException {
        Files.writeString(dir.resolve("Essence of calculus.md"), "mine");
        try {
            new NotesVaultWriter(Locale.UK, "x", LocalDate.of(2026, 12, 7)).write(List.of(calculus()), dir);
        } catch (java.nio.file.FileAlreadyExistsException expected) {
            // the writer only ever writes into a new folder of its own; this proves it cannot replace a file
        }
        assertThat(Files.readString(dir.resolve("Essence of calculus.md"))).isEqualTo("mine");
    }
}
