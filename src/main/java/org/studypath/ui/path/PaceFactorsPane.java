package org.studypath.ui.path;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.ui.common.Messages;

/** The default pace of each resource type: a number box per type, bound to {@link TypePaces}, and Save. */
final class PaceFactorsPane extends VBox {
    PaceFactorsPane(PathsViewModel viewModel, PathControls controls) {
        super(8);
        Messages messages = viewModel.messages();
        TypePaces paces = viewModel.typePaces();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (ResourceType type : ResourceType.values()) {
            String typeName = type.label().in(messages.locale());
            Spinner<Double> factor = NumberFields.decimal(new Spinner<>(PaceFactors.MIN, PaceFactors.MAX, 1.0, 0.05));
            factor.getValueFactory().valueProperty().bindBidirectional(paces.valueProperty(type));
            factor.setPrefWidth(100);
            factor.setId("pace-" + type.name());
            factor.getEditor().setAccessibleText(messages.text("paths.pace.factorFor", typeName));
            grid.add(new Label(typeName), 0, row);
            grid.add(factor, 1, row++);
        }
        Button save = new Button(messages.text("paths.pace.save"));
        save.setId("savePaceButton");
        save.setOnAction(e -> viewModel.savePaceFactors());
        getChildren().addAll(controls.heading("paths.pace.heading"), controls.hint("paths.pace.hint"), grid, save);
    }
}
