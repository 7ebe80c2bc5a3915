package org.studypath.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.studypath.domain.progress.ReviewStatistics;
import org.studypath.ui.common.Messages;

/** The statistics page's review figures in words, and its empty states. */
class ReviewFiguresTest {
    @Test
    void recallAndLoadInWords() {
        Messages messages = Messages.of(Locale.UK);
        ReviewFigures figures = new ReviewFigures(messages);
        figures.show(new ReviewStatistics(List.of(), 8, 6, 3, 25), true);
        assertThat(figures.emptyProperty().get()).isFalse();
        assertThat(figures.recallProperty().get()).isEqualTo("Recall: 75 % (Good or Easy in 6 of 8 reviews)");
        assertThat(figures.loadProperty().get()).isEqualTo("Next 30 days: 3 reviews, " + messages.duration(25));
        figures.show(new ReviewStatistics(List.of(), 0, 0, 1, 6), true);
        assertThat(figures.recallProperty().get()).isEqualTo("Recall: no review rated yet");
        assertThat(figures.loadProperty().get()).isEqualTo("Next 30 days: 1 review, " + messages.duration(6));
    }

    @Test
    void beforeAnyReviewItSaysWhatWillShowHereAndWhenReviewsAreOffItSaysSo() {
        ReviewFigures figures = new ReviewFigures(Messages.of(Locale.UK));
        figures.show(ReviewStatistics.NONE, true);
        assertThat(figures.emptyProperty().get()).isTrue();
        assertThat(figures.emptyTextProperty().get()).startsWith("No reviews yet.");
        figures.show(ReviewStatistics.NONE, false);
        assertThat(figures.emptyTextProperty().get()).startsWith("Reviews are off for this path");
        figures.show(null, false);
        assertThat(figures.emptyTextProperty().get()).isEmpty();
        ReviewFigures chinese = new ReviewFigures(Messages.of(Locale.SIMPLIFIED_CHINESE));
        chinese.show(new ReviewStatistics(List.of(), 4, 3, 2, 12), true);
        assertThat(chinese.recallProperty().get()).isEqualTo("记忆率：75 %（4 次复习中 3 次评为“良好”或“简单”）");
    }
}
