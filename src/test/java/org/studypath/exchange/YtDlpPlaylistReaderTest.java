package org.studypath.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.studypath.domain.syllabus.ParsedCourse;
import org.studypath.domain.syllabus.ParsedUnit;

/** What {@code yt-dlp --flat-playlist -J URL} prints, written from yt-dlp's documented fields. */
class YtDlpPlaylistReaderTest {
    private final YtDlpPlaylistReader reader = new YtDlpPlaylistReader();

    private ParsedCourse fixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("yt-dlp-essence-of-linear-algebra.json")) {
            return reader.read(in, "playlist.json", 15);
        }
    }

    private String refused(String json) {
        CourseFormatException e = catchThrowableOfType(CourseFormatException.class,
                () -> reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.json", 15));
        assertThat(e).as(json.length() > 80 ? json.substring(0, 80) : json).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n");
        return e.notice().in(Locale.UK);
    }

    @Test
    void readsTheTitleAddressAndCreator() throws Exception {
        ParsedCourse course = fixture();
        assertThat(course.title()).isEqualTo("Essence of linear algebra");
        assertThat(course.url()).isEqualTo("https://www.youtube.com/playlist?list=PLZHQObOWTQDPD3MizzM2xVFitgF8hE_ab");
        assertThat(course.creators()).containsExactly("3Blue1Brown");
    }

    @Test
    void entriesWithoutADurationGetTheDefaultAsEstimatesAndUnavailableOnesAreLeftOut() throws Exception {
        ParsedCourse course = fixture();
        assertThat(course.problems()).isEmpty();
        assertThat(course.unavailable()).isEqualTo(2);
        assertThat(course.units()).extracting(ParsedUnit::minutes).containsExactly(10, 10, 11, 15, 15, 10, 12);
        assertThat(course.units()).extracting(ParsedUnit::estimated)
                .containsExactly(false, false, false, true, true, false, false);
        assertThat(course.units().get(0).title()).isEqualTo("Vectors | Chapter 1, Essence of linear algebra");
    }

    @Test
    void anIdAloneBecomesAYouTubeAddress() throws Exception {
        assertThat(fixture().units().get(2).url()).isEqualTo("https://www.youtube.com/watch?v=kYB8IZa5AuE");
        assertThat(fixture().units().get(0).url()).isEqualTo("https://www.youtube.com/watch?v=fNk_zzaMoSs");
        ParsedCourse noUrl = reader.read(new ByteArrayInputStream("""
                {"title": "t", "entries": [{"id": "fNk_zzaMoSs", "ie_key": "Youtube", "title": "a", "duration": 60}]}
                """.getBytes(StandardCharsets.UTF_8)), "p.json", 15);
        assertThat(noUrl.units().get(0).url()).isEqualTo("https://www.youtube.com/watch?v=fNk_zzaMoSs");
    }

    @Test
    void hostileFilesAreRefusedInOneSentence() {
        assertThat(refused("this is not json")).startsWith("p.json is not a playlist from yt-dlp: it is not valid JSON");
        assertThat(refused("[1, 2, 3]")).startsWith("p.json is not a playlist from yt-dlp: it has no list of entries");
        assertThat(refused("{\"title\": \"a video\", \"duration\": 60}")).contains("has no list of entries");
        assertThat(refused("{\"entries\": 5}")).contains("has no list of entries");
        assertThat(refused("{\"entries\": [{\"title\": \"[Private video]\"}]}"))
                .isEqualTo("p.json has no video to add (1 unavailable). Nothing was added.");
        assertThat(refused("{\"entries\": [" + "{\"title\": \"x\", \"duration\": 60},".repeat(100_000) + "{}]}"))
                .isEqualTo("p.json has more than 2,000 entries; StudyPath adds at most 2,000 units at once. Nothing was added.");
        assertThat(refused("{\"entries\": [" + "[".repeat(100) + "]}")).contains("not valid JSON");
        assertThat(refused("{\"entries\": []} trailing")).contains("not valid JSON");
    }

    @Test
    void entriesThatCannotBeReadAreListedByNumber() throws Exception {
        ParsedCourse course = reader.read(new ByteArrayInputStream("""
                {"entries": [{"title": "ok", "duration": 60}, {"title": "long", "duration": 360000},
                 {"title": "", "duration": 60}, {"title": "odd", "duration": "ten"}, 7]}
                """.getBytes(StandardCharsets.UTF_8)), "p.json", 15);
        assertThat(course.units()).extracting(ParsedUnit::title).containsExactly("ok");
        assertThat(course.problems()).extracting(p -> p.line()).containsExactly(2, 3, 4, 5);
        assertThat(course.addable()).isFalse();
    }
}
