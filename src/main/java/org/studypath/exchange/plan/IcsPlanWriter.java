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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.XProperty;
import org.studypath.domain.WebLinks;
import org.studypath.domain.report.CalendarEvent;
import org.studypath.domain.report.PlanReport;
import org.studypath.domain.report.ReportWords;

/**
 * The plan as an iCalendar file (RFC 5545) for Google Calendar, Thunderbird, Outlook or Apple Calendar.
 *
 * <p>One event per session of the plan: a unit on a day, or one part of a unit split across days. A calendar that
 * imports a file merges it by UID, so an event's identity must outlive every change of the plan: its UID is made of
 * the path, the unit and the part ({@code path-3-unit-41-part-1@studypath}) and of nothing that a tick, a skip, a
 * replan or other study times change (the old UIDs, named after the first unit of a group of sessions, changed when
 * the groups did). Its SEQUENCE is the export time in seconds, so a later export always updates the event; each event
 * says STATUS:CONFIRMED, so an event that was cancelled once and is planned again comes back. Every UID an earlier
 * export of the path wrote that the plan no longer holds (a skipped unit, a part that is no longer needed) is written
 * again with STATUS:CANCELLED, at its last times, and is written so in every later export too: a calendar that
 * imports any later file removes it. The earlier UIDs come from the caller, which keeps them between exports.
 *
 * <p>Sessions of a day follow one another from {@code dayStart}, local time in {@code zone}, done ones first; times are
 * written in UTC, so no VTIMEZONE is needed and every calendar shows them at the right local time. The texts are in
 * the UI's language ({@link ReportWords}). iCal4j writes each property (escaping, CRLF line ends);
 * {@link OctetFoldingWriter} folds lines at 75 octets of UTF-8 (iCal4j's own folding counts characters); events are
 * written one at a time so a long plan is streamed rather than built in memory.
 */
public final class IcsPlanWriter {
    /** Epoch of the SEQUENCE numbers: seconds since this instant, so a later export always has a higher one. */
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private final LocalTime dayStart;
    private final ZoneId zone;
    private final ReportWords words;

    /** In English. */
    public IcsPlanWriter(LocalTime dayStart, ZoneId zone) {
        this(dayStart, zone, Locale.UK);
    }

    public IcsPlanWriter(LocalTime dayStart, ZoneId zone, Locale language) {
        this.dayStart = Objects.requireNonNull(dayStart);
        this.zone = Objects.requireNonNull(zone);
        this.words = ReportWords.of(language);
    }

    /** One event: one session (a unit, or a part of one) at its time. */
    record Event(Instant start, Instant end, PlanReport.Row row) {
    }

    /** Writes the plan with no earlier export to cancel anything of. */
    public void write(PlanReport report, OutputStream out) throws IOException {
        write(report, List.of(), out);
    }

