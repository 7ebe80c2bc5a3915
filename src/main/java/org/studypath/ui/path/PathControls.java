package org.studypath.ui.path;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.ui.common.Messages;

/** What the path editor's panes build alike: headings, icon buttons, sentences holding controls, followed selections. */
final class PathControls {
    /** Drag-and-drop payloads: a resource from the catalog list, or a position within the path. */
    static final DataFormat RESOURCE = new DataFormat("application/x-studypath-resource");
    static final DataFormat POSITION = new DataFormat("application/x-studypath-path-position");
    /** Stands for a control inside a sentence from the bundle ({@link #sentence}): U+E000, its index, U+E001. */
    private static final Pattern SLOT = Pattern.compile("\uE000(\\d)\uE001");

    private final Messages messages;

    PathControls(Messages messages) {
        this.messages = messages;
    }

    /** A pane's heading, from its message key (the only way to make one, so a key is never shown as the text). */
    Label heading(String key, Object... arguments) {
        Label label = new Label(messages.text(key, arguments));
        label.getStyleClass().add("section-heading");
        return label;
    }

    /** A label that keeps its whole text in a crowded row. */
    static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A hint under a control: muted, wrapping, never cut. */
    Label hint(String key) {
        Label hint = new Label(messages.text(key));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    /** A button showing only an icon; its text is its tooltip and what a screen reader says. */
    Button icon(String id, String icon, String key, Runnable action) {
        String text = messages.text(key);
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(text));
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * The list shows {@code chosen} selected, and what the learner selects becomes {@code chosen}. With
     * {@code emptyIsChoice} false, a list clearing its selection (as it does while its items are replaced) leaves the
     * choice as it is, and only the view model clears it.
     */
    static <T> void follow(ListView<T> list, ObjectProperty<T> chosen, boolean emptyIsChoice) {
        list.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
            if (item != null || emptyIsChoice) {
                chosen.set(item);
            }
        });
        chosen.addListener((o, was, item) -> select(list, item));
        select(list, chosen.get()); // the page may be built after the choice was made
    }

    private static <T> void select(ListView<T> list, T item) {
        if (item == null) {
            list.getSelectionModel().clearSelection();
        } else if (!item.equals(list.getSelectionModel().getSelectedItem())) {
            list.getSelectionModel().select(item);
        }
    }

    /**
     * A sentence from the bundle with controls in its placeholders ({0}, {1}…), laid out in the language's word order:
     * "Units [1] to [5]", "第 [1] 至 [5] 个单元".
     */
    HBox sentence(String key, Node... controls) {
        Object[] slots = new Object[controls.length];
        for (int i = 0; i < controls.length; i++) {
            slots[i] = "\uE000" + i + "\uE001";
        }
        String text = messages.text(key, slots);
        HBox box = new HBox(6);
        box.setAlignment(Pos.CENTER_LEFT);
        Matcher m = SLOT.matcher(text);
        int at = 0;
        while (m.find()) {
            addWords(box, text.substring(at, m.start()));
            box.getChildren().add(controls[Integer.parseInt(m.group(1))]);
            at = m.end();
        }
        addWords(box, text.substring(at));
        return box;
    }

    private static void addWords(HBox box, String words) {
        if (!words.isBlank()) {
            box.getChildren().add(fixed(new Label(words.strip())));
        }
    }
}
