package org.studypath.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionSetsTest {
    @Test
    void anArrayOfPositionsAndABitSetAreTheSameSet() {
        int[] positions = {0, 5, 63, 64, 130};
        long[] bits = PositionSets.bitSet(positions, 131);
        assertThat(bits).hasSize(PositionSets.bitWords(131)).hasSize(3);
        assertThat(PositionSets.cardinality(bits)).isEqualTo(5);
        long[] copy = PositionSets.bitSet(bits, 131);
        assertThat(copy).isEqualTo(bits).isNotSameAs(bits);
    }

    @Test
    void intersectingKeepsWhatBothHold() {
        long[] bits = PositionSets.bitSet(new int[] {1, 2, 64, 100}, 128);
        long[] withArray = PositionSets.intersect(bits.clone(), new int[] {2, 64, 99});
        assertThat(PositionSets.cardinality(withArray)).isEqualTo(2);
        long[] withBits = PositionSets.intersect(bits.clone(), PositionSets.bitSet(new int[] {1, 100, 127}, 128));
        assertThat(PositionSets.cardinality(withBits)).isEqualTo(2);
        assertThat(PositionSets.next(withBits, 0)).isEqualTo(1);
        assertThat(PositionSets.next(withBits, 2)).isEqualTo(100);
    }

    @Test
    void nextGoesThroughThePositionsInOrder() {
        long[] bits = PositionSets.bitSet(new int[] {3, 64, 200}, 256);
        assertThat(PositionSets.next(bits, 0)).isEqualTo(3);
        assertThat(PositionSets.next(bits, 4)).isEqualTo(64);
        assertThat(PositionSets.next(bits, 65)).isEqualTo(200);
        assertThat(PositionSets.next(bits, 201)).isEqualTo(-1);
        assertThat(PositionSets.next(bits, 256)).isEqualTo(-1);
        assertThat(PositionSets.next(bits, -1)).isEqualTo(-1);
        assertThat(PositionSets.next(new long[0], 0)).isEqualTo(-1);
    }
}
