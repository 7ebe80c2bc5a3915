package org.studypath.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Open at the time the learner stopped: only real YouTube videos get a time, and no refused link is ever opened. */
class ResumeLinksTest {
    private static final ResumePoint AT = ResumePoint.time(754);

    private static String open(String url, ResumePoint point) {
        return ResumeLinks.open(url, point).map(URI::toString).orElse(null);
    }

    @Test
    void aYouTubeVideoStartsWhereTheLearnerStopped() {
        assertThat(open("https://www.youtube.com/watch?v=WUvTyaaNkzM", AT))
                .isEqualTo("https://www.youtube.com/watch?v=WUvTyaaNkzM&t=754s");
        assertThat(open("https://youtube.com/watch?v=abc", AT)).isEqualTo("https://youtube.com/watch?v=abc&t=754s");
        assertThat(open("https://m.youtube.com/watch?v=abc", AT)).isEqualTo("https://m.youtube.com/watch?v=abc&t=754s");
        assertThat(open("https://youtu.be/abc", AT)).isEqualTo("https://youtu.be/abc?t=754s");
        assertThat(open("http://WWW.YouTube.com/watch?v=abc", AT)).isEqualTo("http://WWW.YouTube.com/watch?v=abc&t=754s");
    }

    @Test
    void anExistingTimeIsReplacedAndEveryOtherParameterKept() {
        assertThat(open("https://www.youtube.com/watch?v=abc&t=30s&list=PLx&index=3", AT))
                .isEqualTo("https://www.youtube.com/watch?v=abc&list=PLx&index=3&t=754s");
        assertThat(open("https://www.youtube.com/watch?t=1m2s&v=abc&t=9", AT))
                .isEqualTo("https://www.youtube.com/watch?v=abc&t=754s");
        assertThat(open("https://youtu.be/abc?si=xyz&t=12", AT)).isEqualTo("https://youtu.be/abc?si=xyz&t=754s");
        assertThat(open("https://www.youtube.com/watch?v=abc&tt=1#frag", AT))
                .isEqualTo("https://www.youtube.com/watch?v=abc&tt=1&t=754s#frag");
        assertThat(open("https://www.youtube.com/watch?v=abc", ResumePoint.time(0)))
                .isEqualTo("https://www.youtube.com/watch?v=abc&t=0s");
    }

    @Test
    void otherLinksAPageOrNoPointOpenAsTheyAre() {
        assertThat(open("https://www.youtube.com/playlist?list=PLx", AT)).isEqualTo("https://www.youtube.com/playlist?list=PLx");
        assertThat(open("https://www.youtube.com/watch?list=PLx", AT)).isEqualTo("https://www.youtube.com/watch?list=PLx");
        assertThat(open("https://youtu.be/", AT)).isEqualTo("https://youtu.be/");
        assertThat(open("https://example.org/video?t=3", AT)).isEqualTo("https://example.org/video?t=3");
        assertThat(open("https://www.youtube.com/watch?v=abc", ResumePoint.page(43)))
                .isEqualTo("https://www.youtube.com/watch?v=abc");
        assertThat(open("https://www.youtube.com/watch?v=abc", null)).isEqualTo("https://www.youtube.com/watch?v=abc");
    }

    @Test
    void hostileLinksGetNoTimeAndRefusedOnesStayRefused() {
        assertThat(open("https://youtube.com.evil.example/watch?v=abc", AT))
                .isEqualTo("https://youtube.com.evil.example/watch?v=abc");
        assertThat(open("https://evilyoutube.com/watch?v=abc", AT)).isEqualTo("https://evilyoutube.com/watch?v=abc");
        assertThat(open("https://youtube.com@evil.example/watch?v=abc", AT))
                .isEqualTo("https://youtube.com@evil.example/watch?v=abc");
        assertThat(open("https://evil.example/youtube.com/watch?v=abc", AT))
                .isEqualTo("https://evil.example/youtube.com/watch?v=abc");
        for (String refused : new String[] {"javascript:alert(1)//www.youtube.com/watch?v=abc",
                "file:///www.youtube.com/watch?v=abc", "ftp://youtube.com/watch?v=abc", "data:text/html,youtube.com",
                "youtube.com/watch?v=abc", " https://youtu.be/abc", "", null}) {
            assertThat(ResumeLinks.open(refused, AT)).as(String.valueOf(refused)).isEqualTo(Optional.empty());
        }
    }

    @Test
    void aTimeNeverMakesALinkThatWebLinksWouldRefuse() {
        for (String url : new String[] {"https://www.youtube.com/watch?v=a%20b", "https://youtu.be/abc?x=%E4%B8%AD",
                "https://www.youtube.com:443/watch?v=abc"}) {
            assertThat(ResumeLinks.open(url, AT)).as(url).hasValueSatisfying(uri ->
                    assertThat(WebLinks.isWebLink(uri.toString())).isTrue());
        }
        assertThat(open("https://www.youtube.com:443/watch?v=abc", AT)).isEqualTo("https://www.youtube.com:443/watch?v=abc&t=754s");
    }
}
