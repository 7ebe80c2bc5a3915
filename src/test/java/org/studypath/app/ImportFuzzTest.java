package org.studypath.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.studypath.app.ExchangeFixture.CLOCK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.WebLinks;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.plan.PathSummary;

/**
 * Point 10 of the hostile-input issue: thousands of seeded mutations of a real backup and of real catalog packs
 * (truncation, flipped bytes, invalid UTF-8, swapped types, duplicated keys, deep nesting, huge values, odd Unicode,
 * impossible and out-of-range dates, ids pointing at other rows, swapped and emptied tables, removed fields), each
 * imported through {@link ExchangeService} and, for a sample, through {@link CliRunner}. Each mutation must be either
 * accepted (and the store then exports cleanly, and that export restores to the same bytes) or refused with one
 * clean line, with the store byte-for-byte unchanged; none may take more than {@value #LIMIT_SECONDS} s or print a
 * stack trace. After an acceptance the checks also look at what the import let in: dates and times that exist and lie
 * in 1900–2200, no lone surrogates, the invariants the app's own editing keeps (a unit left out of a path item belongs
 * to its resource, a target date not before the start, known topics, units of at most 6,000 minutes), and the app's
 * own reads of the data (paths, plans, statistics, report, Markdown and calendar exports, the catalog). A mutation
 * still running after {@value #HANG_SECONDS} s is stopped and reported as a hang, and the run goes on in a new folder.
 *
 * <p>The run does not stop at the first failure: every failure is put in a class (what went wrong, and where: the
 * backup reader, the pack reader, the database, the command line), and the test fails at the end with each class
 * once, its count and examples. Each example names the seed and the mutation, so one mutation can be run again
 * alone: {@code -Dstudypath.fuzz.only=backup:123} (it is written to {@code target/fuzz-replay-backup-123.json}).
 * {@code -Dstudypath.fuzz.dump=DIR} writes the smallest input of each class to DIR.
 *
 * <p>Known failures found by earlier runs are kept as small files in {@code org/studypath/fuzz/findings/} (see its
 * README.md); {@link #knownFindings(Path)} runs each through the same checks, restore or import and command line included
 * ({@code -Dstudypath.fuzz.findings=DIR} runs the files of DIR instead, a dump for instance).
 *
 * <p>Part of every {@code mvn verify} (about 45 s). Properties: {@code studypath.fuzz.seed}
 * (a long, decimal or 0x hex), {@code .backups} and {@code .packs} (how many mutations), {@code .seconds} (the time
 * budget of each of the two runs; a run that reaches it stops early and says so), {@code .cliEvery}.
 */
class ImportFuzzTest {
    static final long SEED = Long.decode(System.getProperty("studypath.fuzz.seed", "0x5D2026"));
    static final int BACKUPS = Integer.getInteger("studypath.fuzz.backups", 2000);
    static final int PACKS = Integer.getInteger("studypath.fuzz.packs", 1500);
    static final int BUDGET_SECONDS = Integer.getInteger("studypath.fuzz.seconds", 25);
    /** One mutation in this many also goes through the command line (a data folder of its own). */
    static final int CLI_EVERY = Integer.getInteger("studypath.fuzz.cliEvery", 40);
    /** One refused preview in this many is also restored (or imported), to see the full path refuse it too. */
    static final int FULL_EVERY = 8;
    static final int LIMIT_SECONDS = 3;
    static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
    /** A mutation still running after this is abandoned with its store: the import hangs. */
    static final int HANG_SECONDS = 6;
    static final String ONLY = System.getProperty("studypath.fuzz.only");
    static final String DUMP = System.getProperty("studypath.fuzz.dump");
    static final String FINDINGS = "/org/studypath/fuzz/findings/";
    static final String FILE_NAME = "fuzz.json";
    /** The fixed time every timestamp of the base backup gets (the store stamps rows with the wall clock). */
    static final String FIXED_TIME = "2026-01-14T09:30:00Z";

    enum Kind {
        BACKUP("backup"), PACK("pack");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    static Base backupBase;
    static List<Base> packBases;
    static final PrintStream REAL_OUT = System.out;

    @BeforeAll
    static void bases(@TempDir Path tmp) throws Exception {
        String raw;
        try (Services services = Services.open(tmp.resolve("source"), CLOCK)) {
            ExchangeFixture.addUserData(services);
            raw = ExchangeFixture.text(ExchangeFixture.backup(services));
        }
        backupBase = new Base(Kind.BACKUP, "real backup", fixedTimes(raw));
        String real;
        try (InputStream in = ImportFuzzTest.class.getResourceAsStream("/catalog/math-for-ml.json")) {
            real = new String(in.readAllBytes(), UTF_8);
        }
        String renamed = replaceOnce(real, "\"id\": \"math-for-ml\"", "\"id\": \"fuzz-math\"");
        // the same pack with links and keys of its own: merged, it adds every resource instead of finding duplicates
        String fresh = replaceOnce(renamed, "\"id\": \"fuzz-math\"", "\"id\": \"fuzz-math-new\"")
                .replace("\"url\": \"https://", "\"url\": \"https://fuzz.example.org/")
                .replace("\"key\": \"", "\"key\": \"fz-");
        packBases = List.of(new Base(Kind.PACK, "bundled pack renamed", renamed),
                new Base(Kind.PACK, "bundled pack with new links", fresh),
                new Base(Kind.PACK, "small test pack", CatalogPackImportTest.pack("fuzz-extras", "https://example.org/second")));
    }

    /** Every created_at, updated_at and loaded_at at one fixed time, so the base (and each mutation) is the same each run. */
    static String fixedTimes(String backup) {
        return backup.replaceAll("\"(loaded_at|created_at|updated_at)\":\"[^\"]*\"", "\"$1\":\"" + FIXED_TIME + "\"");
    }

    static String replaceOnce(String text, String what, String with) {
        int at = text.indexOf(what);
        if (at < 0 || text.indexOf(what, at + 1) >= 0) {
            throw new IllegalStateException("expected exactly one " + what);
        }
        return text.substring(0, at) + with + text.substring(at + what.length());
    }

    @AfterAll
    static void restoreStreams() {
        System.setOut(REAL_OUT);
    }

    @Test
    void backupMutations(@TempDir Path work) throws Exception {
        fuzz(Kind.BACKUP, BACKUPS, work);
    }

    @Test
    void packMutations(@TempDir Path work) throws Exception {
        fuzz(Kind.PACK, PACKS, work);
    }

    /** The saved findings (org/studypath/fuzz/findings): each must pass every check once the imports are fixed. */
    @Test
    void knownFindings(@TempDir Path work) throws Exception {
        if (ONLY != null) {
            return;
        }
        Path folder = findingsFolder();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        Findings findings = new Findings();
        Capture capture = Capture.start();
        long start = System.nanoTime();
        try (Rigs rigs = new Rigs(work, findings)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Kind kind = name.startsWith("pack-") ? Kind.PACK : Kind.BACKUP;
                Case c = new Case(kind, -1, "finding " + name, Files.readAllBytes(file), findings);
                c.forceAll = true;
                rigs.run(c, capture);
            }
        } finally {
            capture.stop();
        }
        report("known findings (" + files.size() + " files)", findings, files.size(), (System.nanoTime() - start) / 1e9, null);
    }

    static Path findingsFolder() throws Exception {
        String other = System.getProperty("studypath.fuzz.findings");
        if (other != null) {
            return Path.of(other);
        }
        var url = ImportFuzzTest.class.getResource(FINDINGS + "README.md");
        if (url == null) {
            throw new AssertionError("no " + FINDINGS + "README.md on the test classpath");
        }
        return Path.of(url.toURI()).getParent();
    }

