package org.studypath.ui;

import java.util.ArrayList;
import java.util.List;
import org.studypath.ui.common.DialogService;

/** Answers confirmations as told and records every message. */
public final class RecordingDialogs implements DialogService {
    public boolean answer = true;
    public final List<String> confirmations = new ArrayList<>();
    /** The message of each confirmation, and whether it was asked as a destructive one (Cancel the default). */
    public final List<String> confirmationMessages = new ArrayList<>();
    public final List<String> destructive = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public String textAnswer;
    public final List<List<String>> lists = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title);
        confirmationMessages.add(message);
        return answer;
    }

    @Override
    public boolean confirmDestructive(String title, String message, String confirmLabel) {
        destructive.add(title);
        return confirm(title, message, confirmLabel);
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

    /** The options of every choice offered, and the index the next one answers with. */
    public final List<List<String>> choices = new ArrayList<>();
    public int choiceAnswer;

    @Override
    public int choose(String title, String header, String message, List<String> options) {
        choices.add(options);
        return choiceAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    /** The file the next save or open dialog answers with (null: the user cancels). */
    public java.nio.file.Path fileAnswer;
    public final List<String> infos = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();

    @Override
    public java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String description,
                                                                 String extension) {
        suggestedNames.add(suggestedName);
        return java.util.Optional.ofNullable(fileAnswer);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseOpenFile(String title, String description, List<String> extensions) {
        return java.util.Optional.ofNullable(fileAnswer);
    }

    /** The folder the next folder dialog answers with (null: the user cancels). */
    public java.nio.file.Path folderAnswer;

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFolder(String title) {
        return java.util.Optional.ofNullable(folderAnswer);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }
}
