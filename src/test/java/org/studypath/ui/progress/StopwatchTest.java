package org.studypath.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.studypath.MovingClock;

/** The timer's arithmetic, on a clock the test moves. */
class StopwatchTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    MovingClock clock = new MovingClock(NOW);
    Stopwatch stopwatch = new Stopwatch(clock);

    @Test
    void countsFromItsStartAndStopsWithTheNearestMinute() {
        assertThat(stopwatch.isRunning()).isFalse();
        assertThat(stopwatch.elapsedText()).isEmpty();
        stopwatch.start(7, "Limits");
        assertThat(stopwatch.isRunning()).isTrue();
        assertThat(stopwatch.runningProperty().get()).isEqualTo(new ProgressViewModel.RunningTimer(NOW, 7, "Limits"));
        assertThat(stopwatch.elapsedText()).isEqualTo("0:00");
        clock.advance(Duration.ofMinutes(24).plusSeconds(40));
        assertThat(stopwatch.elapsedText()).isEqualTo("24:40");
        assertThat(stopwatch.stop()).contains(new Stopwatch.Lap(7, "Limits", 25));
        assertThat(stopwatch.isRunning()).isFalse();
        assertThat(stopwatch.runningProperty().get()).isNull();
        assertThat(stopwatch.stop()).as("stopped already").isEmpty();
    }

    @Test
    void anHourOnShowsTheHours() {
        stopwatch.start(7, "Limits");
        clock.advance(Duration.ofHours(1).plusMinutes(2).plusSeconds(5));
        assertThat(stopwatch.elapsedText()).isEqualTo("1:02:05");
    }

    @Test
    void aFewSecondsCountAsOneMinuteAndHalfAMinuteRoundsUp() {
        stopwatch.start(1, "a");
        clock.advance(Duration.ofSeconds(10));
        assertThat(stopwatch.stop()).get().extracting(Stopwatch.Lap::minutes).isEqualTo(1);
        stopwatch.start(1, "a");
        clock.advance(Duration.ofSeconds(150));
        assertThat(stopwatch.stop()).get().extracting(Stopwatch.Lap::minutes).isEqualTo(3);
        stopwatch.start(1, "a");
        clock.advance(Duration.ofSeconds(149));
        assertThat(stopwatch.stop()).get().extracting(Stopwatch.Lap::minutes).isEqualTo(2);
    }

    @Test
    void aClockThatWentBackNeverShowsANegativeTime() {
        stopwatch.start(1, "a");
        clock.now = NOW.minusSeconds(30);
        assertThat(stopwatch.elapsedText()).isEqualTo("0:00");
        assertThat(stopwatch.stop()).get().extracting(Stopwatch.Lap::minutes).isEqualTo(1);
    }

    @Test
    void startingAgainWhileRunningKeepsTheFirstStart() {
        stopwatch.start(1, "first");
        clock.advance(Duration.ofMinutes(5));
        stopwatch.start(2, "second");
        clock.advance(Duration.ofMinutes(5));
        assertThat(stopwatch.stop()).contains(new Stopwatch.Lap(1, "first", 10));
    }

    @Test
    void moreThanADayIsTooLongToLog() {
        stopwatch.start(1, "a");
        clock.advance(Duration.ofDays(1));
        Stopwatch.Lap day = stopwatch.stop().orElseThrow();
        assertThat(day.minutes()).isEqualTo(Stopwatch.LONGEST_MINUTES);
        assertThat(day.tooLong()).isFalse();
        stopwatch.start(1, "a");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(stopwatch.stop().orElseThrow().tooLong()).isTrue();
    }

    @Test
    void aHandedOverTimerGoesOnCountingFromItsFirstStart() {
        assertThat(stopwatch.handOver()).as("nothing running").isEmpty();
        stopwatch.start(7, "Limits");
        clock.advance(Duration.ofMinutes(10));
        ProgressViewModel.RunningTimer running = stopwatch.handOver().orElseThrow();
        assertThat(stopwatch.isRunning()).as("the old one is off, without a lap").isFalse();
        assertThat(stopwatch.stop()).isEmpty();

        Stopwatch next = new Stopwatch(clock);
        next.resume(running);
        clock.advance(Duration.ofMinutes(20));
        assertThat(next.elapsedText()).isEqualTo("30:00");
        assertThat(next.stop()).contains(new Stopwatch.Lap(7, "Limits", 30));
    }
}
