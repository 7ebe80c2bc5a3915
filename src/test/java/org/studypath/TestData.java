package org.studypath;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;
import org.studypath.domain.catalog.CatalogCategory;
import org.studypath.domain.catalog.CatalogData;
import org.studypath.domain.catalog.CatalogResource;
import org.studypath.domain.catalog.CatalogUnit;

/** Small catalogs and drafts for tests. */
public final class TestData {
    private TestData() {
    }

    public static CatalogResource resource(String key, String title, Set<Topic> topics, CatalogUnit... units) {
        return new CatalogResource(key, title, "", List.of("Author of " + title), "https://example.org/" + key,
                ResourceType.BOOK, UnitKind.CHAPTER, true, "en", topics, new LocalizedText("Why " + title, "为什么"),
                new LocalizedText("", ""), List.of(units));
    }

    public static CatalogUnit unit(String key, String title, int minutes) {
        return new CatalogUnit(key, title, minutes, true, "");
    }

    /** Version 1: two categories, three resources. */
    public static CatalogData catalogV1() {
        return new CatalogData("test", 1, List.of(
                new CatalogCategory("videos", new LocalizedText("Videos", "视频"), List.of(
                        resource("calc", "Calculus videos", Set.of(Topic.CALCULUS), unit("01", "Limits", 20), unit("02", "Derivatives", 25)),
                        resource("linalg", "Linear algebra videos", Set.of(Topic.LINEAR_ALGEBRA), unit("01", "Vectors", 10)))),
                new CatalogCategory("books", new LocalizedText("Books", "书籍"), List.of(
                        resource("dl", "Deep learning book", Set.of(Topic.DEEP_LEARNING), unit("01", "Introduction", 60), unit("02", "Linear Algebra", 120))))));
    }

    /**
     * Version 2: "calc" renamed, unit 02 dropped and 03 added; "linalg" dropped from the catalog; a new resource "stats".
     */
    public static CatalogData catalogV2() {
        return new CatalogData("test", 2, List.of(
                new CatalogCategory("videos", new LocalizedText("Video series", "视频系列"), List.of(
                        resource("calc", "Essence of calculus", Set.of(Topic.CALCULUS), unit("01", "Limits", 22), unit("03", "Integrals", 30)),
                        resource("stats", "Statistics videos", Set.of(Topic.PROBABILITY_STATISTICS), unit("01", "Mean", 15)))),
                new CatalogCategory("books", new LocalizedText("Books", "书籍"), List.of(
                        resource("dl", "Deep learning book", Set.of(Topic.DEEP_LEARNING), unit("01", "Introduction", 60), unit("02", "Linear Algebra", 120))))));
    }

    public static ResourceDraft draft(long categoryId, String title, int... minutes) {
        List<ResourceDraft.UnitDraft> units = new ArrayList<>();
        for (int i = 0; i < minutes.length; i++) {
            units.add(new ResourceDraft.UnitDraft(0, "Part " + (i + 1), minutes[i], ""));
        }
        return new ResourceDraft(0, categoryId, title, List.of("Me"), "https://example.org/mine", ResourceType.COURSE_NOTES,
                UnitKind.LESSON, true, "en", Set.of(Topic.OPTIMISATION), "My own notes", units);
    }
}
