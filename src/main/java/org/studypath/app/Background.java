package org.studypath.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The one place the application's short jobs off the FX thread run: reading the window's icons, loading the icon font
 * ahead of the first icon, opening the data folder again after a damaged start. Its threads are daemons, so a job
 * still running never keeps the JVM alive after the window has closed. Database work does not come here: it goes,
 * in order, through the UI's single worker ({@code FxTaskRunner}).
 */
public final class Background implements AutoCloseable {
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(job -> {
        Thread thread = new Thread(job, "studypath-background-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code job} off the calling thread; its result (or failure) completes the future. */
    public <T> CompletableFuture<T> supply(Supplier<T> job) {
        return CompletableFuture.supplyAsync(job, pool);
    }

    /** Runs {@code job} off the calling thread, for work whose only result is a side effect. */
    public void execute(Runnable job) {
        pool.execute(job);
    }

    /** Lets running jobs end (at most {@code seconds}) and takes no new ones. */
    public void shutdown(long seconds) {
        pool.shutdown();
        try {
            pool.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
