package org.studypath.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The ways the harness starts its windows, all with the probe ({@link StartupProbe}) in a jar of its own:
 * <ul>
 *   <li>the bare window as JavaFX documents a plain start: the harness's JDK, JavaFX's base, graphics and controls
 *   jars on the module path, default flags, no archive (the baseline of the targets);</li>
 *   <li>the bare window and the replica of StudyPath's controls on the class path, drawn like StudyPath;</li>
 *   <li>StudyPath as {@code java -jar target/studypath.jar} starts it (default flags), and with the app's JVM options
 *   ({@code -Dperf.appOptions}, comma-separated: the pom's {@code app.*} properties);</li>
 *   <li>the packaged app ({@code -Dperf.image}, by default {@code target/dist/StudyPath}) when it exists: the image's
 *   own runtime with the options of its launcher ({@code lib/app/StudyPath.cfg}, AOT cache included), with the probe's
 *   jar appended to the image's class path, which the cache allows; and the same without the cache.</li>
 * </ul>
 */
final class Launches {
    final Launch bare;
    final Launch bareClassPath;
    final Launch controls;
    final Launch jar;
    /** StudyPath's jar with the app's JVM options; empty when neither the pom nor an app image gives them. */
    final Optional<Launch> jarWithAppOptions;
    final Optional<Launch> packaged;
    final Optional<Launch> packagedWithoutCache;
    /** Where StudyPath's classes come from, for the results' header. */
    final String source;
    /** The app image looked for. */
    final Path image;

    Launches(Path target, Path work, String fullClasspath, String appOptions, Path image) throws IOException {
        this.image = image;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path probeJar = probeJar(target.resolve("test-classes"), work.resolve("probe.jar"));
        Path appJar = target.resolve("studypath.jar");
        String appClasspath = Files.isRegularFile(appJar) ? appJar + File.pathSeparator + probeJar : fullClasspath;
        source = Files.isRegularFile(appJar) ? appJar.toString() : "the build's class path (no target/studypath.jar)";
        bare = new Launch("bare window (module path)", java, List.of("--module-path", javafxModulePath(fullClasspath),
                "--add-modules", "javafx.controls"), probeJar.toString(), "bare");
        // drawn as StudyPath draws (its launcher switches JavaFX's region cache off)
        List<String> rendering = List.of("-Dprism.disableRegionCaching=true");
        bareClassPath = new Launch("bare window (class path)", java, rendering, appClasspath, "bare");
        controls = new Launch("StudyPath's controls alone", java, rendering, appClasspath, "controls");
        jar = new Launch("StudyPath, java -jar", java, List.of(), appClasspath, "studypath");

        Path cfg = image.resolve("lib/app/StudyPath.cfg");
        if (Files.isRegularFile(cfg)) {
            Path appDir = image.resolve("lib/app").toAbsolutePath();
            List<String> lines = Files.readAllLines(cfg);
            List<String> options = lines.stream().filter(l -> l.startsWith("java-options="))
                    .map(l -> l.substring("java-options=".length()).replace("$APPDIR", appDir.toString())).toList();
            List<String> classpath = new ArrayList<>(lines.stream().filter(l -> l.startsWith("app.classpath="))
                    .map(l -> l.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString())).toList());
            classpath.add(probeJar.toString()); // after the image's own entries, as the AOT cache requires
            Launch shipped = new Launch("StudyPath, packaged", image.resolve("lib/runtime/bin/java").toString(), options,
                    String.join(File.pathSeparator, classpath), "studypath");
            List<String> withoutCache = options.stream().filter(o -> !o.startsWith("-XX:AOTCache=")).toList();
            packaged = Optional.of(shipped);
            packagedWithoutCache = withoutCache.size() == options.size() ? Optional.empty()
                    : Optional.of(shipped.withOptions("StudyPath, packaged, no AOT cache", withoutCache));
        } else {
            packaged = Optional.empty();
            packagedWithoutCache = Optional.empty();
        }
        List<String> app = appOptions == null || appOptions.isBlank() ? packaged.map(p -> p.options().stream()
                .filter(o -> !o.startsWith("-XX:AOTCache=") && !o.startsWith("-Djpackage.")).toList()).orElse(List.of())
                : Arrays.stream(appOptions.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList();
        jarWithAppOptions = app.isEmpty() ? Optional.empty() : Optional.of(jar.withOptions("StudyPath, app's JVM options", app));
    }

    /** The start-up's kinds, in the order of the first round (the next round reverses it). */
    List<Launch> startupKinds() {
        List<Launch> kinds = new ArrayList<>(List.of(bare, bareClassPath, controls, jar));
        packaged.ifPresent(kinds::add);
        packagedWithoutCache.ifPresent(kinds::add);
        return kinds;
    }

    /** JavaFX's base, graphics and controls jars for this OS (the classified ones) from the build's class path. */
    private static String javafxModulePath(String classpath) {
        List<String> jars = new ArrayList<>();
        for (String module : List.of("javafx-base", "javafx-graphics", "javafx-controls")) {
            jars.add(Arrays.stream(classpath.split(File.pathSeparator))
                    .filter(e -> Path.of(e).getFileName().toString().matches(module + "-[0-9.]+(-ea\\+\\d+)?-[a-z0-9-]+\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + module + " jar for this OS on the class path")));
        }
        return String.join(File.pathSeparator, jars);
    }

    /** The probe's classes in a jar of their own: a class path of jars only, as an AOT cache needs. */
    private static Path probeJar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.list(classes.resolve("org/studypath/bench"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("StartupProbe")).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }
}
