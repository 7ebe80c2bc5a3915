package org.studypath.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.studypath.app.Services;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.FxTaskRunner;
import org.studypath.ui.common.TaskRunner;

/**
 * Search as you type over 100,000 resources, the way the window does it: a child JVM ({@link PerfMain} starts it)
 * shows StudyPath's window ({@link BenchWindow}) on the Catalog tab over a data folder holding {@link SearchCatalog},
 * then types queries into the search field one character at a time. Each keystroke starts the catalog's search on
 * the worker thread (the real {@link FxTaskRunner}, timed by a wrapper); its result is applied on the FX thread
 * (the table re-filtered); the keystroke ends with the next pulse's CSS and layout. The next keystroke waits for that,
 * plus 50 ms, so searches never queue. Every query is typed twice: the first pass on a fresh JVM, the second warm.
 *
 * <p>Argument: the data folder.
 */
public final class SearchLatency {
    static final List<String> QUERIES = List.of("linear algebra", "probability", "线性代数", "概率论", "strang",
            "eigenvalues", "machine learning", "深度学习", "gilbert strang", "convex optimization");

    private SearchLatency() {
    }

    /** One keystroke's timestamps (System.nanoTime). */
    static final class Keystroke {
        final String text;
        long typed;
        long workStart;
        long workEnd;
        long applyStart;
        long applyEnd;
        long laidOut;
        int hits;
        final CountDownLatch done = new CountDownLatch(1);

        Keystroke(String text) {
            this.text = text;
        }

        double ms(long from, long to) {
            return (to - from) / 1e6;
        }
    }

    /** Times the catalog's searches; everything else goes straight to the real runner. */
    static final class TimingRunner implements TaskRunner {
        final FxTaskRunner delegate = new FxTaskRunner();
        volatile Keystroke current;
        /** The resources the table shows (all categories are shown, so: the hits). */
        Supplier<List<?>> shown = List::of;

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            Keystroke k = current;
            if (!"Search".equals(description) || k == null) {
                delegate.run(description, work, onSuccess, onFailure);
                return;
            }
            delegate.run(description, () -> {
                k.workStart = System.nanoTime();
                T result = work.call();
                k.workEnd = System.nanoTime();
                return result;
            }, result -> {
                k.applyStart = System.nanoTime();
                onSuccess.accept(result);
                k.applyEnd = System.nanoTime();
                k.hits = shown.get().size();
                Platform.requestNextPulse();
            }, onFailure);
        }
    }

    public static void main(String[] args) {
        Fx.exitOnFailure(() -> measure(Path.of(args[0])));
    }

    private static void measure(Path dataDir) throws Exception {
        Fx.startToolkit();
        Services services = Services.open(dataDir);
        TimingRunner runner = new TimingRunner();
        RecordingDialogs dialogs = new RecordingDialogs();
        BenchWindow window = Fx.call(() -> BenchWindow.show(new Stage(), services, runner, dialogs));
        runner.shown = () -> window.catalog().resources();
        Fx.run(() -> window.pages().getSelectionModel().select(1)); // the Catalog tab
        Fx.waitUntil("the catalog to load", 120, () -> window.catalog().loadedProperty().get()
                && runner.delegate.runningProperty().get() == 0);
        int resources = Fx.call(() -> window.catalog().resources().size());
        TextField field = Fx.call(() -> (TextField) window.scene().lookup("#searchField"));
        Fx.run(() -> window.scene().addPostLayoutPulseListener(() -> {
            Keystroke k = runner.current;
            if (k != null && k.applyEnd != 0 && k.laidOut == 0) {
                k.laidOut = System.nanoTime();
                k.done.countDown();
            }
        }));
        Thread.sleep(1000);
        Fx.result("search: %,d resources shown in the catalog; %d queries typed a character at a time, twice",
                resources, QUERIES.size());

        for (int pass = 1; pass <= 2; pass++) {
            List<Keystroke> all = new ArrayList<>();
            for (String query : QUERIES) {
                List<Keystroke> typed = new ArrayList<>();
                List<String> prefixes = new ArrayList<>();
                for (int end = 0; end < query.length(); ) {
                    end += Character.charCount(query.codePointAt(end));
                    prefixes.add(query.substring(0, end));
                }
                for (String text : prefixes) {
                    if (text.isBlank() || text.endsWith(" ")) {
                        // a trailing space searches the same words again; it is typed but not measured
                        Fx.run(() -> field.setText(text));
                        Fx.waitUntil("the search to finish", 30, () -> runner.delegate.runningProperty().get() == 0);
                        continue;
                    }
                    Keystroke k = new Keystroke(text);
                    runner.current = k;
                    Fx.run(() -> {
                        k.typed = System.nanoTime();
                        field.setText(text);
                    });
                    if (!k.done.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("no result for “" + text + "”");
                    }
                    runner.current = null;
                    typed.add(k);
                    Thread.sleep(50);
                }
                Keystroke last = typed.get(typed.size() - 1);
                Keystroke slowest = typed.stream().max((a, b) -> Long.compare(a.laidOut - a.typed, b.laidOut - b.typed)).orElseThrow();
                Fx.result("  pass %d %-20s %2d keystrokes, %,6d hits at the end; slowest “%s” %.1f ms (search %.1f, apply %.1f, %,d hits)",
                        pass, "“" + query + "”", typed.size(), last.hits, slowest.text, slowest.ms(slowest.typed, slowest.laidOut),
                        slowest.ms(slowest.workStart, slowest.workEnd), slowest.ms(slowest.applyStart, slowest.applyEnd), slowest.hits);
                all.addAll(typed);
                Fx.run(() -> field.setText(""));
                Fx.waitUntil("the search to clear", 30, () -> runner.delegate.runningProperty().get() == 0);
                Thread.sleep(200);
            }
            String label = pass == 1 ? "first pass (fresh JVM)" : "second pass (warm)";
            Fx.result("search %s: keystroke → results laid out: %s", label,
                    Fx.Percentiles.of(all.stream().map(k -> k.ms(k.typed, k.laidOut)).toList()));
            Fx.result("search %s:   catalog search on the worker: %s", label,
                    Fx.Percentiles.of(all.stream().map(k -> k.ms(k.workStart, k.workEnd)).toList()));
            Fx.result("search %s:   applying the hits on the FX thread: %s", label,
                    Fx.Percentiles.of(all.stream().map(k -> k.ms(k.applyStart, k.applyEnd)).toList()));
            Fx.result("search %s:   keystroke → hits applied: %s", label,
                    Fx.Percentiles.of(all.stream().map(k -> k.ms(k.typed, k.applyEnd)).toList()));
            Fx.Percentiles total = Fx.Percentiles.of(all.stream().map(k -> k.ms(k.typed, k.laidOut)).toList());
            Fx.Percentiles fx = Fx.Percentiles.of(all.stream().map(k -> k.ms(k.applyStart, k.applyEnd)).toList());
            Fx.result("TARGET search per keystroke over 100,000 resources, %s: p95 %.1f ms from keystroke to results laid out "
                    + "(target < 16 ms: %s); FX-thread part p95 %.1f ms", label, total.p95(), total.p95() < 16 ? "met" : "MISSED",
                    fx.p95());
        }
        if (!dialogs.errors.isEmpty()) {
            Fx.result("search: errors shown: %s", dialogs.errors);
        }
        runner.delegate.shutdown(5);
        services.close();
        Platform.exit();
    }
}
