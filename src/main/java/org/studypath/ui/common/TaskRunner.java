package org.studypath.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.studypath.app.WorkProgress;

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

    /** Work that reports how far it got and stops when asked. */
    @FunctionalInterface
    interface ProgressWork<T> {
        T call(WorkProgress progress) throws Exception;
    }

    /**
     * Runs long {@code work} in the background like {@link #run}, handing its progress (0 to 1) to {@code onProgress}
     * on the FX thread. Returns what cancels it: the work sees {@link WorkProgress#cancelled()} and stops.
     */
    default <T> Runnable runCancellable(String description, ProgressWork<T> work, DoubleConsumer onProgress,
                                        Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        WorkProgress progress = new WorkProgress() {
            @Override
            public void progress(long done, long total) {
                onProgress.accept(total <= 0 ? -1 : (double) done / total);
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        run(description, () -> work.call(progress), onSuccess, onFailure);
        return () -> cancelled.set(true);
    }
}
