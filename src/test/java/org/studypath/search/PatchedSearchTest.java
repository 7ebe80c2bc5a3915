package org.studypath.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.studypath.domain.catalog.CatalogSearch;
import org.studypath.domain.catalog.ResourceText;

/** One resource's text replaced in place answers every search as an index built again from scratch would. */
class PatchedSearchTest {
    private static ResourceText text(long id, String title, List<String> notes) {
        return new ResourceText(id, title, "", List.of("Someone"), Set.of(), List.of("Chapter 1"), notes);
    }

    private static List<ResourceText> catalog() {
        return List.of(text(1, "Essence of calculus", List.of()), text(2, "Linear algebra 线性代数", List.of("old wombat")),
                text(5, "Deep learning", List.of()), text(9, "概率论", List.of()));
    }

    private static List<Integer> positions(CatalogSearch search, CatalogSearch.Hits hits) {
        List<Integer> found = new ArrayList<>();
        for (int p = hits.next(0); p >= 0; p = hits.next(p + 1)) {
            found.add(p);
        }
        assertThat(hits.size()).isEqualTo(found.size());
        found.forEach(p -> assertThat(hits.containsAt(p)).isTrue());
        return found;
    }

    private static void answersAsRebuilt(CatalogSearch patched, List<ResourceText> now, List<String> queries) {
        CatalogIndex rebuilt = CatalogIndex.build(now);
        for (String query : queries) {
            CatalogSearch.Hits fromPatch = patched.find(query, null);
            CatalogSearch.Hits fromScratch = rebuilt.find(query, null);
            assertThat(positions(patched, fromPatch)).as(query).isEqualTo(positions(rebuilt, fromScratch));
            for (ResourceText t : now) {
                assertThat(fromPatch.contains(t.id())).as(query + " " + t.id()).isEqualTo(fromScratch.contains(t.id()));
            }
            assertThat(fromPatch.isFrom(patched)).isTrue();
        }
    }

    @Test
    void aNoteSavedOnOneResourceIsFoundAndARemovedOneIsNot() {
        CatalogIndex index = CatalogIndex.build(catalog());
        CatalogSearch added = PatchedSearch.replace(index, text(1, "Essence of calculus",
                List.of("The chain rule $\\frac{dz}{dx}$", "链式法则很重要")));
        assertThat(added.find("chain", null).contains(1)).isTrue();
        assertThat(added.find("链式", null).contains(1)).isTrue();
        assertThat(added.find("法", null).contains(1)).as("one Chinese character").isTrue();
        assertThat(added.find("frac{dz}", null).contains(1)).isTrue();
        assertThat(added.find("chain calculus", null).size()).isEqualTo(1);
        assertThat(index.find("chain", null).size()).as("the index itself is not changed").isZero();

        CatalogSearch removed = PatchedSearch.replace(added, text(2, "Linear algebra 线性代数", List.of()));
        assertThat(removed.find("wombat", null).size()).isZero();
        assertThat(removed.find("chain", null).contains(1)).as("an earlier change is kept").isTrue();
        assertThat(removed.find("linear", null).contains(2)).isTrue();
    }

    @Test
    void aResourceTheIndexDoesNotHoldCannotBeReplacedInPlace() {
        CatalogIndex index = CatalogIndex.build(catalog());
        assertThat(PatchedSearch.replace(index, text(3, "New", List.of()))).isNull();
        assertThat(PatchedSearch.replace(CatalogSearch.empty(), text(1, "x", List.of()))).isNull();
    }

    @Test
    void typingNarrowsFromThePatchedHitsAndAgreesWithTheIndexBuiltAgain() {
        CatalogSearch patched = PatchedSearch.replace(CatalogIndex.build(catalog()),
                text(5, "Deep learning", List.of("gradient descent 梯度下降", "chain rule")));
        CatalogSearch.Hits previous = null;
        for (String typed : List.of("c", "ch", "cha", "chai", "chain", "chain r", "chain ru")) {
            previous = patched.find(typed, previous);
            CatalogSearch.Hits fresh = patched.find(typed, null);
            assertThat(positions(patched, previous)).as(typed).isEqualTo(positions(patched, fresh));
        }
        assertThat(previous.contains(5)).isTrue();
    }

    /** Many random replacements, one after another, each compared with an index built from the texts as they are. */
    @Test
    void randomReplacementsAnswerAsAnIndexBuiltAgain() {
        Random random = new Random(21);
        String[] words = {"chain", "rule", "矩阵", "特征值", "eigen", "vector", "Ünï", "a-b", "x²", "$\\int$", "深度"};
        List<ResourceText> now = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            now.add(text(i * 3L + 1, "Resource " + i + " " + words[i % words.length], List.of()));
        }
        CatalogSearch search = CatalogIndex.build(now);
        List<String> queries = new ArrayList<>(List.of(words));
        queries.addAll(List.of("chain rule", "矩 eigen", "resource 1", "e", "ru", "特征", "vector 深度", "zzz"));
        for (int round = 0; round < 30; round++) {
            int at = random.nextInt(now.size());
            List<String> notes = IntStream.range(0, random.nextInt(3))
                    .mapToObj(k -> words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]
                            + (random.nextBoolean() ? "\n" + words[random.nextInt(words.length)] : ""))
                    .toList();
            ResourceText changed = text(now.get(at).id(), now.get(at).title(), notes);
            now.set(at, changed);
            search = PatchedSearch.replace(search, changed);
            answersAsRebuilt(search, now, queries);
        }
    }
}
