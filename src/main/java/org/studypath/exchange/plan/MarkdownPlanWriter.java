package org.studypath.exchange.plan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.studypath.domain.Durations;
import org.studypath.domain.WebLinks;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.report.PlanReport;
import org.studypath.domain.report.PlanText;

/**
 * The plan as a Markdown checklist: progress first, then one section per week and, inside it, one group per resource
 * with a {@code - [ ]} / {@code - [x]} line per session. Renders in any Markdown notes app (Obsidian, GitHub, …).
 */
public final class MarkdownPlanWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    public void write(PlanReport report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write("# " + text(report.pathName()) + "\n\n");
        w.write("- **Progress:** " + progress(report.progress()) + "\n");
        if (!report.standingText().isBlank()) {
            w.write("- **Standing:** " + text(report.standingText()) + "\n");
        }
        if (report.target() != null) {
            w.write("- **Target:** " + report.target().format(DAY) + "\n");
        }
        w.write("- **Exported:** " + report.today().format(DAY) + " by " + text(report.generator()) + "\n\n");

        if (!report.categories().isEmpty()) {
            w.write("## Progress by category\n\n");
            for (PlanReport.Group group : report.categories()) {
                String name = group.detail().isBlank() ? group.name() : group.name() + " · " + group.detail();
                w.write("- " + text(name) + ": " + progress(group.progress()) + "\n");
            }
            w.write("\n");
        }
        w.write("## Progress by resource\n\n");
        for (PlanReport.Group group : report.resources()) {
            w.write("- " + link(group.name(), group.detail()) + ": " + progress(group.progress()) + "\n");
        }
        w.write("\n");

        for (Map.Entry<LocalDate, List<PlanReport.Row>> week : report.byWeek().entrySet()) {
            List<PlanReport.Row> rows = week.getValue();
            int minutes = rows.stream().mapToInt(PlanReport.Row::minutes).sum();
            long done = rows.stream().filter(PlanReport.Row::done).count();
            w.write("## Week of " + week.getKey().format(DAY) + " — " + Durations.format(minutes) + ", "
                    + done + " of " + rows.size() + " done\n\n");
            for (Map.Entry<String, List<PlanReport.Row>> resource : PlanReport.byResource(rows).entrySet()) {
                w.write("### " + text(resource.getKey()) + "\n\n");
                for (PlanReport.Row row : resource.getValue()) {
                    w.write("- [" + (row.done() ? "x" : " ") + "] " + text(row.unitLabel()) + " — "
                            + Durations.format(row.minutes()) + " · " + row.date().format(SHORT));
                    switch (row.status()) {
                        case DONE -> w.write(row.statusDate() == null ? "" : " (done " + row.statusDate().format(SHORT) + ")");
                        case SKIPPED -> w.write(" (skipped)");
                        case IN_PROGRESS -> w.write(" (in progress)");
                        default -> { }
                    }
                    w.write("\n");
                }
                w.write("\n");
            }
        }
        w.flush();
    }

    private static String progress(Progress progress) {
        return PlanText.progress(progress);
    }

    private static String link(String name, String url) {
        return WebLinks.parse(url)
                .map(uri -> "[" + text(name) + "](<" + uri.toString().replace(">", "%3E").replace("<", "%3C") + ">)")
                .orElse(text(name));
    }

    /**
     * User text is written literally: characters Markdown would read as markup are escaped and line breaks become
     * spaces, so a title cannot add headings, links or HTML to the checklist.
     */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '!' -> out.append('\\').append(c);
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
