package org.studypath.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.studypath.app.CardExport;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * File → Export flashcards for Anki…: the cards written in every note, as a text file Anki imports. The notes are
 * read first, so a learner without cards is told how to write one instead of being asked for a file.
 */
public final class CardExportViewModel {
    private final CardExport cards;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public CardExportViewModel(CardExport cards, TaskRunner runner, DialogService dialogs, Messages messages) {
        this.cards = cards;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void export() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        runner.run("count flashcards", () -> cards.notesWithCards(null).size(), notes -> {
            busy.set(false);
            if (notes == 0) {
                dialogs.showInfo(messages.text("cards.title"), messages.text("cards.none", CardExport.CLOZE_EXAMPLE));
                return;
            }
            Optional<Path> file = dialogs.chooseSaveFile(messages.text("cards.save.title"),
                    messages.text("cards.fileName") + ".txt", messages.text("cards.filter"), "txt");
            file.ifPresent(this::write);
        }, this::failed);
    }

    private void write(Path file) {
        busy.set(true);
        runner.run("export flashcards", () -> cards.exportTo(null, file), count -> {
            busy.set(false);
            dialogs.showInfo(messages.text("cards.title"), messages.text("cards.exported", count, file.toString()));
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        dialogs.showError(messages.text("cards.failed"), messages.reason(failure));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
