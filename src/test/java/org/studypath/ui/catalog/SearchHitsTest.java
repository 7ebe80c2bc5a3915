package org.studypath.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchHitsTest {
    @Test
    void findsExactlyTheIdsItWasGivenWhateverTheirSize() {
        SearchHits hits = SearchHits.of(List.of(0L, 1L, 63L, 64L, 100_000L, SearchHits.BITS - 1, SearchHits.BITS,
                Long.MAX_VALUE, -5L));
        for (long id : new long[] {0, 1, 63, 64, 100_000, SearchHits.BITS - 1, SearchHits.BITS, Long.MAX_VALUE, -5}) {
            assertThat(hits.contains(id)).as("id %d", id).isTrue();
        }
        for (long id : new long[] {2, 62, 65, 99_999, 100_001, SearchHits.BITS + 1, Integer.MAX_VALUE, Long.MAX_VALUE - 1, -1}) {
            assertThat(hits.contains(id)).as("id %d", id).isFalse();
        }
    }

    @Test
    void anEmptySearchFindsNothing() {
        SearchHits none = SearchHits.of(List.of());
        assertThat(none.contains(1)).isFalse();
        assertThat(none.contains(SearchHits.BITS + 7)).isFalse();
    }
}
