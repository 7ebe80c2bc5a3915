package org.studypath.ui.common;

/** Questions and messages for the user, behind an interface so view models can ask and tests can answer. */
public interface DialogService {
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * {@link #confirm} for a step that destroys something: Enter, or a click on the default button, must never be the
     * one that does it, so Cancel is the default.
     */
    default boolean confirmDestructive(String title, String message, String confirmLabel) {
        return confirm(title, message, confirmLabel);
    }

    void showError(String title, String message);

    /** Asks for a short text such as a name; empty when the user cancels. */
    java.util.Optional<String> askText(String title, String prompt, String initial);

    /** Shows a list (for example what a replan moves) and asks to go ahead. */
    boolean confirmList(String title, String message, java.util.List<String> lines, String confirmLabel);

    /** Asks where to save a file; {@code extension} without the dot ("ics"). */
    java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String description,
                                                          String extension);

    /** Asks for a file to open; {@code extensions} without the dot. */
    java.util.Optional<java.nio.file.Path> chooseOpenFile(String title, String description, java.util.List<String> extensions);

    /** Asks for a folder (to write files into); empty when cancelled, or where no folder can be chosen. */
    default java.util.Optional<java.nio.file.Path> chooseFolder(String title) {
        return java.util.Optional.empty();
    }

    /** Tells the user something worked, or what happened, without asking anything. */
    void showInfo(String title, String message);

    /**
     * Offers a few ways on, as buttons: the first is the default, the last is the one closing the dialog means.
     * Returns the index of the one chosen.
     */
    int choose(String title, String header, String message, java.util.List<String> options);
}
