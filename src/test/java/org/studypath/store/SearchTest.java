package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.app.CatalogSeeder;
import org.studypath.domain.ResourceSummary;

/** Full-text search over the real seed catalog, in English and Chinese. */
class SearchTest {
    @TempDir
    static Path dir;
    static Database database;
    static SqliteResourceRepository resources;
    static Map<Long, String> titles;

    @BeforeAll
    static void seed() {
        database = Database.openIn(dir);
        new CatalogSeeder(new SqliteCatalogStore(database)).seedBundled();
        resources = new SqliteResourceRepository(database);
        titles = resources.summaries().stream().collect(Collectors.toMap(ResourceSummary::id, ResourceSummary::title));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private Set<String> find(String query) {
        return resources.search(query).stream().map(titles::get).collect(Collectors.toSet());
    }

    @Test
    void findsEnglishTitlesCaseInsensitively() {
        assertThat(find("essence")).containsExactlyInAnyOrder("Essence of calculus", "Essence of linear algebra");
        assertThat(find("DEEP LEARNING")).contains("Deep Learning");
    }

    @Test
    void findsCreators() {
        assertThat(find("Goodfellow")).containsExactly("Deep Learning");
        assertThat(find("Deisenroth")).containsExactly("Mathematics for Machine Learning");
    }

    @Test
    void findsUnitTitles() {
        assertThat(find("backpropagation")).containsExactly("Neural Networks");
        assertThat(find("Gaussian Mixture")).containsExactly("Mathematics for Machine Learning");
    }

    @Test
    void findsTopicsInBothLanguages() {
        assertThat(find("线性代数")).contains("Essence of linear algebra", "Linear algebra", "Deep Learning")
                .doesNotContain("Calculus 1");
        // the topic "Numerical linear algebra", and the Deep Learning book's chapters "Numerical Computation" and "Linear Algebra"
        assertThat(find("numerical linear")).containsExactlyInAnyOrder("Computational Linear Algebra", "Deep Learning");
    }

    @Test
    void findsChineseTitlesIncludingTwoCharacterWords() {
        assertThat(find("微积分")).contains("Essence of calculus", "Calculus 1", "Understand Calculus in 35 Minutes");
        assertThat(find("统计")).contains("An Introduction to Statistical Learning");
        assertThat(find("深度学习 书")).contains("Deep Learning");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(find("essence calculus")).containsExactly("Essence of calculus");
        assertThat(find("essence zzzz")).isEmpty();
    }

    @Test
    void shortWordsFindWhatALikeOverTheFullTextTableFinds() {
        // words under three characters are matched by scanning FTS5's content table; it must be the same text
        for (String word : new String[] {"a", "Li", "lI", "3B", "统计", "微", "学习", "ch", "%", "_", "\\", "zq"}) {
            String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            Set<Long> expected = database.read(c -> {
                Set<Long> ids = new java.util.LinkedHashSet<>();
                try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT rowid FROM resource_search WHERE title LIKE ?1 "
                        + "ESCAPE '\\' OR creators LIKE ?1 ESCAPE '\\' OR topics LIKE ?1 ESCAPE '\\' OR units LIKE ?1 ESCAPE '\\'")) {
                    ps.setString(1, pattern);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
                return ids;
            });
            assertThat(resources.search(word)).as(word).isEqualTo(expected);
        }
        assertThat(find("a")).hasSize(titles.size()); // every seed resource has an "a" somewhere
        assertThat(find("统计 学习")).contains("An Introduction to Statistical Learning");
        assertThat(find("3b 微积分")).contains("Essence of calculus").doesNotContain("Calculus 1");
    }

    @Test
    void theCatalogBrowsersSearchInMemoryFindsWhatTheDatabaseFinds() {
        org.studypath.domain.catalog.CatalogSearch inMemory =
                org.studypath.domain.catalog.CatalogSearch.of(resources.searchTexts());
        assertThat(inMemory.size()).isEqualTo(titles.size());
        for (String query : new String[] {"essence", "DEEP LEARNING", "Goodfellow", "Deisenroth", "a", "Li", "lI", "3B",
                "统计", "微", "学习", "ch", "%", "_", "\\", "zq", "统计 学习", "3b 微积分", "线性代数", "概率", "calc*", "\"",
                "AND OR NOT", "linear algebra", "eigen", "gilbert", "3blue1brown", "machine learning", "vector", "矩阵"}) {
            java.util.Set<Long> found = new java.util.HashSet<>();
            org.studypath.domain.catalog.CatalogSearch.Hits hits = inMemory.find(query, null);
            for (long id : titles.keySet()) {
                if (hits.contains(id)) {
                    found.add(id);
                }
            }
            assertThat(found).as(query).isEqualTo(resources.search(query));
            assertThat(hits.size()).as(query).isEqualTo(found.size());
        }
        assertThat(inMemory.find("   ", null)).isNull();
    }

    @Test
    void queryOperatorsAndWildcardsAreTakenLiterally() {
        assertThat(find("\"")).isEmpty();
        assertThat(find("AND OR NOT")).isEmpty();
        assertThat(find("%")).isEmpty();
        assertThat(find("_")).isEmpty();
        assertThat(find("calc*")).isEmpty();
        assertThat(find("   ")).isEmpty();
    }
}
