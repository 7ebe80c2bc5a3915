package org.studypath.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where the learner stopped, as typed in English or Chinese; every bad input gets one sentence and no point. */
class ResumePointTest {
    @Test
    void pagesAreReadInEnglishAndChinese() {
        for (String typed : new String[] {"p. 43", "p.43", "P 43", "page 43", "pp. 43", "43", " 43 ", "第 43 页", "第43页",
                "43页", "43 页"}) {
            assertThat(ResumePoint.parse(typed)).as(typed).isEqualTo(ResumePoint.page(43));
        }
        assertThat(ResumePoint.page(43).text()).isEqualTo("p. 43");
    }

    @Test
    void timesAreReadWithMinutesOrHours() {
        assertThat(ResumePoint.parse("12:34")).isEqualTo(ResumePoint.time(754));
        assertThat(ResumePoint.parse("0:05")).isEqualTo(ResumePoint.time(5));
        assertThat(ResumePoint.parse("1:02:03")).isEqualTo(ResumePoint.time(3723));
        assertThat(ResumePoint.parse("12：34")).as("a full-width colon").isEqualTo(ResumePoint.time(754));
        assertThat(ResumePoint.parse("75:00")).as("minutes past an hour without hours").isEqualTo(ResumePoint.time(4500));
        assertThat(ResumePoint.time(754).text()).isEqualTo("12:34");
        assertThat(ResumePoint.time(3723).text()).isEqualTo("1:02:03");
        assertThat(ResumePoint.time(5).text()).isEqualTo("0:05");
    }

    @Test
    void whatIsWrittenIsReadBackTheSame() {
        for (ResumePoint point : new ResumePoint[] {ResumePoint.page(1), ResumePoint.page(ResumePoint.MAX_PAGE),
                ResumePoint.time(0), ResumePoint.time(59), ResumePoint.time(3600), ResumePoint.time(ResumePoint.MAX_SECONDS)}) {
            assertThat(ResumePoint.parse(point.text())).isEqualTo(point);
        }
    }

    @Test
    void badInputIsRefusedWithOnePlainSentence() {
        refused("p. -3", "resume.pageRange");
        refused("0", "resume.pageRange");
        refused("p. 100001", "resume.pageRange");
        refused("99999999999", "resume.pageRange");
        refused("99:99", "resume.sixty");
        refused("1:60:00", "resume.sixty");
        refused("-1:00", "resume.timeNegative");
        refused("101:00:00", "resume.timeTooLong");
        refused("12:3", "resume.unreadable");
        refused("chapter four", "resume.unreadable");
        refused("p. 4 5", "resume.unreadable");
        refused("", "resume.empty");
        refused("   ", "resume.empty");
        refused(null, "resume.empty");
    }

    private static void refused(String typed, String key) {
        assertThatThrownBy(() -> ResumePoint.parse(typed)).as(typed).isInstanceOfSatisfying(Notice.Refused.class, e -> {
            assertThat(e.notice().key()).isEqualTo(key);
            assertThat(e.getMessage()).doesNotContain("\n").endsWith(".");
        });
    }
}
