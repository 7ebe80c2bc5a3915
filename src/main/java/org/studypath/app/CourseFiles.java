package org.studypath.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.studypath.domain.Category;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceType;
import org.studypath.domain.UnitKind;
import org.studypath.domain.syllabus.ParsedCourse;
import org.studypath.domain.syllabus.SyllabusOptions;
import org.studypath.domain.syllabus.SyllabusParser;
import org.studypath.exchange.CourseFormatException;
import org.studypath.exchange.YtDlpPlaylistReader;

/**
 * A course from a file: a pasted list saved as {@code .txt}, or what {@code yt-dlp --flat-playlist -J} printed
 * ({@code .json}), read into units by the file's kind ({@link #FORMATS}), and added as one resource of the learner's
 * own ({@code studypath add --from FILE}, the editor's "Import playlist JSON…"). A file that cannot be read is refused
 * with one sentence, and nothing is added.
 */
public final class CourseFiles {
    /** A file of units read into a course; {@code options} give the minutes of what has no time. */
    @FunctionalInterface
    interface Reader {
        ParsedCourse read(Path file, String name, SyllabusOptions options) throws ExchangeException;
    }

    /** What a kind of file makes: its resource's type and what its units are called, and how it is read. */
    record Format(ResourceType type, UnitKind unitKind, Reader reader) {
    }

    /** The kinds of file, by extension: a new kind (a book's PDF) is one entry here. */
    static final Map<String, Format> FORMATS = Map.of(
            "txt", new Format(ResourceType.ONLINE_COURSE, UnitKind.UNIT, CourseFiles::readList),
            "json", new Format(ResourceType.VIDEO_SERIES, UnitKind.EPISODE, CourseFiles::readPlaylist));

    /** What {@link #add} added. */
    public record Added(long resourceId, String title, int units, int totalMinutes, long estimated, int unavailable) {
    }

    private CourseFiles() {
    }

    /** The extensions read, for messages: ".txt, .json". */
    public static String extensions() {
        return FORMATS.keySet().stream().sorted(java.util.Comparator.reverseOrder()).map(e -> "." + e)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The kind of {@code file}, by its extension; empty for one StudyPath does not read. */
    static Optional<Format> format(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Optional.ofNullable(dot < 0 ? null : FORMATS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The resource type a file of {@code file}'s kind makes (a playlist: a video series), for the editor's defaults. */
    public static Optional<ResourceType> typeOf(Path file) {
        return format(file).map(Format::type);
    }

    /**
     * The units in {@code file}, with the lines or entries that could not be read.
     *
     * @throws ExchangeException with one sentence when the file cannot be read as a course at all
     */
    public static ParsedCourse read(Path file, SyllabusOptions options) throws ExchangeException {
        Format format = format(file).orElseThrow(() -> new ExchangeException(Notice.of("course.unknownKind",
                String.valueOf(file.getFileName()), extensions())));
        try (ImportFile input = ImportFile.open(file, WorkProgress.NONE)) {
            return format.reader().read(input.path(), input.name(), options);
        }
    }

    /**
     * Reads {@code file} and adds it as one resource with all its units, in one transaction; nothing is added when
     * any line or entry cannot be read.
     *
     * @param title        the resource's title; null: the playlist's, else the file's name
     * @param categoryKey  the category's key; null: the first category
     * @param pagesPerHour the reading rate for page ranges; null: {@link SyllabusOptions#DEFAULT_PAGES_PER_HOUR}
     * @param chinese      whether titles StudyPath makes up ("第 3 讲") are Chinese
     */
    public static Added add(CatalogService catalog, Path file, String title, String categoryKey, Integer pagesPerHour,
                            boolean chinese) throws ExchangeException {
        Format format = format(file).orElseThrow(() -> new ExchangeException(Notice.of("course.unknownKind",
                String.valueOf(file.getFileName()), extensions())));
        SyllabusOptions options;
        try {
            options = SyllabusOptions.forType(format.type(), format.unitKind(), chinese);
            if (pagesPerHour != null) {
                options = options.withPagesPerHour(pagesPerHour);
            }
        } catch (Notice.Refused e) {
            throw new ExchangeException(e.notice());
        }
        List<Category> categories = catalog.snapshot().categories();
        Category category = categoryKey == null ? categories.stream().findFirst().orElse(null)
                : categories.stream().filter(c -> c.key().equalsIgnoreCase(categoryKey.strip())).findFirst()
                .orElseThrow(() -> new ExchangeException(Notice.of("course.noSuchCategory", categoryKey,
                        String.join(", ", categories.stream().map(Category::key).toList()))));
        if (category == null) {
            throw new ExchangeException(Notice.of("course.noCategories"));
        }
        ParsedCourse course = read(file, options);
        if (!course.problems().isEmpty()) {
            throw new ExchangeException(Notice.of("course.unreadLines", String.valueOf(file.getFileName()),
                    course.problems().size(), course.problems().get(0).notice()));
        }
        String name = title != null && !title.isBlank() ? title.strip()
                : !course.title().isBlank() ? course.title() : baseName(file);
        ResourceDraft draft = new ResourceDraft(0, category.id(), name, course.creators(), course.url(), format.type(),
                format.unitKind(), true, chinese ? "zh" : "en", java.util.Set.of(), "", course.unitDrafts());
        List<ResourceDraft.Problem> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new ExchangeException(problems.get(0).notice());
        }
        long id = catalog.save(draft); // the resource and every unit in one transaction
        return new Added(id, name, course.units().size(), course.totalMinutes(), course.estimatedCount(),
                course.unavailable());
    }

    private static String baseName(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).strip();
    }

    /** A list of units in a text file: UTF-8, at most {@link SyllabusParser#MAX_CHARACTERS} characters. */
    private static ParsedCourse readList(Path file, String name, SyllabusOptions options) throws ExchangeException {
        long limit = SyllabusParser.MAX_CHARACTERS * 4L; // a character is at most four bytes of UTF-8
        byte[] bytes = readAtMost(file, name, limit);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExchangeException(Notice.of("course.notText", name), e);
        }
        try {
            return SyllabusParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, options);
        } catch (Notice.Refused e) {
            throw new ExchangeException(Notice.of("course.refused", name, e.notice()), e);
        }
    }

    private static ParsedCourse readPlaylist(Path file, String name, SyllabusOptions options) throws ExchangeException {
        checkSize(file, name, YtDlpPlaylistReader.MAX_BYTES); // refused by size before a byte of JSON is parsed
        try (InputStream in = Files.newInputStream(file)) {
            return new YtDlpPlaylistReader().read(in, name, options.defaultMinutes());
        } catch (CourseFormatException e) {
            throw new ExchangeException(e.notice(), e);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", name, Notice.reasonOf(e)), e);
        }
    }

    private static byte[] readAtMost(Path file, String name, long limit) throws ExchangeException {
        checkSize(file, name, limit);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", name, Notice.reasonOf(e)), e);
        }
    }

    private static void checkSize(Path file, String name, long limit) throws ExchangeException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", name, Notice.reasonOf(e)), e);
        }
        if (size > limit) {
            throw new ExchangeException(Notice.of("course.fileTooBig", name, (size + 1023) / 1024,
                    limit / (1024 * 1024)));
        }
    }
}