    /**
     * Writes the plan, and cancels every event of {@code earlier} (what earlier exports of this path wrote) that the
     * plan no longer holds. Returns every event written, planned and cancelled, for the caller to keep.
     */
    public List<CalendarEvent> write(PlanReport report, List<CalendarEvent> earlier, OutputStream out) throws IOException {
        Writer writer = new OctetFoldingWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024));
        line(writer, "BEGIN:VCALENDAR");
        property(writer, new ProdId("-//StudyPath//" + report.generator() + "//EN"));
        property(writer, ImmutableVersion.VERSION_2_0);
        property(writer, ImmutableCalScale.GREGORIAN);
        property(writer, ImmutableMethod.PUBLISH);
        property(writer, new XProperty("X-WR-CALNAME", words.text("calendar.name", report.pathName())));
        DtStamp stamp = new DtStamp(report.generatedAt());
        int sequence = (int) Math.min(Integer.MAX_VALUE,
                Math.max(0, Duration.between(SEQUENCE_EPOCH, report.generatedAt()).toSeconds()));
        List<CalendarEvent> written = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        for (Event event : events(report)) {
            VEvent vevent = vevent(report, event, stamp, sequence);
            writer.write(vevent.toString());
            String uid = uid(report, event.row());
            planned.add(uid);
            written.add(new CalendarEvent(uid, event.start(), event.end(), summary(event.row()), false));
        }
        Set<String> cancelled = new HashSet<>();
        for (CalendarEvent gone : earlier) {
            if (planned.contains(gone.uid()) || !cancelled.add(gone.uid())) {
                continue;
            }
            writer.write(cancelledEvent(report, gone, stamp, sequence).toString());
            written.add(new CalendarEvent(gone.uid(), gone.start(), gone.end(), gone.summary(), true));
        }
        line(writer, "END:VCALENDAR");
        writer.flush();
        return written;
    }

    /**
     * The identity of a session's event: the path, the unit and the part, and nothing a change of plan changes. A
     * review is named by its unit (or its resource, for a whole-resource review) and its number, the nth review
     * after the unit was done, so a review that moves updates its event and never takes a study session's UID.
     */
    static String uid(PlanReport report, PlanReport.Row row) {
        if (row.kind() == org.studypath.domain.plan.SessionKind.RESOURCE_REVIEW) {
            return report.key() + "-resource-" + row.resourceId() + "-review-" + row.reviewNumber() + "@studypath";
        }
        if (row.isReview()) {
            return report.key() + "-unit-" + row.unitId() + "-review-" + row.reviewNumber() + "@studypath";
        }
        return report.key() + "-unit-" + row.unitId() + "-part-" + Math.max(1, row.part()) + "@studypath";
    }

    List<Event> events(PlanReport report) {
        List<Event> events = new ArrayList<>();
        Instant cursor = null;
        java.time.LocalDate day = null;
        for (PlanReport.Row row : report.sessions()) {
            if (!row.date().equals(day)) {
                day = row.date();
                cursor = day.atTime(dayStart).atZone(zone).toInstant();
            }
            Instant end = cursor.plus(Duration.ofMinutes(row.minutes()));
            events.add(new Event(cursor, end, row));
            cursor = end;
        }
        return events;
    }

    private VEvent vevent(PlanReport report, Event event, DtStamp stamp, int sequence) {
        PlanReport.Row row = event.row();
        VEvent vevent = new VEvent(event.start(), event.end(), summary(row));
        vevent.add(new Uid(uid(report, row)));
        vevent.replace(stamp);
        vevent.add(new Sequence(sequence));
        vevent.add(ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(new Description(description(report, row)));
        WebLinks.parse(row.url()).ifPresent(uri -> vevent.add(new Url(uri)));
        return vevent;
    }

    private VEvent cancelledEvent(PlanReport report, CalendarEvent gone, DtStamp stamp, int sequence) {
        VEvent vevent = new VEvent(gone.start(), gone.end(), words.text("calendar.cancelled", gone.summary()));
        vevent.add(new Uid(gone.uid()));
        vevent.replace(stamp);
        vevent.add(new Sequence(sequence));
        vevent.add(ImmutableStatus.VEVENT_CANCELLED);
        vevent.add(new Description(words.text("calendar.cancelledNote", report.pathName())));
        return vevent;
    }

    /**
     * "✓ Essence of calculus: Ep. 1 The essence of calculus" — the resource, then the unit (and part); a review is
     * "Review: Essence of calculus: Ep. 1 …".
     */
    String summary(PlanReport.Row row) {
        return (row.done() ? "✓ " : "") + words.eventTitle(row);
    }

    private String description(PlanReport report, PlanReport.Row row) {
        StringBuilder text = new StringBuilder();
        text.append(row.done() ? "[x] " : "[ ] ").append(words.unitLabel(row)).append(" (")
                .append(words.duration(row.minutes())).append(")");
        String status = words.status(row, report.today());
        if (!status.isEmpty()) {
            text.append(" · ").append(status);
        }
        text.append("\n");
        if (!row.url().isBlank()) {
            text.append("\n").append(row.url()).append("\n");
        }
        text.append("\n").append(words.text("calendar.studyPath", report.pathName()));
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
