package org.studypath.exchange.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.exchange.plan.PlanReportFixture.BERLIN;
import static org.studypath.exchange.plan.PlanReportFixture.DAY_START;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.studypath.domain.report.PlanReport;

/**
 * Every plan format written from {@link PlanReportFixture} and compared byte for byte with the files in
 * {@code src/test/resources/golden/}. After a deliberate change to a writer, regenerate them with
 * {@code mvn test -Dtest=PlanExportGoldenTest -Dgolden.update=true}, read the diff, and commit it.
 */
class PlanExportGoldenTest {
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    static final Path GOLDEN = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("src/test/resources/golden");

    interface PlanWriter {
        void write(PlanReport report, java.io.OutputStream out) throws IOException;
    }

    static byte[] write(PlanWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(PlanReportFixture.report(), out);
        return out.toByteArray();
    }

    static void assertGolden(String name, byte[] actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.write(file, actual);
            return;
        }
        assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
        byte[] expected = Files.readAllBytes(file);
        if (!Arrays.equals(expected, actual)) {
            // compare as text first for a readable diff, then insist on the bytes (line ends, BOM)
            assertThat(new String(actual, StandardCharsets.UTF_8)).as("%s differs from the golden file; if the change is "
                    + "intended, regenerate with -Dgolden.update=true", name)
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(actual).as("%s: same text but different bytes", name).isEqualTo(expected);
        }
    }

    @Test
    void calendar() throws IOException {
        assertGolden("plan.ics", write(new IcsPlanWriter(DAY_START, BERLIN)::write));
    }

    @Test
    void spreadsheet() throws IOException {
        assertGolden("plan.csv", write(new CsvPlanWriter(false)::write));
    }

    @Test
    void spreadsheetWithByteOrderMarkIsTheSameFileAfterTheMark() throws IOException {
        byte[] plain = write(new CsvPlanWriter(false)::write);
        byte[] withBom = write(new CsvPlanWriter(true)::write);
        assertThat(Arrays.copyOfRange(withBom, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(withBom, 3, withBom.length)).isEqualTo(plain);
        assertThat(plain[0]).as("no byte order mark unless asked for").isEqualTo((byte) 'd');
    }

    @Test
    void checklist() throws IOException {
        assertGolden("plan.md", write(new MarkdownPlanWriter()::write));
    }

    @Test
    void report() throws IOException {
        assertGolden("plan.html", write(new HtmlReportWriter()::write));
    }

    static byte[] writeWithReviews(PlanWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(PlanReportFixture.withReviews(), out);
        return out.toByteArray();
    }

    /** Reviews in every readable format, and the CSV's kind column saying review. */
    @Test
    void reviewsInEveryFormat() throws IOException {
        assertGolden("plan-reviews.ics", writeWithReviews(new IcsPlanWriter(DAY_START, BERLIN)::write));
        assertGolden("plan-reviews.csv", writeWithReviews(new CsvPlanWriter(false)::write));
        assertGolden("plan-reviews.md", writeWithReviews(new MarkdownPlanWriter()::write));
        assertGolden("plan-reviews.html", writeWithReviews(new HtmlReportWriter()::write));
    }
}
