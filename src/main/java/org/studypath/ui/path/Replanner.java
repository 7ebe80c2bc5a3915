package org.studypath.ui.path;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.plan.ScheduleChange;
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
        if (changes.isEmpty()) {
            tell.accept(work.messages.text("paths.replan.nothingToMove"));
            return;
        }
        Availability moved = path.path().availability().withStart(day);
        Schedule after = path.whatIf(moved);
        String message = work.messages.text("paths.replan.message", changes.size(), wording.outcome(after));
        if (work.dialogs.confirmList(work.messages.text("paths.replan.title"), message, lines(changes),
                work.messages.text("paths.replan.confirm"))) {
            work.changeThen("Replan", () -> work.plans.saveAvailability(path.path().id(), moved),
                    () -> tell.accept(work.messages.text("paths.replan.done")));
        }
    }

    /** One line per moved unit: from which day to which, what. */
    List<String> lines(List<ScheduleChange> changes) {
        return changes.stream().map(c -> work.messages.text("paths.replan.move", shortDate(c.before()),
                work.messages.shortDate(c.after()), c.resourceTitle(), c.unitTitle())).toList();
    }

    /** A unit the old plan did not hold (it did not fit) has no day it moves from. */
    private String shortDate(LocalDate day) {
        return day == null ? work.messages.text("paths.replan.unplanned") : work.messages.shortDate(day);
    }
}
