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
 * The printable report as one self-contained HTML page (no scripts, no outside files): progress bars for the path,
 * its categories and resources, then the plan week by week. Every piece of user text is escaped, and only http(s)
 * links become links. Print it from a browser, or open it on a phone.
 */
public final class HtmlReportWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final String STYLE = """
            body{font-family:"Noto Sans","Segoe UI","Helvetica Neue",Arial,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;\
            color:#1f2328;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:1.8rem;border-bottom:1px solid #d0d7de}
            .meta{color:#57606a}.bars{width:100%;border-collapse:collapse}.bars td{padding:.15rem .4rem;vertical-align:middle}
            .bar{background:#eaeef2;border-radius:4px;height:.7rem;width:14rem;overflow:hidden;\
            -webkit-print-color-adjust:exact;print-color-adjust:exact}
            .fill{background:#1f883d;height:100%}.pct{text-align:right;white-space:nowrap;color:#57606a}
            table.plan{width:100%;border-collapse:collapse;margin-bottom:.6rem}
            table.plan td,table.plan th{border-bottom:1px solid #eaeef2;padding:.2rem .4rem;text-align:left;vertical-align:top}
            table.plan th{font-weight:600;color:#57606a}.done{color:#57606a}.done .unit{text-decoration:line-through}
            .num{text-align:right;white-space:nowrap}.week{break-inside:avoid-page}
            @media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}}
            """;

    public void write(PlanReport report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"generator\" content=\"" + escape(report.generator()) + "\">\n");
        w.write("<title>" + escape(report.pathName()) + " — StudyPath</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        w.write("<h1>" + escape(report.pathName()) + "</h1>\n");
        w.write("<p class=\"meta\">" + escape(report.standingText()) + "<br>Exported " + report.today().format(DAY)
                + (report.target() == null ? "" : " · target " + report.target().format(DAY)) + "</p>\n");
        w.write("<table class=\"bars\">\n");
        bar(w, "<strong>Whole path</strong>", report.progress());
        w.write("</table>\n");

        if (!report.categories().isEmpty()) {
            w.write("<h2>By category</h2>\n<table class=\"bars\">\n");
            for (PlanReport.Group group : report.categories()) {
                String name = group.detail().isBlank() ? group.name() : group.name() + " · " + group.detail();
                bar(w, escape(name), group.progress());
            }
            w.write("</table>\n");
        }
        w.write("<h2>By resource</h2>\n<table class=\"bars\">\n");
        for (PlanReport.Group group : report.resources()) {
            bar(w, link(group.name(), group.detail()), group.progress());
        }
        w.write("</table>\n");

        w.write("<h2>Week by week</h2>\n");
        if (report.sessions().isEmpty()) {
            w.write("<p>Nothing is planned.</p>\n");
        }
        for (Map.Entry<LocalDate, List<PlanReport.Row>> week : report.byWeek().entrySet()) {
            List<PlanReport.Row> rows = week.getValue();
            int minutes = rows.stream().mapToInt(PlanReport.Row::minutes).sum();
            w.write("<section class=\"week\">\n<h3>Week of " + week.getKey().format(DAY) + " · "
                    + escape(Durations.format(minutes)) + "</h3>\n");
            w.write("<table class=\"plan\">\n<tr><th></th><th>Day</th><th>Resource</th><th>Unit</th>"
                    + "<th class=\"num\">Time</th></tr>\n");
            for (PlanReport.Row row : rows) {
                w.write("<tr" + (row.done() ? " class=\"done\"" : "") + "><td>" + (row.done() ? "☑" : "☐") + "</td><td>"
                        + row.date().format(SHORT) + "</td><td>" + escape(row.resource()) + "</td><td class=\"unit\">"
                        + escape(row.unitLabel()) + status(row) + "</td><td class=\"num\">"
                        + escape(Durations.format(row.minutes())) + "</td></tr>\n");
            }
            w.write("</table>\n</section>\n");
        }
        w.write("</body>\n</html>\n");
        w.flush();
    }

    private static String status(PlanReport.Row row) {
        return switch (row.status()) {
            case DONE -> row.statusDate() == null ? "" : " <small>(done " + row.statusDate().format(SHORT) + ")</small>";
            case SKIPPED -> " <small>(skipped)</small>";
            case IN_PROGRESS -> " <small>(in progress)</small>";
            default -> "";
        };
    }

    private static void bar(Writer w, String nameHtml, Progress progress) throws IOException {
        w.write("<tr><td>" + nameHtml + "</td><td><div class=\"bar\" role=\"progressbar\" aria-valuemin=\"0\" "
                + "aria-valuemax=\"100\" aria-valuenow=\"" + progress.percent() + "\"><div class=\"fill\" style=\"width:"
                + progress.percent() + "%\"></div></div></td><td class=\"pct\">" + escape(PlanText.progress(progress))
                + "</td></tr>\n");
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
