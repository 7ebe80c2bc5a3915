package org.studypath.ui.common;

import java.time.LocalDate;
import org.studypath.domain.plan.Schedule;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.progress.Standing;

/**
 * Plans and progress put into words in the UI's language: "Finishes Tue 4 May 2027 · 30 h planned", "3 h behind —
 * projected finish 12 May, planned 28 Apr", "42 % · 12 h 30 min of 30 h done". Whole sentences come from the bundle.
 */
public final class PlanWording {
    private final Messages messages;

    public PlanWording(Messages messages) {
        this.messages = messages;
    }

    public String outcome(Schedule schedule) {
        if (schedule.problem() != null) {
            return messages.notice(schedule.problem());
        }
        if (schedule.finishDate().isEmpty()) {
            return schedule.notices().isEmpty() ? messages.text("plan.nothingToPlan") : messages.notice(schedule.notices().get(0));
        }
        String finish = messages.date(schedule.finish());
        String planned = messages.duration(schedule.plannedMinutes());
        if (!schedule.hasTarget()) {
            return messages.text("plan.finishes", finish, planned);
        }
        String target = messages.date(schedule.target());
        if (schedule.targetMet()) {
            return messages.text("plan.finishesMeetsTarget", finish, planned, target);
        }
        return messages.text("plan.finishesLate", finish, planned, schedule.daysLate(), target);
    }

    /** Where the learner stands, read at a glance. */
    public String standing(Standing standing, LocalDate today) {
        return standing(standing, today, false);
    }

    /**
     * Where the learner stands; in the gentle mode ({@code gentle}) a learner behind reads where the plan goes from
     * today on, never how far behind.
     */
    public String standing(Standing standing, LocalDate today, boolean gentle) {
        String projected = messages.dayMonth(standing.projectedFinish(), today);
        String planned = messages.dayMonth(standing.plannedFinish(), today);
        String finish = standing.projectedFinish() != null && standing.projectedFinish().equals(standing.plannedFinish())
                ? messages.text("standing.asPlanned", planned)
                : messages.text("standing.projected", projected, planned);
        return switch (standing.state()) {
            case NO_PLAN -> messages.notice(standing.problem());
            case FINISHED -> messages.text("standing.finished");
            case NOT_STARTED -> messages.text("standing.notStarted", finish);
            case ON_TRACK -> messages.text("standing.onTrack", finish);
            case AHEAD -> messages.text("standing.ahead", messages.duration(standing.minutesAhead()), finish);
            case BEHIND -> gentle ? messages.text("standing.gentle", finish)
                    : messages.text("standing.behind", messages.duration(standing.minutesBehind()), finish);
        };
    }

    /** "42 % · 12 h 30 min of 30 h done" */
    public String progress(Progress progress) {
        if (progress.totalMinutes() == 0) {
            return messages.text("progress.nothing");
        }
        return messages.text("progress.summary", progress.percent(), messages.duration(progress.doneMinutes()),
                messages.duration(progress.totalMinutes()));
    }
}
