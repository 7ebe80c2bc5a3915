package org.studypath.ui.editor;

import org.studypath.app.BookService;
import org.studypath.ui.common.TaskRunner;

/** What the resource form needs to read a book's PDF: the service, and the runner that keeps it off the FX thread. */
public record BookReading(BookService books, TaskRunner runner) {
}
