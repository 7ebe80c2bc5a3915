package org.studypath.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the domain tells the learner is said in English by default and in Chinese when asked. */
class NoticeTest {
    @Test
    void aDurationThatCannotBeReadSaysWhyInBothLanguages() {
        Notice.Refused refused = catchThrowableOfType(Notice.Refused.class, () -> Durations.parse("abc"));
        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(refused.getMessage()).isEqualTo(
                "“abc” is not a duration. Type minutes (“45”), hours and minutes (“1 h 30”) or a time (“1:30”).");
        assertThat(refused.notice().in(Locale.SIMPLIFIED_CHINESE)).startsWith("“abc”不是时长。");
    }

    @Test
    void numbersInNoticesAreWrittenPlainAndDraftProblemsKeepTheirField() {
        ResourceDraft draft = new ResourceDraft(0, 1, "", java.util.List.of(), "", ResourceType.BOOK, UnitKind.CHAPTER,
                true, "en", java.util.Set.of(), "", java.util.List.of());
        assertThat(draft.problems()).isNotEmpty();
        assertThat(draft.problems().get(0).message()).isEqualTo("Enter a title.");
        assertThat(draft.problems().get(0).notice().in(Locale.CHINA)).isEqualTo("请输入标题。");
        assertThat(Notice.of("draft.unitTooLong", 3, ResourceDraft.MAX_MINUTES).toString())
                .isEqualTo("Unit 3: at most 6000 minutes; split longer units.");
    }
}
