package org.studypath.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A child JVM of the harness whose output lines are read as they come, with the time each marker line arrived. */
final class ChildRun implements AutoCloseable {
    /** Children still running end with the harness, even when Maven is interrupted. */
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly)));
    }

    final Process process;
    final long spawned;
    final Map<String, Long> markers = new ConcurrentHashMap<>();
    final Map<String, String> markerLines = new ConcurrentHashMap<>();
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final Thread out;
    final Thread err;

    ChildRun(List<String> command, Map<String, String> env, Consumer<String> results) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        spawned = System.nanoTime();
        process = builder.start();
        LIVE.add(process);
        out = reader(process.getInputStream(), line -> {
            long at = System.nanoTime();
            lines.add(line);
            if (line.startsWith("PROBE ")) {
                String key = line.split(" ")[1];
                markers.putIfAbsent(key, at);
                markerLines.putIfAbsent(key, line);
            } else if (line.startsWith(Fx.RESULT)) {
                results.accept(line.substring(Fx.RESULT.length()));
            }
        });
        err = reader(process.getErrorStream(), line -> lines.add("[err] " + line));
    }

    private static Thread reader(java.io.InputStream in, Consumer<String> each) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    each.accept(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Milliseconds from spawning the process to the marker line. */
    double awaitMarker(String marker, int timeoutSeconds) throws Exception {
        String key = marker.split(" ")[1];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!markers.containsKey(key)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                Thread.sleep(200);
                throw new IllegalStateException("no “" + marker + "” from the child:\n" + tail());
            }
            Thread.sleep(1);
        }
        return (markers.get(key) - spawned) / 1e6;
    }

    /** The marker's whole line, words after the marker included. */
    String markerLine(String marker) {
        return markerLines.get(marker.split(" ")[1]);
    }

    /** The first line of the child's output (either stream) containing {@code text}, or null. */
    String lineContaining(String text) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.contains(text)).findFirst().orElse(null);
        }
    }

    void drain() throws InterruptedException {
        out.join(5000);
        err.join(5000);
    }

    String tail() {
        synchronized (lines) {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    /** Asks the process to end (SIGTERM), and waits for it to finish exiting. */
    void stop(int seconds) throws InterruptedException {
        process.destroy();
        process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        LIVE.remove(process);
    }
}
