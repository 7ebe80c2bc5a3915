package org.studypath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void regionCachingIsSwitchedOffUnlessTheCommandLineChose() {
        Properties none = new Properties();
        Launcher.chooseRendering(none);
        assertThat(none.getProperty("prism.disableRegionCaching")).isEqualTo("true");

        Properties chosen = new Properties();
        chosen.setProperty("prism.disableRegionCaching", "false"); // -Dprism.disableRegionCaching=false
        Launcher.chooseRendering(chosen);
        assertThat(chosen.getProperty("prism.disableRegionCaching")).isEqualTo("false");
    }
}
