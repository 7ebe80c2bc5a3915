package org.studypath.ui.path;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.studypath.domain.review.ReviewScope;
import org.studypath.domain.review.ReviewSettings;
import org.studypath.ui.common.Messages;

/** The chosen path's review settings, bound to {@link PathReviews}: on or off, the daily cap, units or resources. */
final class ReviewSettingsPane extends VBox {
    ReviewSettingsPane(PathsViewModel viewModel, PathControls controls) {
        super(6);
        Messages messages = viewModel.messages();
        PathReviews reviews = viewModel.reviews();
        CheckBox on = new CheckBox(messages.text("paths.review.on"));
        on.setId("reviewOn");
        on.selectedProperty().bindBidirectional(reviews.onProperty());
        Spinner<Integer> cap = NumberFields.whole(new Spinner<>(ReviewSettings.MIN_CAP_MINUTES,
                ReviewSettings.MAX_CAP_MINUTES, ReviewSettings.DEFAULT_CAP_MINUTES, 5));
        cap.setId("reviewCap");
        cap.setPrefWidth(100);
        cap.getValueFactory().valueProperty().bindBidirectional(reviews.capProperty());
        cap.getEditor().setAccessibleText(messages.text("paths.review.cap"));
        HBox capRow = new HBox(8, new Label(messages.text("paths.review.cap")), cap);
        capRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ToggleGroup scope = new ToggleGroup();
        RadioButton units = new RadioButton(messages.text("paths.review.units"));
        units.setId("reviewUnits");
        units.setUserData(ReviewScope.UNITS);
        RadioButton resources = new RadioButton(messages.text("paths.review.resources"));
        resources.setId("reviewResources");
        resources.setUserData(ReviewScope.RESOURCES);
        units.setToggleGroup(scope);
        resources.setToggleGroup(scope);
        Runnable showScope = () -> scope.selectToggle(reviews.scopeProperty().get() == ReviewScope.RESOURCES
                ? resources : units);
        reviews.scopeProperty().addListener((o, a, b) -> showScope.run());
        showScope.run();
        scope.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                reviews.scopeProperty().set((ReviewScope) b.getUserData());
            }
        });
        VBox details = new VBox(6, capRow, units, resources);
        details.disableProperty().bind(reviews.onProperty().not());
        getChildren().addAll(controls.heading("paths.review.heading"), controls.hint("paths.review.hint"), on, details);
    }
}
