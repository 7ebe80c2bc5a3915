package org.studypath.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.studypath.domain.plan.PathSummary;

/** The "which study path" chooser that the schedule, progress, today and statistics pages share. */
public final class PathChoice {
    private PathChoice() {
    }

    /** The chooser, its accessible text in the UI's language. */
    public static ComboBox<PathSummary> create(String id, ObservableList<PathSummary> paths,
                                               ObjectProperty<PathSummary> selected, Messages messages) {
        ComboBox<PathSummary> choice = new ComboBox<>(paths);
        choice.setId(id);
        choice.setAccessibleText(messages.text("common.pathChoice.accessible"));
        choice.valueProperty().bindBidirectional(selected);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PathSummary p) {
                return p == null ? "" : p.name();
            }

            @Override
            public PathSummary fromString(String s) {
                return null;
            }
        });
        return choice;
    }
}
