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
import org.studypath.domain.progress.Progress;
import org.studypath.domain.report.PlanReport;
import org.studypath.domain.report.ReportWords;

/**
 * The printable report as one self-contained HTML page (no scripts, no outside files): progress bars for the path,
 * its categories and resources, then the plan week by week. Every piece of user text is escaped, and only http(s)
 * links become links. Print it from a browser, or open it on a phone. Its words and dates are in the UI's language.
 */
public final class HtmlReportWriter {
    private static final String STYLE = """
            body{font-family:"Noto Sans","Segoe UI","Helvetica Neue",Arial,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;\
            color:#1f2328;background:#fff;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:1.8rem;border-bottom:1px solid #d0d7de}
            h3{font-size:1rem;margin:1rem 0 .3rem}a{color:#0550ae}
            .meta{color:#57606a}.bars{width:100%;border-collapse:collapse}.bars td,.bars th{padding:.15rem .4rem;\
            vertical-align:middle;text-align:left;font-weight:normal}.bars thead th{padding:0}
            .bar{background:#eaeef2;border-radius:4px;height:.7rem;width:14rem;overflow:hidden;\
            -webkit-print-color-adjust:exact;print-color-adjust:exact}
            .fill{background:#1f883d;height:100%}.pct{text-align:right;white-space:nowrap;color:#57606a}
            table.plan{width:100%;border-collapse:collapse;margin-bottom:.6rem}
            table.plan td,table.plan th{border-bottom:1px solid #eaeef2;padding:.2rem .4rem;text-align:left;vertical-align:top}
            table.plan thead th{font-weight:600;color:#57606a}table.plan tbody th{font-weight:normal}
            .done{color:#57606a}.done .unit{text-decoration:line-through}
            .num{text-align:right;white-space:nowrap}.week{break-inside:avoid-page}
            .sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);\
            white-space:nowrap;border:0}
            @media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}}
            """;

    /** Only in a report with notes, so a report without them is the page it always was. */
    private static final String NOTE_STYLE = """
            .note{margin:.1rem 0 .5rem}.note p{margin:.2rem 0}.note-row td{border-bottom:none;padding-top:0}
            .note blockquote{border-left:3px solid #d0d7de;margin:.2rem 0;padding-left:.6rem}
            .note pre{background:#f6f8fa;padding:.4rem;overflow-x:auto;white-space:pre-wrap}
            .note svg{overflow:visible}.math-display{text-align:center;margin:.4rem 0}.math-error{color:#cf222e}
            .note-table{border-collapse:collapse}.note-table td,.note-table th{border:1px solid #d0d7de;padding:.1rem .4rem}
            """;

    private final ReportWords words;
    private final java.time.DayOfWeek weekStart;

    /** In English. */
    public HtmlReportWriter() {
        this(Locale.UK);
    }

    /** In {@code language}, the UI's. */
    public HtmlReportWriter(Locale language) {
        this(language, java.time.temporal.WeekFields.of(language).getFirstDayOfWeek());
    }

    /** In {@code language}, the UI's, with weeks starting on {@code weekStart} (the window's, from Settings). */
    public HtmlReportWriter(Locale language, java.time.DayOfWeek weekStart) {
        this.words = ReportWords.of(language);
        this.weekStart = java.util.Objects.requireNonNull(weekStart);
    }

