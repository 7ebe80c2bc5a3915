package org.studypath.ui.editor;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable unit row in the resource form; minutes stay text until validated. */
public final class UnitRow {
    private final long id;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty minutes = new SimpleStringProperty(this, "minutes", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** The minutes as they were worked out (from a book's pages): the row is an estimate while they stay so. */
    private final String estimatedMinutes;
    private final Integer firstPage;
    /** Left by the learner (or a save was tried): from then on its problems are shown, and follow the typing. */
    private boolean touched;

    public UnitRow(long id, String title, String minutes, String url) {
        this(id, title, minutes, url, false, null);
    }

    /** A row whose minutes may be an estimate (a pasted line without a time). */
    public UnitRow(long id, String title, String minutes, String url, boolean estimated) {
        this(id, title, minutes, url, estimated, null);
    }

    /** A row whose minutes may be an estimate and which may start on a page of its book (1-based, or null). */
    public UnitRow(long id, String title, String minutes, String url, boolean estimated, Integer firstPage) {
        this.id = id;
        this.estimatedMinutes = estimated ? minutes : null;
        this.firstPage = firstPage;
        this.title.set(title);
        this.minutes.set(minutes);
        this.url.set(url);
    }

    public long id() {
        return id;
    }

    /** True while the minutes are the ones worked out: once the learner types others, they are the learner's. */
    public boolean estimated() {
        return estimatedMinutes != null && estimatedMinutes.equals(minutes.get());
    }

    /** The page of its book the unit starts on, or null. */
    public Integer firstPage() {
        return firstPage;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    boolean touched() {
        return touched;
    }

    void touch() {
        touched = true;
    }

    /** Nothing typed in it at all. */
    public boolean isBlank() {
        return title.get().isBlank() && minutes.get().isBlank() && url.get().isBlank();
    }

    void setError(String message) {
        error.set(message);
    }
}
