package org.studypath.ui.notify;

import java.util.List;
import java.util.Optional;
import org.studypath.ui.common.Messages;
import org.studypath.ui.today.TodayViewModel;

/**
 * The gentle nudge at start: what today holds, in one or two short lines, and what is still open from earlier days;
 * nothing when neither holds anything still to do. In the gentle mode it never says "overdue": with nothing left
 * today it only names the unit to study next. Pure text, so it is tested without a screen; the window shows it as a
 * ControlsFX notification.
 */
public final class TodayNotice {
    private TodayNotice() {
    }

    /** The notification's title: it names the path the learner works on, the one the window opens on. */
    public static String title(String pathName, Messages messages) {
        return messages.text("notify.title", pathName);
    }

    /** The notification's text for today's entries alone. */
    public static Optional<String> text(List<TodayViewModel.Entry> today, Messages messages) {
        return text(today, List.of(), false, messages);
    }

    /**
     * The notification's text for today's entries and those still open from earlier days ({@code overdue}), or empty
     * when there is nothing left to do in either.
     */
    public static Optional<String> text(List<TodayViewModel.Entry> today, List<TodayViewModel.Entry> overdue,
                                        boolean gentle, Messages messages) {
        List<TodayViewModel.Entry> open = today.stream().filter(e -> !e.done()).toList();
        List<TodayViewModel.Entry> earlier = overdue.stream().filter(e -> !e.done()).toList();
        String todays = null;
        if (!open.isEmpty()) {
            int minutes = open.stream().mapToInt(TodayViewModel.Entry::minutes).sum();
            TodayViewModel.Entry first = open.get(0);
            todays = messages.text("notify.text", open.size(), messages.duration(minutes), first.resourceTitle(),
                    first.unitTitle());
        }
        if (earlier.isEmpty()) {
            return Optional.ofNullable(todays);
        }
        if (gentle) {
            TodayViewModel.Entry next = earlier.get(0);
            return Optional.of(todays != null ? todays
                    : messages.text("notify.next", next.resourceTitle(), next.unitTitle()));
        }
        String behind = messages.text("notify.overdue", earlier.size(),
                messages.duration(earlier.stream().mapToInt(TodayViewModel.Entry::minutes).sum()));
        return Optional.of(todays == null ? behind : todays + "\n" + behind); // a line each: one ends with a title
    }
}
