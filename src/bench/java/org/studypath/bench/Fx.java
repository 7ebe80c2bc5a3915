package org.studypath.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/** Small helpers the harness children share: the FX toolkit, work on the FX thread, waiting, percentiles, output. */
final class Fx {
    /** Lines the parent ({@link PerfMain}) copies into the results start with this. */
    static final String RESULT = "RESULT ";

    private Fx() {
    }

    interface Measurement {
        void run() throws Exception;
    }

    /** Runs a child's measurement; the JVM ends when it does (the FX thread would otherwise keep it alive). */
    static void exitOnFailure(Measurement measurement) {
        try {
            measurement.run();
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T call(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread every 20 ms until it holds. */
    static void waitUntil(String what, long timeoutSeconds, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!call(condition)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    static void result(String format, Object... args) {
        System.out.println(RESULT + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    /** Nearest-rank percentiles of durations in milliseconds. */
    record Percentiles(int count, double p50, double p95, double p99, double max) {
        static Percentiles of(List<Double> millis) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                    sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
        }

        private static double rank(double[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms", count, p50, p95, p99, max);
        }
    }

    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
