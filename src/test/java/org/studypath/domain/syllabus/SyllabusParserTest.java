package org.studypath.domain.syllabus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceType;
import org.studypath.domain.UnitKind;

class SyllabusParserTest {
    private static final SyllabusOptions EN = SyllabusOptions.forType(ResourceType.ONLINE_COURSE, UnitKind.UNIT, false);
    private static final SyllabusOptions ZH = SyllabusOptions.forType(ResourceType.VIDEO_SERIES, UnitKind.EPISODE, true);

    private static ParsedUnit one(String line) {
        ParsedCourse course = SyllabusParser.parse(line, EN);
        assertThat(course.problems()).as(line).isEmpty();
        assertThat(course.units()).as(line).hasSize(1);
        return course.units().get(0);
    }

    private static String problem(String line) {
        ParsedCourse course = SyllabusParser.parse(line, EN);
        assertThat(course.units()).as(line).isEmpty();
        assertThat(course.problems()).as(line).hasSize(1);
        return course.problems().get(0).notice().in(Locale.UK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Vectors 12:34; Vectors; 13",
            "Vectors 1:02:03; Vectors; 62",
            "Vectors 45 min; Vectors; 45",
            "Vectors 45m; Vectors; 45",
            "Vectors 1 h 30; Vectors; 90",
            "Vectors 1h30m; Vectors; 90",
            "Vectors 2 hours; Vectors; 120",
            "向量 90 分钟; 向量; 90",
            "向量 1 小时 30 分; 向量; 90",
            "Vectors 1:30:00; Vectors; 90",
            "Vectors (12:34); Vectors; 13",
            "Vectors - 12:34; Vectors; 13",
            "Vectors | 12:34; Vectors; 13",
            "Vectors\t12:34; Vectors; 13",
            "Vectors [45 min]; Vectors; 45",
            "向量（9:52）; 向量; 10",
            "- Vectors 9:52; Vectors; 10",
            "• Vectors 9:52; Vectors; 10",
            "* Vectors 9:52; Vectors; 10",
            "1. Vectors 9:52; 1. Vectors; 10",
            "1) Vectors 9:52; 1) Vectors; 10",
            "第1章 向量 9:52; 第1章 向量; 10",
            "Clip 0:20; Clip; 1",
    })
    void aTimeEndsTheLine(String line, String title, int minutes) {
        ParsedUnit unit = one(line);
        assertThat(unit.title()).isEqualTo(title);
        assertThat(unit.minutes()).isEqualTo(minutes);
        assertThat(unit.estimated()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Chapter 2 p. 20–45; Chapter 2; 156",
            "Chapter 2 pp. 20-45; Chapter 2; 156",
            "Chapter 2 pages 20 to 45; Chapter 2; 156",
            "第二章 第 20–45 页; 第二章; 156",
            "Chapter 2 P20-45; Chapter 2; 156",
            "Chapter 2 (pp. 1-10); Chapter 2; 60",
    })
    void aPageRangeIsTurnedIntoMinutesAsAnEstimate(String line, String title, int minutes) {
        ParsedUnit unit = one(line);
        assertThat(unit.title()).isEqualTo(title);
        assertThat(unit.minutes()).isEqualTo(minutes); // 26 pages at 10 an hour
        assertThat(unit.estimated()).isTrue();
    }

    @Test
    void theReadingRateChangesThePageMinutes() {
        ParsedCourse course = SyllabusParser.parse("Chapter 1 pp. 1-20", EN.withPagesPerHour(20));
        assertThat(course.units().get(0).minutes()).isEqualTo(60);
    }

