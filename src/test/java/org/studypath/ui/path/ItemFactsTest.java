package org.studypath.ui.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.PlanItem;
import org.studypath.ui.common.Messages;

/** What a row of the path says: the sum of the kept units' minutes, the wording, and the mark. */
class ItemFactsTest {
    private final Messages messages = Messages.of(Locale.UK);

    private static PlanItem book(Double pace, Set<Long> prerequisites) {
        return new PlanItem(7, "Deep Learning", ResourceType.BOOK, pace, prerequisites, List.of(
                new PlanItem.PlanUnit(1, "One", 60, true, false),
                new PlanItem.PlanUnit(2, "Two", 45, false, false),
                new PlanItem.PlanUnit(3, "Three", 30, true, true)));
    }

    @Test
    void onlyIncludedUnitsCountTowardsTheTime() {
        assertThat(ItemFacts.includedMinutes(book(null, Set.of()))).isEqualTo(90);
        ItemFacts facts = ItemFacts.of(book(null, Set.of()), 3, true, messages);
        assertThat(facts.title()).isEqualTo("3.  Deep Learning");
        assertThat(Messages.plain(facts.facts())).isEqualTo(Messages.plain(
                messages.text("paths.item.facts", 2L, 3, messages.duration(90, true))));
        assertThat(facts.accessible()).isEqualTo("3. Deep Learning, 2 of 3 units");
    }

    @Test
    void itsOwnPaceIsSaid() {
        assertThat(ItemFacts.of(book(1.5, Set.of()), 1, true, messages).facts()).endsWith("pace ×1.5");
    }

    @Test
    void theMarkSaysWhetherItCanStart() {
        assertThat(ItemFacts.of(book(null, Set.of()), 1, true, messages).chip()).as("nothing needed first").isNull();
        assertThat(ItemFacts.of(book(null, Set.of(9L)), 1, true, messages).chip()).isEqualTo(ItemFacts.Chip.READY);
        assertThat(ItemFacts.of(book(null, Set.of(9L)), 1, false, messages).chip()).isEqualTo(ItemFacts.Chip.WAITING);
        assertThat(messages.text(ItemFacts.Chip.WAITING.key)).isEqualTo("waits for prerequisites");
    }
}
