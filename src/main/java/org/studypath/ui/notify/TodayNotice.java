package org.studypath.ui.notify;

import java.util.List;
import java.util.Optional;
import org.studypath.ui.common.Messages;
import org.studypath.ui.today.TodayViewModel;

/**
 * The gentle nudge at start: what today holds, in one or two short lines, or nothing when today holds nothing
 * still to do. Pure text, so it is tested without a screen; the window shows it as a ControlsFX notification.
 */
public final class TodayNotice {
    private TodayNotice() {
    }

    /** The notification's title: it names the path the learner works on, the one the window opens on. */
    public static String title(String pathName, Messages messages) {
        return messages.text("notify.title", pathName);
    }

    /** The notification's text for today's entries, or empty when every one is done or there are none. */
    public static Optional<String> text(List<TodayViewModel.Entry> today, Messages messages) {
        List<TodayViewModel.Entry> open = today.stream().filter(e -> !e.done()).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        int minutes = open.stream().mapToInt(TodayViewModel.Entry::minutes).sum();
        TodayViewModel.Entry first = open.get(0);
        return Optional.of(messages.text("notify.text", open.size(), messages.duration(minutes),
                first.resourceTitle(), first.unitTitle()));
    }
}
