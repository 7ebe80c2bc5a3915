package org.studypath.ui.path;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.common.Messages;

/**
 * The selected resource of the path: its units to tick, "include only units from … to …", its own pace, and the
 * resources it needs first. Every control is bound to {@link PathItems}, which fills them when the selection changes.
 */
final class ItemDetailPane extends VBox {
    private final PathItems items;
    private final Messages messages;
    private final PathControls controls;

    ItemDetailPane(PathItems items, Messages messages, PathControls controls) {
        super(6);
        this.items = items;
        this.messages = messages;
        this.controls = controls;
        Label title = new Label();
        title.getStyleClass().add("section-heading");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> items.selectedProperty().get() == null ? "" : items.selectedProperty().get().title(),
                items.selectedProperty()));
        ListView<PlanItem.PlanUnit> units = unitChecklist();
        getChildren().addAll(title, units, unitRange(), paceRow(), prerequisitesRow());
        visibleProperty().bind(items.selectedProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    private ListView<PlanItem.PlanUnit> unitChecklist() {
        ListView<PlanItem.PlanUnit> units = new ListView<>();
        units.setId("unitChecklist");
        units.setPrefHeight(200);
        units.setCellFactory(v -> new ListCell<>() {
            private final CheckBox box = new CheckBox();

            @Override
            protected void updateItem(PlanItem.PlanUnit unit, boolean empty) {
                super.updateItem(unit, empty);
                if (empty || unit == null) {
                    setGraphic(null);
                    return;
                }
                box.setText((getIndex() + 1) + ". " + unit.title() + " · " + messages.duration(unit.minutes()));
                box.setSelected(unit.included());
                box.setOnAction(e -> items.setUnitIncluded(unit.unitId(), box.isSelected()));
                box.setId("unitInclude-" + getIndex());
                setGraphic(box);
            }
        });
        items.selectedProperty().addListener((o, was, item) ->
                units.getItems().setAll(item == null ? List.of() : item.units()));
        return units;
    }

    private HBox unitRange() {
        Spinner<Integer> from = rangeBox("includeFrom", "paths.units.fromAccessible", items.includeFromProperty());
        Spinner<Integer> to = rangeBox("includeTo", "paths.units.toAccessible", items.includeToProperty());
        Button only = new Button(messages.text("paths.units.includeOnly"));
        only.setId("includeOnlyButton");
        only.setOnAction(e -> {
            // what is typed but not yet committed counts (the learner may click here straight from a box)
            from.getEditor().commitValue();
            to.getEditor().commitValue();
            items.includeOnlyChosenUnits();
        });
        HBox range = controls.sentence("paths.units.range", from, to);
        range.getChildren().add(only);
        range.setAlignment(Pos.CENTER_LEFT);
        return range;
    }

    /** A unit number box, up to the selected resource's number of units. */
    private Spinner<Integer> rangeBox(String id, String accessibleKey, ObjectProperty<Integer> value) {
        Spinner<Integer> box = NumberFields.whole(new Spinner<>(1, 999, 1));
        ((SpinnerValueFactory.IntegerSpinnerValueFactory) box.getValueFactory()).maxProperty().bind(items.unitCountProperty());
        box.getValueFactory().valueProperty().bindBidirectional(value);
        box.setPrefWidth(80);
        box.setId(id);
        box.getEditor().setAccessibleText(messages.text(accessibleKey));
        return box;
    }

    private HBox paceRow() {
        TextField pace = new TextField();
        pace.setId("paceField");
        pace.setPromptText(messages.text("paths.pace.prompt"));
        pace.setPrefColumnCount(5);
        TextFormatter<Double> formatter = NumberFields.PaceText.formatter();
        pace.setTextFormatter(formatter);
        formatter.valueProperty().bindBidirectional(items.paceDraftProperty());
        Button apply = new Button(messages.text("paths.pace.set"));
        apply.setId("setPaceButton");
        apply.setOnAction(e -> {
            pace.commitValue();
            items.applyPaceDraft();
        });
        HBox row = new HBox(6, PathControls.fixed(new Label(messages.text("paths.pace.label"))), pace, apply);
        row.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(pace, new Tooltip(messages.text("paths.pace.tooltip", messages.decimal(PaceFactors.MIN),
                messages.decimal(PaceFactors.MAX))));
        return row;
    }

    private HBox prerequisitesRow() {
        CheckComboBox<PlanItem> prerequisites = new CheckComboBox<>(items.prerequisiteChoices());
        prerequisites.setId("prerequisitesField");
        prerequisites.setTitle(messages.text("paths.prerequisites.title"));
        prerequisites.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanItem item) {
                return item == null ? "" : item.title();
            }

            @Override
            public PlanItem fromString(String s) {
                return null;
            }
        });
        // the choices change while the view model shows another resource: the checks are its prerequisites
        items.prerequisiteChoices().addListener((ListChangeListener<PlanItem>) c -> {
            prerequisites.getCheckModel().clearChecks();
            for (PlanItem other : items.prerequisiteChoices()) {
                if (items.isPrerequisite(other)) {
                    prerequisites.getCheckModel().check(other);
                }
            }
        });
        prerequisites.getCheckModel().getCheckedItems().addListener((ListChangeListener<PlanItem>) c -> {
            Set<Long> ids = new HashSet<>();
            prerequisites.getCheckModel().getCheckedItems().forEach(i -> ids.add(i.resourceId()));
            items.prerequisitesChosen(ids);
        });
        HBox row = new HBox(6, PathControls.fixed(new Label(messages.text("paths.prerequisites.label"))), prerequisites);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
