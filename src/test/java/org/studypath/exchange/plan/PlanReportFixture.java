package org.studypath.exchange.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.studypath.domain.plan.SessionKind;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.progress.Standing;
import org.studypath.domain.report.PlanReport;
import org.studypath.domain.review.Rating;

/**
 * A small, hand-built {@link PlanReport} that every plan writer is tested with: done, in-progress, skipped and
 * not-started rows, a unit split over two days, Chinese text, text that must be escaped in every format (formula
 * starts, markup, quotes, commas, semicolons, backslashes, a newline) and a unit title long enough to be folded;
 * {@link #withReviews()} adds reviews: one rated, one to do and one of a whole resource, each first in its day.
 */
public final class PlanReportFixture {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final LocalTime DAY_START = LocalTime.of(19, 0);
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 14); // a Wednesday, in winter (CET, UTC+1)
    public static final Instant GENERATED_AT = Instant.parse("2026-01-14T09:30:00Z");

    public static final String PATH_NAME = "Maths for ML — 数学, part 1; & <friends>";
    public static final String CALC = "Essence of calculus";
    public static final String CALC_URL = "https://www.youtube.com/playlist?list=PLZHQObOWTQDMsr9K-rj53DwVRMYO3t5Yr";
    public static final String LINALG = "线性代数 Linear algebra (中文)";
    public static final String LINALG_URL = "https://example.org/la?a=1&b=2";
    public static final String FORMULA = "=HYPERLINK(\"x\")";
    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String TRICKY_UNIT = "a, \"quoted\"; b\nnewline";
    public static final String BACKSLASH_UNIT = "Vectors, spans; bases\\kernels";
    public static final String LONG_UNIT = "Chapter 12: A deliberately long unit title that keeps going well past the "
            + "seventy-five octets a calendar line may hold, with 中文字符 in the middle so that folding has to "
            + "count UTF-8 octets rather than characters, and then some more words at the end";
    public static final String PLUS = "+Plus resource";
    public static final String MINUS_UNIT = "-2+3 warm-up";
    public static final String AT_CATEGORY = "@at category";
    public static final String CHINESE_CATEGORY = "普通数学视频系列";

    private PlanReportFixture() {
    }

    public static PlanReport report() {
        return report(GENERATED_AT);
    }

    public static PlanReport report(Instant generatedAt) {
        String videos = "General math video series";
        List<PlanReport.Row> rows = List.of(
                new PlanReport.Row(LocalDate.of(2026, 1, 12), 1, CALC, videos, CALC_URL, 101,
                        "The Essence of Calculus", 1, 1, 17, UnitStatus.DONE, LocalDate.of(2026, 1, 12)),
                new PlanReport.Row(LocalDate.of(2026, 1, 12), 1, CALC, videos, CALC_URL, 102,
                        "The paradox of the derivative", 1, 1, 17, UnitStatus.DONE, LocalDate.of(2026, 1, 13)),
                new PlanReport.Row(LocalDate.of(2026, 1, 13), 2, LINALG, "Books", LINALG_URL, 201,
                        BACKSLASH_UNIT, 1, 1, 45, UnitStatus.IN_PROGRESS, LocalDate.of(2026, 1, 13), 0.4,
                        org.studypath.domain.ResumePoint.page(43)),
                new PlanReport.Row(LocalDate.of(2026, 1, 14), 2, LINALG, "Books", LINALG_URL, 202,
                        "矩阵 Matrices", 1, 1, 30, UnitStatus.SKIPPED, LocalDate.of(2026, 1, 14)),
                new PlanReport.Row(LocalDate.of(2026, 1, 14), 3, FORMULA, "Books", "", 301,
                        TRICKY_UNIT, 1, 1, 20, UnitStatus.NOT_STARTED, null),
                new PlanReport.Row(LocalDate.of(2026, 1, 15), 4, SCRIPT, videos, "javascript:alert(1)", 401,
                        LONG_UNIT, 1, 2, 60, UnitStatus.NOT_STARTED, null, 0, org.studypath.domain.ResumePoint.time(754)),
                new PlanReport.Row(LocalDate.of(2026, 1, 16), 4, SCRIPT, videos, "javascript:alert(1)", 401,
                        LONG_UNIT, 2, 2, 60, UnitStatus.NOT_STARTED, null, 0, org.studypath.domain.ResumePoint.time(754)),
                new PlanReport.Row(LocalDate.of(2026, 1, 19), 5, PLUS, AT_CATEGORY, "https://example.org/plus", 501,
                        MINUS_UNIT, 1, 1, 25, UnitStatus.NOT_STARTED, null),
                new PlanReport.Row(LocalDate.of(2026, 1, 19), 5, PLUS, AT_CATEGORY, "https://example.org/plus", 502,
                        "@SUM(A1:A2)", 1, 1, 25, UnitStatus.NOT_STARTED, null));
        List<PlanReport.Group> categories = List.of(
                new PlanReport.Group(videos, CHINESE_CATEGORY, new Progress(34, 154)),
                new PlanReport.Group("Books", "书籍", new Progress(0, 65)),
                new PlanReport.Group(AT_CATEGORY, "", Progress.NONE));
        List<PlanReport.Group> resources = List.of(
                new PlanReport.Group(CALC, CALC_URL, new Progress(34, 34)),
                new PlanReport.Group(LINALG, LINALG_URL, new Progress(0, 45)),
                new PlanReport.Group(FORMULA, "", new Progress(0, 20)),
                new PlanReport.Group(SCRIPT, "javascript:alert(1)", new Progress(0, 120)),
                new PlanReport.Group(PLUS, "https://example.org/plus", new Progress(0, 50)));
        return new PlanReport(7, "path-7", PATH_NAME, TODAY, generatedAt, "StudyPath 9.9.9-test",
                Standing.State.BEHIND, "1 h 10 min behind — projected finish 21 Jan, planned 19 Jan",
                LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 21), LocalDate.of(2026, 2, 1),
                new Progress(34, 269), categories, resources, rows);
    }

    /** The same plan with three reviews, each first in its day, as the scheduler places them. */
    public static PlanReport withReviews() {
        PlanReport plain = report();
        String videos = "General math video series";
        List<PlanReport.Row> rows = new java.util.ArrayList<>(plain.sessions());
        rows.add(2, new PlanReport.Row(LocalDate.of(2026, 1, 13), 1, CALC, videos, CALC_URL, 101,
                "The Essence of Calculus", 1, 1, 5, UnitStatus.DONE, LocalDate.of(2026, 1, 13),
                SessionKind.REVIEW, 1, Rating.GOOD));
        rows.add(6, new PlanReport.Row(LocalDate.of(2026, 1, 15), 1, CALC, videos, CALC_URL, 102,
                "The paradox of the derivative", 1, 1, 5, UnitStatus.NOT_STARTED, null, SessionKind.REVIEW, 1, null));
        rows.add(9, new PlanReport.Row(LocalDate.of(2026, 1, 19), 1, CALC, videos, CALC_URL, 102,
                "The paradox of the derivative", 1, 1, 7, UnitStatus.NOT_STARTED, null,
                SessionKind.RESOURCE_REVIEW, 2, null));
        return new PlanReport(plain.pathId(), plain.key(), plain.pathName(), plain.today(), plain.generatedAt(),
                plain.generator(), plain.state(), plain.standingText(), plain.plannedFinish(), plain.projectedFinish(),
                plain.target(), plain.progress(), plain.categories(), plain.resources(), rows);
    }
}
