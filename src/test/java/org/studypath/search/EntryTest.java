package org.studypath.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studypath.domain.Topic;
import org.studypath.domain.catalog.ResourceText;

class EntryTest {
    private static final ResourceText TEXT = new ResourceText(7, "Deep Learning", "深度学习", List.of("Ian Goodfellow"),
            Set.of(Topic.DEEP_LEARNING), List.of("Linear Algebra", "Probability"), List.of("my note\nsecond line"));

    @Test
    void aResourceIsSearchedInItsTitlesCreatorsTopicsInBothLanguagesUnitsAndNotes() {
        Entry entry = Entry.of(TEXT);
        assertThat(entry.id()).isEqualTo(7);
        assertThat(entry.lines()).containsExactly("Deep Learning", "深度学习", "Ian Goodfellow", "Deep learning", "深度学习",
                "Linear Algebra", "Probability", "my note\nsecond line");
    }

    @Test
    void theIndexBuiltFromResourcesFindsEachKindOfText() {
        CatalogIndex index = CatalogIndex.build(List.of(TEXT, new ResourceText(3, "Calculus", "", List.of(), Set.of(),
                List.of(), List.of())));
        for (String word : List.of("deep", "深度", "goodfellow", "probability", "second line", "my note")) {
            assertThat(index.find(word, null).contains(7)).as(word).isTrue();
            assertThat(index.find(word, null).contains(3)).as(word).isFalse();
        }
        assertThat(index.find("calculus", null).contains(3)).isTrue();
        assertThat(index.find("learningian", null).size()).as("not across lines").isZero();
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.position(3)).isZero();
        assertThat(index.footprint()).isPositive();
    }
}
