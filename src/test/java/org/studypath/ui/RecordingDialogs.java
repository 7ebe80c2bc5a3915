package org.studypath.ui;

import java.util.ArrayList;
import java.util.List;
import org.studypath.ui.common.DialogService;

/** Answers confirmations as told and records every message. */
public final class RecordingDialogs implements DialogService {
    public boolean answer = true;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public String textAnswer;
    public final List<List<String>> lists = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title);
        return answer;
    }

    @Override
    public java.util.Optional<String> askText(String title, String prompt, String initial) {
        return java.util.Optional.ofNullable(textAnswer);
    }

    @Override
    public boolean confirmList(String title, String message, List<String> lines, String confirmLabel) {
        lists.add(lines);
        return answer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
