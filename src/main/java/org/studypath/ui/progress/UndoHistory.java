package org.studypath.ui.progress;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The saved changes that can still be undone, newest first. Only the most recent {@link #DEPTH} are kept: undo reaches
 * back over a sitting's work, not over everything ever ticked. Plain Java (no JavaFX), so it is tested on its own.
 */
final class UndoHistory {
    /** A saved change: the sentence the learner is shown, and the work that puts back what was there before. */
    record Change(String description, Callable<?> revert) {
    }

    static final int DEPTH = 50;

    private final Deque<Change> changes = new ArrayDeque<>();
    private final int depth;

    UndoHistory() {
        this(DEPTH);
    }

    UndoHistory(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("an undo history keeps at least one change: " + depth);
        }
        this.depth = depth;
    }

    /** Keeps {@code change} as the newest; the oldest goes once there are more than the depth. */
    void push(Change change) {
        changes.push(change);
        while (changes.size() > depth) {
            changes.removeLast();
        }
    }

    /** Takes the newest change off the history to undo it; empty when there is nothing to undo. */
    Optional<Change> take() {
        return Optional.ofNullable(changes.poll());
    }

    /** The change the next undo would take, left in place. */
    Optional<Change> latest() {
        return Optional.ofNullable(changes.peek());
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    int size() {
        return changes.size();
    }
}
