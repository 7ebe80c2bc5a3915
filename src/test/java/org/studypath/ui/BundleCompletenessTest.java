package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.studypath.ui.common.Messages;

/**
 * Every text of the UI exists in English and in Chinese, with the same placeholders, and every key the code asks
 * for is in the bundle. A key added to one language only fails the build.
 */
class BundleCompletenessTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** Words that stay the same in Chinese: names and formats. */
    private static final Set<String> SAME_IN_BOTH = Set.of("StudyPath", "CSV", "PDF", "HTML", "JSON", "Markdown",
            "iCalendar", "ics", "csv", "md", "html", "pdf", "json", "GitHub", "JavaFX", "SQLite", "Ctrl", "Shift",
            "Alt", "Space", "Enter", "Esc", "Delete", "Tab", "Up", "Down", "Left", "Right", "Home", "End", "PgUp",
            "PgDn", "F1", "F5", "OK", "ControlsFX", "AtlantaFX", "Ikonli", "OpenJFX", "iCal4j", "Jackson", "PDFBox",
            "Apache", "MIT", "BSD", "EPL", "GPL", "Classpath", "Exception", "License", "Licence", "sqlite", "jdbc",
            "Commons", "xerial", "with", "the", "and", "version", "TestFX");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndChinese() throws IOException {
        List<Path> bundles = bundles();
        assertThat(bundles).as("the UI's bundle").isNotEmpty();
        for (Path english : bundles) {
            Path chinese = chineseOf(english);
            assertThat(chinese).as("Chinese bundle beside " + english).exists();
            Properties en = load(english);
            Properties zh = load(chinese);
            Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
            onlyEnglish.removeAll(zh.stringPropertyNames());
            Set<String> onlyChinese = new TreeSet<>(zh.stringPropertyNames());
            onlyChinese.removeAll(en.stringPropertyNames());
            assertThat(onlyEnglish).as("keys of " + english + " missing in Chinese").isEmpty();
            assertThat(onlyChinese).as("keys of " + chinese + " missing in English").isEmpty();
        }
    }

    @Test
    void everyTextIsAValidPatternWithTheSamePlaceholdersInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : bundles()) {
            Properties en = load(english);
            Properties zh = load(chineseOf(english));
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                String e = en.getProperty(key);
                String z = zh.getProperty(key);
                if (z == null) {
                    continue; // reported by the other test
                }
                for (String[] value : new String[][] {{"en", e}, {"zh", z}}) {
                    if (value[1].isBlank()) {
                        problems.add(key + " (" + value[0] + ") is empty");
                    }
                    if (value[1].replace("''", "").contains("'")) {
                        problems.add(key + " (" + value[0] + ") has a lone ' (MessageFormat drops it): use ’");
                    }
                    try {
                        new MessageFormat(value[1], Locale.ROOT);
                    } catch (IllegalArgumentException bad) {
                        problems.add(key + " (" + value[0] + ") is not a valid pattern: " + bad.getMessage());
                    }
                }
                if (!placeholders(e).equals(placeholders(z))) {
                    problems.add(key + " has placeholders " + placeholders(e) + " in English but " + placeholders(z)
                            + " in Chinese");
                }
                if (!key.startsWith("format.") && e.equals(z) && hasWordsToTranslate(e)) {
                    problems.add(key + " is not translated: “" + z + "”");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() throws IOException {
        Properties en = load(RESOURCES.resolve(Messages.BUNDLE.replace('.', '/') + ".properties"));
        Pattern call = Pattern.compile("[mM]essages(?:\\(\\))?\\.text\\(\\s*\"([a-zA-Z][\\w.-]*\\w)\"\\s*[,)]");
        List<String> missing = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = call.matcher(source);
                while (m.find()) {
                    calls++;
                    if (!en.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(calls).as("text(\"key\") calls found").isGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    @Test
    void chineseMessagesFormatDatesAndDurationsTheChineseWay() {
        Messages zh = Messages.of(Locale.SIMPLIFIED_CHINESE);
        Messages en = Messages.of(Locale.UK);
        java.time.LocalDate day = java.time.LocalDate.of(2027, 5, 4);
        assertThat(zh.date(day)).isEqualTo("2027年5月4日 周二");
        assertThat(en.date(day)).isEqualTo("Tue 4 May 2027");
        assertThat(plain(zh.duration(190))).isEqualTo("3 小时 10 分钟");
        assertThat(plain(en.duration(190))).isEqualTo("3 h 10 min");
        assertThat(plain(en.duration(3720, true))).isEqualTo("≈ 62 h");
        assertThat(plain(en.compactDuration(195, false))).isEqualTo("3.3 h");
        assertThat(plain(en.compactDuration(193, true))).isEqualTo("≈ 3.2 h");
        assertThat(plain(en.compactDuration(36, false))).isEqualTo("36 min");
        assertThat(plain(en.compactDuration(3720, false))).isEqualTo("62 h");
        assertThat(plain(zh.duration(3750))).as("whole hours from ten hours, in Chinese too").isEqualTo("63 小时");
        assertThat(plain(Messages.of(Locale.GERMANY).compactDuration(195, false))).as("German falls back to English words")
                .isEqualTo("3,3 h");
        assertThat(en.number(12345)).isEqualTo("12,345");
    }

    private static boolean hasWordsToTranslate(String value) {
        String words = PLACEHOLDER.matcher(value).replaceAll(" ");
        for (String word : words.split("[^A-Za-z]+")) {
            if (word.length() > 1 && !SAME_IN_BOTH.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** Every base bundle (a .properties file with a _zh sibling, or the UI's bundle itself). */
    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.toString().endsWith(".properties"))
                    .filter(f -> !f.getFileName().toString().matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .filter(f -> Files.exists(chineseOf(f)) || f.toString().contains("messages"))
                    .sorted()
                    .toList();
        }
    }

    private static Path chineseOf(Path english) {
        return english.resolveSibling(english.getFileName().toString().replace(".properties", "_zh.properties"));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** A time as read aloud: the window's no-break spaces and zero-width joiners (DurationTextTest checks them) as spaces. */
    private static String plain(String time) {
        return time.replace('\u00A0', ' ').replace("\uFEFF", "");
    }
}
