package org.studypath.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.studypath.ui.common.Messages;

/** A done unit's next review on its Progress row. */
class NextReviewTextTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void theNextReviewIsSaidByItsDay() {
        Messages english = Messages.of(Locale.UK);
        assertThat(ProgressTree.nextReviewText(english, TODAY.plusDays(3), TODAY)).isEqualTo("review Thu 10 Dec");
        assertThat(ProgressTree.nextReviewText(english, TODAY, TODAY)).isEqualTo("review today");
        assertThat(ProgressTree.nextReviewText(english, TODAY.minusDays(1), TODAY)).isEqualTo("review due");
        assertThat(ProgressTree.nextReviewText(Messages.of(Locale.SIMPLIFIED_CHINESE), TODAY, TODAY)).isEqualTo("今天复习");
    }
}