    @Test
    void aLineWithoutATimeGetsTheDefaultAsAnEstimate() {
        ParsedUnit unit = one("Lecture 3: Multiplication and inverse matrices");
        assertThat(unit.title()).isEqualTo("Lecture 3: Multiplication and inverse matrices");
        assertThat(unit.minutes()).isEqualTo(SyllabusOptions.defaultMinutes(ResourceType.ONLINE_COURSE));
        assertThat(unit.estimated()).isTrue();
        assertThat(SyllabusParser.parse("Episode", ZH).units().get(0).minutes()).isEqualTo(15);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "12 lectures of 50 min; 12; Lecture 1; Lecture 12; 50",
            "10 units of 30 minutes; 10; Unit 1; Unit 10; 30",
            "12 × 50 min; 12; Unit 1; Unit 12; 50",
            "3 x 1 h 30; 3; Unit 1; Unit 3; 90",
            "12 讲，每讲 50 分钟; 12; 第 1 讲; 第 12 讲; 50",
            "8 classes, 45 min each; 8; Class 1; Class 8; 45",
    })
    void aCountOfUnitsFillsACourse(String line, int count, String first, String last, int minutes) {
        ParsedCourse course = SyllabusParser.parse(line, EN);
        assertThat(course.problems()).isEmpty();
        assertThat(course.units()).hasSize(count).allSatisfy(u -> {
            assertThat(u.minutes()).isEqualTo(minutes);
            assertThat(u.estimated()).isFalse();
        });
        assertThat(course.units().get(0).title()).isEqualTo(first);
        assertThat(course.units().get(count - 1).title()).isEqualTo(last);
    }

    @Test
    void aCountWithoutAWordIsNamedByTheResourcesUnitKindInTheLearnersLanguage() {
        assertThat(SyllabusParser.parse("3 × 20 min", ZH).units()).extracting(ParsedUnit::title)
                .containsExactly("第 1 集", "第 2 集", "第 3 集");
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersKept() {
        ParsedCourse course = SyllabusParser.parse("\n  \nA 1:00\r\n\r\nB 2:00\n", EN);
        assertThat(course.units()).extracting(ParsedUnit::line).containsExactly(3, 5);
    }

    @Test
    void absurdTimesAreLinesThatCannotBeRead() {
        assertThat(problem("Vectors 99999:00")).isEqualTo("Line 1: “99999:00” is more than 24 hours; split it into several units.");
        assertThat(problem("Vectors 0:00")).isEqualTo("Line 1: “0:00” is no time at all.");
        assertThat(problem("Vectors 30 hours")).startsWith("Line 1: “30 hours” is more than 24 hours");
        assertThat(problem("Vectors 1:75")).contains("is not a time");
        assertThat(problem("Chapter pp. 45-20")).contains("ends before it starts");
        assertThat(problem("12:34")).isEqualTo("Line 1: there is a time but no title.");
        assertThat(problem("Vectors \u001b[2J 9:52")).contains("control character");
        assertThat(problem("x".repeat(400) + " 9:52")).contains("longer than 300 characters");
    }

    @Test
    void theBadLinesAreListedWithTheGoodOnesAndNothingCanBeAdded() {
        ParsedCourse course = SyllabusParser.parse("A 1:00\nB 0:00\nC 3:00\nD 99999:00", EN);
        assertThat(course.units()).extracting(ParsedUnit::title).containsExactly("A", "C");
        assertThat(course.problems()).extracting(LineProblem::line).containsExactly(2, 4);
        assertThat(course.addable()).isFalse();
    }

    @Test
    void hostileTextIsRefusedWholeInOneSentence() {
        String manyLines = "Unit 9:52\n".repeat(100_000);
        assertThatThrownBy(() -> SyllabusParser.parse(manyLines, EN)).isInstanceOf(Notice.Refused.class)
                .hasMessage("This list has 100,000 lines; StudyPath adds at most 2,000 units at once. Nothing was added.");
        String tenMegabytes = "a".repeat(10 * 1024 * 1024);
        assertThatThrownBy(() -> SyllabusParser.parse(tenMegabytes, EN)).isInstanceOf(Notice.Refused.class)
                .hasMessageContaining("too long for a list of units").hasMessageContaining("Nothing was added");
        assertThatThrownBy(() -> SyllabusParser.parse("5000 lectures of 50 min", EN))
                .isInstanceOf(Notice.Refused.class).hasMessageContaining("more than 2,000 units");
        assertThatThrownBy(() -> SyllabusParser.parse("1500 × 5 min\n1500 × 5 min", EN))
                .isInstanceOf(Notice.Refused.class).hasMessageContaining("more than 2,000 units");
    }

    @Test
    void aLongLineOfControlCharactersIsOneLineThatCannotBeRead() {
        ParsedCourse course = SyllabusParser.parse("\u0000\u0001\u0002".repeat(10_000), EN);
        assertThat(course.units()).isEmpty();
        assertThat(course.problems()).hasSize(1);
    }

    /** MIT 18.06 as copied from the course's video page: lectures with their running times, h:mm:ss and m:ss. */
    @Test
    void mit1806CopiedFromTheCoursePage() {
        String pasted = """
                MIT 18.06 Linear Algebra, Spring 2005 — Gilbert Strang
                1. The Geometry of Linear Equations 39:49
                2. Elimination with Matrices. 47:41
                3. Multiplication and Inverse Matrices 46:48
                4. Factorization into A = LU 48:05
                5. Transposes, Permutations, Spaces R^n 47:41
                6. Column Space and Nullspace 46:01
                7. Solving Ax = 0: Pivot Variables, Special Solutions 43:14
                8. Solving Ax = b: Row Reduced Form R 47:18
                9. Independence, Basis, and Dimension 50:14
                10. The Four Fundamental Subspaces 49:20
                Exam 1 review (recitation) 1:00:06
                """;
        ParsedCourse course = SyllabusParser.parse(pasted, EN);
        assertThat(course.problems()).isEmpty();
        assertThat(course.units()).hasSize(12);
        assertThat(course.units().get(0).estimated()).isTrue(); // the heading: the learner sees ≈ and deletes it
        assertThat(course.units().get(1).title()).isEqualTo("1. The Geometry of Linear Equations");
        assertThat(course.units().get(1).minutes()).isEqualTo(40);
        assertThat(course.units().get(2).title()).isEqualTo("2. Elimination with Matrices.");
        assertThat(course.units().get(7).title()).isEqualTo("7. Solving Ax = 0: Pivot Variables, Special Solutions");
        assertThat(course.units().get(11).minutes()).isEqualTo(60);
        assertThat(course.estimatedCount()).isEqualTo(1);
    }

    /** 3Blue1Brown's "Essence of linear algebra" as copied from the playlist page: "title 12:34" lines. */
    @Test
    void essenceOfLinearAlgebraCopiedFromThePlaylistPage() {
        String pasted = """
                Vectors | Chapter 1, Essence of linear algebra 9:52
                Linear combinations, span, and basis vectors | Chapter 2, Essence of linear algebra 9:59
                Linear transformations and matrices | Chapter 3, Essence of linear algebra 10:58
                Matrix multiplication as composition | Chapter 4, Essence of linear algebra 10:04
                Three-dimensional linear transformations | Chapter 5, Essence of linear algebra 4:46
                The determinant | Chapter 6, Essence of linear algebra 10:03
                Inverse matrices, column space and null space | Chapter 7, Essence of linear algebra 12:08
                Nonsquare matrices as transformations between dimensions | Chapter 8, Essence of linear algebra 4:27
                Dot products and duality | Chapter 9, Essence of linear algebra 14:11
                Cross products | Chapter 10, Essence of linear algebra 8:53
                Cross products in the light of linear transformations | Chapter 11, Essence of linear algebra 13:10
                Cramer's rule, explained geometrically | Chapter 12, Essence of linear algebra 12:12
                Change of basis | Chapter 13, Essence of linear algebra 12:50
                Eigenvectors and eigenvalues | Chapter 14, Essence of linear algebra 17:15
                A quick trick for computing eigenvalues | Chapter 15, Essence of linear algebra 13:13
                Abstract vector spaces | Chapter 16, Essence of linear algebra 16:46
                """;
        ParsedCourse course = SyllabusParser.parse(pasted, EN);
        assertThat(course.problems()).isEmpty();
        assertThat(course.units()).hasSize(16).noneMatch(ParsedUnit::estimated);
        assertThat(course.units().get(0).title()).isEqualTo("Vectors | Chapter 1, Essence of linear algebra");
        assertThat(course.units()).extracting(ParsedUnit::minutes)
                .containsExactly(10, 10, 11, 10, 5, 10, 12, 4, 14, 9, 13, 12, 13, 17, 13, 17);
        assertThat(course.totalMinutes()).isEqualTo(180);
    }

    /** The same series in Chinese, as a learner types it from a bilibili page: numbering, full-width brackets, 分钟. */
    @Test
    void aChineseListWithItsOwnNumberingAndUnits() {
        String pasted = """
                线性代数的本质
                第1集 向量究竟是什么？（9:52）
                第2集 线性组合、张成的空间与基 9:59
                第3集 矩阵与线性变换 11 分钟
                第4集 矩阵乘法与线性变换复合 1 小时 2 分
                第五章 行列式 第 20–45 页
                """;
        ParsedCourse course = SyllabusParser.parse(pasted, ZH);
        assertThat(course.problems()).isEmpty();
        assertThat(course.units()).extracting(ParsedUnit::title).containsExactly("线性代数的本质",
                "第1集 向量究竟是什么？", "第2集 线性组合、张成的空间与基", "第3集 矩阵与线性变换",
                "第4集 矩阵乘法与线性变换复合", "第五章 行列式");
        assertThat(course.units()).extracting(ParsedUnit::minutes).containsExactly(15, 10, 10, 11, 62, 156);
        assertThat(course.units()).extracting(ParsedUnit::estimated).containsExactly(true, false, false, false, false, true);
        List<String> said = SyllabusParser.parse("向量 0:00", ZH).problems().stream()
                .map(p -> p.notice().in(Locale.CHINA)).toList();
        assertThat(said).containsExactly("第 1 行：“0:00”的时长为零。");
    }

    @Test
    void impossibleOptionsAreRefused() {
        assertThatThrownBy(() -> EN.withPagesPerHour(0)).isInstanceOf(Notice.Refused.class);
        assertThatThrownBy(() -> EN.withDefaultMinutes(0)).isInstanceOf(Notice.Refused.class);
    }
}
