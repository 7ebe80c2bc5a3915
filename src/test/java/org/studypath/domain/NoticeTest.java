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

    @Test
    void aNoticeInsideANoticeIsSaidInTheSameLanguage() {
        Notice nested = Notice.of("store.changeFailed", Notice.of("store.locked"));
        assertThat(nested.toString()).isEqualTo("Database change failed and was rolled back: the database is locked by "
                + "another program (a database browser, a sync or backup tool). Close that program and try again; "
                + "nothing was lost.");
        assertThat(nested.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("数据库更改失败，已回滚：数据库被另一个程序锁定"
                + "（数据库浏览器、同步或备份工具）。请关闭那个程序后重试；没有丢失任何内容。");
        Notice deeper = Notice.of("backup.at.lineRow", "b.json", 12, "time_log", 3L,
                Notice.of("backup.notBoolean", "done", Notice.of("backup.found.list")));
        assertThat(deeper.toString()).isEqualTo("b.json line 12: time_log row 3: \"done\" must be true or false, not a list");
        assertThat(deeper.in(Locale.CHINA)).isEqualTo("b.json 第 12 行：time_log 表第 3 行：“done”必须是 true 或 false，而不是列表");
    }

    @Test
    void textWithoutATranslationStaysAsItIsAndFailuresSayTheirNotice() {
        String sqlite = "UNIQUE constraint failed: unit.id";
        assertThat(Notice.text(sqlite).in(Locale.CHINA)).isEqualTo(sqlite);
        assertThat(Notice.of("store.readFailed", (Object) null).toString()).isEqualTo("Database read failed: null");
        assertThat(Notice.reasonOf(new IllegalStateException("plain"))).isEqualTo(Notice.text("plain"));
        Notice.Refused refused = new Notice.Refused(Notice.of("store.pathNameMissing"));
        assertThat(Notice.reasonOf(refused)).isSameAs(refused.notice());
        assertThat(Notice.of("store.noPath", 12345L).toString()).as("ids are written plain")
                .isEqualTo("There is no study path with id 12345.");
    }
}
