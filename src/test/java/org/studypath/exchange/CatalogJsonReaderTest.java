package org.studypath.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.catalog.CatalogCategory;
import org.studypath.domain.catalog.CatalogData;
import org.studypath.domain.catalog.CatalogResource;
import org.studypath.domain.catalog.CatalogUnit;

class CatalogJsonReaderTest {
    private final CatalogJsonReader reader = new CatalogJsonReader();

    /** Every catalog file shipped in resources/catalog must load; a broken one fails here naming file, resource and field. */
    @Test
    void everyShippedCatalogFileIsValid() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("resources", "catalog"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                CatalogData data = reader.read(in, file.getFileName().toString());
                assertThat(data.resourceCount()).as(file.toString()).isPositive();
            }
        }
    }

    @Test
    void seedCatalogHasTheArticlesTwelveResourcesInItsThreeCategoriesAndOrder() throws Exception {
        CatalogData data;
        try (InputStream in = getClass().getResourceAsStream("/catalog/math-for-ml.json")) {
            data = reader.read(in, "math-for-ml.json");
        }
        assertThat(data.id()).isEqualTo("math-for-ml");
        assertThat(data.categories()).extracting(c -> c.name().en()).containsExactly(
                "General math video series", "Deep-learning-specific math", "Other notable materials");
        assertThat(data.categories()).extracting(c -> c.name().zh()).containsExactly(
                "普通数学视频系列", "深度学习特定数学", "其他值得注意的材料");
        assertThat(data.categories()).extracting(c -> c.resources().size()).containsExactly(6, 3, 3);
        List<CatalogResource> all = data.categories().stream().flatMap(c -> c.resources().stream()).toList();
        assertThat(all).extracting(CatalogResource::title).containsExactly(
                "Essence of calculus", "Essence of linear algebra", "Calculus 1", "Calculus 2", "Linear algebra",
                "Understand Calculus in 35 Minutes", "Neural Networks", "Mathematics for Machine Learning",
                "Mathematics for Machine Learning: Multivariate Calculus", "Computational Linear Algebra",
                "Deep Learning", "An Introduction to Statistical Learning");
        CatalogResource calculus = all.get(0);
        assertThat(calculus.units()).hasSize(12);
        assertThat(calculus.type()).isEqualTo(ResourceType.VIDEO_SERIES);
        assertThat(calculus.units().get(0).url()).isEqualTo("https://www.youtube.com/watch?v=WUvTyaaNkzM");
        assertThat(all.get(1).units()).hasSize(16);
        assertThat(all.get(7).units()).hasSize(12);
        assertThat(all.get(10).units()).hasSize(20);
        assertThat(all.get(11).units()).hasSize(13);
        assertThat(all.get(10).topics()).contains(Topic.DEEP_LEARNING);
        // the Imperial modules 1 and 2 have listed lengths; the rest are estimates
        assertThat(all.get(8).units()).extracting(CatalogUnit::estimated).containsExactly(false, false, true, true, true, true);
        assertThat(all).allSatisfy(r -> {
            assertThat(r.note().en()).isNotBlank();
            assertThat(r.note().zh()).isNotBlank();
            assertThat(r.url()).startsWith("https://");
        });
        assertThat(data.categories()).extracting(CatalogCategory::key).doesNotHaveDuplicates();
    }

    private static final String VALID_UNIT = "{\"key\":\"01\",\"title\":\"One\",\"minutes\":10,\"estimated\":true}";

    private static String catalogWith(String resourceFields, String units) {
        return "{\"format\":1,\"id\":\"t\",\"version\":1,\"categories\":[{\"key\":\"c\",\"name\":{\"en\":\"C\",\"zh\":\"丙\"},"
                + "\"resources\":[{\"key\":\"res-a\",\"title\":\"A\",\"creators\":[\"X\"],\"type\":\"BOOK\",\"unitKind\":\"CHAPTER\","
                + "\"free\":true,\"language\":\"en\",\"topics\":[\"calculus\"],\"note\":{\"en\":\"n\",\"zh\":\"注\"},"
                + resourceFields + "\"units\":[" + units + "]}]}]}";
    }

    private CatalogData read(String json) throws CatalogFormatException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "broken.json");
    }

    @Test
    void minimalCatalogReads() throws Exception {
        CatalogData data = read(catalogWith("\"url\":\"https://example.org\",", VALID_UNIT));
        assertThat(data.resourceCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"url\":\"https://example.org\",|{\"key\":\"01\",\"title\":\"One\",\"minutes\":-5,\"estimated\":true}|broken.json: resource \"res-a\": units[0]: minutes must be a positive whole number, was -5",
        "\"url\":\"https://example.org\",|{\"key\":\"01\",\"title\":\"One\",\"minutes\":\"ten\",\"estimated\":true}|broken.json: resource \"res-a\": units[0]: minutes must be a positive whole number",
        "\"url\":\"https://example.org\",|{\"key\":\"01\",\"minutes\":10,\"estimated\":true}|broken.json: resource \"res-a\": units[0]: title is missing",
        "\"url\":\"javascript:alert(1)\",|" + VALID_UNIT + "|broken.json: resource \"res-a\": url must be an http or https address",
        "''|" + VALID_UNIT + "|broken.json: resource \"res-a\": url is missing",
        "\"url\":\"https://example.org\",|" + VALID_UNIT + "," + VALID_UNIT + "|broken.json: resource \"res-a\": units[1]: key \"01\" is used by another unit",
        "\"url\":\"https://example.org\",|{\"key\":\"01\",\"title\":\"One\",\"minutes\":10}|broken.json: resource \"res-a\": units[0]: estimated is missing",
        "\"url\":\"https://example.org\",|{\"key\":\"01\",\"title\":\"One\",\"minutes\":10.5,\"estimated\":true}|units[0]: minutes must be a positive whole number, was 10.5",
    })
    void brokenFieldsAreNamed(String resourceFields, String units, String expected) {
        assertThatThrownBy(() -> read(catalogWith(resourceFields, units)))
                .isInstanceOf(CatalogFormatException.class).hasMessageContaining(expected);
    }

    @Test
    void unknownTypeListsTheAllowedOnes() {
        String json = catalogWith("\"url\":\"https://example.org\",", VALID_UNIT).replace("\"BOOK\"", "\"PODCAST\"");
        assertThatThrownBy(() -> read(json)).hasMessageContaining("resource \"res-a\": type \"PODCAST\" is not one of VIDEO_SERIES");
    }

    @Test
    void unknownTopicIsNamed() {
        String json = catalogWith("\"url\":\"https://example.org\",", VALID_UNIT).replace("\"calculus\"", "\"alchemy\"");
        assertThatThrownBy(() -> read(json)).hasMessageContaining("resource \"res-a\": topics has an unknown topic \"alchemy\"");
    }

    @Test
    void syntaxErrorsNameTheLine() {
        assertThatThrownBy(() -> read("{\n\"format\": 1,\n\"id\": \"t\",,\n}"))
                .hasMessageStartingWith("broken.json: not valid JSON at line 3");
    }

    @Test
    void truncatedFileIsReported() {
        String json = catalogWith("\"url\":\"https://example.org\",", VALID_UNIT);
        assertThatThrownBy(() -> read(json.substring(0, json.length() / 2))).hasMessageStartingWith("broken.json: not valid JSON");
    }

    @Test
    void wrongFormatVersionIsRefused() {
        String json = catalogWith("\"url\":\"https://example.org\",", VALID_UNIT).replace("\"format\":1", "\"format\":7");
        assertThatThrownBy(() -> read(json)).hasMessageContaining("broken.json: format is 7 but this StudyPath reads format 1");
    }

    @Test
    void duplicateJsonKeysAreRefused() {
        String json = catalogWith("\"url\":\"https://example.org\",\"url\":\"https://evil.example\",", VALID_UNIT);
        assertThatThrownBy(() -> read(json)).hasMessageContaining("the field \"url\" appears twice");
    }

    @Test
    void duplicateResourceKeysAreRefused() {
        String one = catalogWith("\"url\":\"https://example.org\",", VALID_UNIT);
        String resource = one.substring(one.indexOf("{\"key\":\"res-a\""), one.lastIndexOf("]}]}"));
        String json = one.replace(resource, resource + "," + resource);
        assertThatThrownBy(() -> read(json)).hasMessageContaining("resource \"res-a\": key is used by another resource");
    }

    @Test
    void deepNestingIsRefused() {
        String json = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> read(json)).isInstanceOf(CatalogFormatException.class).hasMessageContaining("broken.json");
    }

    @Test
    void theHeaderGivesTheBundledCatalogsIdAndVersionWithoutReadingTheRest() throws Exception {
        CatalogData full;
        try (var in = CatalogJsonReaderTest.class.getResourceAsStream("/catalog/math-for-ml.json")) {
            full = new CatalogJsonReader().read(in, "math-for-ml.json");
        }
        try (var in = CatalogJsonReaderTest.class.getResourceAsStream("/catalog/math-for-ml.json")) {
            assertThat(CatalogJsonReader.header(in)).contains(new CatalogJsonReader.Header(full.id(), full.version()));
        }
        assertThat(CatalogJsonReader.header(stream("{\"categories\": [{\"a\": 1}], \"version\": 7, \"id\": \"x\"}")))
                .contains(new CatalogJsonReader.Header("x", 7));
        assertThat(CatalogJsonReader.header(stream("[1, 2]"))).isEmpty();
        assertThat(CatalogJsonReader.header(stream("{\"id\": \"x\", \"version\": \"seven\"}"))).isEmpty();
        assertThat(CatalogJsonReader.header(stream("{\"id\": \"x\", "))).isEmpty();
    }

    private static java.io.InputStream stream(String json) {
        return new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
