package org.studypath.domain.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A unit whose first planned day moves when a plan is recomputed: shown before "Replan from today" is applied. */
public record ScheduleChange(long unitId, String resourceTitle, String unitTitle, LocalDate before, LocalDate after) {

    /** Units whose first day differs between the two plans, in the new plan's order. */
    public static List<ScheduleChange> between(Schedule before, Schedule after) {
        Map<Long, LocalDate> old = before.firstDateByUnit();
        Map<Long, Session> firstNew = new LinkedHashMap<>();
        for (Session session : after.sessions()) {
            firstNew.putIfAbsent(session.unitId(), session);
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
}
