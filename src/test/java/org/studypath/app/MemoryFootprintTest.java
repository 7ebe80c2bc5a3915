package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class MemoryFootprintTest {
    @Test
    void afterStartUpTheJvmKeepsLessFreeHeapAndCollectsWhenIdle() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        MemoryFootprint.settle();
        // set here, unless the test JVM was started with them (then they are left as given)
        for (String[] option : new String[][] {{"MinHeapFreeRatio", "5"}, {"MaxHeapFreeRatio", "15"}}) {
            var now = vm.getVMOption(option[0]);
            if (now.getOrigin() != com.sun.management.VMOption.Origin.VM_CREATION) {
                assertThat(now.getValue()).as(option[0]).isEqualTo(option[1]);
            }
        }
        String collector = ManagementFactory.getGarbageCollectorMXBeans().get(0).getName();
        if (collector.startsWith("G1")) {
            assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("300000");
        }
    }

    @Test
    void theCLibraryIsAskedToGiveBackWhatItKeepsFree() {
        Runtime.Version version = Runtime.version();
        boolean hasTheCommand = System.getProperty("os.name").startsWith("Linux")
                && (System.getProperty("java.vm.name").contains("HotSpot") || System.getProperty("java.vm.name").startsWith("OpenJDK"))
                && (version.feature() > 17 || version.update() >= 9);
        org.junit.jupiter.api.Assumptions.assumeTrue(hasTheCommand, "HotSpot 17.0.9 or later on Linux has the command");
        assertThat(MemoryFootprint.trimNativeHeap())
                .hasValueSatisfying(text -> assertThat(text).startsWith("Trim native heap"));
    }

    @Test
    void theSecondTrimWaitsForTheCompilersToRest() {
        // the compilers' total time, read once a second: busy for 3 s, then still
        long[] readings = {100, 140, 180, 220, 220, 220, 220, 220, 220, 220, 220, 220};
        int[] read = {0};
        java.util.List<Long> slept = new java.util.ArrayList<>();
        boolean rested = MemoryFootprint.awaitRest(() -> readings[Math.min(read[0]++, readings.length - 1)],
                java.time.Duration.ofSeconds(6), java.time.Duration.ofSeconds(60), slept::add);
        assertThat(rested).isTrue();
        assertThat(slept).hasSize(9).containsOnly(1000L); // 3 s busy, then 6 s still
    }

    @Test
    void theSecondTrimComesAtTheLimitWhenTheCompilersNeverRest() {
        long[] time = {0};
        java.util.List<Long> slept = new java.util.ArrayList<>();
        boolean rested = MemoryFootprint.awaitRest(() -> time[0] += 5, java.time.Duration.ofSeconds(6),
                java.time.Duration.ofSeconds(60), slept::add);
        assertThat(rested).isFalse();
        assertThat(slept).hasSize(60);
    }
}
