package org.studypath.exchange.plan;

import java.util.List;
import java.util.Map;
import org.studypath.domain.progress.NoteTexts;
import org.studypath.domain.report.PlanReport;

/**
 * {@link PlanReportFixture}'s report with the learner's notes: maths inline and as a block, Chinese, a note's own
 * headings (ATX and setext) that must not break the document, a fence left open, CRLF line ends, markup, a note on a
 * unit split over two days (written once), and a resource with no note. The resource groups carry their ids.
 */
public final class NotesFixture {
    public static final String CHAIN_RULE = "# The chain rule\r\n\r\n"
            + "The chain rule $\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}$, so for $z = \\sin(x^2)$:\r\n\r\n"
            + "$$\r\n\\frac{dz}{dx} = 2x\\cos(x^2)\r\n$$\r\n\r\n## Why\r\n\r\n- nudges *compose*\r\n- see [[Derivatives]]";
    public static final String CALC_NOTE = "Watch at **1.5×**; pause at each `# marker`.\n\nSummary\n=======\n\n"
            + "Derivatives are *ratios of nudges* — 导数是微小变化之比。";
    public static final String LINALG_NOTE = "## 小结\n\n矩阵乘法 $AB \\neq BA$。\n\n```python\nimport numpy as np\n# not a heading";
    public static final String SPLIT_NOTE = "Part 1 only: read §12.1–12.3.\n### Keep going";
    public static final String SCRIPT_NOTE = "<script>alert('note')</script> and | pipes | and > quotes";

    private NotesFixture() {
    }

    public static PlanReport report() {
        PlanReport base = PlanReportFixture.report();
        List<PlanReport.Group> resources = base.resources().stream()
                .map(g -> new PlanReport.Group(g.name(), g.detail(), g.progress(), idOf(base, g.name()))).toList();
        NoteTexts notes = new NoteTexts(Map.of(102L, CHAIN_RULE, 401L, SPLIT_NOTE, 202L, SCRIPT_NOTE),
                Map.of(1L, CALC_NOTE, 2L, LINALG_NOTE));
        return new PlanReport(base.pathId(), base.key(), base.pathName(), base.today(), base.generatedAt(),
                base.generator(), base.state(), base.standingText(), base.plannedFinish(), base.projectedFinish(),
                base.target(), base.progress(), base.categories(), resources, base.sessions(), notes);
    }

    private static long idOf(PlanReport report, String resource) {
        return report.sessions().stream().filter(r -> r.resource().equals(resource)).findFirst().orElseThrow().resourceId();
    }
}
