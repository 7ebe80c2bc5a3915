package org.studypath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.studypath.domain.WebLinks;

/**
 * Guards for the security rules of the code itself: SQL is never built from values, and only web links are ever
 * opened. (Escaping in exported HTML and Markdown and neutralised CSV cells are tested with the writers; an import
 * writing nowhere but the database is tested in {@code app.DataSafetyTest}.)
 */
class SecurityTest {
    private static final Path MAIN = Path.of("src/main/java/org/studypath");
    private static final Pattern SQL_CALL = Pattern.compile("\\b(prepareStatement|executeQuery|executeUpdate|execute|addBatch)\\(");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    /**
     * Every piece of SQL text built with {@code +} inside a JDBC call, other than string literals. Each one here was
     * reviewed: they are table, column and index names from the schema or {@code BackupFormat}, or numbers; no value
     * from a user or a file. A new one fails this test until it is reviewed and added.
     */
    private static final Set<String> REVIEWED = Set.of(
            "Migrations: version", // the schema version number, an int
            "PathAvailabilityRows: String.join(\"\", DAY_COLUMNS)", // the weekday column names, constants
            "SqliteBackupStore: table.name()", // BackupFormat's table names
            "SqliteBackupStore: index.name()", // index names read from sqlite_schema
            "SqliteBackupStore: columns", // BackupFormat's field names
            "SqliteBackupStore: marks", // "?, ?, ?"
            "SqliteProgressRepository: table", // "unit_note" or "resource_note"
            "SqliteProgressRepository: key"); // "unit_id" or "resource_id"

    @Test
    void sqlIsNeverBuiltFromValues() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString().replace(".java", "");
                Matcher call = SQL_CALL.matcher(source);
                while (call.find()) {
                    String argument = argument(source, call.end());
                    for (String operand : operands(argument)) {
                        found.add(name + ": " + operand);
                    }
                }
            }
        }
        // the list is exact: a new concatenation fails until reviewed, and the guard is seen to find the known ones
        assertThat(found).as("SQL built by concatenation; bind values with ? instead")
                .containsExactlyInAnyOrderElementsOf(REVIEWED);
    }

    @Test
    void onlyWebLinksAreOpened() throws IOException {
        List<String> opens = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    for (String call : List.of("showDocument(", "links::open", "links.open(", "Desktop.getDesktop")) {
                        if (line.contains(call)) {
                            opens.add(file.getFileName() + ": " + call
                                    // ResumeLinks.open gives only what WebLinks.parse took (ResumeLinksTest)
                                    + (line.contains("WebLinks.parse(") || line.contains("ResumeLinks.open(")
                                    ? " of WebLinks.parse" : ""));
                        }
                    }
                }
            }
        }
        // the browser is reached only through the LinkOpener, and the LinkOpener only with what WebLinks accepted
        assertThat(opens).containsExactlyInAnyOrder(
                "StudyPathApplication.java: showDocument(", // the LinkOpener handed to the catalog
                "UnitProgressEdits.java: links::open of WebLinks.parse", // a unit's link, at its resume point
                "CatalogCommands.java: links::open of WebLinks.parse",
                "WindowAssembly.java: links::open of WebLinks.parse"); // Help → About's library pages
        for (String link : List.of("javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>",
                "ftp://example.org/x", "HTTP://", "//example.org", "mailto:a@b.c", "https://exa mple.org")) {
            assertThat(WebLinks.parse(link)).as(link).isEmpty();
        }
        assertThat(WebLinks.parse("https://mml-book.github.io/")).isPresent();
        assertThat(WebLinks.parse("http://example.org/a?b=c")).isPresent();
    }

    /**
     * Beside the browser, StudyPath starts only the system's file manager on a folder and its PDF viewer on a book the
     * learner picked on this computer, each after checking what it is given ({@code FolderOpener},
     * {@code BookOpener}, tested in {@code BookOpenerTest}).
     */
    @Test
    void onlyTheFolderAndBookOpenersStartPrograms() throws IOException {
        List<String> starters = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (source.contains("ProcessBuilder(") || source.contains("Runtime.getRuntime().exec")) {
                    starters.add(file.getFileName().toString());
                }
            }
        }
        assertThat(starters).containsExactlyInAnyOrder("FolderOpener.java", "BookOpener.java");
    }

    private static String argument(String source, int start) {
        int depth = 1;
        StringBuilder text = new StringBuilder();
        for (int i = start; i < source.length() && depth > 0; i++) {
            char ch = source.charAt(i);
            if (ch == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"' || source.charAt(end - 1) == '\\') {
                    end++;
                }
                text.append(source, i, end + 1);
                i = end;
                continue;
            }
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (depth > 0) {
                text.append(ch);
            }
        }
        return text.toString();
    }

    /** The non-literal operands of {@code +} in an argument, e.g. {@code table.name()}. */
    private static List<String> operands(String argument) {
        if (!argument.contains("+")) {
            return List.of();
        }
        String blanked = STRING.matcher(argument).replaceAll("\"\"");
        List<String> operands = new ArrayList<>();
        for (String part : blanked.split("\\+")) {
            String operand = part.strip().replaceAll("^[(\\s]+", "").replaceAll("[,\\s]+$", "");
            if (!operand.isEmpty() && !operand.startsWith("\"")) {
                operands.add(operand);
            }
        }
        return operands;
    }
}
