package org.studypath.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Gives back the memory that starting up needed and the open window does not. Starting StudyPath (styling the window,
 * reading the catalog) makes several times the garbage of what stays in use, the JVM keeps the heap it grew for it,
 * and the C library keeps what the JIT compilers and JavaFX's native code freed. Once start-up is over, this tells the
 * JVM to keep less free heap ({@code MinHeapFreeRatio} 5 %, {@code MaxHeapFreeRatio} 15 %), collects once, so the heap
 * shrinks to what is in use, then has the C library return its free memory ({@link #trimNativeHeap()}), and once more
 * when the JIT compilers have rested, as they go on compiling for a while after start-up. Measured with
 * the seed catalog: 244 MB resident before any of this, 218 MB with the free-heap ratios at 10/30 % and no trim,
 * 192–195 MB now, 30 s after the first frame (see docs/performance.md); the one collection paused 53 ms with
 * 100,000 resources. Later, an idle StudyPath is collected every five minutes at most ({@code G1PeriodicGCInterval}),
 * so the memory a big import used is returned too. The three options can be changed while the JVM runs; options given on the command line are left as they are,
 * and a JVM without them is left alone.
 */
public final class MemoryFootprint {
    private MemoryFootprint() {
    }

    /** Lowers the free-heap targets, collects once and trims; call it off the FX thread, once start-up work is done. */
    public static void settle() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            setUnlessGiven(vm, "MinHeapFreeRatio", "5");
            setUnlessGiven(vm, "MaxHeapFreeRatio", "15");
            setUnlessGiven(vm, "G1PeriodicGCInterval", "300000");
        } catch (RuntimeException | LinkageError e) {
            return; // another JVM or collector, or options it will not change: keep its defaults
        }
        System.gc();
        trimNativeHeap();
    }

    /**
     * The JIT compilers go on working for a while after start-up, and HotSpot hands the memory they used back to the
     * C library in batches, every 5 s: this waits until they have rested that long (at most a minute) and has the C
     * library give it back too. Call it after {@link #settle()}, on the same thread of its own.
     */
    public static void trimOnceCompilersRest() {
        awaitRest(compilingMillis(), COMPILERS_REST, COMPILERS_REST_LIMIT, Thread::sleep);
        trimNativeHeap();
    }

    /** How long the compilers must have done nothing before the second trim: HotSpot's 5 s pool cleaning, and 1 s. */
    static final Duration COMPILERS_REST = Duration.ofSeconds(6);
    /** The second trim comes at the latest this long after the first, even if the compilers never rest. */
    static final Duration COMPILERS_REST_LIMIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofSeconds(1);

    /** Something that waits; {@link Thread#sleep(long)} outside tests. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /**
     * Waits until {@code compilingMillis} (the compilers' total time so far) has not moved for {@code rest}, checking
     * every second, or until {@code limit} has passed. Returns whether the compilers rested (false: the limit, or an
     * interrupt, ended the wait).
     */
    static boolean awaitRest(LongSupplier compilingMillis, Duration rest, Duration limit, Sleeper sleeper) {
        long last = compilingMillis.getAsLong();
        long still = 0;
        for (long waited = 0; waited < limit.toMillis(); waited += POLL.toMillis()) {
            try {
                sleeper.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            long now = compilingMillis.getAsLong();
            still = now == last ? still + POLL.toMillis() : 0;
            last = now;
            if (still >= rest.toMillis()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JIT compilers' total time so far, or a constant where the JVM does not say (then the compilers count as
     * rested from the start, and the second trim comes {@link #COMPILERS_REST} after the first).
     */
    private static LongSupplier compilingMillis() {
        CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
        return compilers != null && compilers.isCompilationTimeMonitoringSupported()
                ? compilers::getTotalCompilationTime : () -> 0;
    }

    /**
     * Asks the C library to give back the memory its allocator keeps free (the JVM's compilers, JavaFX and the
     * font and image libraries freed much of what starting up took): HotSpot's {@code System.trim_native_heap}
     * command (glibc's {@code malloc_trim}), through the platform's diagnostic-command bean. Returns what the command
     * said (the resident size before and after), or empty on JVMs and systems without it, which are left alone.
     */
    static Optional<String> trimNativeHeap() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
            Object said = server.invoke(commands, "systemTrimNativeHeap", new Object[0], new String[0]);
            return Optional.ofNullable(said).map(Object::toString).map(String::strip);
        } catch (JMException | RuntimeException | LinkageError e) {
            return Optional.empty(); // not HotSpot 17.0.9 or later, or no C library that can: nothing to trim this way
        }
    }

    /** Sets {@code option} unless it was given on the command line. */
    private static void setUnlessGiven(HotSpotDiagnosticMXBean vm, String option, String value) {
        VMOption current = vm.getVMOption(option);
        if (current.getOrigin() == VMOption.Origin.DEFAULT) {
            vm.setVMOption(option, value);
        }
    }
}
