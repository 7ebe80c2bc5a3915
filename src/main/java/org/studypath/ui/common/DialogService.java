package org.studypath.ui.common;

/** Questions and messages for the user, behind an interface so view models can ask and tests can answer. */
public interface DialogService {
    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);
}
