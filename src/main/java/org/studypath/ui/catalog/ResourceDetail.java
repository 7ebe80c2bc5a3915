package org.studypath.ui.catalog;

import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.studypath.app.CatalogService;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceSummary;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * The catalog's selected resource in full: read on the worker when the selection changes (an older read that answers
 * late is dropped), whether it has a book's PDF picked on this computer, and opening that book.
 */
final class ResourceDetail {
    private final CatalogService service;
    private final TaskRunner runner;
    private final Messages messages;
    /** Tells the user an action failed: what, and why. */
    private final BiConsumer<String, Throwable> fail;
    private final ReadOnlyObjectWrapper<Resource> detail;
    /** Whether the resource shown has a book's PDF picked on this computer (Open book). */
    private final ReadOnlyBooleanWrapper hasBook;
    private int generation;

    ResourceDetail(Object bean, CatalogService service, TaskRunner runner, Messages messages,
                   BiConsumer<String, Throwable> fail) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.fail = fail;
        this.detail = new ReadOnlyObjectWrapper<>(bean, "detail");
        this.hasBook = new ReadOnlyBooleanWrapper(bean, "detailHasBook", false);
    }

    /** Reads {@code summary}'s resource in full; null clears the detail. */
    void load(ResourceSummary summary) {
        int asked = ++generation;
        if (summary == null) {
            detail.set(null);
            return;
        }
        runner.run("Load resource", () -> new Detail(service.resource(summary.id()), service.hasLocalBook(summary.id())),
                found -> {
            if (asked == generation) {
                hasBook.set(found.hasBook());
                detail.set(found.resource().orElse(null));
            }
        }, error -> fail.accept(messages.text("catalog.error.resource"), error));
    }

    private record Detail(Optional<Resource> resource, boolean hasBook) {
    }

    Resource get() {
        return detail.get();
    }

    ReadOnlyObjectProperty<Resource> property() {
        return detail.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasBookProperty() {
        return hasBook.getReadOnlyProperty();
    }

    /** Shows the resource's book in the system's PDF viewer, or says in one sentence why not. */
    void openBook() {
        Resource shown = detail.get();
        if (shown == null) {
            return;
        }
        runner.run("Open book", () -> {
            service.openBook(shown.id());
            return shown.id();
        }, id -> { }, error -> fail.accept(messages.text("catalog.book.error", shown.title()), error));
    }
}
