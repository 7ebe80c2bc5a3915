package org.studypath.exchange.notes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.studypath.domain.report.ReportWords;
import org.studypath.domain.report.ResourceNotes;

/**
 * The learner's notes as a folder of Markdown files that opens as an Obsidian vault (no {@code .obsidian} folder is
 * needed: Obsidian makes one): one file per resource with notes, and an index note linking them with [[wikilinks]],
 * grouped by category. A resource's file is YAML front matter ({@code resource}, {@code link}, {@code category},
 * {@code units}, {@code tags}), its title as the heading, its own note, then a heading per unit that has a note with
 * that note. Notes are written as typed (Markdown, {@code $…$} maths untouched), their headings demoted below the
 * file's ({@link NoteMarkdown#nested}). File names are {@link VaultNames}'.
 */
public final class NotesVaultWriter {
    /** The tag every exported note carries, so they can be found together in a bigger vault. */
    static final String TAG = "studypath";

    private final ReportWords words;
    private final String generator;
    private final LocalDate today;

    public NotesVaultWriter(Locale language, String generator, LocalDate today) {
        this.words = ReportWords.of(language);
        this.generator = generator;
        this.today = today;
    }

    /** The name of the index note (without ".md"), in the UI's language. */
    public String indexName() {
        return words.text("notes.index");
    }

    /**
     * Writes the vault into {@code folder}, which must exist and be empty (a new folder of StudyPath's own); returns
     * the files written, the index first.
     */
    public List<Path> write(List<ResourceNotes> resources, Path folder) throws IOException {
        VaultNames names = new VaultNames();
        String index = names.claim(indexName(), "index");
        Map<ResourceNotes, String> files = new LinkedHashMap<>();
        for (ResourceNotes resource : resources) {
            files.put(resource, names.claim(resource.title(), "resource-" + resource.resourceId()));
        }
        List<Path> written = new ArrayList<>();
        written.add(write(folder.resolve(index + ".md"), index(resources, files)));
        for (Map.Entry<ResourceNotes, String> file : files.entrySet()) {
            written.add(write(folder.resolve(file.getValue() + ".md"), note(file.getKey())));
        }
        return written;
    }

    private static Path write(Path file, String text) throws IOException {
        // CREATE_NEW: the folder is new and the names are unique, so nothing is ever written over
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW),
                StandardCharsets.UTF_8))) {
            w.write(text);
        }
        return file;
    }

    /** One resource's file: front matter, title, its note, then each unit with a note. */
    String note(ResourceNotes resource) {
        StringBuilder out = new StringBuilder();
        out.append("---\n");
        out.append("resource: ").append(YamlText.quoted(resource.title())).append('\n');
        out.append("link: ").append(YamlText.quoted(resource.url())).append('\n');
        out.append("category: ").append(YamlText.quoted(resource.category().in(words.locale()))).append('\n');
        list(out, "units", resource.units());
        List<String> tags = new ArrayList<>();
        tags.add(TAG);
        tags.addAll(resource.tags());
        list(out, "tags", tags);
        out.append("---\n\n");
        out.append("# ").append(headingText(resource.title())).append("\n\n");
        if (!resource.note().isBlank()) {
            out.append(NoteMarkdown.nested(resource.note(), 2)).append('\n');
        }
        for (ResourceNotes.UnitNote unit : resource.unitNotes()) {
            out.append("## ").append(headingText(unit.unit())).append("\n\n");
            out.append(NoteMarkdown.nested(unit.note(), 3)).append('\n');
        }
        return out.toString();
    }

    private static void list(StringBuilder out, String key, List<String> values) {
        out.append(key).append(':');
        if (values.isEmpty()) {
            out.append(" []\n");
            return;
        }
        out.append('\n');
        for (String value : values) {
            out.append("  - ").append(YamlText.quoted(value)).append('\n');
        }
    }

    /** The index note: what this is, then each category's resources as [[wikilinks]] with how many notes each has. */
    String index(List<ResourceNotes> resources, Map<ResourceNotes, String> files) {
        StringBuilder out = new StringBuilder();
        out.append("---\ntags:\n  - ").append(YamlText.quoted(TAG)).append("\n---\n\n");
        out.append("# ").append(headingText(indexName())).append("\n\n");
        int notes = resources.stream().mapToInt(ResourceNotes::noteCount).sum();
        out.append(words.text("notes.summary", notes, resources.size(), words.date(today), generator)).append("\n\n");
        Map<String, List<ResourceNotes>> byCategory = new LinkedHashMap<>();
        for (ResourceNotes resource : resources) {
            byCategory.computeIfAbsent(resource.category().in(words.locale()), c -> new ArrayList<>()).add(resource);
        }
        for (Map.Entry<String, List<ResourceNotes>> category : byCategory.entrySet()) {
            if (!category.getKey().isBlank()) {
                out.append("## ").append(headingText(category.getKey())).append("\n\n");
            }
            for (ResourceNotes resource : category.getValue()) {
                String file = files.get(resource);
                // the title as the link's text, without what would end the link or the line
                String alias = resource.title().replaceAll("[\\[\\]|\\p{Cc}\\u2028\\u2029\\s]+", " ").strip();
                out.append("- [[").append(file);
                if (!alias.equals(file) && !alias.isEmpty()) {
                    out.append('|').append(alias);
                }
                out.append("]] — ").append(words.text("notes.count", resource.noteCount())).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * A title as a heading's text, read literally: characters Markdown would read as markup are escaped and line
     * breaks become spaces.
     */
    static String headingText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '!', '$', '%', '=' -> out.append('\\').append(c);
                default -> out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
