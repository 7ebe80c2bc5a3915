package org.studypath.ui.common;

import javafx.scene.control.Label;

/** Colours the ahead/behind line by the learner's standing: red behind, green ahead or finished, blue on track. */
public final class StandingStyle {
    private StandingStyle() {
    }

    /** Styles {@code label} after a {@code Standing.State} name (BEHIND, AHEAD…), keeping it up to date. */
    public static void bind(Label label, javafx.beans.value.ObservableValue<String> state) {
        apply(label, state.getValue());
        state.addListener((o, a, now) -> apply(label, now));
    }

    private static void apply(Label label, String state) {
        label.getStyleClass().removeAll("behind", "ahead", "on-track");
        if ("BEHIND".equals(state)) {
            label.getStyleClass().add("behind");
        } else if ("AHEAD".equals(state) || "FINISHED".equals(state)) {
            label.getStyleClass().add("ahead");
        } else if ("ON_TRACK".equals(state)) {
            label.getStyleClass().add("on-track");
        }
    }
}
