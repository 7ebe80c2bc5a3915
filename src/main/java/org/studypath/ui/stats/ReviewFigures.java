package org.studypath.ui.stats;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.studypath.domain.progress.ReviewStatistics;
import org.studypath.ui.common.Messages;

/**
 * The review part of the statistics page, in words: reviews per week (for the chart), recall, and the load of the
 * next 30 days; or, before any review, what will show here and why nothing does yet.
 */
public final class ReviewFigures {
    private final Messages messages;
    private final ReadOnlyObjectWrapper<ReviewStatistics> statistics = new ReadOnlyObjectWrapper<>(this, "statistics");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyStringWrapper recall = new ReadOnlyStringWrapper(this, "recall", "");
    private final ReadOnlyStringWrapper load = new ReadOnlyStringWrapper(this, "load", "");

    ReviewFigures(Messages messages) {
        this.messages = messages;
    }

    /** Shows {@code figures} of a path whose reviews are {@code on}; null clears the page (no path). */
    void show(ReviewStatistics figures, boolean on) {
        statistics.set(figures);
        boolean nothing = figures == null || figures.isEmpty();
        empty.set(nothing);
        emptyText.set(figures == null ? "" : !nothing ? ""
                : messages.text(on ? "stats.reviews.empty" : "stats.reviews.off"));
        if (nothing) {
            recall.set("");
            load.set("");
            return;
        }
        recall.set(figures.rated() == 0 ? messages.text("stats.reviews.recall.none")
                : messages.text("stats.reviews.recall", figures.recallPercent(), figures.recalled(), figures.rated()));
        load.set(figures.loadReviews() == 0 ? messages.text("stats.reviews.load.none", ReviewStatistics.LOAD_DAYS)
                : messages.text("stats.reviews.load", ReviewStatistics.LOAD_DAYS, figures.loadReviews(),
                messages.duration(figures.loadMinutes())));
    }

    public ReadOnlyObjectProperty<ReviewStatistics> statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recallProperty() {
        return recall.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadProperty() {
        return load.getReadOnlyProperty();
    }
}