    /*
     * Built to be read by everyone: the document says its language and title; a header and a main landmark hold all
     * content; headings go h1, h2, h3 without gaps; every table has header cells with their scope; each progress bar
     * is named and says its value; the done mark has words for a screen reader; every colour has at least 4.5:1
     * contrast against white. HtmlReportAccessibilityTest checks this offline, and docs/accessibility.md says how it
     * was checked with axe-core.
     */
    public void write(PlanReport report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        HtmlNotes notes = new HtmlNotes(words);
        w.write("<!DOCTYPE html>\n<html lang=\"" + words.languageTag() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"generator\" content=\"" + escape(report.generator()) + "\">\n");
        w.write("<title>" + escape(report.pathName()) + " — StudyPath</title>\n<style>\n" + STYLE
                + (report.notes().isEmpty() ? "" : NOTE_STYLE) + "</style>\n</head>\n<body>\n");
        w.write("<header>\n<h1>" + escape(report.pathName()) + "</h1>\n");
        String exported = words.text("report.exported", words.date(report.today()))
                + (report.target() == null ? "" : " · " + words.text("report.target", words.date(report.target())));
        w.write("<p class=\"meta\">" + (report.standingText().isBlank() ? "" : escape(report.standingText()) + "<br>")
                + escape(exported) + "</p>\n</header>\n<main>\n");
        w.write("<table class=\"bars\">\n");
        barHeader(w);
        bar(w, "<strong>" + escape(words.text("report.wholePath")) + "</strong>", words.text("report.wholePath"),
                report.progress());
        w.write("</tbody>\n</table>\n");

        if (!report.categories().isEmpty()) {
            w.write("<h2>" + escape(words.text("report.byCategory")) + "</h2>\n<table class=\"bars\">\n");
            barHeader(w);
            for (PlanReport.Group group : report.categories()) {
                String name = group.detail().isBlank() ? group.name() : group.name() + " · " + group.detail();
                bar(w, escape(name), name, group.progress());
            }
            w.write("</tbody>\n</table>\n");
        }
        w.write("<h2>" + escape(words.text("report.byResource")) + "</h2>\n<table class=\"bars\">\n");
        barHeader(w);
        for (PlanReport.Group group : report.resources()) {
            bar(w, link(group.name(), group.detail()), group.name(), group.progress());
            String note = group.id() == 0 ? "" : notes.html(report.resourceNote(group.id()));
            if (!note.isEmpty()) {
                w.write("<tr class=\"note-row\"><td colspan=\"3\">" + note + "</td></tr>\n");
            }
        }
        w.write("</tbody>\n</table>\n");

        w.write("<h2>" + escape(words.text("report.weekByWeek")) + "</h2>\n");
        if (report.sessions().isEmpty()) {
            w.write("<p>" + escape(words.text("report.nothingPlanned")) + "</p>\n");
        }
        java.util.Set<Long> noted = new java.util.HashSet<>(); // a unit split over days has its note once, at its first part
        for (Map.Entry<LocalDate, List<PlanReport.Row>> week : report.byWeek(weekStart).entrySet()) {
            List<PlanReport.Row> rows = week.getValue();
            int minutes = rows.stream().mapToInt(PlanReport.Row::minutes).sum();
            w.write("<section class=\"week\">\n<h3>" + escape(words.text("report.weekOf", words.date(week.getKey()),
                    words.duration(minutes))) + "</h3>\n");
            w.write("<table class=\"plan\">\n<thead>\n<tr><th scope=\"col\"><span class=\"sr\">"
                    + escape(words.text("report.column.done")) + "</span></th><th scope=\"col\">"
                    + escape(words.text("report.column.day")) + "</th><th scope=\"col\">"
                    + escape(words.text("report.column.resource")) + "</th><th scope=\"col\">"
                    + escape(words.text("report.column.unit")) + "</th><th scope=\"col\" class=\"num\">"
                    + escape(words.text("report.column.time")) + "</th></tr>\n</thead>\n<tbody>\n");
            for (PlanReport.Row row : rows) {
                String mark = row.done() ? "☑" : "☐";
                String said = words.text(row.done() ? "report.isDone" : "report.notDone");
                String status = words.status(row, report.today());
                w.write("<tr" + (row.done() ? " class=\"done\"" : "") + "><td><span aria-hidden=\"true\">" + mark
                        + "</span><span class=\"sr\">" + escape(said) + "</span></td><td>"
                        + escape(words.shortDate(row.date())) + "</td><td>" + escape(row.resource())
                        + "</td><th scope=\"row\" class=\"unit\">" + escape(words.unitLabel(row))
                        + (status.isEmpty() ? "" : " <small>(" + escape(status) + ")</small>") + "</th><td class=\"num\">"
                        + escape(words.duration(row.minutes())) + "</td></tr>\n");
                String note = noted.add(row.unitId()) ? notes.html(report.unitNote(row.unitId())) : "";
                if (!note.isEmpty()) {
                    w.write("<tr class=\"note-row\"><td></td><td colspan=\"4\">" + note + "</td></tr>\n");
                }
            }
            w.write("</tbody>\n</table>\n</section>\n");
        }
        w.write("</main>\n</body>\n</html>\n");
        w.flush();
    }

    /** The header of a table of progress bars: read out by screen readers, not shown. */
    private void barHeader(Writer w) throws IOException {
        w.write("<thead>\n<tr><th scope=\"col\"><span class=\"sr\">" + escape(words.text("report.column.name"))
                + "</span></th><th scope=\"col\"><span class=\"sr\">" + escape(words.text("report.progress"))
                + "</span></th><th scope=\"col\"><span class=\"sr\">" + escape(words.text("report.column.done"))
                + "</span></th></tr>\n</thead>\n<tbody>\n");
    }

    private void bar(Writer w, String nameHtml, String name, Progress progress) throws IOException {
        w.write("<tr><th scope=\"row\">" + nameHtml + "</th><td><div class=\"bar\" role=\"progressbar\" aria-label=\""
                + escape(name) + "\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"" + progress.percent()
                + "\"><div class=\"fill\" style=\"width:" + progress.percent() + "%\"></div></div></td><td class=\"pct\">"
                + escape(words.progress(progress)) + "</td></tr>\n");
    }

    private static String link(String name, String url) {
        return WebLinks.parse(url)
                .map(uri -> "<a href=\"" + escape(uri.toString()) + "\">" + escape(name) + "</a>")
                .orElse(escape(name));
    }

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
