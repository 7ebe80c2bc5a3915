package org.studypath.domain.plan;

import java.util.List;

/** A study path with everything the scheduler needs: its availability and its resources in order. */
public record StudyPathPlan(long id, String name, Availability availability, List<PlanItem> items) {
    public StudyPathPlan {
        items = List.copyOf(items);
    }

    public Schedule schedule(PaceFactors pace) {
        return Scheduler.plan(items, availability, pace);
    }
}
