package org.studypath.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.app.Services;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.progress.Progress;
import org.studypath.ui.common.Messages;

/** The path's totals, standing and categories, from the starter path planned on the real store. */
class ProgressSummaryTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;
    MovingClock clock = new MovingClock(NOW);
    Services services;
    ProgressSummary summary = new ProgressSummary(Messages.of(Locale.UK));

    @BeforeEach
    void setUp() {
        services = Services.open(dir, clock);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private PlannedPath planned() {
        return services.plans().planned(services.plans().paths().get(0).id()).orElseThrow();
    }

    @Test
    void sumsUpThePathAndEmptiesWithoutOne() {
        PlannedPath path = planned();
        summary.show(path);
        assertThat(Messages.plain(summary.progressTextProperty().get())).startsWith("0 % · 0 min of ");
        assertThat(summary.ratioProperty().get()).isZero();
        assertThat(summary.standingTextProperty().get()).isNotEmpty();
        assertThat(summary.standingStateProperty().get()).isEqualTo(path.standing().state().name());
        assertThat(summary.categories()).isNotEmpty().allSatisfy(c -> assertThat(c.name()).isNotBlank());
        assertThat(summary.progressOf(path.path().items().get(0))).isEqualTo(path.progress(path.path().items().get(0)));

        summary.show(null);
        assertThat(summary.progressTextProperty().get()).isEmpty();
        assertThat(summary.ratioProperty().get()).isZero();
        assertThat(summary.standingTextProperty().get()).isEmpty();
        assertThat(summary.standingStateProperty().get()).isEmpty();
        assertThat(summary.categories()).isEmpty();
        assertThat(summary.progressOf(path.path().items().get(0))).isEqualTo(Progress.NONE);
    }

    @Test
    void theGentleModeNeverSaysBehind() {
        clock.now = NOW.plus(Duration.ofDays(3));
        summary.show(planned());
        assertThat(summary.standingTextProperty().get()).contains("behind");
        assertThat(summary.standingStateProperty().get()).isEqualTo("BEHIND");
        summary.gentleProperty().set(true);
        assertThat(summary.standingTextProperty().get()).doesNotContain("behind");
        assertThat(summary.standingStateProperty().get()).as("not styled as behind").isEmpty();
        summary.gentleProperty().set(false);
        assertThat(summary.standingStateProperty().get()).isEqualTo("BEHIND");
    }

    @Test
    void aCategoryShowsBothItsNamesTheUiLanguageFirst() {
        LocalizedText maths = new LocalizedText("Maths", "数学");
        assertThat(summary.categoryName(maths)).isEqualTo("Maths · 数学");
        assertThat(new ProgressSummary(Messages.of(Locale.SIMPLIFIED_CHINESE)).categoryName(maths)).isEqualTo("数学 · Maths");
        assertThat(summary.categoryName(LocalizedText.of("Physics"))).as("one name only").isEqualTo("Physics");
        assertThat(summary.categoryName(new LocalizedText("Go", "Go"))).isEqualTo("Go");
    }
}
