package org.studypath.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private static UndoHistory.Change change(String description) {
        return new UndoHistory.Change(description, () -> null);
    }

    @Test
    void theNewestChangeIsUndoneFirst() {
        UndoHistory history = new UndoHistory();
        assertThat(history.isEmpty()).isTrue();
        assertThat(history.take()).isEmpty();
        history.push(change("first"));
        history.push(change("second"));
        assertThat(history.latest()).get().extracting(UndoHistory.Change::description).isEqualTo("second");
        assertThat(history.size()).as("latest leaves it in place").isEqualTo(2);
        assertThat(history.take()).get().extracting(UndoHistory.Change::description).isEqualTo("second");
        assertThat(history.take()).get().extracting(UndoHistory.Change::description).isEqualTo("first");
        assertThat(history.isEmpty()).isTrue();
        assertThat(history.latest()).isEmpty();
    }

    @Test
    void onlyTheMostRecentChangesAreKept() {
        UndoHistory history = new UndoHistory(3);
        for (int i = 1; i <= 5; i++) {
            history.push(change("change " + i));
        }
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.take()).get().extracting(UndoHistory.Change::description).isEqualTo("change 5");
        assertThat(history.take()).get().extracting(UndoHistory.Change::description).isEqualTo("change 4");
        assertThat(history.take()).get().extracting(UndoHistory.Change::description).isEqualTo("change 3");
        assertThat(history.take()).as("the oldest went").isEmpty();
    }

    @Test
    void theDefaultDepthIsFifty() {
        UndoHistory history = new UndoHistory();
        for (int i = 0; i < UndoHistory.DEPTH + 10; i++) {
            history.push(change("change " + i));
        }
        assertThat(history.size()).isEqualTo(UndoHistory.DEPTH).isEqualTo(50);
    }

    @Test
    void aChangeWhoseUndoFailedCanBePutBackAndTriedAgain() {
        UndoHistory history = new UndoHistory();
        history.push(change("first"));
        history.push(change("second"));
        UndoHistory.Change taken = history.take().orElseThrow();
        history.push(taken);
        assertThat(history.latest()).get().isSameAs(taken);
        assertThat(history.size()).isEqualTo(2);
    }

    @Test
    void aHistoryKeepsAtLeastOneChange() {
        assertThatThrownBy(() -> new UndoHistory(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
