package org.studypath.ui.path;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.ScheduleChange;
import org.studypath.domain.plan.Scheduler;
import org.studypath.ui.common.PlanWording;

/**
 * "Replan from today", wherever it is asked for (the path editor, Today): shows what moves when unfinished work starts
 * again today, and applies it when the learner agrees.
 */
final class Replanner {
    private final PathWork work;
    private final PlanWording wording;
    private final Supplier<PlannedPath> planned;
    private final Supplier<LocalDate> today;

    Replanner(PathWork work, PlanWording wording, Supplier<PlannedPath> planned, Supplier<LocalDate> today) {
        this.work = work;
        this.wording = wording;
        this.planned = planned;
        this.today = today;
    }

    /**
     * {@code tell} gets what the learner should read afterwards: why nothing moves, or that the plan was replanned.
     * With nothing overdue there is nothing to replan, and {@code tell} says so instead of showing a preview.
     */
    void replan(Consumer<String> tell) {
        PlannedPath path = planned.get();
        if (path == null) {
            tell.accept(work.messages.text("paths.replan.noPath"));
            return;
        }
        LocalDate day = today.get();
        if (!path.isBehind(day)) {
            tell.accept(work.messages.text("paths.replan.nothingOverdue"));
            return;
        }
        List<ScheduleChange> changes = path.replanFrom(day);
        Availability moved = path.path().availability().withStart(day);
        Schedule after = path.whatIf(moved);
        List<ScheduleChange> reviews = reviewMoves(path, moved, after, day);
        if (changes.isEmpty() && reviews.isEmpty()) {
            tell.accept(work.messages.text("paths.replan.nothingToMove"));
            return;
        }
        String message = reviews.isEmpty()
                ? work.messages.text("paths.replan.message", changes.size(), wording.outcome(after))
                : work.messages.text("paths.replan.messageWithReviews", changes.size(), reviews.size(), wording.outcome(after));
        List<String> lines = new java.util.ArrayList<>(lines(changes));
        lines.addAll(lines(reviews));
        if (work.dialogs.confirmList(work.messages.text("paths.replan.title"), message, lines,
                work.messages.text("paths.replan.confirm"))) {
            work.changeThen("Replan", () -> work.plans.saveAvailability(path.path().id(), moved),
                    () -> tell.accept(work.messages.text("paths.replan.done")));
        }
    }

    /**
     * The reviews that move with the replan: the plan shown now against the plan shown once the start is today (the
     * reviews still to do are placed first in each day, so a day's study moving can move them too).
     */
    static List<ScheduleChange> reviewMoves(PlannedPath path, Availability moved, Schedule after, LocalDate day) {
        if (!path.path().reviewSettings().on()) {
            return List.of();
        }
        Schedule shownAfter = Scheduler.shown(path.path().items(), moved, path.pace(), after, path.path().reviewSettings(),
                path.path().reviewHistory(), day);
        return ScheduleChange.reviewsBetween(path.shown(), shownAfter, path.path().reviewHistory());
    }

    /** One line per moved unit or review: from which day to which, what. */
    List<String> lines(List<ScheduleChange> changes) {
        return changes.stream().map(c -> work.messages.text(c.isReview() ? "paths.replan.reviewMove" : "paths.replan.move",
                shortDate(c.before()), work.messages.shortDate(c.after()), c.resourceTitle(), c.unitTitle())).toList();
    }

    /** A unit the old plan did not hold (it did not fit) has no day it moves from. */
    private String shortDate(LocalDate day) {
        return day == null ? work.messages.text("paths.replan.unplanned") : work.messages.shortDate(day);
    }
}
