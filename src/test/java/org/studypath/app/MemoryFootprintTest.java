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
        for (String[] option : new String[][] {{"MinHeapFreeRatio", "10"}, {"MaxHeapFreeRatio", "30"}}) {
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
}
