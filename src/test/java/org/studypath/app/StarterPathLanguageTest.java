package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.plan.PathSummary;

class StarterPathLanguageTest {
    @TempDir
    Path dir;

    @Test
    void aFirstStartInChineseNamesTheStarterPathInChineseAndLaterStartsKeepIt() {
        try (Services services = Services.open(dir, Clock.systemDefaultZone(), Locale.SIMPLIFIED_CHINESE)) {
            assertThat(services.plans().paths()).extracting(PathSummary::name).containsExactly("机器学习数学 — 入门路径");
        }
        try (Services services = Services.open(dir, Clock.systemDefaultZone(), Locale.UK)) {
            assertThat(services.plans().paths()).extracting(PathSummary::name).containsExactly("机器学习数学 — 入门路径");
        }
    }

    @Test
    void theCommandLineAndEnglishSystemsGetTheEnglishName() {
        try (Services services = Services.open(dir)) {
            assertThat(services.plans().paths()).extracting(PathSummary::name).containsExactly(PlanService.STARTER_PATH_NAME);
        }
    }
}
