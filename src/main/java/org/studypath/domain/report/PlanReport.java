package org.studypath.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.studypath.domain.ResumePoint;
import org.studypath.domain.plan.SessionKind;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.NoteTexts;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.progress.Standing;
import org.studypath.domain.review.Rating;

/**
 * A study path as the exports show it: its progress, where the learner stands, and every session, done ones where
 * they were planned and the rest where they now land from today. Every export format (calendar, spreadsheet,
 * checklist, printed report) is written from this one record, so they all tell the same story.
 *
 * @param key a stable identity of the path, used for calendar event ids: the same path gives the same key on every
 *            export, also after a restore on another machine
 * @param notes the learner's notes on the path's units and resources, as written (raw Markdown): a writer shows a
 *              unit's note under the unit ({@link #unitNote}) and a resource's under the resource ({@link #resourceNote})
 */
public record PlanReport(long pathId, String key, String pathName, LocalDate today, Instant generatedAt,
                         String generator, Standing.State state, String standingText, LocalDate plannedFinish,
                         LocalDate projectedFinish, LocalDate target, Progress progress, List<Group> categories,
                         List<Group> resources, List<Row> sessions, NoteTexts notes) {

    /**
     * A category or resource with its progress; {@code detail} is the second language or the link. {@code id} is the
     * resource's id for a resource (what {@link #resourceNote} takes), 0 for a category or when not known.
     */
    public record Group(String name, String detail, Progress progress, long id) {
        public Group {
            Objects.requireNonNull(name);
            detail = detail == null ? "" : detail;
        }

        public Group(String name, String detail, Progress progress) {
            this(name, detail, progress, 0);
        }
    }

    /**
     * One session: a unit (or part {@code part} of {@code parts} of one) on a day, with the unit's status and the day
     * that status was reached ({@code statusDate} null when not started), the share of the unit done (1 when done,
     * {@link org.studypath.domain.plan.DoneShare}) and where the learner stopped in it (null: nowhere said).
     *
     * <p>A review ({@code kind} {@link SessionKind#isReview()}) is the {@code reviewNumber}th review of the unit (of the
     * whole resource for {@link SessionKind#RESOURCE_REVIEW}); its status is DONE once it was rated, on the day it was
     * rated ({@code statusDate}), with that {@code rating}; null until then, and always for study.
     */
    public record Row(LocalDate date, long resourceId, String resource, String category, String url, long unitId,
                      String unit, int part, int parts, int minutes, UnitStatus status, LocalDate statusDate,
                      double share, ResumePoint resume, SessionKind kind, int reviewNumber, Rating rating) {
        public Row {
            Objects.requireNonNull(date);
            Objects.requireNonNull(status);
            url = url == null ? "" : url;
            category = category == null ? "" : category;
            share = status == UnitStatus.DONE ? 1 : status == UnitStatus.IN_PROGRESS ? share : 0;
            kind = kind == null ? SessionKind.STUDY : kind;
        }

        /** A study session. */
        public Row(LocalDate date, long resourceId, String resource, String category, String url, long unitId,
                   String unit, int part, int parts, int minutes, UnitStatus status, LocalDate statusDate) {
            this(date, resourceId, resource, category, url, unitId, unit, part, parts, minutes, status, statusDate, 0,
                    null);
        }

        /** A study session, with the share done and where the learner stopped. */
        public Row(LocalDate date, long resourceId, String resource, String category, String url, long unitId,
                   String unit, int part, int parts, int minutes, UnitStatus status, LocalDate statusDate,
                   double share, ResumePoint resume) {
            this(date, resourceId, resource, category, url, unitId, unit, part, parts, minutes, status, statusDate,
                    share, resume, SessionKind.STUDY, 0, null);
        }

        /** A session of {@code kind}, with no share done or resume point said. */
        public Row(LocalDate date, long resourceId, String resource, String category, String url, long unitId,
                   String unit, int part, int parts, int minutes, UnitStatus status, LocalDate statusDate,
                   SessionKind kind, int reviewNumber, Rating rating) {
            this(date, resourceId, resource, category, url, unitId, unit, part, parts, minutes, status, statusDate,
                    0, null, kind, reviewNumber, rating);
        }

        public boolean isReview() {
            return kind.isReview();
        }

        public boolean done() {
            return status == UnitStatus.DONE;
        }

        public boolean isSplit() {
            return parts > 1;
        }

        /** The unit's title, with "(part 2 of 3)" when it is split across days. */
        public String unitLabel() {
            return parts > 1 ? unit + " (part " + part + " of " + parts + ")" : unit;
        }
    }

    public PlanReport {
        Objects.requireNonNull(pathName);
        categories = List.copyOf(categories);
        resources = List.copyOf(resources);
        sessions = List.copyOf(sessions);
        standingText = standingText == null ? "" : standingText;
        notes = notes == null ? NoteTexts.NONE : notes;
    }

    /** A report without notes. */
    public PlanReport(long pathId, String key, String pathName, LocalDate today, Instant generatedAt, String generator,
                      Standing.State state, String standingText, LocalDate plannedFinish, LocalDate projectedFinish,
                      LocalDate target, Progress progress, List<Group> categories, List<Group> resources,
                      List<Row> sessions) {
        this(pathId, key, pathName, today, generatedAt, generator, state, standingText, plannedFinish, projectedFinish,
                target, progress, categories, resources, sessions, NoteTexts.NONE);
    }

    /** This report with {@code notes} (raw Markdown by unit and resource id). */
    public PlanReport withNotes(NoteTexts notes) {
        return new PlanReport(pathId, key, pathName, today, generatedAt, generator, state, standingText, plannedFinish,
                projectedFinish, target, progress, categories, resources, sessions, notes);
    }

    /** The note on the unit, as written (raw Markdown), or "" when it has none. */
    public String unitNote(long unitId) {
        return notes.unit(unitId);
    }

    /** The resource's own note, as written (raw Markdown), or "" when it has none. */
    public String resourceNote(long resourceId) {
        return notes.resource(resourceId);
    }

    /** The Monday that starts the week of {@code day}. */
    public static LocalDate weekOf(LocalDate day) {
        return weekOf(day, DayOfWeek.MONDAY);
    }

    /**
     * The day that starts the week of {@code day} when weeks start on {@code firstDay} (the Settings choice, so an
     * export's weeks are the Week view's).
     */
    public static LocalDate weekOf(LocalDate day, DayOfWeek firstDay) {
        return day.with(TemporalAdjusters.previousOrSame(firstDay));
    }

    /** Sessions grouped by the Monday of their week, in date order. */
    public Map<LocalDate, List<Row>> byWeek() {
        return byWeek(DayOfWeek.MONDAY);
    }

    /** Sessions grouped by the first day ({@code firstDay}) of their week, in date order. */
    public Map<LocalDate, List<Row>> byWeek(DayOfWeek firstDay) {
        Map<LocalDate, List<Row>> weeks = new TreeMap<>();
        for (Row row : sessions) {
            weeks.computeIfAbsent(weekOf(row.date(), firstDay), d -> new ArrayList<>()).add(row);
        }
        return weeks;
    }

    /** Rows grouped by resource title, in the order the resources first appear. */
    public static Map<String, List<Row>> byResource(List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(row.resource(), name -> new ArrayList<>()).add(row);
        }
        return groups;
    }
}
