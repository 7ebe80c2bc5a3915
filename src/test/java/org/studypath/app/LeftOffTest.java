package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studypath.store.SettingsRepository;

/** Where the learner left off, kept in the settings: read back, and checked when it comes from a restored backup. */
class LeftOffTest {
    private final Map<String, String> values = new HashMap<>();
    private final SettingsRepository settings = new SettingsRepository() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }

        @Override
        public void putAll(Map<String, String> all) {
            values.putAll(all);
        }
    };

    @Test
    void thePathAndThePageAreReadBackAndAValueThatIsNotOneIsNoneAtAll() {
        assertThat(LeftOff.path(settings)).isEmpty();
        assertThat(LeftOff.page(settings)).isEmpty();
        LeftOff.rememberPath(settings, 42);
        LeftOff.rememberPage(settings, LeftOff.Page.PROGRESS);
        assertThat(LeftOff.path(settings)).contains(42L);
        assertThat(LeftOff.page(settings)).contains(LeftOff.Page.PROGRESS);
        for (String bad : new String[] {"", "0", "-3", "4.5", "abc", "99999999999999999999999"}) {
            values.put(LeftOff.PATH, bad);
            assertThat(LeftOff.path(settings)).as(bad).isEmpty();
        }
        values.put(LeftOff.PAGE, "progress");
        assertThat(LeftOff.page(settings)).isEmpty();
    }

    @Test
    void aRestoredBackupMayRememberAPathAndAPageAndABadValueIsLeftOutWithAReason() {
        assertThat(SettingsCheck.problem("ui.currentPath", "17")).isEmpty();
        assertThat(SettingsCheck.problem("ui.currentPage", "STATISTICS")).isEmpty();
        // a path id of no path here is no problem of the value: the window falls back to the first path
        assertThat(SettingsCheck.problem("ui.currentPath", "987654")).isEmpty();
        assertThat(SettingsCheck.problem("ui.currentPath", "seventeen").orElseThrow().in(Locale.UK))
                .contains("study path's number");
        assertThat(SettingsCheck.problem("ui.currentPage", "HOME").orElseThrow().in(Locale.SIMPLIFIED_CHINESE))
                .contains("页面");
    }
}
