package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studypath.app.ExchangeFixture.CLOCK;
import static org.studypath.app.ExchangeFixture.backup;
import static org.studypath.app.ExchangeFixture.text;
import static org.studypath.app.ExchangeFixture.write;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.ResourceSummary;
import org.studypath.domain.catalog.PackMerge;

/** Catalog packs: merged into the catalog, never twice, never over what is there; bad files change nothing. */
class CatalogPackImportTest {
    static final String CALCULUS_PLAYLIST = "https://www.youtube.com/playlist?list=PLZHQObOWTQDMsr9K-rj53DwVRMYO3t5Yr";

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Services services;

    @BeforeEach
    void open() {
        services = Services.open(dir, CLOCK);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** A pack in the format of resources/catalog/math-for-ml.json: one new category, two resources. */
    static String pack(String id, String secondUrl) {
        return """
                {
                  "format": 1,
                  "id": "%s",
                  "version": 3,
                  "title": {"en": "Extras", "zh": "额外"},
                  "categories": [
                    {
                      "key": "pack-extras",
                      "name": {"en": "Pack extras", "zh": "额外资源"},
                      "resources": [
                        {
                          "key": "pack-probability-course",
                          "title": "Probability from scratch",
                          "titleZh": "从零开始的概率论",
                          "creators": ["Ada Example"],
                          "url": "https://example.org/probability",
                          "type": "ONLINE_COURSE",
                          "unitKind": "LESSON",
                          "free": true,
                          "language": "en",
                          "topics": ["probability-statistics"],
                          "note": {"en": "Short, clear lessons on quokkanomics.", "zh": "简短清晰的课程"},
                          "units": [
                            {"key": "01", "title": "Quokkanomics and counting", "minutes": 25, "estimated": false, "url": ""},
                            {"key": "02", "title": "Bayes", "minutes": 40, "estimated": true}
                          ]
                        },
                        {
                          "key": "pack-second-resource",
                          "title": "A second resource",
                          "creators": [],
                          "url": "%s",
                          "type": "BOOK",
                          "unitKind": "CHAPTER",
                          "free": false,
                          "language": "en",
                          "topics": [],
                          "note": {"en": "Second", "zh": "第二"},
                          "units": [{"key": "01", "title": "One", "minutes": 60, "estimated": true}]
                        }
                      ]
                    }
                  ]
                }
                """.formatted(id, secondUrl);
    }

    int resourceCount() {
        return services.catalog().snapshot().resources().size();
    }

    /** A backup with the catalog's load times blanked: merging a pack stamps its catalog_source row with the time. */
    String backupWithoutLoadTimes() throws Exception {
        return text(backup(services)).replaceAll("\"loaded_at\":\"[^\"]*\"", "\"loaded_at\":\"\"");
    }

    @Test
    void aPackIsMergedIntoTheCatalog() throws Exception {
        int before = resourceCount();
        PackMerge merge = services.exchange().importPack(write(files, "extras.json", pack("extras", "https://example.org/second")));
        assertThat(merge.packId()).isEqualTo("extras");
        assertThat(merge.categoriesAdded()).isEqualTo(1);
        assertThat(merge.resourcesAdded()).containsExactly("Probability from scratch", "A second resource");
        assertThat(merge.duplicates()).isEmpty();
        assertThat(resourceCount()).isEqualTo(before + 2);
        assertThat(services.catalog().snapshot().categories()).extracting(c -> c.name().en()).contains("Pack extras");
        assertThat(org.studypath.TestSearch.find(services.catalog(), "quokkanomics")).hasSize(1);
        assertThat(org.studypath.TestSearch.find(services.catalog(), "从零开始的概率论")).hasSize(1);
    }

    @Test
    void thePreviewChangesNothing() throws Exception {
        byte[] before = backup(services);
        PackMerge preview = services.exchange().previewPack(write(files, "extras.json", pack("extras", "https://example.org/second")));
        assertThat(preview.categoriesAdded()).isEqualTo(1);
        assertThat(preview.resourcesAdded()).hasSize(2);
        assertThat(backup(services)).isEqualTo(before);
        assertThat(org.studypath.TestSearch.find(services.catalog(), "quokkanomics")).isEmpty();
    }

    @Test
    void importingTwiceAddsNothingTheSecondTime() throws Exception {
        Path file = write(files, "extras.json", pack("extras", "https://example.org/second"));
        services.exchange().importPack(file);
        int count = resourceCount();
        String before = backupWithoutLoadTimes();
        PackMerge again = services.exchange().importPack(file);
        assertThat(again.categoriesAdded()).isZero();
        assertThat(again.resourcesAdded()).isEmpty();
        assertThat(again.duplicates()).hasSize(2).allSatisfy(d -> assertThat(d).contains("already in the catalog"));
        assertThat(resourceCount()).isEqualTo(count);
        assertThat(backupWithoutLoadTimes()).isEqualTo(before);
    }

    @Test
    void aResourceWithALinkAlreadyInTheCatalogIsADuplicateAndNotAdded() throws Exception {
        int before = resourceCount();
        // same link as the bundled "Essence of calculus", with a trailing slash and upper case
        PackMerge merge = services.exchange().importPack(write(files, "dup.json",
                pack("dups", CALCULUS_PLAYLIST.replace("https://www.youtube", "HTTPS://WWW.YOUTUBE") + "/")));
        assertThat(merge.resourcesAdded()).containsExactly("Probability from scratch");
        assertThat(merge.duplicates()).singleElement().asString()
                .startsWith("A second resource — ").contains("same link as \"Essence of calculus\"");
        assertThat(resourceCount()).isEqualTo(before + 1);
        assertThat(services.catalog().snapshot().resources()).extracting(ResourceSummary::title)
                .doesNotContain("A second resource");
    }

    @Test
    void theBundledCatalogIsRefused() throws Exception {
        Path file = files.resolve("math-for-ml.json");
        try (InputStream in = getClass().getResourceAsStream("/catalog/math-for-ml.json")) {
            Files.copy(in, file);
        }
        byte[] before = backup(services);
        assertThatThrownBy(() -> services.exchange().previewPack(file)).isInstanceOf(ExchangeException.class)
                .hasMessage("math-for-ml.json is StudyPath's own catalog \"math-for-ml\": it is already loaded, and "
                        + "updates come with the app.");
        assertThatThrownBy(() -> services.exchange().importPack(file)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("StudyPath's own catalog");
        assertThat(backup(services)).isEqualTo(before);
    }

    @Test
    void aMalformedPackIsRefusedWithItsLine() throws Exception {
        byte[] before = backup(services);
        Path file = write(files, "broken.json", "{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"version\": 1,\n  oops\n}");
        assertThatThrownBy(() -> services.exchange().importPack(file)).isInstanceOf(ExchangeException.class)
                .hasMessageStartingWith("broken.json: not valid JSON at line 5, column");
        assertThat(backup(services)).isEqualTo(before);
    }

    @Test
    void aPackWithABadFieldNamesTheResourceAndField() throws Exception {
        byte[] before = backup(services);
        String bad = pack("extras", "https://example.org/second").replace("\"minutes\": 40", "\"minutes\": 0");
        assertThatThrownBy(() -> services.exchange().importPack(write(files, "bad.json", bad)))
                .isInstanceOf(ExchangeException.class)
                .hasMessage("bad.json: resource \"pack-probability-course\": units[1]: minutes must be a positive whole "
                        + "number, was 0");
        String badUrl = pack("extras", "javascript:alert(1)");
        assertThatThrownBy(() -> services.exchange().importPack(write(files, "url.json", badUrl)))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("url must be an http or https address");
        assertThat(backup(services)).isEqualTo(before);
    }

    @Test
    void aPackOver20MegabytesIsRefusedBeforeReadingIt() throws Exception {
        byte[] before = backup(services);
        Path file = files.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ExchangeService.MAX_PACK_BYTES + 1); // sparse: no time or disk spent
        }
        assertThatThrownBy(() -> services.exchange().importPack(file)).isInstanceOf(ExchangeException.class)
                .hasMessage("huge.json is too big for a catalog pack (20 MB; a pack may be up to 20 MB).");
        assertThat(backup(services)).isEqualTo(before);
    }

    @Test
    void deeplyNestedPackIsRefused() throws Exception {
        String nested = "{\"format\":1,\"id\":\"deep\",\"version\":1,\"categories\":" + "[".repeat(10_000)
                + "]".repeat(10_000) + "}";
        assertThatThrownBy(() -> services.exchange().importPack(write(files, "deep.json", nested)))
                .isInstanceOf(ExchangeException.class).hasMessageStartingWith("deep.json: not valid JSON")
                .hasMessageContaining("nested deeper than StudyPath ever writes");
    }

    @Test
    void aPackResourceWithABundledKeyIsADuplicate() throws Exception {
        String clash = pack("extras", "https://example.org/second")
                .replace("\"pack-second-resource\"", "\"3b1b-essence-of-calculus\"");
        PackMerge merge = services.exchange().importPack(write(files, "clash.json", clash));
        assertThat(merge.duplicates()).singleElement().asString().contains("same key \"3b1b-essence-of-calculus\"");
        assertThat(services.catalog().snapshot().resources()).filteredOn(r -> r.title().equals("Essence of calculus"))
                .hasSize(1);
    }
}
