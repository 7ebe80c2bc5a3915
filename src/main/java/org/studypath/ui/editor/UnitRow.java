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
    /** Left by the learner (or a save was tried): from then on its problems are shown, and follow the typing. */
    private boolean touched;
    /** The minutes are a guess (a pasted line without a time, pages turned into minutes) until the learner types some. */
    private boolean estimated;

    public UnitRow(long id, String title, String minutes, String url) {
        this(id, title, minutes, url, false);
    }

    public UnitRow(long id, String title, String minutes, String url, boolean estimated) {
        this.id = id;
        this.title.set(title);
        this.minutes.set(minutes);
        this.url.set(url);
        this.estimated = estimated;
        this.minutes.addListener((o, was, now) -> this.estimated = false);
    }

    /** Whether the minutes are still an estimate (≈). */
    public boolean estimated() {
        return estimated;
    }

    public long id() {
        return id;
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
