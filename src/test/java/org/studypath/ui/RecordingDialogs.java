package org.studypath.ui;

import java.util.ArrayList;
import java.util.List;
import org.studypath.ui.common.DialogService;

/** Answers confirmations as told and records every message. */
public final class RecordingDialogs implements DialogService {
    public boolean answer = true;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title);
        return answer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
