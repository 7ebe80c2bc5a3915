package org.studypath.domain.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceDraft;

class BookPartsTest {
    @Test
    void pagesBecomeMinutesRoundedUp() {
        assertThat(BookParts.minutes(10, 10)).isEqualTo(60);
        assertThat(BookParts.minutes(1, 10)).isEqualTo(6);
        assertThat(BookParts.minutes(7, 12)).isEqualTo(35);
        assertThat(BookParts.minutes(1, 300)).as("never 0 minutes").isEqualTo(1);
        assertThat(BookParts.minutes(11, 12)).isEqualTo(55);
        assertThat(BookParts.minutes(5_000, 1)).as("at most a unit's longest").isEqualTo(ResourceDraft.MAX_MINUTES);
    }

    @Test
    void ratesAndDepthsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> BookParts.minutes(10, 0)).isInstanceOf(Notice.Refused.class)
                .hasMessage("The reading rate must be a whole number of pages an hour from 1 to 300, not 0.");
        assertThatThrownBy(() -> BookParts.requireDepth(7)).isInstanceOf(Notice.Refused.class);
        assertThatThrownBy(() -> BookParts.everyPages(10, 11, 10, (a, b) -> "")).isInstanceOf(Notice.Refused.class);
    }

    @Test
    void theLastPartRunsToTheEndAndPagesBeforeTheFirstAreNotCounted() {
        BookOutline outline = new BookOutline("B", 100, List.of(new BookOutline.Entry("One", 1, 11),
                new BookOutline.Entry("Two", 1, 51), new BookOutline.Entry("Two again", 1, 51)),
                Optional.empty(), List.of());
        assertThat(BookParts.atDepth(outline, 1, 10)).containsExactly(new BookPart("One", 11, 40, 240),
                new BookPart("Two", 51, 1, 6), new BookPart("Two again", 51, 50, 300));
        assertThat(BookParts.totalMinutes(BookParts.atDepth(outline, 1, 10))).isEqualTo(546);
    }

    @Test
    void anEntryWithoutATitleIsNamedByItsPage() {
        BookOutline outline = new BookOutline("B", 9, List.of(new BookOutline.Entry("", 1, 4)), Optional.empty(), List.of());
        assertThat(BookParts.atDepth(outline, 1, 10)).containsExactly(new BookPart("p. 4", 4, 6, 36));
    }
}
