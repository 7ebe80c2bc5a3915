package org.studypath.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The display the harness's children draw on: an Xvfb server of the harness's own with JavaFX's GTK glass, as on a
 * Linux desktop, or JavaFX's own headless glass platform with software rendering when there is no Xvfb (or
 * {@code -Dperf.display=headless}).
 */
record Display(String description, Map<String, String> env, List<String> flags, Process xvfb) implements AutoCloseable {

    /** {@code choice}: auto (Xvfb when it is on the PATH, else headless), xvfb or headless. */
    static Display start(String choice) throws Exception {
        if (!choice.equals("headless") && onPath("Xvfb")) {
            // -displayfd: the server picks a free display number and writes it to us once it accepts connections
            Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
                try {
                    return new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                } catch (IOException e) {
                    return null;
                }
            });
            String n = number.get(20, TimeUnit.SECONDS);
            if (n == null || n.isBlank()) {
                xvfb.destroy();
                throw new IllegalStateException("Xvfb did not start");
            }
            String name = ":" + n.strip();
            // the server goes with the harness, even when Maven is interrupted
            Runtime.getRuntime().addShutdownHook(new Thread(xvfb::destroyForcibly));
            return new Display("Xvfb " + name + " (1920×1080×24) started by the harness, GTK glass", Map.of("DISPLAY", name),
                    List.of(), xvfb);
        }
        if (choice.equals("xvfb")) {
            throw new IllegalStateException("-Dperf.display=xvfb, but there is no Xvfb on the PATH");
        }
        if (!choice.equals("auto") && !choice.equals("headless")) {
            throw new IllegalArgumentException("-Dperf.display=" + choice + ": auto, xvfb or headless");
        }
        // JavaFX's headless glass platform (javafx-graphics 26): no X server, software rendering
        return new Display("JavaFX headless platform (no X server), software rendering", Map.of(),
                List.of("-Dglass.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true"), null);
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null && xvfb.isAlive()) {
            xvfb.destroy();
            if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
                xvfb.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
