package org.studypath.ui.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.app.ReviewService;
import org.studypath.domain.plan.ReviewPlanner;
import org.studypath.domain.plan.Session;
import org.studypath.domain.plan.SessionKind;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.ui.common.Messages;

/**
 * Today's reviews (decision 0013), shown first on the page: each with what every rating would do, and once rated
 * when the next review is. Rating goes through {@link Rater}, which keeps it in the same undo history as the ticks.
 * Reviews are rated on the day they are shown only when that day is today; other days show them.
 */
public final class TodayReviews {
    /** Saves a rating of {@code review} on {@code day} (with {@code reopen}, Again also reopens the unit). */
    @FunctionalInterface
    public interface Rater {
        Rater NONE = (review, rating, reopen, day, description) -> { };

        void rate(Session review, Rating rating, boolean reopen, LocalDate day, String description);
    }

    /**
     * One review: its session, the title line, the line of detail, the rating given on its day (empty: not rated),
     * whether it can be rated here, and what each rating would do ("next in 7 days"), for the buttons' tooltips.
     */
    public record Entry(Session session, String title, String detail, Optional<Rating> rating, boolean canRate,
                        Map<Rating, String> outcomes) {
        public long unitId() {
            return session.unitId();
        }
    }

    private final Messages messages;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private Rater rater = Rater.NONE;
    private LocalDate day;

    TodayReviews(Messages messages) {
        this.messages = messages;
    }

    /** Connects the rating to the window (the review service, through the progress page's undo history). */
    public void connect(Rater newRater) {
        this.rater = newRater == null ? Rater.NONE : newRater;
    }

    /** Shows the reviews of {@code path} on {@code shownDay}; they can be rated when it is today. */
    void show(PlannedPath path, LocalDate shownDay, boolean isToday) {
        this.day = shownDay;
        if (path == null) {
            entries.clear();
            heading.set("");
            return;
        }
        ReviewHistory history = path.path().reviewHistory();
        List<Entry> shown = new ArrayList<>();
        int open = 0;
        int minutes = 0;
        for (Session review : ReviewService.due(path, shownDay)) {
            Optional<Rating> rating = history.on(review.unitId(), shownDay).map(ReviewHistory.Rated::rating);
            if (rating.isEmpty()) {
                open++;
                minutes += review.minutes();
            }
            String unit = review.kind() == SessionKind.RESOURCE_REVIEW
                    ? messages.text("today.review.wholeResource") : review.unitTitle();
            String title = messages.text("today.entry.title", review.resourceTitle(), unit);
            shown.add(new Entry(review, title, detail(path, review, rating), rating, isToday,
                    outcomes(path, review, shownDay)));
        }
        entries.setAll(shown);
        heading.set(shown.isEmpty() ? "" : open == 0 ? messages.text("today.review.heading.done", shown.size())
                : messages.text("today.review.heading", open, messages.duration(minutes)));
    }

    /** "10 min · review 2", or once rated "Good · next review in 7 days, Tue 8 Dec". */
    private String detail(PlannedPath path, Session review, Optional<Rating> rating) {
        if (rating.isEmpty()) {
            return messages.text("today.review.detail", messages.duration(review.minutes()), review.reviewNumber());
        }
        String rated = ratingName(rating.get());
        if (rating.get() == Rating.AGAIN && !path.isDone(review.unitId())) {
            return messages.text("today.review.reopened", rated);
        }
        return ReviewService.nextInDays(path, review.unitId(), day)
                .map(days -> messages.text("today.review.next", rated, days,
                        messages.shortDate(day.plusDays(days))))
                .orElseGet(() -> messages.text("today.review.learned", rated));
    }

    private Map<Rating, String> outcomes(PlannedPath path, Session review, LocalDate shownDay) {
        Map<Rating, String> outcomes = new java.util.EnumMap<>(Rating.class);
        ReviewPlanner.outcomes(path.path().items(), path.path().reviewSettings(), path.path().reviewHistory(), review,
                shownDay).forEach((rating, days) -> outcomes.put(rating, days
                        .map(d -> messages.text("today.review.outcome", ratingName(rating), d))
                        .orElseGet(() -> messages.text("today.review.outcomeLearned", ratingName(rating)))));
        return outcomes;
    }

    /** "Again", "Hard", "Good", "Easy" in the learner's language. */
    String ratingName(Rating rating) {
        return messages.text("today.review.rating." + rating.code());
    }

    /** Rates {@code entry}; with {@code reopen} (Again only), the unit is also planned to be studied again. */
    public void rate(Entry entry, Rating rating, boolean reopen) {
        if (entry == null || rating == null || !entry.canRate()) {
            return;
        }
        boolean reopening = reopen && rating == Rating.AGAIN;
        String description = messages.text(reopening ? "today.review.change.reopen" : "today.review.change",
                entry.session().kind() == SessionKind.RESOURCE_REVIEW ? entry.session().resourceTitle()
                        : entry.session().unitTitle(), ratingName(rating));
        rater.rate(entry.session(), rating, reopening, day, description);
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** "Review · 3 due, 15 min" (empty when the day has no review). */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
