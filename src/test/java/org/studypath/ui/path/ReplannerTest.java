package org.studypath.ui.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.ui.common.PlanWording;

/** "Replan from today": what it says when nothing moves, the preview, and the change once agreed. */
class ReplannerTest extends PathPartsFixture {
    static final LocalDate START = LocalDate.of(2026, 12, 1);
    PlannedPath shown;
    List<String> told = new ArrayList<>();

    Replanner replanner(LocalDate today) {
        work.reloadWith(() -> shown = planned());
        return new Replanner(work, new PlanWording(work.messages), () -> shown, () -> today);
    }

    @Test
    void withoutAPathItSaysSo() {
        replanner(START).replan(told::add);
        assertThat(told).containsExactly(work.messages.text("paths.replan.noPath"));
    }

    @Test
    void onTimeThereIsNothingToReplan() {
        shown = planned();
        replanner(START).replan(told::add);
        assertThat(told).containsExactly(work.messages.text("paths.replan.nothingOverdue"));
        assertThat(dialogs.lists).isEmpty();
    }

    @Test
    void behindItPreviewsTheMovesAndAppliesThemWhenAgreed() {
        shown = planned();
        Replanner later = replanner(START.plusDays(10));
        dialogs.answer = false;
        later.replan(told::add);
        assertThat(dialogs.lists).singleElement().satisfies(lines ->
                assertThat(lines.get(0)).startsWith("Tue 1 Dec → Fri 11 Dec"));
        assertThat(told).isEmpty();
        dialogs.answer = true;
        later.replan(told::add);
        assertThat(told).containsExactly(work.messages.text("paths.replan.done"));
        assertThat(shown.path().availability().start()).isEqualTo(START.plusDays(10));
    }
}
