package org.studypath.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a study path can be exported as; {@link #JSON} is the full backup of everything, not only the path. */
public enum ExportFormat {
    ICS("ics", "Calendar (iCalendar .ics)"),
    CSV("csv", "Spreadsheet (CSV)"),
    MD("md", "Checklist (Markdown)"),
    HTML("html", "Printable report (HTML)"),
    PDF("pdf", "Printable report (PDF)"),
    JSON("json", "Full backup (JSON)");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public static Optional<ExportFormat> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)
                || (f == MD && wanted.equals("markdown")) || (f == ICS && wanted.equals("ical"))).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining("|"));
    }
}
