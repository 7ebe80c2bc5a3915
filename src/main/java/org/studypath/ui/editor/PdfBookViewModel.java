package org.studypath.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.BookService;
import org.studypath.domain.Notice;
import org.studypath.domain.book.BookOutline;
import org.studypath.domain.book.BookPart;
import org.studypath.domain.book.BookParts;
import org.studypath.ui.common.Messages;

/**
 * "From a PDF book…": the picked PDF read in the background (with progress, cancellable), then its parts at the chosen
 * depth, or every so many pages, at the learner's reading rate, previewed before anything reaches the form.
 */
public final class PdfBookViewModel {
    private final BookReading reading;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyIntegerWrapper deepest = new ReadOnlyIntegerWrapper(this, "deepest", 0);
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd", false);
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 1);
    private final StringProperty pagesPerHour = new SimpleStringProperty(this, "pagesPerHour",
            Integer.toString(BookParts.DEFAULT_PAGES_PER_HOUR));
    private final BooleanProperty byPages = new SimpleBooleanProperty(this, "byPages", false);
    private final StringProperty everyPages = new SimpleStringProperty(this, "everyPages", "20");
    private final ObservableList<BookPart> parts = FXCollections.observableArrayList();
    private Path file;
    private BookOutline outline;
    private Runnable cancel = () -> { };

    public PdfBookViewModel(BookReading reading, Messages messages) {
        this.reading = reading;
        this.messages = messages;
        depth.addListener((o, a, b) -> recompute());
        pagesPerHour.addListener((o, a, b) -> recompute());
        byPages.addListener((o, a, b) -> recompute());
        everyPages.addListener((o, a, b) -> recompute());
    }

    /** Reads {@code picked} in the background; the preview fills in when it is done. */
    public void read(Path picked) {
        file = picked.toAbsolutePath().normalize();
        outline = null;
        parts.clear();
        problem.set("");
        notes.set("");
        busy.set(true);
        progress.set(-1);
        cancel = reading.runner().runCancellable("Read a book's PDF", work -> reading.books().read(file, work),
                progress::set, read -> {
                    busy.set(false);
                    outline = read;
                    deepest.set(read.deepest());
                    notes.set(read.notes().stream().map(messages::notice).collect(Collectors.joining(" ")));
                    // without a usable outline the book is cut by pages, and the reason is said
                    byPages.set(read.entries().isEmpty());
                    depth.set(Math.min(Math.max(1, depth.get()), Math.max(1, read.deepest())));
                    recompute();
                }, error -> {
                    busy.set(false);
                    problem.set(error instanceof java.util.concurrent.CancellationException
                            ? messages.text("book.cancelled") : messages.reason(error));
                    recompute();
                });
    }

    /** Stops a reading under way; nothing is added. */
    public void cancel() {
        cancel.run();
    }

    private void recompute() {
        parts.clear();
        total.set("");
        if (outline == null) {
            canAdd.set(false);
            return;
        }
        try {
            int rate = whole(pagesPerHour.get(), "book.rateNotNumber");
            int every = byPages.get() ? whole(everyPages.get(), "book.everyNotNumber") : 0;
            List<BookPart> made = BookService.parts(outline, depth.get(), every, rate, messages.locale());
            parts.setAll(made);
            problem.set(byPages.get() ? outline.outlineProblem().map(messages::notice).orElse("") : "");
            int minutes = BookParts.totalMinutes(made);
            total.set(messages.text("book.total", made.size(), messages.duration(minutes, true), outline.pageCount()));
        } catch (Notice.Refused e) {
            problem.set(messages.notice(e.notice()));
        } catch (NumberFormatException e) {
            problem.set(e.getMessage());
        }
        canAdd.set(!parts.isEmpty());
    }

    private int whole(String text, String key) {
        String value = text == null ? "" : text.strip();
        if (!value.matches("\\d{1,6}")) {
            throw new NumberFormatException(messages.text(key, value));
        }
        return Integer.parseInt(value);
    }

    /** The title the book brings: the PDF's own, else its file name. */
    public String bookTitle() {
        return outline == null ? "" : outline.title();
    }

    /** The PDF picked, as saved with the resource. */
    public String file() {
        return file == null ? null : file.toString();
    }

    public ObservableList<BookPart> parts() {
        return parts;
    }

    public IntegerProperty depthProperty() {
        return depth;
    }

    public StringProperty pagesPerHourProperty() {
        return pagesPerHour;
    }

    public BooleanProperty byPagesProperty() {
        return byPages;
    }

    public StringProperty everyPagesProperty() {
        return everyPages;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty deepestProperty() {
        return deepest.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    /** Whether the PDF had an outline to choose a depth in. */
    public boolean hasOutline() {
        return outline != null && !outline.entries().isEmpty();
    }

    public Messages messages() {
        return messages;
    }
}
