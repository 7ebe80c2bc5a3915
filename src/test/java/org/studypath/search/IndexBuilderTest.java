package org.studypath.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading resources into slices of the index, and joining the slices. */
class IndexBuilderTest {
    @Test
    void aSliceCountsEachKeyOncePerResourceAndSkipsSeparatorsAndBlankLines() {
        List<Entry> entries = List.of(new Entry(1, List.of("Abab", "  ", "ab")), new Entry(2, List.of("b a\n线性")));
        Slice slice = new Slice(entries, 0, 2, 2);
        assertThat(slice.count[Keys.character('a')]).isEqualTo(2);
        assertThat(slice.count[Keys.pair('a', 'b')]).isEqualTo(1); // twice in resource 1, counted once
        assertThat(slice.count[Keys.pair('b', 'a')]).isEqualTo(1); // from "abab": "b a" is two words
        assertThat(slice.count[Keys.triple('a', 'b', 'a')]).isEqualTo(1);
        assertThat(slice.count[Keys.pair('线', '性')]).isEqualTo(1);
        assertThat(slice.count[Keys.character(' ')]).isZero();
        // the text, lower-cased, each line ended: Latin-1 lines as bytes, the others as chars
        assertThat(new String(slice.latin.bytes, 0, slice.latin.length, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("abab\nab\nb a\n");
        assertThat(new String(slice.other.chars, 0, slice.other.length)).isEqualTo("线性\n");
        assertThat(slice.latinStart).containsExactly(0, 8, 12);
        assertThat(slice.otherStart).containsExactly(0, 0, 3);
    }

    @Test
    void aKeyHeldByManyResourcesBecomesABitSetAndFewKeepAnArray() {
        List<Entry> entries = new ArrayList<>();
        for (int id = 0; id < 200; id++) {
            entries.add(new Entry(id, List.of(id % 50 == 0 ? "rare common" : "common")));
        }
        Slice slice = new Slice(entries, 0, 200, 200);
        assertThat(slice.sets[Keys.triple('c', 'o', 'm')]).isInstanceOf(long[].class);
        assertThat(slice.sets[Keys.triple('r', 'a', 'r')]).isInstanceOf(int[].class);
        assertThat(Slice.denseFrom(200)).isEqualTo(6);
    }

    @Test
    void slicesReadApartAndJoinedAnswerAsOneWouldInTheOrderOfIds() {
        List<Entry> entries = new ArrayList<>();
        for (int id = CatalogIndex.PARALLEL_FROM + 100; id > 0; id--) {
            entries.add(new Entry(id * 2L, List.of("resource " + id, id % 7 == 0 ? "seven 七" : "other")));
        }
        CatalogIndex joined = IndexBuilder.build(entries); // large enough to be read in four slices
        assertThat(joined.size()).isEqualTo(entries.size());
        assertThat(joined.position(2)).isZero();
        assertThat(joined.position(3)).isEqualTo(-1);
        assertThat(joined.find("七", null).size()).isEqualTo((CatalogIndex.PARALLEL_FROM + 100) / 7);
        assertThat(joined.find("seven", null).contains(14)).isTrue();
        assertThat(joined.find("seven", null).contains(16)).isFalse();
        assertThat(joined.find("resource 12345", null).size()).isEqualTo(1);
        assertThat(joined.find("resource 12345", null).contains(24_690)).isTrue();
    }
}
