package org.studypath.ui.today;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.ResumeLinks;
import org.studypath.domain.plan.DoneShare;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.Session;
import org.studypath.ui.common.Messages;

/**
 * Today's rows made from the plan as shown (one per unit, its parts on the list added up), and what Today needs to
 * tick a unit part by part: where a row's parts start and end as shares of the unit
 * ({@link DoneShare#range}), whether they are done, where the learner stopped, and whether Open has a link. Read from
 * one plan as shown, the same the rows come from. Touches no control.
 */
final class TodayParts {
    private final PlannedPath path;
    private final Messages messages;

    TodayParts(PlannedPath path, Messages messages) {
        this.path = path;
        this.messages = messages;
    }

    /** One entry per unit, in the order first planned; split parts of a unit on the same list are added up. */
    List<TodayViewModel.Entry> entries(List<Session> sessions, boolean withDate) {
        Map<Long, List<Session>> byUnit = sessions.stream()
                .collect(Collectors.groupingBy(Session::unitId, LinkedHashMap::new, Collectors.toList()));
        List<TodayViewModel.Entry> entries = new ArrayList<>();
        TodayParts shares = this;
        byUnit.forEach((unitId, parts) -> {
            Session first = parts.get(0);
            int minutes = parts.stream().mapToInt(Session::minutes).sum();
            String detail = messages.duration(minutes);
            if (first.isSplit()) {
                detail = messages.text("today.detail.parts", detail, partsText(parts, messages));
            }
            if (withDate) {
                detail = messages.text("today.detail.planned", detail, messages.shortDate(first.date()));
            }
            String resume = shares.resume(unitId);
            detail = resume.isEmpty() ? detail : messages.text("today.detail.resume", detail, resume);
            var range = shares.range(parts);
            entries.add(new TodayViewModel.Entry(unitId, first.resourceId(), first.resourceTitle(), first.unitTitle(), minutes,
                    shares.done(unitId, range), detail, range.from(), range.to(), shares.canOpen(unitId)));
        });
        return entries;
    }

    /** "part 3 of 8", "parts 1–4 of 8", "all 8 parts" (parts of one unit on one list are consecutive). */
    static String partsText(List<Session> parts, Messages messages) {
        int total = parts.get(0).parts();
        int from = parts.get(0).part();
        int to = parts.get(parts.size() - 1).part();
        if (from == 1 && to == total) {
            return messages.text("today.parts.all", total);
        }
        return from == to ? messages.text("today.parts.one", from, total) : messages.text("today.parts.range", from, to, total);
    }

    /** The shares at which a row's parts (one unit's, consecutive) start and end; 0 to 1 for a unit not split. */
    DoneShare.Range range(List<Session> parts) {
        Session first = parts.get(0);
        if (!first.isSplit()) {
            return new DoneShare.Range(0, 1);
        }
        List<Integer> all = path.shown().sessions().stream().filter(s -> s.unitId() == first.unitId() && !s.isReview())
                .sorted(Comparator.comparingInt(Session::part)).map(Session::minutes).toList();
        return DoneShare.range(all, fullPlanned(first), first.part(), parts.get(parts.size() - 1).part());
    }

    /** Whether the unit is done, or its share has reached the end of {@code range}. */
    boolean done(long unitId, DoneShare.Range range) {
        PlanItem.PlanUnit unit = path.units().get(unitId);
        return unit != null && (unit.done() || unit.doneShare() > 0 && range.doneAt(unit.share()));
    }

    /** Whether one session (a part of a unit) is done. */
    boolean done(Session session) {
        return path.isDone(session);
    }

    /** "continue at p. 43" or "continue at 12:34"; "" when the learner has not said where they stopped. */
    String resume(long unitId) {
        PlanItem.PlanUnit unit = path.units().get(unitId);
        if (unit == null || unit.resume() == null || unit.done()) {
            return "";
        }
        return unit.resume().isPage() ? messages.text("today.resume.page", unit.resume().page())
                : messages.text("today.resume", unit.resume().text());
    }

    boolean canOpen(long unitId) {
        PlanItem.PlanUnit unit = path.units().get(unitId);
        return unit != null && ResumeLinks.open(unit.url(), unit.resume()).isPresent();
    }

    /** The unit's planned minutes, whole, at its resource's pace. */
    private int fullPlanned(Session session) {
        PlanItem.PlanUnit unit = path.units().get(session.unitId());
        return unit == null ? 0 : path.plannedMinutes(session.resourceId(), unit);
    }
}
