package org.studypath.ui.common;

/** Questions and messages for the user, behind an interface so view models can ask and tests can answer. */
public interface DialogService {
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    /** Asks for a short text such as a name; empty when the user cancels. */
    java.util.Optional<String> askText(String title, String prompt, String initial);

    /** Shows a list (for example what a replan moves) and asks to go ahead. */
    boolean confirmList(String title, String message, java.util.List<String> lines, String confirmLabel);
}
