package org.studypath.ui.path;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.studypath.app.PlanService;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * What every part of the path editor shares to change a path: the service, the runner, the dialogs, the notice the
 * editor shows, and "save, then read the paths again", so that each part stays about its own job.
 */
final class PathWork {
    final PlanService plans;
    final TaskRunner runner;
    final DialogService dialogs;
    final Messages messages;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Runnable reload = () -> { };

    PathWork(PlanService plans, TaskRunner runner, DialogService dialogs, Messages messages) {
        this.plans = plans;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** What reads the paths again after a change; set once the list exists. */
    void reloadWith(Runnable reload) {
        this.reload = reload;
    }

    /** Runs {@code work} off the FX thread, then shows {@code doneNotice} (when not null) and reads the paths again. */
    void change(String description, Runnable work, String doneNotice) {
        changeThen(description, work, () -> {
            if (doneNotice != null) {
                notice.set(doneNotice);
            }
        });
    }

    /** Runs {@code work} off the FX thread, then {@code done}, and reads the paths again (after a failure too). */
    void changeThen(String description, Runnable work, Runnable done) {
        runner.run(description, () -> {
            work.run();
            return null;
        }, ignored -> {
            done.run();
            reload.run();
        }, error -> {
            fail(error);
            reload.run();
        });
    }

    void fail(Throwable error) {
        dialogs.showError(messages.text("paths.error.title"), messages.reason(error));
    }

    void tell(String text) {
        notice.set(text);
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
