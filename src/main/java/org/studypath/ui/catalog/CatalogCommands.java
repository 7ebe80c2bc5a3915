package org.studypath.ui.catalog;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.studypath.app.CatalogService;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.WebLinks;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.LinkOpener;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * What the catalog browser does to resources: hiding and showing catalog ones, saving and deleting the user's own,
 * opening links. Each change runs on the worker, then tells the user and has the browser read the catalog again.
 */
final class CatalogCommands {
    /**
     * The browser's side: the selected resource's details (or null), whether hidden resources are shown, the status
     * bar's notice, reading the catalog again and then selecting a resource (null: keeping the selection), and
     * clearing the selection.
     */
    record Browser(Supplier<Resource> detail, BooleanSupplier showsHidden, Consumer<String> tell, Consumer<Long> reload,
                   Runnable deselect) {
    }

    private final CatalogService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final LinkOpener links;
    private final Messages messages;
    private final Browser browser;

    CatalogCommands(CatalogService service, TaskRunner runner, DialogService dialogs, LinkOpener links, Messages messages,
                    Browser browser) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.links = links;
        this.messages = messages;
        this.browser = browser;
    }

    /** Hides a shown catalog resource, or shows a hidden one again. */
    void toggleHidden() {
        Resource resource = browser.detail().get();
        if (resource == null) {
            return;
        }
        boolean hide = !resource.hidden();
        runner.run(hide ? "Hide resource" : "Show resource", () -> {
            service.setHidden(resource.id(), hide);
            return null;
        }, ignored -> {
            String title = title(resource);
            browser.tell().accept(hide ? messages.text("catalog.notice.hidden", title) : messages.text("catalog.notice.shownAgain", title));
            browser.reload().accept(hide && !browser.showsHidden().getAsBoolean() ? null : resource.id());
        }, error -> fail(messages.text("catalog.error.hide"), error));
    }

    /** Deletes the selected resource of the user's own, after asking. */
    void deleteSelected() {
        Resource resource = browser.detail().get();
        if (resource == null || !resource.editable()) {
            return;
        }
        // what it is part of is asked off the FX thread, then the question names it
        runner.run("Paths of resource", () -> service.pathsWith(resource.id()), paths -> confirmDelete(resource, paths),
                error -> fail(messages.text("catalog.error.delete"), error));
    }

    private void confirmDelete(Resource resource, List<String> paths) {
        String message = messages.text("catalog.delete.message", resource.units().size());
        if (!paths.isEmpty()) {
            message = message + "\n\n" + messages.text("catalog.delete.inPaths", paths.size(),
                    paths.stream().map(name -> messages.text("catalog.delete.pathName", name))
                            .collect(Collectors.joining(messages.text("catalog.delete.pathSeparator"))));
        }
        if (!dialogs.confirmDestructive(messages.text("catalog.delete.title", title(resource)), message,
                messages.text("common.delete"))) {
            return;
        }
        runner.run("Delete resource", () -> {
            service.delete(resource.id());
            return null;
        }, ignored -> {
            browser.deselect().run();
            browser.tell().accept(messages.text("catalog.notice.deleted", title(resource)));
            browser.reload().accept(null);
        }, error -> fail(messages.text("catalog.error.delete"), error));
    }

    /** Saves a new or edited resource; on failure tells the user and hands the draft back so nothing is lost. */
    void save(ResourceDraft draft, Consumer<ResourceDraft> onFailure) {
        runner.run("Save resource", () -> service.save(draft), id -> {
            browser.tell().accept(messages.text("catalog.notice.saved", draft.title()));
            browser.reload().accept(id);
        }, error -> {
            fail(messages.text("catalog.error.save", draft.title()), error);
            onFailure.accept(draft);
        });
    }

    void openLink(String url) {
        WebLinks.parse(url).ifPresentOrElse(links::open,
                () -> dialogs.showError(messages.text("catalog.link.errorTitle"), messages.text("catalog.link.errorMessage", url)));
    }

    /** Says that {@code what} failed: in the status bar, and in a dialog with the reason. */
    void fail(String what, Throwable error) {
        String reason = messages.reason(error);
        browser.tell().accept(messages.text("catalog.notice.failed", what));
        dialogs.showError(what, reason);
    }

    /** A resource's title as the catalog shows it: the Chinese title first in the Chinese UI, when it has one. */
    String title(Resource resource) {
        return Labels.first(new LocalizedText(resource.title(), resource.titleZh()), messages);
    }
}
