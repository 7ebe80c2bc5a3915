package org.studypath.ui.exchange;

/** The window's status strip for work on files: what is under way, what came of it, and failures as a dialog. */
public interface StatusLine {
    /** Whether work on a file is under way (another is not started meanwhile). */
    boolean busy();

    void start(String message);

    /** The work is done; {@code message} stays in the strip ("" for none). */
    void finish(String message);

    /** The work failed: {@code title} and the reason in a dialog (a cancel only in the strip). */
    void failed(String title, Throwable failure);
}
