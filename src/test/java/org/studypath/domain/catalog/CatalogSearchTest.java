package org.studypath.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogSearchTest {
    @Test
    void theEmptySearchFindsNothingAndAQueryWithoutWordsIsNoSearch() {
        CatalogSearch empty = CatalogSearch.empty();
        assertThat(empty.size()).isZero();
        assertThat(empty.position(1)).isEqualTo(-1);
        assertThat(empty.find(null, null)).isNull();
        assertThat(empty.find(" \u3000", null)).isNull();
        CatalogSearch.Hits hits = empty.find("线性 ab", null);
        assertThat(hits.size()).isZero();
        assertThat(hits.next(0)).isEqualTo(-1);
        assertThat(hits.contains(1)).isFalse();
        assertThat(hits.isFrom(empty)).isTrue();
        assertThat(empty.prepareReading("linear")).isZero();
    }

    @Test
    void aResourceTextKeepsCopiesOfItsLists() {
        List<String> units = new java.util.ArrayList<>(List.of("Chapter 1"));
        ResourceText text = new ResourceText(1, "T", "", List.of(), Set.of(), units, List.of());
        units.add("Chapter 2");
        assertThat(text.unitTitles()).containsExactly("Chapter 1");
    }
}
