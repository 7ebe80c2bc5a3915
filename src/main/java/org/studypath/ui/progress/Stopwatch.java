package org.studypath.ui.progress;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.studypath.ui.progress.ProgressViewModel.RunningTimer;

/**
 * The progress page's timer: it runs on one unit from its start until it is stopped, or is handed to the window built
 * next (a language change) and goes on counting there. The time comes from the injected clock, so it is tested
 * without waiting. Touches no control.
 */
public final class Stopwatch {
    /** A timer left running for more than a day was forgotten rather than studied by: its time is not logged. */
    public static final int LONGEST_MINUTES = 24 * 60;

    /** What a stopped timer ran on, and for how long: the nearest whole minute, at least one. */
    public record Lap(long unitId, String unitTitle, int minutes) {
        public boolean tooLong() {
            return minutes > LONGEST_MINUTES;
        }
    }

    private final Clock clock;
    private final ReadOnlyObjectWrapper<RunningTimer> running = new ReadOnlyObjectWrapper<>(this, "running");

    public Stopwatch(Clock clock) {
        this.clock = clock;
    }

    /** Starts counting on a unit; a timer already running goes on as it was. */
    public void start(long unitId, String unitTitle) {
        if (running.get() == null) {
            running.set(new RunningTimer(clock.instant(), unitId, unitTitle));
        }
    }

    /** Stops the timer and says what it ran on and for how long; empty when it was not running. */
    public Optional<Lap> stop() {
        RunningTimer timer = running.get();
        if (timer == null) {
            return Optional.empty();
        }
        running.set(null);
        long seconds = Duration.between(timer.started(), clock.instant()).getSeconds();
        int minutes = (int) Math.max(1, Math.round(seconds / 60.0));
        return Optional.of(new Lap(timer.unitId(), timer.unitTitle(), minutes));
    }

    /** Stops the timer without a lap, handing over what it was doing so another stopwatch can {@link #resume} it. */
    public Optional<RunningTimer> handOver() {
        Optional<RunningTimer> timer = Optional.ofNullable(running.get());
        running.set(null);
        return timer;
    }

    /** Takes over a timer another stopwatch handed over: it counts from its first start. */
    public void resume(RunningTimer timer) {
        running.set(timer);
    }

    /** The time since the start as "12:05" (or "1:02:05" from an hour on), or "" when stopped. */
    public String elapsedText() {
        RunningTimer timer = running.get();
        if (timer == null) {
            return "";
        }
        long seconds = Math.max(0, Duration.between(timer.started(), clock.instant()).getSeconds());
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    public boolean isRunning() {
        return running.get() != null;
    }

    /** The running timer, or null when stopped. */
    public ReadOnlyObjectProperty<RunningTimer> runningProperty() {
        return running.getReadOnlyProperty();
    }
}
