package org.studypath.domain.plan;

import java.util.List;
import org.studypath.domain.review.ReviewHistory;
import org.studypath.domain.review.ReviewSettings;

/**
 * A study path with everything the scheduler needs: its availability, its resources in order, its review settings
 * and the learner's review ratings. Built without review settings (tests, what-ifs), reviews are off, so the plan
 * is exactly the plan without reviews.
 */
public record StudyPathPlan(long id, String name, Availability availability, List<PlanItem> items,
                            ReviewSettings reviewSettings, ReviewHistory reviewHistory) {
    public StudyPathPlan {
        items = List.copyOf(items);
        reviewSettings = reviewSettings == null ? ReviewSettings.OFF : reviewSettings;
        reviewHistory = reviewHistory == null ? ReviewHistory.EMPTY : reviewHistory;
    }

    public StudyPathPlan(long id, String name, Availability availability, List<PlanItem> items) {
        this(id, name, availability, items, ReviewSettings.OFF, ReviewHistory.EMPTY);
    }

    public StudyPathPlan withReviews(ReviewSettings settings, ReviewHistory history) {
        return new StudyPathPlan(id, name, availability, items, settings, history);
    }

    public Schedule schedule(PaceFactors pace) {
        return Scheduler.plan(items, availability, pace);
    }
}
