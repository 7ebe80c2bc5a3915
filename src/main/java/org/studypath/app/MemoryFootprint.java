package org.studypath.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;

/**
 * Gives back the memory that starting up needed and the open window does not. Starting StudyPath (styling the window,
 * reading the catalog) makes several times the garbage of what stays in use, and the JVM keeps the heap it grew for
 * it. Once the window has loaded, this tells the JVM to keep less free heap ({@code MinHeapFreeRatio} 10 %,
 * {@code MaxHeapFreeRatio} 30 %) and collects once, so the heap shrinks to what is in use and the rest goes back to
 * the system (measured: with the seed catalog 244 → 222 MB resident, with 100,000 resources 522 → 304 MB; the one
 * collection paused 53 ms with 100,000 resources). Later, an idle StudyPath is collected every five minutes at most
 * ({@code G1PeriodicGCInterval}), so the memory a big import used is returned too. The three options can be changed
 * while the JVM runs; options given on the command line are left as they are, and a JVM without them is left alone.
 */
public final class MemoryFootprint {
    private MemoryFootprint() {
    }

    /** Lowers the free-heap targets and collects once; call it off the FX thread, once start-up work is done. */
    public static void settle() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            setUnlessGiven(vm, "MinHeapFreeRatio", "10");
            setUnlessGiven(vm, "MaxHeapFreeRatio", "30");
            setUnlessGiven(vm, "G1PeriodicGCInterval", "300000");
        } catch (RuntimeException | LinkageError e) {
            return; // another JVM or collector, or options it will not change: keep its defaults
        }
        System.gc();
    }

    /** Sets {@code option} unless it was given on the command line. */
    private static void setUnlessGiven(HotSpotDiagnosticMXBean vm, String option, String value) {
        VMOption current = vm.getVMOption(option);
        if (current.getOrigin() == VMOption.Origin.DEFAULT) {
            vm.setVMOption(option, value);
        }
    }
}
