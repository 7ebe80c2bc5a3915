package org.studypath.exchange.plan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.studypath.domain.WebLinks;
import org.studypath.domain.report.PlanReport;
import org.studypath.domain.report.ReportWords;
import org.studypath.exchange.notes.NoteMarkdown;

/**
 * The plan as a Markdown checklist: progress first, then one section per week and, inside it, one group per resource
 * with a {@code - [ ]} / {@code - [x]} line per session. Renders in any Markdown notes app (Obsidian, GitHub, …).
 * Its words and dates are in the UI's language ({@link ReportWords}).
 *
 * <p>The learner's notes are written as they were typed (Markdown, {@code $…$} maths untouched), quoted under what
 * they are about: a resource's note under its line in the progress by resource, a unit's note under the unit's first
 * session. Quoted and with their headings demoted below the section's ({@link NoteMarkdown}), they stay inside the
 * checklist's structure whatever they hold.
 */
public final class MarkdownPlanWriter {
    private final ReportWords words;
    private final java.time.DayOfWeek weekStart;

    /** In English. */
    public MarkdownPlanWriter() {
        this(Locale.UK);
    }

    /** In {@code language}, the UI's. */
    public MarkdownPlanWriter(Locale language) {
        this(language, java.time.temporal.WeekFields.of(language).getFirstDayOfWeek());
    }

    /** In {@code language}, the UI's, with weeks starting on {@code weekStart} (the window's, from Settings). */
    public MarkdownPlanWriter(Locale language, java.time.DayOfWeek weekStart) {
        this.words = ReportWords.of(language);
        this.weekStart = java.util.Objects.requireNonNull(weekStart);
    }

    public void write(PlanReport report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write("# " + text(report.pathName()) + "\n\n");
        w.write("- **" + label("report.progress") + "** " + words.progress(report.progress()) + "\n");
        if (!report.standingText().isBlank()) {
            w.write("- **" + label("report.standing") + "** " + text(report.standingText()) + "\n");
        }
        if (report.target() != null) {
            w.write("- **" + label("report.targetLabel") + "** " + words.date(report.target()) + "\n");
        }
        w.write("- **" + label("report.exportedLabel") + "** "
                + words.text("report.dateBy", words.date(report.today()), text(report.generator())) + "\n\n");

        if (!report.categories().isEmpty()) {
            w.write("## " + words.text("report.progressByCategory") + "\n\n");
            for (PlanReport.Group group : report.categories()) {
                String name = group.detail().isBlank() ? group.name() : group.name() + " · " + group.detail();
                w.write("- " + text(name) + ": " + words.progress(group.progress()) + "\n");
            }
            w.write("\n");
        }
        w.write("## " + words.text("report.progressByResource") + "\n\n");
        for (PlanReport.Group group : report.resources()) {
            w.write("- " + link(group.name(), group.detail()) + ": " + words.progress(group.progress()) + "\n");
            if (group.id() != 0) {
                w.write(NoteMarkdown.quoted(report.resourceNote(group.id()), "  ", 3));
            }
        }
        w.write("\n");

        java.util.Set<Long> noted = new java.util.HashSet<>(); // a unit split over days has its note once, at its first part
        for (Map.Entry<LocalDate, List<PlanReport.Row>> week : report.byWeek(weekStart).entrySet()) {
            List<PlanReport.Row> rows = week.getValue();
            int minutes = rows.stream().mapToInt(PlanReport.Row::minutes).sum();
            long done = rows.stream().filter(PlanReport.Row::done).count();
            w.write("## " + words.text("report.weekOfDone", words.date(week.getKey()), words.duration(minutes), done,
                    rows.size()) + "\n\n");
            for (Map.Entry<String, List<PlanReport.Row>> resource : PlanReport.byResource(rows).entrySet()) {
                w.write("### " + text(resource.getKey()) + "\n\n");
                for (PlanReport.Row row : resource.getValue()) {
                    w.write("- [" + (row.done() ? "x" : " ") + "] " + text(words.unitLabel(row)) + " — "
                            + words.duration(row.minutes()) + " · " + words.shortDate(row.date()));
                    String status = words.status(row, report.today());
                    if (!status.isEmpty()) {
                        w.write(words.chinese() ? "（" + status + "）" : " (" + status + ")");
                    }
                    w.write("\n");
                    if (noted.add(row.unitId())) {
                        w.write(NoteMarkdown.quoted(report.unitNote(row.unitId()), "  ", 4));
                    }
                }
                w.write("\n");
            }
        }
        w.flush();
    }

    /** "Progress:" / "进度：" */
    private String label(String key) {
        return words.text("report.label", words.text(key));
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