    void fuzz(Kind kind, int count, Path work) throws Exception {
        int only = -1;
        if (ONLY != null) {
            String[] parts = ONLY.split(":");
            if (!parts[0].equals(kind.word)) {
                return;
            }
            only = Integer.parseInt(parts[1]);
        }
        Findings findings = new Findings();
        Capture capture = Capture.start();
        long start = System.nanoTime();
        long budget = TimeUnit.SECONDS.toNanos(BUDGET_SECONDS);
        int done = 0;
        String stoppedEarly = null;
        Map<String, Integer> bases = new TreeMap<>();
        try (Rigs rigs = new Rigs(work, findings)) {
            for (int i = only >= 0 ? only : 0; i < (only >= 0 ? only + 1 : count); i++) {
                if (only < 0 && System.nanoTime() - start > budget) {
                    stoppedEarly = "stopped at the time budget (" + BUDGET_SECONDS + " s) after " + done + " of " + count;
                    break;
                }
                if (rigs.hangs >= 3) {
                    stoppedEarly = "stopped after 3 hangs";
                    break;
                }
                SplittableRandom random = new SplittableRandom(SEED * 0x9E3779B97F4A7C15L + kind.ordinal() * 1_000_003L + i);
                Base base = kind == Kind.BACKUP ? backupBase : packBases.get(pickBase(random));
                Mutator mutator = new Mutator(base, random);
                byte[] input;
                try {
                    input = mutator.mutate();
                } catch (RuntimeException e) {
                    // a fault of this test, not of the import: say so, and go on with the other mutations
                    new Case(kind, i, String.format(Locale.ROOT, "seed 0x%X %s #%d (%s: %s)", SEED, kind.word, i, base.name,
                            String.join(" + ", mutator.ops)), new byte[0], findings)
                            .fail("the fuzz test's mutator failed: " + e.getClass().getSimpleName() + " at " + frame(e), describe(e));
                    continue;
                }
                bases.merge(base.name, 1, Integer::sum);
                String label = String.format(Locale.ROOT, "seed 0x%X %s #%d (%s: %s)", SEED, kind.word, i, base.name,
                        String.join(" + ", mutator.ops));
                Case c = new Case(kind, i, label, input, findings);
                if (only >= 0) {
                    c.forceAll = true;
                    Path replay = Path.of("target", "fuzz-replay-" + kind.word + "-" + i + ".json");
                    Files.createDirectories(replay.getParent());
                    Files.write(replay, input);
                    REAL_OUT.println("replaying " + label + " from " + replay.toAbsolutePath());
                }
                rigs.run(c, capture);
                done++;
            }
            findings.stats.put("mutations", done);
        } finally {
            capture.stop();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(kind.word + " mutations", findings, done, seconds, stoppedEarly);
    }

    private static int pickBase(SplittableRandom random) {
        int roll = random.nextInt(10);
        return roll < 4 ? 0 : roll < 7 ? 1 : 2;
    }

    static void report(String what, Findings findings, int done, double seconds, String stoppedEarly) throws IOException {
        StringBuilder stats = new StringBuilder();
        stats.append(String.format(Locale.ROOT, "ImportFuzzTest %s: %d run in %.1f s, seed 0x%X", what, done, seconds, SEED));
        if (stoppedEarly != null) {
            stats.append(" (").append(stoppedEarly).append(")");
        }
        stats.append("; ").append(findings.stats);
        REAL_OUT.println(stats);
        findings.slowest.forEach((api, slowest) -> REAL_OUT.println("  slowest " + api + ": " + slowest));
        if (!findings.printed.isEmpty()) {
            REAL_OUT.println("  printed without a stack trace (not failures): " + findings.printed.keySet());
        }
        if (DUMP != null) {
            findings.dump(Path.of(DUMP));
        }
        if (!findings.classes.isEmpty()) {
            String summary = findings.summary(what);
            REAL_OUT.println(summary);
            throw new AssertionError(summary);
        }
    }

    // ------------------------------------------------------------------------------------------------ findings

    /** The failures of one run, by class. */
    static final class Findings {
        final Map<String, FailureClass> classes = new LinkedHashMap<>();
        final Map<String, Integer> stats = new TreeMap<>();
        final Map<String, Integer> printed = new LinkedHashMap<>();

        synchronized void record(String key, String detail, Case c) {
            FailureClass f = classes.computeIfAbsent(key, FailureClass::new);
            f.count++;
            String shape = shape(detail);
            if (f.examples.size() < 3 && f.shapes.add(shape)) {
                f.examples.add(c.label + ": " + detail);
            }
            if (f.smallest == null || c.input.length < f.smallest.length) {
                f.smallest = c.input;
                f.smallestLabel = c.label + ": " + detail;
            }
        }

        final Map<String, String> slowest = new TreeMap<>();
        final Map<String, Long> slowestNanos = new HashMap<>();

        synchronized void slowest(String api, long nanos, String label) {
            if (nanos > slowestNanos.getOrDefault(api, -1L)) {
                slowestNanos.put(api, nanos);
                slowest.put(api, String.format(Locale.ROOT, "%.0f ms (%s)", nanos / 1e6, oneLine(label, 140)));
            }
        }

        synchronized void count(String stat) {
            stats.merge(stat, 1, Integer::sum);
        }

        String summary(String what) {
            StringBuilder out = new StringBuilder();
            out.append(classes.size()).append(" distinct failure classes in the ").append(what).append(":\n");
            int n = 0;
            for (FailureClass f : classes.values()) {
                out.append(String.format(Locale.ROOT, "%2d. %s  [%d×]%n", ++n, f.key, f.count));
                for (String example : f.examples) {
                    out.append("      e.g. ").append(oneLine(example, 400)).append('\n');
                }
            }
            out.append("Replay one with -Dstudypath.fuzz.only=<backup|pack>:<index> (same seed).");
            return out.toString();
        }

        void dump(Path dir) throws IOException {
            Files.createDirectories(dir);
            StringBuilder index = new StringBuilder();
            int n = 0;
            for (FailureClass f : classes.values()) {
                n++;
                String kind = f.smallestLabel.contains(" pack #") || f.smallestLabel.startsWith("finding pack-") ? "pack" : "backup";
                String name = String.format(Locale.ROOT, "%02d-%s-%d.json", n, kind, System.nanoTime() % 100000);
                Files.write(dir.resolve(name), f.smallest);
                index.append(name).append('\t').append(f.key).append('\t').append(oneLine(f.smallestLabel, 600)).append('\n');
            }
            Files.writeString(dir.resolve("classes-" + System.nanoTime() + ".tsv"), index.toString());
        }
    }

    static final class FailureClass {
        final String key;
        int count;
        final List<String> examples = new ArrayList<>();
        final Set<String> shapes = new java.util.HashSet<>();
        byte[] smallest;
        String smallestLabel;

        FailureClass(String key) {
            this.key = key;
        }
    }

    /** A message with its numbers and quoted parts blurred, to keep examples of a class that differ in kind. */
    static String shape(String detail) {
        String blurred = detail.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("[0-9]+", "#").replaceAll("\\s+", " ");
        return blurred.substring(0, Math.min(60, blurred.length()));
    }

    /** Text for the summary: one line, control characters and lone surrogates shown as \\uXXXX, clipped. */
    static String oneLine(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char ch = text.charAt(i);
            boolean lone = Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))
                    && !(Character.isLowSurrogate(ch) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f) || lone || isBidi(ch) || ch == '\u2028' || ch == '\u2029') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.length() >= max ? out + "…(" + text.length() + " chars)" : out.toString();
    }

    static boolean isBidi(char ch) {
        return (ch >= '\u202a' && ch <= '\u202e') || (ch >= '\u2066' && ch <= '\u2069') || ch == '\u200e'
                || ch == '\u200f' || ch == '\u061c';
    }

    /** One mutation (or one saved finding) and where its failures go. */
    static final class Case {
        final Kind kind;
        final int index;
        final String label;
        final byte[] input;
        final Findings findings;
        /** Restore or import even when the preview refuses, and go through the command line too. */
        boolean forceAll;
        int failures;
        /** What the checks are doing now, for a mutation that hangs. */
        volatile String stage = "starting";
        /** Set when the mutation hung: its thread is stopped, and what it says after that is not counted. */
        volatile boolean abandoned;

        Case(Kind kind, int index, String label, byte[] input, Findings findings) {
            this.kind = kind;
            this.index = index;
            this.label = label;
            this.input = input;
            this.findings = findings;
        }

        void fail(String key, String detail) {
            if (abandoned) {
                return;
            }
            failures++;
            findings.record(key, detail, this);
            if (ONLY != null || index < 0) {
                REAL_OUT.println("  FAIL " + (index < 0 ? label + ": " : "") + key + " — " + oneLine(detail, 300));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ the checks

    /** What one call did: accepted (no message, nothing thrown), refused (an ExchangeException's message), or threw. */
    record Outcome(String api, boolean refused, String message, Throwable unexpected, long nanos) {
        boolean accepted() {
            return !refused && unexpected == null;
        }
    }

    interface Action {
        void run() throws Exception;
    }

    static Outcome call(Case c, String api, Action action) {
        c.stage = api;
        long start = System.nanoTime();
        try {
            action.run();
            return new Outcome(api, false, null, null, System.nanoTime() - start);
        } catch (ExchangeException e) {
            return new Outcome(api, true, e.getMessage(), null, System.nanoTime() - start);
        } catch (Throwable e) {
            stillAlive(e);
            return new Outcome(api, false, null, e, System.nanoTime() - start);
        }
    }

    /** A thread stopped after a hang stops here, instead of going on with checks that are no longer its own. */
    @SuppressWarnings("removal")
    static void stillAlive(Throwable e) {
        if (e instanceof ThreadDeath death) {
            throw death;
        }
    }

    /** Strings that belong to libraries and code, not to a message for a person. */
    static final String[] INTERNALS = {"VALUE_STRING", "VALUE_NUMBER", "VALUE_TRUE", "VALUE_FALSE", "VALUE_NULL",
            "START_OBJECT", "START_ARRAY", "END_OBJECT", "END_ARRAY", "FIELD_NAME", "JsonToken", "JsonReadFeature",
            "JsonParser.Feature", "StreamReadFeature", "StreamReadConstraints", "Source: REDACTED", "REDACTED",
            "com.fasterxml", "Exception", "java.", "javax.", "org.sqlite", "org.studypath.", "SQLITE_", "[line:",
            ", column: "};
    static final int MAX_MESSAGE = 300;

    /** The problems of a refusal's message, each as a class key and detail; empty when the message is fine. */
    static List<String[]> messageProblems(String family, String message) {
        List<String[]> problems = new ArrayList<>();
        if (message == null || message.isBlank()) {
            problems.add(new String[] {family + ": refused with no message", String.valueOf(message)});
            return problems;
        }
        String shown = "message " + oneLine(message, 300);
        if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            problems.add(new String[] {family + ": message is more than one line", shown});
        }
        if (message.length() > MAX_MESSAGE) {
            problems.add(new String[] {family + ": message is longer than " + MAX_MESSAGE + " characters",
                    message.length() + " chars: " + shown});
        }
        String control = null;
        for (int i = 0; i < message.length(); i++) {
            char ch = message.charAt(i);
            if (ch == '\n' || ch == '\r') {
                continue; // counted above
            }
            if (ch == 0x1b) {
                control = "ESC";
                break;
            }
            if (ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch <= 0x9f)) {
                control = control == null ? String.format(Locale.ROOT, "U+%04X", (int) ch) : control;
            }
        }
        if (control != null) {
            String group = control.equals("ESC") ? "ESC (a terminal escape sequence)"
                    : control.compareTo("U+0080") >= 0 && control.compareTo("U+009F") <= 0 ? "C1 control character"
                    : control.equals("U+007F") ? "DEL" : "C0 control character";
            problems.add(new String[] {family + ": message carries " + group, control + " in " + shown});
        }
        for (String internal : INTERNALS) {
            if (message.contains(internal)) {
                problems.add(new String[] {family + ": message leaks \"" + internal + "\"", shown});
                break;
            }
        }
        for (int i = 0; i < message.length(); i++) {
            char ch = message.charAt(i);
            if (Character.isHighSurrogate(ch) && (i + 1 >= message.length() || !Character.isLowSurrogate(message.charAt(i + 1)))
                    || Character.isLowSurrogate(ch) && (i == 0 || !Character.isHighSurrogate(message.charAt(i - 1)))) {
                problems.add(new String[] {family + ": message carries a lone surrogate", shown});
                break;
            }
        }
        for (int i = 0; i < message.length(); i++) {
            if (isBidi(message.charAt(i))) {
                problems.add(new String[] {family + ": [beyond the brief] message carries a bidi control character", shown});
                break;
            }
        }
        if (message.indexOf('\u2028') >= 0 || message.indexOf('\u2029') >= 0) {
            problems.add(new String[] {family + ": [beyond the brief] message carries U+2028/U+2029 (a Unicode line break)",
                    shown});
        }
        return problems;
    }

    static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage(), 160);
        return e.getClass().getName() + message + " at " + frame(e);
    }

    /** The first frame of the app's code in {@code e}'s stack (else its first frame). */
    static String frame(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        for (StackTraceElement element : trace) {
            if (element.getClassName().startsWith("org.studypath.") && !element.getClassName().contains("ImportFuzzTest")) {
                String name = element.getClassName();
                return name.substring(name.lastIndexOf('.') + 1) + "." + element.getMethodName();
            }
        }
        return trace.length == 0 ? "?" : trace[0].getClassName() + "." + trace[0].getMethodName();
    }

    /** The rig the mutations run in, made anew after a hang (whose thread and store are left behind). */
    static final class Rigs implements AutoCloseable {
        final Path work;
        final Findings findings;
        Rig rig;
        int made;
        int hangs;

        Rigs(Path work, Findings findings) throws Exception {
            this.work = work;
            this.findings = findings;
            rig = new Rig(work.resolve("rig-0"), findings);
        }

        void run(Case c, Capture capture) throws Exception {
            if (rig.runGuarded(c, capture)) {
                hangs++;
                rig.close();
                rig = new Rig(work.resolve("rig-" + ++made), findings);
            }
        }

        @Override
        public void close() {
            rig.close();
        }
    }

    /** A data folder with the base backup restored, the command line's template, and the checks. */
    static final class Rig implements AutoCloseable {
        final Path root;
        final Findings findings;
        Path data;
        Path inputs;
        Services services;
        byte[] baseline;
        Path baselineFile;
        Path cliTemplate;
        byte[] cliBaseline;
        ExecutorService worker;
        volatile Thread workerThread;
        int generation;
        boolean hung;
        int cliRuns;

        Rig(Path root, Findings findings) throws Exception {
            this.root = root;
            this.findings = findings;
            inputs = Files.createDirectories(root.resolve("inputs"));
            Path baseFile = inputs.resolve("base-backup.json");
            Files.writeString(baseFile, backupBase.text);
            fresh(baseFile);
            baselineFile = inputs.resolve("baseline.json");
            Files.write(baselineFile, baseline);
            // the command line's data folders are copies of this one's database
            Path template = root.resolve("cli-template");
            try (Services cli = Services.open(template, CLOCK)) {
                cli.exchange().restore(baselineFile, WorkProgress.NONE);
            }
            cliTemplate = template.resolve("studypath.db");
            try (Services cli = Services.open(template, CLOCK)) {
                cliBaseline = ExchangeFixture.backup(cli);
            }
            if (!Arrays.equals(cliBaseline, baseline)) {
                throw new AssertionError("the command line's copy of the baseline exports differently: "
                        + firstDifference(baseline, cliBaseline));
            }
        }

        /** A new data folder with {@code backup} restored in it: the baseline every mutation starts from. */
        private void fresh(Path backup) throws Exception {
            data = root.resolve("data-" + generation++);
            services = Services.open(data, CLOCK);
            services.exchange().restore(backup, WorkProgress.NONE);
            byte[] exported = ExchangeFixture.backup(services);
            if (baseline == null) {
                baseline = exported;
                // the baseline restores to itself, or no comparison below means anything
                Path again = inputs.resolve("baseline-check.json");
                Files.write(again, baseline);
                services.exchange().restore(again, WorkProgress.NONE);
                byte[] twice = ExchangeFixture.backup(services);
                if (!Arrays.equals(twice, baseline)) {
                    throw new AssertionError("the base backup does not restore to itself: " + firstDifference(baseline, twice));
                }
                List<String[]> broken = invariants(baseline);
                if (!broken.isEmpty()) {
                    throw new AssertionError("the base backup breaks an invariant: " + broken.get(0)[0] + ": " + broken.get(0)[1]);
                }
            } else if (!Arrays.equals(exported, baseline)) {
                throw new AssertionError("a new data folder with the baseline exports differently");
            }
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "import-fuzz-" + generation);
                thread.setDaemon(true);
                workerThread = thread;
                return thread;
            });
        }

        /** Runs the checks of {@code c} with a time limit; true when it hung (then this rig is done for). */
        boolean runGuarded(Case c, Capture capture) throws Exception {
            boolean hung = false;
            int mark = capture.mark();
            Future<?> future = worker.submit(() -> {
                check(c);
                return null;
            });
            try {
                future.get(HANG_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                String stage = c.stage;
                StackTraceElement[] where = workerThread == null ? new StackTraceElement[0] : workerThread.getStackTrace();
                String frame = "?";
                for (StackTraceElement element : where) {
                    if (element.getClassName().startsWith("org.studypath.") && !element.getClassName().contains("ImportFuzzTest")) {
                        frame = element.getClassName().substring(element.getClassName().lastIndexOf('.') + 1) + "."
                                + element.getMethodName();
                        break;
                    }
                }
                c.fail(c.kind.word + ": hangs in " + stage + " (still running after " + HANG_SECONDS
                        + " s, at " + frame + ")", "abandoned in " + stage);
                c.abandoned = true;
                hung = true;
                this.hung = true;
                future.cancel(true);
                worker.shutdownNow();
                stopHungThread(workerThread);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                c.fail("the fuzz checks themselves failed: " + cause.getClass().getSimpleName() + " at " + frame(cause),
                        describe(cause));
                rebuild();
            }
            capture.check(c, mark);
            findings.count(c.failures == 0 ? "passed" : "failed");
            return hung;
        }

        /** Thread.stop, where the JVM still has it (17 does): a thread spinning in a loop would take a core for good. */
        private static void stopHungThread(Thread thread) {
            if (thread == null) {
                return;
            }
            try {
                Thread.class.getMethod("stop").invoke(thread);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // gone in later JVMs: the daemon thread runs on until the fork ends
            }
        }

        private void rebuild() throws Exception {
            try {
                if (services != null) {
                    services.close();
                }
            } catch (RuntimeException ignored) {
                // a broken store is left behind
            }
            worker.shutdownNow();
            fresh(baselineFile);
        }

        /** Closes the store; after a hang it is left open, as the stopped thread may have left it in any state. */
        @Override
        public void close() {
            worker.shutdownNow();
            if (services != null && !hung) {
                services.close();
            }
        }

        Outcome checked(Case c, String family, Outcome o) {
            findings.slowest(o.api(), o.nanos(), c.label);
            if (o.nanos() > LIMIT_NANOS) {
                c.fail(family + ": " + o.api() + " takes more than " + LIMIT_SECONDS + " s",
                        String.format(Locale.ROOT, "%.1f s", o.nanos() / 1e9));
            }
            if (o.unexpected() != null) {
                Throwable e = o.unexpected();
                c.fail(family + ": " + o.api() + " throws " + e.getClass().getSimpleName() + " (not a refusal) at " + frame(e),
                        describe(e));
            }
            if (o.refused()) {
                for (String[] problem : messageProblems(family, o.message())) {
                    c.fail(problem[0], o.api() + ": " + problem[1]);
                }
            }
            return o;
        }

        void check(Case c) throws Exception {
            ExchangeService exchange = services.exchange();
            Path file = inputs.resolve(FILE_NAME);
            Files.write(file, c.input);
            String family = c.kind.word;
            checked(c, "detect", call(c, "detect", () -> exchange.detect(file)));
            Outcome last;
            if (c.kind == Kind.BACKUP) {
                Outcome preview = checked(c, family, call(c, "previewRestore", () -> exchange.previewRestore(file, WorkProgress.NONE)));
                last = preview;
                findings.count(preview.accepted() ? "preview accepted" : "preview refused");
                if (preview.accepted() || preview.unexpected() != null || c.forceAll || c.index % FULL_EVERY == 0) {
                    Outcome restore = checked(c, family, call(c, "restore", () -> exchange.restore(file, WorkProgress.NONE)));
                    last = restore;
                    findings.count(restore.accepted() ? "restore accepted" : "restore refused");
                    if (preview.refused() && restore.refused() && !databaseRefusal(String.valueOf(restore.message()))
                            && !java.util.Objects.equals(preview.message(), restore.message())) {
                        c.fail("backup: previewRestore and restore refuse with different messages",
                                "preview " + oneLine(preview.message(), 150) + " / restore " + oneLine(restore.message(), 150));
                    }
                    if (restore.accepted()) {
                        if (!preview.accepted()) {
                            c.fail("backup: restore accepts what previewRestore refused",
                                    preview.refused() ? oneLine(preview.message(), 200) : describe(preview.unexpected()));
                        }
                        accepted(c, "restore");
                    } else {
                        unchanged(c, "restore");
                    }
                } else if (c.index % 10 == 3) {
                    unchanged(c, "previewRestore");
                }
            } else {
                Outcome preview = checked(c, family, call(c, "previewPack", () -> exchange.previewPack(file)));
                last = preview;
                findings.count(preview.accepted() ? "preview accepted" : "preview refused");
                if (preview.accepted() || preview.unexpected() != null || c.forceAll || c.index % FULL_EVERY == 0) {
                    Outcome imported = checked(c, family, call(c, "importPack", () -> exchange.importPack(file)));
                    last = imported;
                    findings.count(imported.accepted() ? "import accepted" : "import refused");
                    if (imported.accepted() != preview.accepted()) {
                        c.fail("pack: previewPack and importPack disagree", "preview " + (preview.accepted() ? "accepted"
                                : oneLine(String.valueOf(preview.message()), 150)) + " / import " + (imported.accepted()
                                ? "accepted" : oneLine(String.valueOf(imported.message()), 150)));
                    }
                    if (imported.accepted()) {
                        accepted(c, "importPack");
                    } else {
                        unchanged(c, "importPack");
                    }
                } else if (c.index % 10 == 3) {
                    unchanged(c, "previewPack");
                }
            }
            if (c.forceAll || c.index % CLI_EVERY == 0) {
                commandLine(c, last);
            }
        }

        /** A refusal the preview cannot make: the database's own rules (repeated rows, missing references). */
        static boolean databaseRefusal(String message) {
            return message.startsWith("The backup could not be restored") || message.contains(": cannot be restored: ");
        }

        /** After a refusal: the store exports exactly the baseline. */
        void unchanged(Case c, String api) throws Exception {
            c.stage = "the export after a refused " + api;
            byte[] now;
            try {
                now = ExchangeFixture.backup(services);
            } catch (Exception | Error e) {
                stillAlive(e);
                c.fail(c.kind.word + ": after a refused " + api + " the store cannot be exported", describe(e));
                rebuild();
                return;
            }
            if (!Arrays.equals(now, baseline)) {
                c.fail(c.kind.word + ": " + api + " refused (or failed), but the store changed", firstDifference(baseline, now));
                rebuild();
            }
        }

        /**
         * After an import was accepted: the store exports, the app reads it, the export restores and exports again to
         * the same bytes, and what was accepted obeys the rules the reader should enforce. Then back to the baseline.
         */
        void accepted(Case c, String api) throws Exception {
            String family = c.kind.word + ": accepted by " + api;
            c.stage = "the export after an accepted " + api;
            long start = System.nanoTime();
            byte[] first;
            try {
                first = ExchangeFixture.backup(services);
            } catch (Exception | Error e) {
                stillAlive(e);
                c.fail(family + ", then the export fails: " + e.getClass().getSimpleName() + " at " + frame(e), describe(e));
                reset(c);
                return;
            }
            long nanos = System.nanoTime() - start;
            if (nanos > LIMIT_NANOS) {
                c.fail(family + ", then the export takes more than " + LIMIT_SECONDS + " s",
                        String.format(Locale.ROOT, "%.1f s", nanos / 1e9));
            }
            readBack(c, family);
            Path exported = inputs.resolve("export.json");
            Files.write(exported, first);
            Outcome again = call(c, "restore of the export", () -> services.exchange().restore(exported, WorkProgress.NONE));
            findings.slowest(again.api(), again.nanos(), c.label);
            if (again.refused()) {
                c.fail(family + ", but its export is refused on restore", oneLine(again.message(), 250));
            } else if (again.unexpected() != null) {
                c.fail(family + ", but restoring its export throws " + again.unexpected().getClass().getSimpleName(),
                        describe(again.unexpected()));
            } else {
                byte[] second = ExchangeFixture.backup(services);
                if (!Arrays.equals(first, second)) {
                    c.fail(family + ", but export → restore → export changes the bytes", firstDifference(first, second));
                }
            }
            if (c.kind == Kind.BACKUP) {
                backupRules(c, family);
            } else {
                packRules(c, family);
            }
            for (String[] broken : invariants(first)) {
                c.fail(family + ": " + broken[0], broken[1]);
            }
            int bad = firstInvalidUtf8(c.input);
            if (bad >= 0) {
                c.fail(family + ": a file that is not valid UTF-8 is accepted", "at byte " + bad + ": "
                        + hex(Arrays.copyOfRange(c.input, bad, Math.min(c.input.length, bad + 4))));
            }
            reset(c);
        }

        /** The app's own reads of what was restored: paths and their plans, statistics, the catalog, reports. */
        void readBack(Case c, String family) {
            long start = System.nanoTime();
            String[] step = {"paths"};
            java.util.function.Consumer<String> at = name -> {
                step[0] = name;
                c.stage = "the app's reads after an accepted import (" + name + ")";
            };
            try {
                at.accept("paths");
                for (PathSummary path : services.plans().paths()) {
                    at.accept("planned");
                    var planned = services.plans().planned(path.id());
                    if (planned.isPresent()) {
                        at.accept("statistics");
                        services.progress().statistics(planned.get(), services.progress().streakSettings());
                        at.accept("projection");
                        planned.get().projection();
                    }
                    at.accept("report");
                    services.exchange().report(path.id());
                    at.accept("markdown export");
                    services.exchange().export(path.id(), ExportFormat.MD, ExchangeService.ExportOptions.defaults(),
                            OutputStream.nullOutputStream());
                    at.accept("calendar export");
                    services.exchange().export(path.id(), ExportFormat.ICS, ExchangeService.ExportOptions.defaults(),
                            OutputStream.nullOutputStream());
                }
                at.accept("catalog");
                services.catalog().snapshot();
                at.accept("pace estimates");
                services.progress().paceEstimates();
                at.accept("preferences");
                services.preferences();
            } catch (Exception | Error e) {
                stillAlive(e);
                c.fail(family + ", then the app fails (" + step[0] + "): " + e.getClass().getSimpleName() + " at " + frame(e),
                        describe(e));
            }
            long nanos = System.nanoTime() - start;
            findings.slowest("the app's reads after an accepted import", nanos, c.label);
            if (nanos > LIMIT_NANOS) {
                c.fail(family + ", then the app's reads take more than " + LIMIT_SECONDS + " s",
                        String.format(Locale.ROOT, "%.1f s", nanos / 1e9));
            }
        }

        /** Back to the baseline after an accepted import; a store that cannot get back is made anew. */
        void reset(Case c) throws Exception {
            Outcome back = call(c, "restore of the baseline", () -> services.exchange().restore(baselineFile, WorkProgress.NONE));
            byte[] now = null;
            if (back.accepted()) {
                try {
                    now = ExchangeFixture.backup(services);
                } catch (Exception | Error e) {
                stillAlive(e);
                    now = null;
                }
            }
            if (now == null || !Arrays.equals(now, baseline)) {
                c.fail(c.kind.word + ": after an accepted import the baseline cannot be restored exactly",
                        back.accepted() ? (now == null ? "export fails" : firstDifference(baseline, now))
                                : back.refused() ? oneLine(back.message(), 200) : describe(back.unexpected()));
                rebuild();
            }
        }

        /** The same file through {@code studypath import}: exit status, one line on standard error, no change on refusal. */
        void commandLine(Case c, Outcome api) throws Exception {
            c.stage = "studypath import";
            Path folder = root.resolve("cli-" + cliRuns++);
            Files.createDirectories(folder);
            Files.copy(cliTemplate, folder.resolve("studypath.db"));
            Path file = inputs.resolve(FILE_NAME);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status;
            long start = System.nanoTime();
            try {
                CommandLine commandLine = CommandLine.parse(List.of("import", file.toString()));
                status = new CliRunner(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), CLOCK)
                        .run(commandLine.command(), folder);
            } catch (Exception | Error e) {
                stillAlive(e);
                c.fail("command line: import throws " + e.getClass().getSimpleName() + " at " + frame(e), describe(e));
                deleteTree(folder);
                return;
            }
            long nanos = System.nanoTime() - start;
            findings.count("command line runs");
            findings.slowest("studypath import", nanos, c.label);
            if (nanos > LIMIT_NANOS) {
                c.fail("command line: import takes more than " + LIMIT_SECONDS + " s",
                        String.format(Locale.ROOT, "%.1f s", nanos / 1e9));
            }
            String errText = err.toString(UTF_8);
            List<String> lines = errText.lines().toList();
            if (out.size() > 0) {
                c.fail("command line: import writes to standard output", oneLine(out.toString(UTF_8), 200));
            }
            if (status == CliRunner.FAILED) {
                if (lines.size() != 1 || !lines.get(0).startsWith("studypath: ")) {
                    c.fail("command line: a refusal is not exactly one \"studypath: \" line on standard error",
                            lines.size() + " lines: " + oneLine(errText, 300));
                }
                try (Services after = Services.open(folder, CLOCK)) {
                    byte[] now = ExchangeFixture.backup(after);
                    if (!Arrays.equals(now, cliBaseline)) {
                        c.fail("command line: import refused, but the data folder changed", firstDifference(cliBaseline, now));
                    }
                }
            } else if (status == CliRunner.OK) {
                // a merge says what it did in one line; a restore also says where the data from before is kept, and
                // one "Left out: …" line per setting it did not take
                boolean merged = lines.size() == 1 && (lines.get(0).startsWith("Merged catalog pack ")
                        || lines.get(0).startsWith("Nothing added from catalog pack "));
                boolean restored = lines.size() >= 2 && lines.stream().filter(l -> l.startsWith("Restored ")).count() == 1
                        && lines.get(lines.size() - 1).startsWith("The data from before is kept as ")
                        && lines.stream().allMatch(l -> l.startsWith("Restored ") || l.startsWith("Left out: ")
                                || l.startsWith("The data from before is kept as "));
                if (!merged && !restored) {
                    c.fail("command line: a successful import does not say what it did, one line each",
                            lines.size() + " lines: " + oneLine(errText, 300));
                }
                for (String line : lines) {
                    for (String[] problem : messageProblems("command line", line.length() > 400 ? line.substring(0, 400) : line)) {
                        c.fail(problem[0], problem[1]);
                    }
                }
            } else {
                c.fail("command line: import exits with status " + status, oneLine(errText, 300));
            }
            boolean apiAccepted = api.accepted();
            if ((status == CliRunner.OK) != apiAccepted && api.unexpected() == null) {
                c.fail("command line and ExchangeService disagree", "ExchangeService " + (apiAccepted ? "accepted"
                        : "refused: " + oneLine(String.valueOf(api.message()), 150)) + "; studypath import exit " + status
                        + ": " + oneLine(errText, 150));
            }
            deleteTree(folder);
        }

        /** The rules an accepted backup must obey: dates that exist, between 1900 and 2200; no lone surrogates; web links. */
        void backupRules(Case c, String family) {
            JsonNode root = lenientTree(c.input);
            if (root == null) {
                return;
            }
            if (root.has("exported_at") && root.get("exported_at").isTextual()) {
                timeRule(c, family, "exported_at", root.get("exported_at").asText());
            }
            surrogates(c, family, root, "");
            JsonNode tables = root.get("tables");
            if (tables == null) {
                return;
            }
            for (Map.Entry<String, JsonNode> table : tables.properties()) {
                BackupFormat.Table format = BackupFormat.table(table.getKey()).orElse(null);
                if (format == null || !table.getValue().isArray()) {
                    continue;
                }
                for (JsonNode row : table.getValue()) {
                    for (BackupFormat.Field field : format.fields()) {
                        JsonNode value = row.get(field.name());
                        if (value == null || !value.isTextual()) {
                            continue;
                        }
                        String where = table.getKey() + "." + field.name();
                        switch (field.type()) {
                            case DATE -> dateRule(c, family, where, value.asText());
                            case TIMESTAMP -> timeRule(c, family, where, value.asText());
                            default -> {
                                if (field.name().equals("url") && !value.asText().isEmpty() && !WebLinks.isWebLink(value.asText())) {
                                    c.fail(family + ": [beyond the brief] a link that is not http(s) (a catalog pack refuses it)",
                                            where + " = " + oneLine(value.asText(), 80));
                                }
                            }
                        }
                    }
                }
            }
        }

        void packRules(Case c, String family) {
            JsonNode root = lenientTree(c.input);
            if (root != null) {
                surrogates(c, family, root, "");
            }
        }

        static JsonNode lenientTree(byte[] input) {
            try {
                return JsonMapper.builder().build().readTree(input);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        static void surrogates(Case c, String family, JsonNode node, String where) {
            if (where.matches("tables\\.setting\\[\\d+]\\.value")) {
                return; // a bad setting's value is left out of an accepted restore, with a warning (SettingsCheck)
            }
            if (node.isTextual()) {
                if (hasLoneSurrogate(node.asText())) {
                    c.fail(family + ": text with a lone surrogate is accepted", where + " = " + oneLine(node.asText(), 80));
                }
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    if (hasLoneSurrogate(field.getKey())) {
                        c.fail(family + ": text with a lone surrogate is accepted", "field name " + oneLine(field.getKey(), 80));
                    }
                    surrogates(c, family, field.getValue(), where.isEmpty() ? field.getKey() : where + "." + field.getKey());
                }
            } else if (node.isArray()) {
                int i = 0;
                for (JsonNode element : node) {
                    surrogates(c, family, element, where + "[" + i++ + "]");
                }
            }
        }

        static final DateTimeFormatter SQLITE_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
                .withResolverStyle(ResolverStyle.STRICT);

        static void dateRule(Case c, String family, String where, String text) {
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeException e) {
                c.fail(family + ": a date that does not exist is accepted", where + " = " + oneLine(text, 60));
                return;
            }
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                c.fail(family + ": a date outside 1900–2200 is accepted", where + " = " + oneLine(text, 60));
            }
        }

        static void timeRule(Case c, String family, String where, String text) {
            int year;
            boolean sqliteForm = text.length() > 10 && text.charAt(text.length() - 9) == ' ';
            try {
                year = Instant.parse(text).atOffset(ZoneOffset.UTC).getYear();
                if (text.matches(".*T(24:00|23:59:60).*")) {
                    c.fail(family + ": a time of day that does not exist (24:00:00, 23:59:60) is accepted in an ISO time",
                            where + " = " + oneLine(text, 60));
                }
            } catch (DateTimeException e) {
                try {
                    year = LocalDateTime.parse(text, SQLITE_STRICT).getYear();
                } catch (DateTimeException e2) {
                    c.fail(family + ": a time that does not exist is accepted (lenient \"yyyy-MM-dd HH:mm:ss\" reading)",
                            where + " = " + oneLine(text, 60));
                    return;
                }
            }
            if (year < 1900 || year > 2200) {
                c.fail(family + ": a time outside 1900–2200 is accepted" + (sqliteForm ? " (\"yyyy-MM-dd HH:mm:ss\" form)"
                        : " (ISO form)"), where + " = " + oneLine(text, 60));
            }
        }
    }

    /**
     * What the app's own editing never lets into the store, checked on an export: each as a class key and detail.
     * (The base backup obeys all of them; the data a restore accepts should too.)
     */
    static List<String[]> invariants(byte[] export) {
        List<String[]> broken = new ArrayList<>();
        JsonNode root = Rig.lenientTree(export);
        JsonNode tables = root == null ? null : root.get("tables");
        if (tables == null) {
            broken.add(new String[] {"the export cannot be read back", new String(export, 0, Math.min(export.length, 80), UTF_8)});
            return broken;
        }
        Map<Long, Long> unitResource = new HashMap<>();
        for (JsonNode unit : tables.path("unit")) {
            unitResource.put(unit.path("id").asLong(), unit.path("resource_id").asLong());
            if (unit.path("minutes").asLong() > org.studypath.domain.ResourceDraft.MAX_MINUTES) {
                broken.add(new String[] {"[invariant] a unit longer than 6,000 minutes (the editor's and the pack's limit)",
                        "unit " + unit.path("id").asLong() + " minutes = " + unit.path("minutes").asText()});
            }
        }
        Map<Long, Long> itemResource = new HashMap<>();
        for (JsonNode item : tables.path("path_item")) {
            itemResource.put(item.path("id").asLong(), item.path("resource_id").asLong());
        }
        for (JsonNode excluded : tables.path("path_unit_excluded")) {
            Long resource = itemResource.get(excluded.path("path_item_id").asLong());
            Long unitOf = unitResource.get(excluded.path("unit_id").asLong());
            if (resource != null && unitOf != null && !resource.equals(unitOf)) {
                broken.add(new String[] {"[invariant, cross-table] a unit left out of a path item belongs to another resource",
                        "path_unit_excluded " + excluded + ": the item's resource is " + resource + ", the unit's " + unitOf});
            }
        }
        for (JsonNode path : tables.path("study_path")) {
            String start = path.path("start_date").asText();
            String target = path.path("target_date").isTextual() ? path.path("target_date").asText() : null;
            try {
                if (target != null && LocalDate.parse(target).isBefore(LocalDate.parse(start))) {
                    broken.add(new String[] {"[invariant] a study path's target date is before its start date",
                            "start " + start + ", target " + target});
                }
            } catch (DateTimeException e) {
                // a date that does not exist is a class of its own
            }
            String name = path.path("name").asText();
            if (name.strip().isEmpty() || name.length() > 200) {
                broken.add(new String[] {"[invariant] a study path name that is blank or longer than 200 characters",
                        name.length() + " chars: " + oneLine(name, 60)});
            }
        }
        for (JsonNode topic : tables.path("resource_topic")) {
            if (org.studypath.domain.Topic.fromKey(topic.path("topic").asText()).isEmpty()) {
                broken.add(new String[] {"[invariant] a topic that does not exist (a catalog pack refuses it)",
                        "resource_topic " + oneLine(topic.toString(), 80)});
            }
        }
        for (String table : List.of("unit_note", "resource_note")) {
            for (JsonNode note : tables.path(table)) {
                if (note.path("text").asText().length() > 20_000) {
                    broken.add(new String[] {"[invariant] a note longer than 20,000 characters (the editor's limit)",
                            table + " " + note.path("text").asText().length() + " chars"});
                }
            }
        }
        return broken;
    }

    /**
     * Where {@code input} stops being UTF-8 (-1: it is UTF-8 throughout). A file that Jackson reads as UTF-16 or
     * UTF-32 (a byte order mark, or a zero byte among the first four) is not judged.
     */
    static int firstInvalidUtf8(byte[] input) {
        if (input.length >= 2 && ((input[0] == (byte) 0xfe && input[1] == (byte) 0xff)
                || (input[0] == (byte) 0xff && input[1] == (byte) 0xfe))) {
            return -1;
        }
        for (int i = 0; i < Math.min(4, input.length); i++) {
            if (input[i] == 0) {
                return -1;
            }
        }
        java.nio.charset.CharsetDecoder decoder = UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(input);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            break;
        }
        return -1;
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(ch)) {
                return true;
            }
        }
        return false;
    }

    /** The first line where two exports differ, both versions clipped. */
    static String firstDifference(byte[] a, byte[] b) {
        List<String> left = new String(a, UTF_8).lines().toList();
        List<String> right = new String(b, UTF_8).lines().toList();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "(none)";
            String r = i < right.size() ? right.get(i) : "(none)";
            if (!l.equals(r)) {
                return "line " + (i + 1) + ": " + oneLine(l, 140) + " → " + oneLine(r, 140);
            }
        }
        return a.length + " vs " + b.length + " bytes";
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: JUnit removes what is left
        }
    }

    /**
     * Standard output and error while the fuzz runs, and java.util.logging: whatever a mutation made print is looked
     * at after it, and a stack trace there is a failure of that mutation.
     */
    static final class Capture {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        final PrintStream previousErr = System.err;
        final PrintStream previousOut = System.out;
        final List<String> logged = new ArrayList<>();
        final Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getThrown() != null) {
                    synchronized (logged) {
                        logged.add(record.getLoggerName() + ": " + record.getThrown());
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        static Capture start() {
            Capture capture = new Capture();
            PrintStream stream = new PrintStream(new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (capture.buffer) {
                        capture.buffer.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    synchronized (capture.buffer) {
                        capture.buffer.write(b, off, len);
                    }
                }
            }, true, UTF_8);
            System.setErr(stream);
            System.setOut(stream);
            Logger.getLogger("").addHandler(capture.handler);
            return capture;
        }

        int mark() {
            synchronized (buffer) {
                return buffer.size();
            }
        }

        void check(Case c, int mark) {
            String printed;
            synchronized (buffer) {
                if (buffer.size() == mark) {
                    printed = null;
                } else {
                    printed = new String(Arrays.copyOfRange(buffer.toByteArray(), mark, buffer.size()), UTF_8);
                }
            }
            List<String> logs;
            synchronized (logged) {
                logs = new ArrayList<>(logged);
                logged.clear();
            }
            for (String log : logs) {
                c.fail("a stack trace is logged (java.util.logging)", oneLine(log, 250));
            }
            if (printed == null) {
                return;
            }
            if (printed.contains("\tat ") || printed.contains("Exception") || printed.contains("Caused by")) {
                c.fail("a stack trace is printed", oneLine(printed.lines().findFirst().orElse(""), 250));
            } else {
                String first = oneLine(printed.lines().findFirst().orElse(""), 120);
                c.findings.printed.merge(first.replaceAll("[0-9]+", "#"), 1, Integer::sum);
            }
        }

        void stop() {
            System.setErr(previousErr);
            System.setOut(previousOut);
            Logger.getLogger("").removeHandler(handler);
        }
    }

    // ------------------------------------------------------------------------------------------------ JSON spans

    /** One value in a JSON text: where it is, its key when it is a member, and for a backup its table and row. */
    static final class Node {
        int start;
        int end;
        int keyStart = -1;
        int keyEnd = -1;
        char type;
        String key;
        String str;
        Node parent;
        final List<Node> children = new ArrayList<>();
        String table;
        boolean isTable;
        boolean isRow;
        boolean isRowField;
        int depth;

        String where() {
            if (isRowField) {
                return table + "." + key;
            }
            if (key != null) {
                return (parent != null && parent.key != null ? parent.key + "." : "") + key;
            }
            return parent == null ? "document" : (parent.key == null ? "[]" : parent.key + "[]");
        }
    }

    /** The values of a JSON text with their places, for mutations that keep the rest of the file as it is. */
    static final class Json {
        final String text;
        final List<Node> nodes = new ArrayList<>();
        private int pos;

        private Json(String text) {
            this.text = text;
        }

        static Json index(String text) {
            Json json = new Json(text);
            json.skipWs();
            json.value(null, null, -1, -1);
            json.skipWs();
            if (json.pos != text.length()) {
                throw new IllegalArgumentException("text after the value");
            }
            return json;
        }

        private void skipWs() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        private char peek() {
            if (pos >= text.length()) {
                throw new IllegalArgumentException("end");
            }
            return text.charAt(pos);
        }

        private Node value(Node parent, String key, int keyStart, int keyEnd) {
            skipWs();
            Node n = new Node();
            n.parent = parent;
            n.key = key;
            n.keyStart = keyStart;
            n.keyEnd = keyEnd;
            n.start = pos;
            n.depth = parent == null ? 0 : parent.depth + 1;
            if (n.depth > 200) {
                throw new IllegalArgumentException("too deep to index");
            }
            if (parent != null && "tables".equals(parent.key) && parent.parent != null && parent.parent.parent == null) {
                n.isTable = true;
                n.table = key;
            } else {
                n.table = parent == null ? null : parent.table;
            }
            n.isRow = parent != null && parent.isTable;
            n.isRowField = parent != null && parent.isRow;
            nodes.add(n);
            char c = peek();
            if (c == '{') {
                n.type = 'o';
                pos++;
                skipWs();
                if (peek() == '}') {
                    pos++;
                } else {
                    while (true) {
                        skipWs();
                        int ks = pos;
                        String k = string();
                        int ke = pos;
                        skipWs();
                        if (peek() != ':') {
                            throw new IllegalArgumentException("colon");
                        }
                        pos++;
                        n.children.add(value(n, k, ks, ke));
                        skipWs();
                        char d = peek();
                        pos++;
                        if (d == '}') {
                            break;
                        }
                        if (d != ',') {
                            throw new IllegalArgumentException("comma");
                        }
                    }
                }
            } else if (c == '[') {
                n.type = 'a';
                pos++;
                skipWs();
                if (peek() == ']') {
                    pos++;
                } else {
                    while (true) {
                        n.children.add(value(n, null, -1, -1));
                        skipWs();
                        char d = peek();
                        pos++;
                        if (d == ']') {
                            break;
                        }
                        if (d != ',') {
                            throw new IllegalArgumentException("comma");
                        }
                    }
                }
            } else if (c == '"') {
                n.type = 's';
                n.str = string();
            } else if (text.startsWith("true", pos) || text.startsWith("false", pos) || text.startsWith("null", pos)) {
                n.type = c == 'n' ? 'z' : 'b';
                pos += c == 'f' ? 5 : 4;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                n.type = 'n';
                while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                    pos++;
                }
                n.str = text.substring(n.start, pos);
            } else {
                throw new IllegalArgumentException("unexpected " + c);
            }
            n.end = pos;
            return n;
        }

        private String string() {
            if (peek() != '"') {
                throw new IllegalArgumentException("quote");
            }
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = peek();
                pos++;
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = peek();
                    pos++;
                    switch (e) {
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }
    }

    /** A base input and what the mutations aim at in it. */
    static final class Base {
        final Kind kind;
        final String name;
        final String text;
        final Json json;
        /** Backup: the "id" values of each table that has them, and the largest. */
        final Map<String, List<String>> ids = new HashMap<>();
        final Map<String, Long> maxIds = new HashMap<>();

        Base(Kind kind, String name, String text) {
            this.kind = kind;
            this.name = name;
            this.text = text;
            this.json = Json.index(text);
            for (Node n : json.nodes) {
                if (n.isRowField && n.key.equals("id") && n.type == 'n') {
                    ids.computeIfAbsent(n.table, t -> new ArrayList<>()).add(n.str);
                    maxIds.merge(n.table, Long.parseLong(n.str), Math::max);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ mutations

    /** Private-use characters that stand for byte sequences no Java string can hold; see {@link #encode}. */
    static final Map<Character, byte[]> RAW = Map.of(
            '\ue000', new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},              // a high surrogate, CESU-8
            '\ue001', new byte[] {(byte) 0xed, (byte) 0xb0, (byte) 0x80},              // a low surrogate, CESU-8
            '\ue002', new byte[] {(byte) 0xff},
            '\ue003', new byte[] {(byte) 0xc0, (byte) 0x80},                           // overlong NUL
            '\ue004', new byte[] {(byte) 0x80},                                        // a lone continuation byte
            '\ue005', new byte[] {(byte) 0xe4, (byte) 0xb8},                           // a cut 3-byte sequence
            '\ue006', new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            '\ue007', new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            '\ue008', new byte[] {(byte) 0xc3});

    static byte[] encode(String text) {
        boolean raw = false;
        for (int i = 0; i < text.length() && !raw; i++) {
            char ch = text.charAt(i);
            raw = ch >= '\ue000' && ch <= '\ue008';
        }
        if (!raw) {
            return text.getBytes(UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            byte[] bytes = RAW.get(text.charAt(i));
            if (bytes != null) {
                out.writeBytes(text.substring(from, i).getBytes(UTF_8));
                out.writeBytes(bytes);
                from = i + 1;
            }
        }
        out.writeBytes(text.substring(from).getBytes(UTF_8));
        return out.toByteArray();
    }

    /** Odd text as it is written inside a JSON string (escapes stay escapes; raw characters are raw). */
    static final String[] ODD = {
            "\\ud800", "\\udfff", "\\udc00\\ud800", "a\\ud83d", "\\ud83dx", "\\uD800\\u0041", "\ue000", "\ue001", "\ue005",
            "\ue002", "\ue003", "\ue007",
            "\\u0000", "x\\u0000y", "\\u001b]0;title\\u0007", "\\u001b[2J", "\\u001b[31mred\\u001b[0m", "\u001b[2J",
            "\u0000", "\u0007", "\u202etxt.exe", "\\u202e", "\u2066\u2069", "\ufffe", "\\uffff", "\ufeff",
            "e" + "\u0301".repeat(60), "Z" + "\u0336\u0337".repeat(30), "😀", "😀".repeat(40), "\\ud83d\\ude00".repeat(30),
            "x😀".repeat(40), "𝕏𝕐", "ＦＵＬＬ　ＷＩＤＴＨ", "\u200b\u200d", "\\u2028", "\u2029", "\\u0085", "\u0085",
            "\\u009b31m", "\u009b", "\\u007f", "\u007f", "\\t\\n\\r", "\\n", "\\r\\n second line", "{0} {1} '' '{'",
            "%s%n%d", "${jndi:ldap://x}", "<script>alert(1)</script>", "../../x", "\\\\\\\"", "ß", "\u0130", "ﬃ",
            "  padded  ", "", " ", "\\u00a0", "\u3000"};

    static final String[] LITERALS = {"42", "-1", "1.5", "true", "false", "null", "{}", "[]", "\"\"", "\"42\"", "\"true\"",
            "{\"a\":1}", "[1,2,3]", "[\"x\"]", "\"null\"", "0", "[[]]", "[{}]"};

    static final String[] NUMBERS = {"1e400", "-0", "1e-400", "9223372036854775808", "-9223372036854775809", "NaN",
            "Infinity", "-Infinity", "+1", "01", "1.0", "1e2", "0x10", "2147483648", "-2147483649", "4294967296", "1E+2",
            ".5", "5.", "-", "1_000", "0.000000000000000000000000000001", "123456789012345678901234567890123456789012",
            "-0.0", "4.9e-324", "1.7976931348623157e308", "1e-7", "0.1", "10.000001", "9.99"};

    static final String[] BOUNDARIES = {"0", "-1", "1", "1440", "1441", "6000", "6001", "2147483647", "2147483648",
            "9223372036854775807", "-9223372036854775808", "100000", "-2147483648"};

    static final String[] URLS = {"javascript:alert(1)", "http://", "https://exa mple.org", "https://例子.测试/路径",
            "HTTPS://EXAMPLE.ORG", "file:///etc/passwd", "data:text/html,<b>x</b>", "https://example.org/\u202etxt",
            "  https://x.org  ", "https://x.org/\\u0000", "ftp://example.org", "//example.org", "https://", "mailto:a@b.c",
            "https://example.org/" + "a".repeat(5000), "https://[::1]:99999/", "\\u001b]8;;https://evil\\u0007"};

    static final String[] DOCUMENTS = {"", " ", "\n", "null", "true", "0", "\"text\"", "[]", "{}", "[{}]",
            "{\"format\":\"studypath-backup\"}", "{\"format\":\"studypath-backup\",\"version\":1}",
            "{\"format\":\"studypath-backup\",\"version\":1,\"tables\":{}}", "{\"format\":1}",
            "{\"format\":1,\"id\":\"x\",\"version\":1,\"categories\":[]}", "{\"format\":\"studypath-backup\",\"version\":1,"
            + "\"tables\":{\"catalog_source\":[]}}", "{\"format\":1,\"id\":\"x\",\"version\":1}", "{\"format\":{}}",
            "{\"format\":null}", "{\"format\":\"studypath-backup\",\"version\":1.0}"};

    /** One mutation: one to three operators applied in turn to a base input, text-aware where the text still parses. */
    static final class Mutator {
        final Base base;
        final Kind kind;
        final SplittableRandom random;
        final List<String> ops = new ArrayList<>();
        String text;
        Json json;
        boolean unindexable;
        byte[] bytes;

        Mutator(Base base, SplittableRandom random) {
            this.base = base;
            this.kind = base.kind;
            this.random = random;
            this.text = base.text;
            this.json = base.json;
        }

        byte[] mutate() {
            int roll = random.nextInt(10);
            int steps = roll < 7 ? 1 : roll < 9 ? 2 : 3;
            for (int i = 0; i < steps; i++) {
                step();
            }
            return bytes();
        }

        byte[] bytes() {
            if (bytes == null) {
                bytes = encode(text);
            }
            return bytes;
        }

        Json json() {
            if (json == null && text != null && !unindexable) {
                if (text.length() > 3_000_000) {
                    unindexable = true;
                } else {
                    try {
                        json = Json.index(text);
                    } catch (RuntimeException e) {
                        unindexable = true;
                    }
                }
            }
            return json;
        }

        void text(String changed, String op) {
            text = changed;
            json = null;
            unindexable = false;
            bytes = null;
            ops.add(op);
        }

        void bytes(byte[] changed, String op) {
            bytes = changed;
            text = null;
            json = null;
            ops.add(op);
        }

        record Op(String name, int backupWeight, int packWeight, boolean needsJson, Predicate<Mutator> apply) {
        }

        static final List<Op> OPS = List.of(
                new Op("truncate", 6, 6, false, Mutator::truncate),
                new Op("flip bits", 6, 6, false, Mutator::flipBits),
                new Op("insert bytes", 4, 4, false, Mutator::insertBytes),
                new Op("delete bytes", 4, 4, false, Mutator::deleteBytes),
                new Op("invalid UTF-8", 5, 5, false, Mutator::invalidUtf8),
                new Op("raw control bytes", 3, 3, false, Mutator::controlBytes),
                new Op("byte order mark / encoding", 2, 2, false, Mutator::encoding),
                new Op("swap type", 10, 12, true, Mutator::swapType),
                new Op("duplicate key", 5, 5, true, Mutator::duplicateKey),
                new Op("nest", 4, 4, true, Mutator::nest),
                new Op("huge value", 2, 2, true, Mutator::huge),
                new Op("odd number", 6, 6, true, Mutator::oddNumber),
                new Op("boundary number", 4, 5, true, Mutator::boundary),
                new Op("odd Unicode", 12, 14, true, Mutator::oddUnicode),
                new Op("odd Unicode key", 3, 3, true, Mutator::oddKey),
                new Op("date", 14, 0, true, Mutator::date),
                new Op("id", 8, 0, true, Mutator::repoint),
                new Op("clone row", 7, 0, true, Mutator::cloneRow),
                new Op("swap tables", 3, 0, true, Mutator::swapTables),
                new Op("swap values", 3, 4, true, Mutator::swapValues),
                new Op("empty", 4, 5, true, Mutator::empty),
                new Op("remove", 5, 6, true, Mutator::remove),
                new Op("duplicate element", 3, 4, true, Mutator::duplicateElement),
                new Op("enum value", 4, 5, true, Mutator::enumValue),
                new Op("link", 2, 5, true, Mutator::link),
                new Op("document", 1, 1, false, Mutator::document));

        void step() {
            for (int attempt = 0; attempt < 30; attempt++) {
                Op op = pick();
                if (op.needsJson() && (text == null || json() == null)) {
                    continue;
                }
                if (op.apply().test(this)) {
                    return;
                }
            }
            flipBits();
        }

        Op pick() {
            int total = 0;
            for (Op op : OPS) {
                total += weight(op);
            }
            int roll = random.nextInt(total);
            for (Op op : OPS) {
                roll -= weight(op);
                if (roll < 0) {
                    return op;
                }
            }
            throw new IllegalStateException();
        }

        int weight(Op op) {
            return kind == Kind.BACKUP ? op.backupWeight() : op.packWeight();
        }

        <T> T any(T[] values) {
            return values[random.nextInt(values.length)];
        }

        Node any(Predicate<Node> filter) {
            List<Node> found = new ArrayList<>();
            for (Node n : json.nodes) {
                if (filter.test(n)) {
                    found.add(n);
                }
            }
            return found.isEmpty() ? null : found.get(random.nextInt(found.size()));
        }

        String splice(int start, int end, String with) {
            return text.substring(0, start) + with + text.substring(end);
        }

        // ---- bytes

        boolean truncate() {
            byte[] b = bytes();
            if (b.length == 0) {
                return false;
            }
            int at = random.nextInt(4) == 0 ? Math.max(0, b.length - 1 - random.nextInt(Math.min(b.length, 12)))
                    : random.nextInt(b.length + 1);
            bytes(Arrays.copyOf(b, at), "truncate at " + at + "/" + b.length);
            return true;
        }

        boolean flipBits() {
            byte[] b = bytes().clone();
            int n = 1 + random.nextInt(8);
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < n && b.length > 0; i++) {
                int at = random.nextInt(b.length);
                b[at] ^= (byte) (1 << random.nextInt(8));
                where.append(i == 0 ? "" : ",").append(at);
            }
            bytes(b, "flip bits at " + where);
            return true;
        }

        boolean insertBytes() {
            byte[] b = bytes();
            int at = random.nextInt(b.length + 1);
            byte[] noise = new byte[1 + random.nextInt(16)];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (byte) random.nextInt(256);
            }
            bytes(join(Arrays.copyOf(b, at), noise, Arrays.copyOfRange(b, at, b.length)), "insert " + noise.length + " bytes at " + at);
            return true;
        }

        boolean deleteBytes() {
            byte[] b = bytes();
            if (b.length == 0) {
                return false;
            }
            int at = random.nextInt(b.length);
            int len = Math.min(b.length - at, 1 + random.nextInt(64));
            bytes(join(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + len, b.length)), "delete " + len + " bytes at " + at);
            return true;
        }

        boolean invalidUtf8() {
            if (text != null && json() != null && random.nextBoolean()) {
                // inside a string value, where only the encoding is wrong
                Node n = any(x -> x.type == 's');
                if (n != null) {
                    char marker = (char) ('\ue000' + random.nextInt(9));
                    int at = random.nextBoolean() ? n.start + 1 : n.end - 1;
                    text(splice(at, at, String.valueOf(marker)), "invalid UTF-8 " + hex(RAW.get(marker)) + " in " + n.where());
                    return true;
                }
            }
            byte[] b = bytes();
            byte[] bad = RAW.get((char) ('\ue000' + random.nextInt(9)));
            int at = random.nextInt(b.length + 1);
            bytes(join(Arrays.copyOf(b, at), bad, Arrays.copyOfRange(b, at, b.length)), "invalid UTF-8 " + hex(bad) + " at " + at);
            return true;
        }

        boolean controlBytes() {
            byte[] b = bytes().clone();
            if (b.length == 0) {
                return false;
            }
            byte[] controls = {0x00, 0x1b, 0x07, 0x7f, 0x08, 0x0b, 0x0c};
            int at = random.nextInt(b.length);
            byte control = controls[random.nextInt(controls.length)];
            b[at] = control;
            bytes(b, String.format(Locale.ROOT, "control byte 0x%02x at %d", control, at));
            return true;
        }

        boolean encoding() {
            byte[] b = bytes();
            String what;
            byte[] changed;
            switch (random.nextInt(6)) {
                case 0 -> {
                    changed = join(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, b);
                    what = "UTF-8 BOM";
                }
                case 1 -> {
                    changed = join(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 0xef, (byte) 0xbb, (byte) 0xbf}, b);
                    what = "two UTF-8 BOMs";
                }
                case 2 -> {
                    changed = join(new byte[] {(byte) 0xfe, (byte) 0xff}, b);
                    what = "UTF-16 BOM before UTF-8";
                }
                case 3 -> {
                    changed = new String(b, UTF_8).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
                    what = "UTF-16LE";
                }
                case 4 -> {
                    changed = new String(b, UTF_8).getBytes(java.nio.charset.StandardCharsets.UTF_16);
                    what = "UTF-16 with BOM";
                }
                default -> {
                    changed = new String(b, UTF_8).getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
                    what = "UTF-32BE";
                }
            }
            bytes(changed, what);
            return true;
        }

        boolean document() {
            String doc = any(DOCUMENTS);
            if (random.nextInt(3) == 0 && text != null) {
                String[] wraps = {"/*c*/", "// c\n", "[", "garbage", "\n{}", "}", ",", "\u0000"};
                String wrap = any(wraps);
                boolean before = wrap.startsWith("/") || wrap.equals("[");
                text(before ? wrap + text : text + wrap, "document " + (before ? "prefixed" : "followed") + " by " + oneLine(wrap, 20));
                return true;
            }
            text(doc, "whole document " + oneLine(doc, 60));
            return true;
        }

        // ---- JSON-aware

        boolean swapType() {
            Node n = any(x -> x.parent != null);
            if (n == null) {
                return false;
            }
            String literal = any(LITERALS);
            text(splice(n.start, n.end, literal), "swap type of " + n.where() + " to " + literal);
            return true;
        }

        boolean duplicateKey() {
            Node n = any(x -> x.keyStart >= 0);
            if (n == null) {
                return false;
            }
            String member = text.substring(n.keyStart, n.end);
            if (random.nextBoolean()) {
                member = text.substring(n.keyStart, n.keyEnd) + ":" + any(LITERALS);
            }
            text(splice(n.end, n.end, "," + member), "duplicate key " + n.where());
            return true;
        }

        boolean nest() {
            Node n = any(x -> x.parent != null);
            if (n == null) {
                return false;
            }
            int depth = (int) Math.round(Math.pow(10, 1 + 3 * random.nextDouble()));
            String inner = random.nextInt(3) == 0 ? "" : text.substring(n.start, n.end);
            String open;
            String close;
            if (random.nextBoolean()) {
                open = "[".repeat(depth);
                close = "]".repeat(depth);
            } else {
                open = "{\"a\":".repeat(depth);
                close = "}".repeat(depth);
                if (inner.isEmpty()) {
                    inner = "1";
                }
            }
            text(splice(n.start, n.end, open + inner + close), "nest " + n.where() + " " + depth + " deep");
            return true;
        }

        boolean huge() {
            int length = (int) Math.round(Math.pow(10, 5 + Math.log10(50) * random.nextDouble()));
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    Node n = any(x -> x.type == 's');
                    if (n == null) {
                        return false;
                    }
                    String[] units = {"x", "汉", "\\u00e9", "😀", "a\\n"};
                    String unit = any(units);
                    int bytesEach = unit.getBytes(UTF_8).length;
                    int count = Math.max(1, Math.min(length, 12_000_000 / bytesEach));
                    text(splice(n.start, n.end, "\"" + unit.repeat(count) + "\""), "huge text (" + count + "×" + unit + ") in " + n.where());
                }
                case 2 -> {
                    Node n = any(x -> x.type == 'n');
                    if (n == null) {
                        return false;
                    }
                    String digits = random.nextBoolean() ? "9".repeat(length) : "1." + "0".repeat(length) + "1";
                    text(splice(n.start, n.end, digits), "huge number (" + digits.length() + " digits) in " + n.where());
                }
                case 3 -> {
                    Node n = any(x -> x.keyStart >= 0);
                    if (n == null) {
                        return false;
                    }
                    text(splice(n.keyStart, n.keyEnd, "\"" + "k".repeat(length) + "\""), "huge key (" + length + ") for " + n.where());
                }
                default -> {
                    Node n = any(x -> x.type == 'a' && !x.children.isEmpty());
                    if (n == null) {
                        return false;
                    }
                    Node element = n.children.get(random.nextInt(n.children.size()));
                    String copy = text.substring(element.start, element.end);
                    int copies = Math.max(1, Math.min(20_000, 3_000_000 / Math.max(1, copy.length())));
                    StringBuilder many = new StringBuilder();
                    for (int i = 0; i < copies; i++) {
                        many.append(',').append(copy);
                    }
                    text(splice(element.end, element.end, many.toString()), "repeat an element of " + n.where() + " " + copies + "×");
                }
            }
            return true;
        }

        boolean oddNumber() {
            Node n = any(x -> x.type == 'n' || (x.type == 's' && random.nextInt(4) == 0));
            if (n == null) {
                return false;
            }
            String number = any(NUMBERS);
            text(splice(n.start, n.end, number), "number " + number + " for " + n.where());
            return true;
        }

        boolean boundary() {
            Node n = any(x -> x.type == 'n');
            if (n == null) {
                return false;
            }
            String number = any(BOUNDARIES);
            text(splice(n.start, n.end, number), "number " + number + " for " + n.where());
            return true;
        }

        boolean oddUnicode() {
            Node n = any(x -> x.type == 's');
            if (n == null) {
                return false;
            }
            String odd = any(ODD);
            return putInString(n.start, n.end, odd, "odd text " + oneLine(odd, 30) + " in " + n.where());
        }

        boolean oddKey() {
            Node n = any(x -> x.keyStart >= 0);
            if (n == null) {
                return false;
            }
            String odd = any(ODD);
            return putInString(n.keyStart, n.keyEnd, odd, "odd text " + oneLine(odd, 30) + " in the key " + n.where());
        }

        /** {@code odd} before, after or instead of the content of the JSON string at start..end (quotes included). */
        boolean putInString(int start, int end, String odd, String op) {
            String content = text.substring(start + 1, end - 1);
            String changed = switch (random.nextInt(3)) {
                case 0 -> odd + content;
                case 1 -> content + odd;
                default -> odd;
            };
            text(splice(start, end, "\"" + changed + "\""), op);
            return true;
        }

        static final String[] YEARS = {"0000", "-0001", "10000", "+10000", "1899", "2201", "1900", "2200", "0001", "9999",
                "2026", "2028", "-999999999", "+999999999", "1970", "1899", "2201"};
        static final String[] MONTH_DAYS = {"02-30", "02-29", "13-01", "00-10", "04-31", "12-31", "01-01", "11-25",
                "02-28", "1-5", "12-32"};
        static final String[] TIMES = {"24:00:00", "23:59:60", "18:30:00", "00:00:00", "25:61:00", "18:30",
                "18:30:00.123456789", "18:30:00.5", "08:00:00", "24:00:01", "12:60:00"};

        boolean date() {
            Node n = any(x -> x.type == 's' && (fieldType(x) == BackupFormat.Type.DATE
                    || fieldType(x) == BackupFormat.Type.TIMESTAMP || "exported_at".equals(x.key) && x.depth == 1));
            if (n == null) {
                return false;
            }
            boolean time = fieldType(n) != BackupFormat.Type.DATE;
            String day = any(YEARS) + "-" + any(MONTH_DAYS);
            String value;
            int roll = random.nextInt(20);
            if (!time) {
                String[] weird = {day + "T18:30:00Z", day + " 18:30:00", "2026/11/25", "20261125", day + " ", " " + day,
                        "2026-W48-3", "2026-329", "", "2026-11-25\\u0000"};
                value = roll < 16 ? day : any(weird);
            } else {
                String clock = any(TIMES);
                String[] weird = {day + "T" + clock + "+01:00", day + "T" + clock, day, day + "t" + clock + "z",
                        day + "T" + clock + "Z[Europe/Berlin]", day + "  " + clock, day + "T" + clock + "Z "};
                value = roll < 9 ? day + "T" + clock + "Z" : roll < 18 ? day + " " + clock : any(weird);
            }
            text(splice(n.start, n.end, "\"" + value + "\""), "date " + n.where() + " = " + value);
            return true;
        }

        static BackupFormat.Type fieldType(Node n) {
            if (!n.isRowField) {
                return null;
            }
            BackupFormat.Table table = BackupFormat.table(n.table).orElse(null);
            if (table == null) {
                return null;
            }
            int i = table.index(n.key);
            return i < 0 ? null : table.fields().get(i).type();
        }

        static String target(String field) {
            return switch (field) {
                case "resource_id", "requires_id" -> "resource";
                case "unit_id" -> "unit";
                case "path_id" -> "study_path";
                case "path_item_id" -> "path_item";
                case "category_id" -> "category";
                default -> null;
            };
        }

        String someId(String table) {
            List<String> ids = base.ids.get(table);
            if (ids == null || ids.isEmpty() || random.nextInt(6) == 0) {
                // another table's ids, or ids that are nowhere
                List<String> tables = new ArrayList<>(base.ids.keySet());
                tables.sort(null);
                int roll = random.nextInt(tables.size() + 3);
                if (roll >= tables.size()) {
                    return any(new String[] {"0", "-1", "999999"});
                }
                ids = base.ids.get(tables.get(roll));
            }
            return ids.get(random.nextInt(ids.size()));
        }

        boolean repoint() {
            Node n = any(x -> x.isRowField && x.type == 'n' && (x.key.equals("id") || x.key.endsWith("_id")));
            if (n == null) {
                return false;
            }
            String table = n.key.equals("id") ? n.table : target(n.key);
            String id = someId(table == null ? "resource" : table);
            text(splice(n.start, n.end, id), "id " + n.where() + " " + n.str + " → " + id);
            return true;
        }

        boolean cloneRow() {
            Node row = any(x -> x.isRow && x.type == 'o');
            if (row == null) {
                return false;
            }
            StringBuilder copy = new StringBuilder(text.substring(row.start, row.end));
            List<String> changes = new ArrayList<>();
            for (int i = row.children.size() - 1; i >= 0; i--) {
                Node field = row.children.get(i);
                if (field.type != 'n') {
                    continue;
                }
                String with = null;
                if (field.key.equals("id")) {
                    with = String.valueOf(base.maxIds.getOrDefault(row.table, 0L) + 1 + random.nextInt(3));
                } else if (field.key.endsWith("_id") && random.nextInt(3) != 0) {
                    String table = target(field.key);
                    with = someId(table == null ? "resource" : table);
                }
                if (with != null) {
                    copy.replace(field.start - row.start, field.end - row.start, with);
                    changes.add(field.key + "=" + with);
                }
            }
            text(splice(row.end, row.end, ",\n" + copy), "clone a " + row.table + " row with " + changes);
            return true;
        }

        boolean swapTables() {
            Node tables = any(x -> x.depth == 1 && "tables".equals(x.key) && x.type == 'o' && x.children.size() >= 2);
            if (tables == null) {
                return false;
            }
            int i = random.nextInt(tables.children.size());
            int j = random.nextInt(tables.children.size() - 1);
            j = j >= i ? j + 1 : j;
            Node a = tables.children.get(Math.min(i, j));
            Node b = tables.children.get(Math.max(i, j));
            String aMember = text.substring(a.keyStart, a.end);
            String bMember = text.substring(b.keyStart, b.end);
            switch (random.nextInt(3)) {
                case 0 -> text(text.substring(0, a.start) + text.substring(b.start, b.end) + text.substring(a.end, b.start)
                        + text.substring(a.start, a.end) + text.substring(b.end), "swap the rows of " + a.table + " and " + b.table);
                case 1 -> text(text.substring(0, a.keyStart) + bMember + text.substring(a.end, b.keyStart) + aMember
                        + text.substring(b.end), "swap the order of " + a.table + " and " + b.table);
                default -> text(text.substring(0, a.keyStart) + text.substring(b.keyStart, b.keyEnd) + text.substring(a.keyEnd, b.keyStart)
                        + text.substring(a.keyStart, a.keyEnd) + text.substring(b.keyEnd), "swap the names of " + a.table + " and " + b.table);
            }
            return true;
        }

        boolean swapValues() {
            Node object = any(x -> x.type == 'o' && x.children.size() >= 2);
            if (object == null) {
                return false;
            }
            int i = random.nextInt(object.children.size());
            int j = random.nextInt(object.children.size() - 1);
            j = j >= i ? j + 1 : j;
            Node a = object.children.get(Math.min(i, j));
            Node b = object.children.get(Math.max(i, j));
            text(text.substring(0, a.start) + text.substring(b.start, b.end) + text.substring(a.end, b.start)
                    + text.substring(a.start, a.end) + text.substring(b.end), "swap values of " + a.where() + " and " + b.where());
            return true;
        }

        boolean empty() {
            Node n = any(x -> (x.type == 'a' || x.type == 'o') && !x.children.isEmpty());
            if (n == null) {
                return false;
            }
            String empty = random.nextInt(4) == 0 ? (n.type == 'a' ? "{}" : "[]") : (n.type == 'a' ? "[]" : "{}");
            text(splice(n.start, n.end, empty), "empty " + n.where() + " as " + empty);
            return true;
        }

        boolean remove() {
            Node n = any(x -> x.parent != null);
            if (n == null) {
                return false;
            }
            int start = n.keyStart >= 0 ? n.keyStart : n.start;
            int end = n.end;
            int after = end;
            while (after < text.length() && " \t\r\n".indexOf(text.charAt(after)) >= 0) {
                after++;
            }
            if (after < text.length() && text.charAt(after) == ',') {
                end = after + 1;
            } else {
                int before = start - 1;
                while (before >= 0 && " \t\r\n".indexOf(text.charAt(before)) >= 0) {
                    before--;
                }
                if (before >= 0 && text.charAt(before) == ',') {
                    start = before;
                }
            }
            text(splice(start, end, ""), "remove " + n.where());
            return true;
        }

        boolean duplicateElement() {
            Node n = any(x -> x.parent != null && x.parent.type == 'a');
            if (n == null) {
                return false;
            }
            text(splice(n.end, n.end, "," + text.substring(n.start, n.end)), "duplicate an element of " + n.parent.where());
            return true;
        }

        static final Set<String> ENUM_FIELDS = Set.of("origin", "type", "unit_kind", "status", "resource_type", "unitKind");

        boolean enumValue() {
            Node n = any(x -> x.type == 's' && (x.key != null && ENUM_FIELDS.contains(x.key)
                    || x.parent != null && "topics".equals(x.parent.key) || "resource_topic.topic".equals(x.where())));
            if (n == null) {
                return false;
            }
            String[] values = {n.str.toLowerCase(Locale.ROOT), "", " " + n.str, n.str + " ", n.str.replace('O', 'Ö'),
                    "BOOK", "DONE", "USER", "LESSON", "calculus", "X".repeat(200), "😀".repeat(40), "\\u001b[2J" + n.str,
                    n.str + "\\u0000", "\u202e" + n.str, "\\ud800"};
            String value = any(values);
            text(splice(n.start, n.end, "\"" + value + "\""), "value " + oneLine(value, 30) + " for " + n.where());
            return true;
        }

        boolean link() {
            Node n = any(x -> x.type == 's' && "url".equals(x.key));
            if (n == null) {
                return false;
            }
            String url = any(URLS);
            text(splice(n.start, n.end, "\"" + url + "\""), "link " + oneLine(url, 40) + " for " + n.where());
            return true;
        }
    }

    static byte[] join(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
        return out.toString();
    }
}
