package org.studypath.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.SafeText;
import org.studypath.domain.WebLinks;
import org.studypath.domain.syllabus.LineProblem;
import org.studypath.domain.syllabus.ParsedCourse;
import org.studypath.domain.syllabus.ParsedUnit;
import org.studypath.domain.syllabus.SyllabusParser;

/**
 * Reads what {@code yt-dlp --flat-playlist -J URL} prints for a playlist: its {@code title}, {@code webpage_url}
 * (or {@code original_url}) and {@code uploader} (or {@code channel}), and in {@code entries} each video's
 * {@code title}, {@code duration} in seconds (null or absent in a flat listing of some sites: the default minutes,
 * as an estimate), {@code url} and {@code id}. Entries that are no longer there ("[Private video]", "[Deleted video]")
 * are left out and counted.
 *
 * <p>The file is read with Jackson's streaming parser, an entry at a time, so a file with far too many entries is
 * refused at the first one over {@link SyllabusParser#MAX_UNITS} without reading the rest; the caller limits the
 * file's size ({@link #MAX_BYTES}).
 */
public final class YtDlpPlaylistReader {
    /** A flat listing of 2,000 videos is a few megabytes; anything far bigger is not one. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Set<String> UNAVAILABLE = Set.of("[private video]", "[deleted video]", "[unavailable video]");
    private static final Set<String> UNAVAILABLE_STATES = Set.of("private", "needs_auth", "subscriber_only",
            "premium_only");
    /** A YouTube video id, the only kind of {@code url} that is not a whole address. */
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");

    private final ObjectMapper mapper;
    private final JsonFactory factory;

    public YtDlpPlaylistReader() {
        mapper = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxStringLength(1_000_000).build());
        factory = mapper.getFactory();
    }

    /**
     * The playlist in {@code in}; {@code defaultMinutes} for an entry without a duration.
     *
     * @throws CourseFormatException with one sentence when it is not such a playlist (nothing of it is kept)
     */
    public ParsedCourse read(InputStream in, String fileName, int defaultMinutes) throws CourseFormatException {
        try (JsonParser parser = factory.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new CourseFormatException(Notice.of("playlist.notPlaylist", fileName));
            }
            String title = "";
            String url = "";
            String original = "";
            List<String> creators = new ArrayList<>();
            String channel = "";
            boolean sawEntries = false;
            Entries entries = new Entries(fileName, defaultMinutes);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "title" -> title = text(value, parser);
                    case "webpage_url" -> url = text(value, parser);
                    case "original_url" -> original = text(value, parser);
                    case "uploader" -> addCreator(creators, text(value, parser));
                    case "channel" -> channel = text(value, parser);
                    case "entries" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw new CourseFormatException(Notice.of("playlist.notPlaylist", fileName));
                        }
                        sawEntries = true;
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            entries.add(mapper.readTree(parser));
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (!sawEntries) {
                throw new CourseFormatException(Notice.of("playlist.notPlaylist", fileName));
            }
            if (parser.nextToken() != null) {
                throw new CourseFormatException(Notice.of("playlist.notJson", fileName, Notice.of("json.invalid")));
            }
            addCreator(creators, channel);
            String link = WebLinks.isWebLink(url) ? url : WebLinks.isWebLink(original) ? original : "";
            String shownTitle = keepable(title) && !title.isBlank() ? cut(title.strip()) : "";
            if (entries.units.isEmpty() && entries.problems.isEmpty()) {
                throw new CourseFormatException(Notice.of("playlist.empty", fileName, entries.unavailable));
            }
            return new ParsedCourse(shownTitle, link, creators, entries.units, entries.problems, entries.unavailable);
        } catch (JsonProcessingException e) {
            throw new CourseFormatException(Notice.of("playlist.notJson", fileName, JsonProblems.describe(e)), e);
        } catch (CharConversionException e) {
            throw new CourseFormatException(Notice.of("playlist.notJson", fileName, JsonProblems.describe(e)), e);
        } catch (IOException e) {
            throw new CourseFormatException(Notice.of("playlist.cannotRead", fileName, Notice.reasonOf(e)), e);
        }
    }

    /** A string value, or "" for anything else (null, a number). */
    private static String text(JsonToken value, JsonParser parser) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        parser.skipChildren();
        return "";
    }

    private static void addCreator(List<String> creators, String name) {
        String strip = name == null ? "" : name.strip();
        if (!strip.isEmpty() && keepable(strip) && strip.length() <= ResourceDraft.MAX_TITLE_LENGTH
                && !creators.contains(strip)) {
            creators.add(strip);
        }
    }

    private static boolean keepable(String text) {
        return SafeText.problem(text, true).isEmpty();
    }

    private static String cut(String title) {
        return title.length() <= ResourceDraft.MAX_TITLE_LENGTH ? title
                : title.substring(0, ResourceDraft.MAX_TITLE_LENGTH - 1).strip() + "…";
    }

    /** The entries read so far: units, entries that could not be read, and how many were unavailable. */
    private static final class Entries {
        private final String fileName;
        private final int defaultMinutes;
        private final List<ParsedUnit> units = new ArrayList<>();
        private final List<LineProblem> problems = new ArrayList<>();
        private int unavailable;
        private int number;

        Entries(String fileName, int defaultMinutes) {
            this.fileName = fileName;
            this.defaultMinutes = defaultMinutes;
        }

        void add(JsonNode entry) throws CourseFormatException {
            number++;
            if (number > SyllabusParser.MAX_UNITS) {
                throw new CourseFormatException(Notice.of("playlist.tooManyEntries", fileName, SyllabusParser.MAX_UNITS));
            }
            if (entry == null || !entry.isObject()) {
                problems.add(new LineProblem(number, Notice.of("playlist.entryNotObject")));
                return;
            }
            String title = entry.path("title").isTextual() ? entry.path("title").asText().strip() : "";
            String availability = entry.path("availability").asText("");
            if (UNAVAILABLE.contains(title.toLowerCase(java.util.Locale.ROOT))
                    || UNAVAILABLE_STATES.contains(availability)) {
                unavailable++;
                return;
            }
            if (title.isEmpty()) {
                problems.add(new LineProblem(number, Notice.of("playlist.entryNoTitle")));
                return;
            }
            if (!keepable(title)) {
                problems.add(new LineProblem(number, Notice.of("syllabus.oddCharacters")));
                return;
            }
            JsonNode duration = entry.get("duration");
            int minutes = defaultMinutes;
            boolean estimated = true;
            if (duration != null && duration.isNumber()) {
                try {
                    minutes = SyllabusParser.minutesOf(Math.round(duration.asDouble()), duration.asText());
                    estimated = false;
                } catch (Notice.Refused e) {
                    problems.add(new LineProblem(number, e.notice()));
                    return;
                }
            } else if (duration != null && !duration.isNull()) {
                problems.add(new LineProblem(number, Notice.of("playlist.entryBadDuration")));
                return;
            }
            units.add(new ParsedUnit(number, cut(title), minutes, estimated, link(entry)));
        }

        /** The entry's address: its {@code url} when that is one, else the YouTube address of its id. */
        private static String link(JsonNode entry) {
            String url = entry.path("url").asText("").strip();
            if (WebLinks.isWebLink(url) && keepable(url) && url.length() <= 2_000) {
                return url;
            }
            String id = VIDEO_ID.matcher(url).matches() ? url : entry.path("id").asText("").strip();
            String key = entry.path("ie_key").asText("Youtube");
            if (VIDEO_ID.matcher(id).matches() && key.startsWith("Youtube")) {
                return "https://www.youtube.com/watch?v=" + id;
            }
            return "";
        }
    }
}
