package org.studypath.ui.common;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the main window, in one place: the menus and pages take their accelerators from here,
 * and Help → Keyboard shortcuts lists the same table, so the list can't drift from what the keys do.
 */
public final class Keys {
    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;

    public static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, SHORTCUT);
    public static final KeyCombination ADD_RESOURCE = new KeyCodeCombination(KeyCode.N, SHORTCUT);
    public static final KeyCombination NEW_PATH = new KeyCodeCombination(KeyCode.N, SHORTCUT, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, SHORTCUT);
    public static final KeyCombination PREVIOUS_DAY = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    public static final KeyCombination NEXT_DAY = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    public static final KeyCombination BACK_TO_TODAY = new KeyCodeCombination(KeyCode.HOME, KeyCombination.ALT_DOWN);
    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, SHORTCUT);
    public static final KeyCombination BACK_UP = new KeyCodeCombination(KeyCode.E, SHORTCUT, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.O, SHORTCUT);
    public static final KeyCombination BACKUPS = new KeyCodeCombination(KeyCode.B, SHORTCUT, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, SHORTCUT);
    public static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, SHORTCUT);
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, SHORTCUT);
    public static final KeyCombination SHORTCUTS = new KeyCodeCombination(KeyCode.F1);
    /** Today and Progress: tick the selected unit off (with or without Shift). */
    public static final KeyCombination TICK = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHIFT_ANY);
    /** Study paths: move the selected resource, or remove it from the path. */
    public static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    public static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    public static final KeyCombination REMOVE_FROM_PATH = new KeyCodeCombination(KeyCode.DELETE);
    /** Today, on a focused review: 1 Again, 2 Hard, 3 Good, 4 Easy (the digit row or the keypad); Shift+1 reopens. */
    public static final KeyCombination AGAIN_AND_REOPEN = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHIFT_DOWN);

    /** The rating 1 … 4 a key press gives on a focused review (0-based: Again … Easy), or -1; Shift+1 is not one. */
    public static int rating(javafx.scene.input.KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return -1;
        }
        return switch (event.getCode()) {
            case DIGIT1, NUMPAD1 -> 0;
            case DIGIT2, NUMPAD2 -> 1;
            case DIGIT3, NUMPAD3 -> 2;
            case DIGIT4, NUMPAD4 -> 3;
            default -> -1;
        };
    }

    /** Ctrl+1 … Ctrl+6: the pages in tab order. */
    public static KeyCombination page(int index) {
        return new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(index + 1)), SHORTCUT);
    }

    /** One line of the shortcuts table: the bundle key of what it does, and the keys as the platform writes them. */
    public record Shortcut(String actionKey, String keys) {
        static Shortcut of(String actionKey, KeyCombination combination) {
            return new Shortcut(actionKey, combination.getDisplayText());
        }
    }

    /** The table Help → Keyboard shortcuts shows, grouped as the bundle's "shortcuts.*" keys name them. */
    public static List<Shortcut> table() {
        return List.of(
                Shortcut.of("shortcuts.search", SEARCH),
                Shortcut.of("shortcuts.addResource", ADD_RESOURCE),
                Shortcut.of("shortcuts.newPath", NEW_PATH),
                new Shortcut("shortcuts.tick", "Space"), // TICK: "Space" is named in the UI's language
                Shortcut.of("shortcuts.undo", UNDO),
                Shortcut.of("shortcuts.previousDay", PREVIOUS_DAY),
                Shortcut.of("shortcuts.nextDay", NEXT_DAY),
                Shortcut.of("shortcuts.backToToday", BACK_TO_TODAY),
                Shortcut.of("shortcuts.moveUp", MOVE_UP),
                Shortcut.of("shortcuts.moveDown", MOVE_DOWN),
                Shortcut.of("shortcuts.removeFromPath", REMOVE_FROM_PATH),
                new Shortcut("shortcuts.rate", "1 … 4"),
                Shortcut.of("shortcuts.againReopen", AGAIN_AND_REOPEN),
                new Shortcut("shortcuts.pages", page(0).getDisplayText() + " … " + page(5).getDisplayText()),
                Shortcut.of("shortcuts.export", EXPORT),
                Shortcut.of("shortcuts.backUp", BACK_UP),
                Shortcut.of("shortcuts.import", IMPORT),
                Shortcut.of("shortcuts.backups", BACKUPS),
                Shortcut.of("shortcuts.print", PRINT),
                Shortcut.of("shortcuts.settings", SETTINGS),
                Shortcut.of("shortcuts.help", SHORTCUTS),
                Shortcut.of("shortcuts.quit", QUIT));
    }

    private Keys() {
    }
}
