package org.studypath.ui.path;

import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.common.Messages;

/**
 * What a row of the path says about one resource, worked out here so the row only lays it out: its title with its
 * position, the included units and their time, its pace, and whether it can be started.
 *
 * @param title      "3.  Title"
 * @param facts      "12 of 12 units · ≈ 3 h 13 min", with the pace when it has its own
 * @param accessible what a screen reader says for the row
 * @param chip       the "ready" or "waits" mark, null for none
 */
record ItemFacts(String title, String facts, String accessible, Chip chip) {

    /** A mark beside the title, with its style class. */
    enum Chip {
        READY("paths.item.ready", "ready-chip"), WAITING("paths.item.waiting", "waiting-chip");

        final String key;
        final String styleClass;

        Chip(String key, String styleClass) {
            this.key = key;
            this.styleClass = styleClass;
        }
    }

    /**
     * @param position 1-based place in the path
     * @param ready    whether its prerequisites in the path are done
     */
    static ItemFacts of(PlanItem item, int position, boolean ready, Messages messages) {
        long included = item.units().stream().filter(PlanItem.PlanUnit::included).count();
        int minutes = includedMinutes(item);
        String time = messages.duration(minutes, true);
        String facts = item.paceOverride() == null
                ? messages.text("paths.item.facts", included, item.units().size(), time)
                : messages.text("paths.item.factsWithPace", included, item.units().size(), time, item.paceOverride());
        Chip chip = !ready ? Chip.WAITING : item.prerequisites().isEmpty() ? null : Chip.READY;
        return new ItemFacts(position + ".  " + item.title(), facts,
                messages.text("paths.item.accessible", position, item.title(), included, item.units().size()), chip);
    }

    /** The estimated minutes of the units the learner kept in the path. */
    static int includedMinutes(PlanItem item) {
        return item.units().stream().filter(PlanItem.PlanUnit::included).mapToInt(PlanItem.PlanUnit::minutes).sum();
    }
}
