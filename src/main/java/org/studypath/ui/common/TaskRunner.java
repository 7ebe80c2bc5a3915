package org.studypath.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work off the FX thread and hands the result back on it.
 * The application uses {@link FxTaskRunner}; view-model tests use one that runs work inline.
 */
public interface TaskRunner {
    /**
     * Runs {@code work} in the background; then calls {@code onSuccess} with its result, or {@code onFailure} with
     * what it threw, on the FX thread.
     */
    <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
