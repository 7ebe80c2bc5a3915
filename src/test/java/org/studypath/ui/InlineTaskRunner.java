package org.studypath.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.studypath.ui.common.TaskRunner;

/** Runs "background" work at once on the calling thread, so view-model tests need no FX thread. */
public final class InlineTaskRunner implements TaskRunner {
    public final List<String> ran = new ArrayList<>();

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        ran.add(description);
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
