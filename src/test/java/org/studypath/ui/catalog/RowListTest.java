package org.studypath.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class RowListTest {
    @Test
    void showingRowsIsOneReplacementNamingTheOldRows() {
        RowList<String> rows = new RowList<>();
        List<String> seen = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                seen.add(c.getFrom() + "-" + c.getTo() + " replaced " + c.wasReplaced() + " removed " + c.getRemoved()
                        + " added " + c.getAddedSubList());
            }
        });
        List<String> first = List.of("a", "b", "c");
        assertThat(rows.show(first)).isTrue();
        assertThat(rows.show(List.of("b"))).isTrue();
        assertThat(rows.show(List.of())).isTrue();
        assertThat(seen).containsExactly("0-3 replaced false removed [] added [a, b, c]",
                "0-1 replaced true removed [a, b, c] added [b]",
                "0-0 replaced false removed [b] added []");
        assertThat(rows).isEmpty();
    }

    @Test
    void theSameRowsAgainChangeNothing() {
        RowList<String> rows = new RowList<>();
        List<Integer> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) c -> changes.add(rows.size()));
        String a = new String("a");
        rows.show(List.of(a, "b"));
        assertThat(rows.show(new ArrayList<>(List.of(a, "b")))).isFalse();
        assertThat(rows.show(List.of())).isTrue();
        assertThat(rows.show(List.of())).isFalse();
        // equal but not the same row: shown (a reloaded resource is a new row)
        rows.show(List.of(a));
        assertThat(rows.show(List.of(new String("a")))).isTrue();
        assertThat(changes).containsExactly(2, 0, 1, 1);
    }

    @Test
    void theTableCannotChangeTheRows() {
        RowList<String> rows = new RowList<>();
        rows.show(List.of("b", "a"));
        assertThatThrownBy(() -> rows.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rows.sort(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rows.setAll("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(rows).containsExactly("b", "a");
    }
}
