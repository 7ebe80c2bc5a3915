package org.studypath.ui.today;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.Session;
import org.studypath.ui.common.Messages;

/** Today's rows of study from the plan's sessions: one per unit, with its minutes and parts in words. */
final class TodayEntries {
    private TodayEntries() {
    }

    /** One entry per unit, in the order first planned; split parts of a unit on the same list are added up. */
    static List<TodayViewModel.Entry> entries(List<Session> sessions, PlannedPath path, boolean withDate,
                                              Messages messages) {
        Map<Long, List<Session>> byUnit = sessions.stream()
                .collect(Collectors.groupingBy(Session::unitId, LinkedHashMap::new, Collectors.toList()));
        List<TodayViewModel.Entry> entries = new ArrayList<>();
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
            entries.add(new TodayViewModel.Entry(unitId, first.resourceId(), first.resourceTitle(), first.unitTitle(), minutes,
                    path.isDone(unitId), detail));
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
}
