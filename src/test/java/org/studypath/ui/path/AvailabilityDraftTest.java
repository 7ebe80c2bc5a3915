package org.studypath.ui.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.ui.common.PlanWording;

/** The study time as edited: filled from the saved one, told apart from it, and the "what if" it gives. */
class AvailabilityDraftTest extends PathPartsFixture {
    ReadOnlyObjectWrapper<PlannedPath> planned = new ReadOnlyObjectWrapper<>();
    AvailabilityDraft draft;
    int whatIfs;

    @BeforeEach
    void fillFromTheStarterPath() {
        planned.set(planned());
        draft = new AvailabilityDraft(work, new PlanWording(work.messages), planned.getReadOnlyProperty());
        draft.whatIfProperty().addListener((o, a, b) -> whatIfs++);
        draft.fill(planned.get().path().availability());
    }

    @Test
    void fillingIsNotAChangeAndGivesOneWhatIf() {
        assertThat(draft.changedProperty().get()).isFalse();
        assertThat(whatIfs).isEqualTo(1);
        assertThat(draft.whatIfProperty().get()).endsWith(" a week");
        assertThat(draft.availability()).contains(planned.get().path().availability());
    }

    @Test
    void theNumberBoxesPropertyIsTheSameMinutes() {
        draft.minutesValueProperty(DayOfWeek.SUNDAY).set(240);
        assertThat(draft.minutesProperty(DayOfWeek.SUNDAY).get()).isEqualTo(240);
        assertThat(draft.changedProperty().get()).isTrue();
        assertThat(draft.whatIfProperty().get()).startsWith("With these changes: ");
        draft.reset();
        assertThat(draft.minutesValueProperty(DayOfWeek.SUNDAY).get()).isEqualTo(draft.minutesProperty(DayOfWeek.SUNDAY).get());
        assertThat(draft.changedProperty().get()).isFalse();
    }

    @Test
    void daysOffStaySortedAndSingle() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        draft.addDayOff(christmas);
        draft.addDayOff(christmas.minusDays(1));
        draft.addDayOff(christmas);
        draft.addDayOff(null);
        assertThat(draft.daysOff()).containsExactly(christmas.minusDays(1), christmas);
    }

    @Test
    void withoutAStartDateThereIsNoDraft() {
        draft.startProperty().set(null);
        assertThat(draft.availability()).isEmpty();
        assertThat(draft.whatIfProperty().get()).isEmpty();
        draft.save();
        assertThat(runner.ran).doesNotContain("Save availability");
    }

    @Test
    void theWeekStartsOnTheChosenDay() {
        draft.firstDayOfWeekProperty().set(null);
        assertThat(draft.weekdays()).startsWith(DayOfWeek.MONDAY).hasSize(7);
        draft.firstDayOfWeekProperty().set(DayOfWeek.SATURDAY);
        assertThat(draft.weekdays()).startsWith(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).endsWith(DayOfWeek.FRIDAY);
    }
}
