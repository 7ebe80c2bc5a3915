package org.studypath.exchange.plan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.XProperty;
import org.studypath.domain.Durations;
import org.studypath.domain.WebLinks;
import org.studypath.domain.report.PlanReport;

/**
 * The plan as an iCalendar file (RFC 5545) for Google Calendar, Thunderbird, Outlook or Apple Calendar.
 *
 * <p>One event per study session: the units of one resource studied in a row on one day. Sessions of a day follow one
 * another from {@code dayStart}, local time in {@code zone}; times are written in UTC, so no VTIMEZONE is needed and
 * every calendar shows them at the right local time. Each event's UID comes from the path and the first unit (and
 * part) it covers, and its SEQUENCE from the export time, so importing a new export after a replan moves the
 * existing events instead of adding copies. iCal4j writes each property (escaping, CRLF line ends);
 * {@link OctetFoldingWriter} folds lines at 75 octets of UTF-8 (iCal4j's own folding counts characters); events are written one at a time so a long plan is streamed rather than built in memory.
 */
public final class IcsPlanWriter {
    /** Epoch of the SEQUENCE numbers: seconds since this instant, so a later export always has a higher one. */
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final int MAX_SUMMARY = 160;

    private final LocalTime dayStart;
    private final ZoneId zone;

    public IcsPlanWriter(LocalTime dayStart, ZoneId zone) {
        this.dayStart = Objects.requireNonNull(dayStart);
        this.zone = Objects.requireNonNull(zone);
    }

    /** One event: rows of one resource, back to back on one day. */
    record Event(Instant start, Instant end, List<PlanReport.Row> rows) {
    }

    public void write(PlanReport report, OutputStream out) throws IOException {
        Writer writer = new OctetFoldingWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024));
        line(writer, "BEGIN:VCALENDAR");
        property(writer, new ProdId("-//StudyPath//" + report.generator() + "//EN"));
        property(writer, ImmutableVersion.VERSION_2_0);
        property(writer, ImmutableCalScale.GREGORIAN);
        property(writer, new XProperty("X-WR-CALNAME", "StudyPath: " + report.pathName()));
        DtStamp stamp = new DtStamp(report.generatedAt());
        int sequence = (int) Math.min(Integer.MAX_VALUE,
                Math.max(0, Duration.between(SEQUENCE_EPOCH, report.generatedAt()).toSeconds()));
        for (Event event : events(report)) {
            writer.write(vevent(report, event, stamp, sequence).toString());
        }
        line(writer, "END:VCALENDAR");
        writer.flush();
    }

    List<Event> events(PlanReport report) {
        List<Event> events = new ArrayList<>();
        List<PlanReport.Row> current = new ArrayList<>();
        Instant cursor = null;
        java.time.LocalDate day = null;
        for (PlanReport.Row row : report.sessions()) {
            if (!row.date().equals(day)) {
                flush(events, current, cursor);
                day = row.date();
                cursor = day.atTime(dayStart).atZone(zone).toInstant();
            } else if (!current.isEmpty() && current.get(0).resourceId() != row.resourceId()) {
                cursor = flush(events, current, cursor);
            }
            current.add(row);
        }
        flush(events, current, cursor);
        return events;
    }

    private static Instant flush(List<Event> events, List<PlanReport.Row> rows, Instant start) {
        if (rows.isEmpty()) {
            return start;
        }
        int minutes = rows.stream().mapToInt(PlanReport.Row::minutes).sum();
        Instant end = start.plus(Duration.ofMinutes(minutes));
        events.add(new Event(start, end, List.copyOf(rows)));
        rows.clear();
        return end;
    }

    private static VEvent vevent(PlanReport report, Event event, DtStamp stamp, int sequence) {
        PlanReport.Row first = event.rows().get(0);
        VEvent vevent = new VEvent(event.start(), event.end(), summary(event.rows()));
        vevent.add(new Uid(report.key() + "-unit-" + first.unitId() + "-part-" + first.part() + "@studypath"));
        vevent.replace(stamp);
        vevent.add(new Sequence(sequence));
        vevent.add(new Description(description(report, event.rows())));
        WebLinks.parse(first.url()).ifPresent(uri -> vevent.add(new Url(uri)));
        return vevent;
    }

    /** "✓ Essence of calculus: Ep. 1 The essence of calculus, Ep. 2 …" — the resource, then the units. */
    static String summary(List<PlanReport.Row> rows) {
        boolean allDone = rows.stream().allMatch(PlanReport.Row::done);
        StringBuilder summary = new StringBuilder(allDone ? "✓ " : "");
        summary.append(rows.get(0).resource()).append(": ");
        for (int i = 0; i < rows.size(); i++) {
            String unit = rows.get(i).unitLabel();
            if (summary.length() + unit.length() > MAX_SUMMARY && i > 0) {
                summary.append(" and ").append(rows.size() - i).append(" more");
                break;
            }
            summary.append(i == 0 ? "" : ", ").append(unit);
        }
        return summary.toString();
    }

    private static String description(PlanReport report, List<PlanReport.Row> rows) {
        StringBuilder text = new StringBuilder();
        for (PlanReport.Row row : rows) {
            text.append(row.done() ? "[x] " : "[ ] ").append(row.unitLabel()).append(" (")
                    .append(Durations.format(row.minutes())).append(")\n");
        }
        if (!rows.get(0).url().isBlank()) {
            text.append("\n").append(rows.get(0).url()).append("\n");
        }
        text.append("\nStudy path: ").append(report.pathName());
        return text.toString();
    }

    private static void property(Writer writer, Property property) throws IOException {
        writer.write(property.toString());
    }

    private static void line(Writer writer, String text) throws IOException {
        writer.write(text);
        writer.write("\r\n");
    }
}
