package org.studypath.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * Runs work as JavaFX {@link Task}s on one background thread, so database work is serialised and never on the FX
 * thread. {@link #runningProperty()} counts the tasks under way, for a busy indicator.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "studypath-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnScheduled(e -> running.set(running.get() + 1));
        task.setOnSucceeded(e -> {
            running.set(running.get() - 1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.set(running.get() - 1);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> running.set(running.get() - 1));
        if (executor.isShutdown()) {
            // StudyPath is quitting and the database is closed: a page that answers a late result with more work
            // (a plan loaded just before Quit) has nothing left to do it on
            return;
        }
        executor.execute(task);
    }

    /** As the default, with progress handed to the FX thread at most once per pulse. */
    @Override
    public <T> Runnable runCancellable(String description, ProgressWork<T> work, java.util.function.DoubleConsumer onProgress,
                                       Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        java.util.concurrent.atomic.AtomicReference<Double> latest = new java.util.concurrent.atomic.AtomicReference<>();
        return TaskRunner.super.runCancellable(description, work, value -> {
            if (latest.getAndSet(value) == null) {
                javafx.application.Platform.runLater(() -> onProgress.accept(latest.getAndSet(null)));
            }
        }, onSuccess, onFailure);
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Lets queued work (such as saving the window placement) finish, for up to {@code seconds}. */
    public void shutdown(long seconds) {
        executor.shutdown();
        try {
            executor.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown(5);
    }
}
