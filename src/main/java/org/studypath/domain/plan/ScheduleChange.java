package org.studypath.domain.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studypath.domain.review.ReviewHistory;

/**
 * A unit whose first planned day moves when a plan is recomputed, or a review of it that moves ({@code kind} a
 * review kind): shown before "Replan from today" is applied.
 */
public record ScheduleChange(long unitId, String resourceTitle, String unitTitle, LocalDate before, LocalDate after,
                             SessionKind kind) {
    public ScheduleChange {
        kind = kind == null ? SessionKind.STUDY : kind;
    }

    /** A unit's study that moves. */
    public ScheduleChange(long unitId, String resourceTitle, String unitTitle, LocalDate before, LocalDate after) {
        this(unitId, resourceTitle, unitTitle, before, after, SessionKind.STUDY);
    }

    public boolean isReview() {
        return kind.isReview();
    }

    /** Units whose first day differs between the two plans, in the new plan's order; reviews are not looked at. */
    public static List<ScheduleChange> between(Schedule before, Schedule after) {
        Map<Long, LocalDate> old = new LinkedHashMap<>();
        for (Session session : before.sessions()) {
            if (!session.isReview()) {
                old.putIfAbsent(session.unitId(), session.date());
            }
        }
        Map<Long, Session> firstNew = new LinkedHashMap<>();
        for (Session session : after.sessions()) {
            if (!session.isReview()) {
                firstNew.putIfAbsent(session.unitId(), session);
            }
        }
        List<ScheduleChange> changes = new ArrayList<>();
        for (Session session : firstNew.values()) {
            LocalDate was = old.get(session.unitId());
            if (was == null || !was.equals(session.date())) {
                changes.add(new ScheduleChange(session.unitId(), session.resourceTitle(), session.unitTitle(), was, session.date()));
            }
        }
        return changes;
    }

    /**
     * Reviews not yet rated whose day differs between two shown plans (a review is the same review when it is of the
     * same unit, of the same kind and the same number), in the new plan's order. A review the old plan did not hold
     * has no day it moves from; one the new plan drops (its day past the horizon) is not listed, as it is reported by
     * the plan's notices.
     */
    public static List<ScheduleChange> reviewsBetween(Schedule before, Schedule after, ReviewHistory history) {
        Map<String, LocalDate> old = new LinkedHashMap<>();
        for (Session session : before.sessions()) {
            if (session.isReview() && history.on(session.unitId(), session.date()).isEmpty()) {
                old.putIfAbsent(key(session), session.date());
            }
        }
        List<ScheduleChange> changes = new ArrayList<>();
        for (Session session : after.sessions()) {
            if (!session.isReview() || history.on(session.unitId(), session.date()).isPresent()) {
                continue;
            }
            LocalDate was = old.get(key(session));
            if (was == null || !was.equals(session.date())) {
                changes.add(new ScheduleChange(session.unitId(), session.resourceTitle(), session.unitTitle(), was,
                        session.date(), session.kind()));
            }
        }
        return changes;
    }

    private static String key(Session review) {
        return review.unitId() + "/" + review.kind() + "/" + review.reviewNumber();
    }
}
