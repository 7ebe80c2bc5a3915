package org.studypath.ui.today;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.studypath.domain.review.Rating;
import org.studypath.ui.common.Keys;
import org.studypath.ui.common.Messages;

/**
 * Today's reviews, a row each: a "Review" mark, the unit, the line of detail and the four rating buttons. With the
 * row focused (it takes the focus itself, and keeps it while one of its buttons has it), 1 to 4 rate it and Shift+1
 * rates Again and reopens the unit. As with {@link TodayRows}, a rating updates its row in place, so the focus stays.
 */
final class ReviewRows extends VBox {
    private final TodayReviews reviews;
    private final Messages messages;
    private final Map<Long, Row> rows = new HashMap<>();

    ReviewRows(TodayReviews reviews) {
        super(4);
        setId("reviewList");
        this.reviews = reviews;
        this.messages = reviews.messages();
        reviews.entries().addListener((ListChangeListener<TodayReviews.Entry>) c -> show(reviews.entries()));
        show(reviews.entries());
    }

    private void show(List<TodayReviews.Entry> entries) {
        List<Row> shown = new ArrayList<>();
        Map<Long, Row> kept = new HashMap<>();
        for (TodayReviews.Entry entry : entries) {
            Row row = rows.computeIfAbsent(entry.unitId(), id -> new Row());
            row.show(entry);
            kept.put(entry.unitId(), row);
            shown.add(row);
        }
        rows.clear();
        rows.putAll(kept);
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
    }

    /** The first review not rated yet, where the keyboard starts on this list. */
    java.util.Optional<Region> firstOpen() {
        return getChildren().stream().map(n -> (Row) n).filter(r -> r.entry != null && r.entry.rating().isEmpty()
                && r.entry.canRate()).map(r -> (Region) r).findFirst();
    }

    private final class Row extends HBox {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final Map<Rating, Button> buttons = new java.util.EnumMap<>(Rating.class);
        private TodayReviews.Entry entry;

        Row() {
            super(10);
            Label mark = new Label(messages.text("today.review.mark"));
            mark.getStyleClass().add("review-mark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            title.setWrapText(true);
            title.setMinWidth(0);
            detail.getStyleClass().add("detail-muted");
            detail.setMinWidth(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, title, detail);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox ratings = new HBox(4);
            ratings.setAlignment(Pos.CENTER_RIGHT);
            ratings.setMinWidth(Region.USE_PREF_SIZE);
            for (Rating rating : Rating.values()) {
                Button button = new Button(messages.text("today.review.button", rating.ordinal() + 1,
                        reviews.ratingName(rating)));
                button.getStyleClass().addAll("small", "review-rating");
                button.setMinWidth(Region.USE_PREF_SIZE);
                button.setFocusTraversable(false); // Tab goes from review to review; the keys 1 to 4 rate
                button.setOnAction(e -> rate(rating, false));
                buttons.put(rating, button);
                ratings.getChildren().add(button);
            }
            getChildren().addAll(mark, text, ratings);
            getStyleClass().addAll("today-row", "review-row");
            setAlignment(Pos.CENTER_LEFT);
            setPadding(new Insets(6, 10, 6, 10));
            setFocusTraversable(true);
            addEventHandler(KeyEvent.KEY_PRESSED, this::key);
            setOnMouseClicked(e -> requestFocus());
        }

        private void key(KeyEvent event) {
            if (Keys.AGAIN_AND_REOPEN.match(event)) {
                rate(Rating.AGAIN, true);
                event.consume();
                return;
            }
            int index = Keys.rating(event);
            if (index >= 0) {
                rate(Rating.values()[index], false);
                event.consume();
            }
        }

        private void rate(Rating rating, boolean reopen) {
            requestFocus(); // the row keeps the keyboard after a click, for the next key
            reviews.rate(entry, rating, reopen);
        }

        void show(TodayReviews.Entry shown) {
            entry = shown;
            setId("review-" + shown.unitId());
            title.setText(shown.title());
            detail.setText(shown.detail());
            getStyleClass().remove("rated");
            if (shown.rating().isPresent()) {
                getStyleClass().add("rated");
            }
            buttons.forEach((rating, button) -> {
                button.setId("rate-" + rating.code() + "-" + shown.unitId());
                button.setDisable(!shown.canRate());
                button.getStyleClass().remove("accent");
                if (shown.rating().filter(r -> r == rating).isPresent()) {
                    button.getStyleClass().add("accent");
                }
                String outcome = shown.outcomes().getOrDefault(rating, reviews.ratingName(rating));
                button.setTooltip(new Tooltip(rating == Rating.AGAIN
                        ? messages.text("today.review.againTooltip", outcome) : outcome));
            });
            setAccessibleText(messages.text("today.review.accessible", shown.title(), shown.detail()));
        }
    }
}
