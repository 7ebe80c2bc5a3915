package org.studypath.ui.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.MovingClock;
import org.studypath.app.Services;
import org.studypath.domain.review.ReviewScope;
import org.studypath.domain.review.ReviewSettings;
import org.studypath.ui.InlineTaskRunner;
import org.studypath.ui.RecordingDialogs;
import org.studypath.ui.common.Messages;

/** A path's review settings on the Paths page: on by default, off in one click, each change saved at once. */
class PathReviewsTest {
    @TempDir
    Path dir;
    Services services;
    PathsViewModel paths;
    RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void setUp() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-01T09:00:00Z"));
        services = Services.open(dir, clock);
        paths = new PathsViewModel(services.plans(), new InlineTaskRunner(), dialogs, clock, Messages.of(Locale.UK));
        paths.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private long pathId() {
        return paths.plannedProperty().get().path().id();
    }

    @Test
    void reviewIsOnByDefaultAndOneChangeSwitchesItOff() {
        PathReviews reviews = paths.reviews();
        assertThat(reviews.onProperty().get()).isTrue();
        assertThat(reviews.capProperty().get()).isEqualTo(30);
        assertThat(reviews.scopeProperty().get()).isEqualTo(ReviewScope.UNITS);
        reviews.onProperty().set(false);
        assertThat(services.reviews().settings(pathId()).on()).isFalse();
        assertThat(paths.plannedProperty().get().path().reviewSettings().on()).as("the plan read again").isFalse();
        assertThat(paths.noticeProperty().get()).startsWith("Reviews are off for this path");
    }

    @Test
    void theCapAndTheScopeAreSavedAndShownForTheirPath() {
        PathReviews reviews = paths.reviews();
        reviews.capProperty().set(45);
        reviews.scopeProperty().set(ReviewScope.RESOURCES);
        assertThat(services.reviews().settings(pathId()))
                .isEqualTo(new ReviewSettings(true, 45, ReviewScope.RESOURCES, ReviewSettings.DEFAULT_INTERVALS));
        paths.load();
        assertThat(reviews.capProperty().get()).isEqualTo(45);
        assertThat(reviews.scopeProperty().get()).isEqualTo(ReviewScope.RESOURCES);
        reviews.capProperty().set(2);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(services.reviews().settings(pathId()).dailyCapMinutes()).as("nothing changed").isEqualTo(45);
        assertThat(reviews.capProperty().get()).isEqualTo(45);
    }
}
