package org.studypath.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainTest {
    @Test
    void durationsReadLikeAPersonWouldSayThem() {
        assertThat(Durations.format(45)).isEqualTo("45 min");
        assertThat(Durations.format(190)).isEqualTo("3 h 10 min");
        assertThat(Durations.format(120)).isEqualTo("2 h");
        assertThat(Durations.format(4200, true)).isEqualTo("≈ 70 h");
    }

    @Test
    void onlyHttpAndHttpsLinksAreWebLinks() {
        assertThat(WebLinks.isWebLink("https://mml-book.github.io/")).isTrue();
        assertThat(WebLinks.isWebLink("http://example.org/a?b=c")).isTrue();
        assertThat(WebLinks.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(WebLinks.isWebLink("file:///etc/passwd")).isFalse();
        assertThat(WebLinks.isWebLink("https://")).isFalse();
        assertThat(WebLinks.isWebLink("www.example.org")).isFalse();
        assertThat(WebLinks.isWebLink(" https://example.org")).isFalse();
        assertThat(WebLinks.isWebLink(null)).isFalse();
    }

    @Test
    void localizedTextFallsBackToTheOtherLanguage() {
        LocalizedText text = new LocalizedText("Books", "");
        assertThat(text.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("Books");
        assertThat(new LocalizedText("Books", "书籍").in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("书籍");
        assertThat(new LocalizedText("", "书籍").in(Locale.ENGLISH)).isEqualTo("书籍");
    }

    @Test
    void draftNamesEveryProblemByField() {
        ResourceDraft draft = new ResourceDraft(0, 1, "  ", List.of(), "ftp://x", ResourceType.BOOK, UnitKind.CHAPTER,
                true, "en", Set.of(), "", List.of(new ResourceDraft.UnitDraft(0, "One", 0, ""),
                        new ResourceDraft.UnitDraft(0, "", 30, "javascript:x")));
        assertThat(draft.problems()).extracting(ResourceDraft.Problem::field)
                .containsExactlyInAnyOrder("title", "url", "units[0].minutes", "units[1].title", "units[1].url");
    }

    @Test
    void draftWithoutUnitsIsRejected() {
        ResourceDraft draft = new ResourceDraft(0, 1, "Title", List.of(), "", ResourceType.BOOK, UnitKind.CHAPTER,
                true, "en", Set.of(), "", List.of());
        assertThat(draft.problems()).extracting(ResourceDraft.Problem::field).containsExactly("units");
    }

    @Test
    void resourceTotalsAndEstimates() {
        Resource resource = new Resource(1, Origin.CATALOG, 1, "T", "", List.of(), "", ResourceType.BOOK, UnitKind.CHAPTER,
                true, "en", Set.of(), LocalizedText.of(""), LocalizedText.of(""), false,
                List.of(new Unit(1, 0, "a", 10, false, ""), new Unit(2, 1, "b", 15, true, "")));
        assertThat(resource.totalMinutes()).isEqualTo(25);
        assertThat(resource.estimated()).isTrue();
        assertThat(resource.editable()).isFalse();
    }
}
