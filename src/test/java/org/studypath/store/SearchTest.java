package org.studypath.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.TestSearch;
import org.studypath.app.CatalogSeeder;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.Topic;
import org.studypath.domain.catalog.CatalogSearch;
import org.studypath.search.CatalogIndex;

/** The catalog's search over the real seed catalog, in English and Chinese, checked against SQL over the tables. */
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
        return TestSearch.find(resources, query).stream().map(titles::get).collect(Collectors.toSet());
    }

    /**
     * The resources holding every word of {@code query} in their text, by SQL: each word with {@code LIKE} over the
     * catalog's own tables (titles, creators, topic names in both languages, current units, notes). An oracle written
     * apart from the store's reading of the texts and from the index; {@code LIKE} ignores case in ASCII only, which
     * is all the queries below need.
     */
    private static Set<Long> like(String query) {
        StringBuilder topicWords = new StringBuilder();
        for (Topic topic : Topic.values()) {
            for (String word : List.of(topic.label().en(), topic.label().zh())) {
                topicWords.append(topicWords.length() == 0 ? "" : ", ").append("('").append(topic.key()).append("', '")
                        .append(word.replace("'", "''")).append("')");
            }
        }
        String sql = "WITH topic_word (topic, word) AS (VALUES " + topicWords + ") "
                + "SELECT r.id FROM resource r WHERE r.retired = 0 AND (r.title LIKE ?1 ESCAPE '\\' "
                + "OR r.title_zh LIKE ?1 ESCAPE '\\' "
                + "OR EXISTS (SELECT 1 FROM resource_creator WHERE resource_id = r.id AND name LIKE ?1 ESCAPE '\\') "
                + "OR EXISTS (SELECT 1 FROM resource_topic t JOIN topic_word w ON w.topic = t.topic "
                + "WHERE t.resource_id = r.id AND w.word LIKE ?1 ESCAPE '\\') "
                + "OR EXISTS (SELECT 1 FROM unit WHERE resource_id = r.id AND retired = 0 AND title LIKE ?1 ESCAPE '\\') "
                + "OR EXISTS (SELECT 1 FROM resource_note WHERE resource_id = r.id AND text LIKE ?1 ESCAPE '\\') "
                + "OR EXISTS (SELECT 1 FROM unit_note n JOIN unit u ON u.id = n.unit_id "
                + "WHERE u.resource_id = r.id AND n.text LIKE ?1 ESCAPE '\\')) ORDER BY r.id";
        Set<Long> result = null;
        for (String word : query.strip().split("[\\s\u3000]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            Set<Long> ids = database.read(c -> {
                Set<Long> found = new LinkedHashSet<>();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, pattern);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                }
                return found;
            });
            if (result == null) {
                result = ids;
            } else {
                result.retainAll(ids);
            }
        }
        return result == null ? Set.of() : result;
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
    void shortWordsFindWhatALikeOverTheCatalogTablesFinds() {
        for (String word : new String[] {"a", "Li", "lI", "3B", "统计", "微", "学习", "ch", "%", "_", "\\", "zq"}) {
            assertThat(TestSearch.find(resources, word)).as(word).isEqualTo(like(word));
        }
        assertThat(find("a")).hasSize(titles.size()); // every seed resource has an "a" somewhere
        assertThat(find("统计 学习")).contains("An Introduction to Statistical Learning");
        assertThat(find("3b 微积分")).contains("Essence of calculus").doesNotContain("Calculus 1");
    }

    @Test
    void theCatalogBrowsersSearchInMemoryFindsWhatTheDatabaseHolds() {
        CatalogIndex inMemory = CatalogIndex.build(resources.searchTexts());
        assertThat(inMemory.size()).isEqualTo(titles.size());
        for (String query : new String[] {"essence", "DEEP LEARNING", "Goodfellow", "Deisenroth", "a", "Li", "lI", "3B",
                "统计", "微", "学习", "ch", "%", "_", "\\", "zq", "统计 学习", "3b 微积分", "线性代数", "概率", "calc*", "\"",
                "AND OR NOT", "linear algebra", "eigen", "gilbert", "3blue1brown", "machine learning", "vector", "矩阵"}) {
            Set<Long> found = new HashSet<>();
            CatalogSearch.Hits hits = inMemory.find(query, null);
            for (long id : titles.keySet()) {
                if (hits.contains(id)) {
                    found.add(id);
                }
            }
            assertThat(found).as(query).isEqualTo(like(query));
            assertThat(hits.size()).as(query).isEqualTo(found.size());
        }
        assertThat(inMemory.find("   ", null)).isNull();
    }

    @Test
    void notesAndHiddenResourcesAreSearchedRetiredUnitsAreNot() {
        long dl = titles.entrySet().stream().filter(e -> e.getValue().equals("Deep Learning")).findFirst().orElseThrow().getKey();
        SqliteProgressRepository progress = new SqliteProgressRepository(database);
        long unit = resources.find(dl).orElseThrow().units().get(0).id();
        progress.saveUnitNote(unit, "quokka unit note");
        progress.saveResourceNote(dl, "wombat resource note");
        resources.setHidden(dl, true);
        try {
            assertThat(TestSearch.find(resources, "quokka")).containsExactly(dl).isEqualTo(like("quokka"));
            assertThat(TestSearch.find(resources, "wombat note")).containsExactly(dl).isEqualTo(like("wombat note"));
        } finally {
            progress.saveUnitNote(unit, "");
            progress.saveResourceNote(dl, "");
            resources.setHidden(dl, false);
        }
        assertThat(TestSearch.find(resources, "quokka")).isEmpty();
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
