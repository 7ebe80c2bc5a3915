package org.studypath.domain.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.studypath.domain.Durations;
import org.studypath.domain.plan.SessionKind;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.progress.Standing;
import org.studypath.domain.review.Rating;

/**
 * The words of the readable exports (calendar event texts, Markdown, HTML, PDF) in the UI's language: Chinese for
 * any {@code zh} locale, English otherwise. Sentences are whole in the bundle {@code org/studypath/domain/report/report}
 * ({@code report_zh}); dates and durations are written as the window writes them. Machine-read exports (CSV, the
 * backup) do not use it: they stay the same in every language.
 */
public final class ReportWords {
    public static final String BUNDLE = "org.studypath.domain.report.report";

    private final Locale locale;
    private final ResourceBundle bundle;

    private ReportWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ReportWords of(Locale locale) {
        return new ReportWords(locale == null ? Locale.UK : locale);
    }

    public static ReportWords english() {
        return of(Locale.UK);
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** The language tag for a document's {@code lang}: "en" or "zh-Hans". */
    public String languageTag() {
        return chinese() ? "zh-Hans" : "en";
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** "Tue 4 May 2027" / "2027年5月4日 周二", as the window writes a date. */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale));
    }

    /** "Tue 4 May" / "5月4日 周二" */
    public String shortDate(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern(bundle.getString("format.shortDate"), locale));
    }

    /** "12 May", or "12 May 2028" when not in {@code today}'s year. */
    public String dayMonth(LocalDate date, LocalDate today) {
        if (date == null) {
            return "";
        }
        String key = date.getYear() == today.getYear() ? "format.dayMonth" : "format.dayMonthYear";
        return date.format(DateTimeFormatter.ofPattern(bundle.getString(key), locale));
    }

    /** "3 h 10 min" / "3 小时 10 分钟" */
    public String duration(int minutes) {
        Durations.Reading reading = Durations.reading(minutes);
        if (reading.minutesOnly()) {
            return text("duration.minutes", reading.minutes());
        }
        return reading.wholeHours() ? text("duration.hours", reading.hours())
                : text("duration.hoursMinutes", reading.hours(), reading.minutes());
    }

    /** "42 % · 12 h 30 min of 30 h done" */
    public String progress(Progress progress) {
        if (progress.totalMinutes() == 0) {
            return text("progress.nothing");
        }
        return text("progress.summary", progress.percent(), duration(progress.doneMinutes()),
                duration(progress.totalMinutes()));
    }

    /** Where the learner stands, as Today says it: "3 h behind — projected finish 12 May, planned 28 Apr". */
    public String standing(Standing standing, LocalDate today) {
        String projected = dayMonth(standing.projectedFinish(), today);
        String planned = dayMonth(standing.plannedFinish(), today);
        String finish = standing.projectedFinish() != null && standing.projectedFinish().equals(standing.plannedFinish())
                ? text("standing.asPlanned", planned)
                : text("standing.projected", projected, planned);
        return switch (standing.state()) {
            case NO_PLAN -> standing.problem() == null ? "" : standing.problem().in(locale);
            case FINISHED -> text("standing.finished");
            case NOT_STARTED -> text("standing.notStarted", finish);
            case ON_TRACK -> text("standing.onTrack", finish);
            case AHEAD -> text("standing.ahead", duration(standing.minutesAhead()), finish);
            case BEHIND -> text("standing.behind", duration(standing.minutesBehind()), finish);
        };
    }

    /**
     * The unit's title, with "(part 2 of 3)" when it is split across days; a review says so: "Review: Limits", or
     * "Review: the whole resource" for a whole-resource review, so every readable export marks its reviews.
     */
    public String unitLabel(PlanReport.Row row) {
        if (row.kind() == SessionKind.RESOURCE_REVIEW) {
            return text("review.wholeResource");
        }
        if (row.isReview()) {
            return text("review.unit", row.unit());
        }
        return row.isSplit() ? text("unit.part", row.unit(), row.part(), row.parts()) : row.unit();
    }

    /** A calendar event's title: "Review: Calculus: Limits" for a review, "Calculus: Limits" for study. */
    public String eventTitle(PlanReport.Row row) {
        if (row.kind() == SessionKind.RESOURCE_REVIEW) {
            return text("review.resourceEvent", row.resource());
        }
        if (row.isReview()) {
            return text("review.unitEvent", row.resource(), row.unit());
        }
        return row.resource() + ": " + unitLabel(row);
    }

    /** "Good" / "良好": a rating as the exports say it. */
    public String rating(Rating rating) {
        return text("rating." + rating.code());
    }

    /**
     * What to say after a session's unit, without brackets: "done Tue 4 May", "skipped", "in progress" (with the share done: "in progress, 40 %"), "overdue"
     * (not started and planned before {@code today}, as Today's "still open from earlier days"), or "".
     */
    public String status(PlanReport.Row row, LocalDate today) {
        if (row.isReview() && row.done() && row.rating() != null) {
            return text("status.reviewed", rating(row.rating()), shortDate(row.statusDate()));
        }
        return switch (row.status()) {
            case DONE -> row.statusDate() == null ? "" : text("status.done", shortDate(row.statusDate()));
            case SKIPPED -> text("status.skipped");
            case IN_PROGRESS -> row.share() > 0 ? text("status.inProgressShare", (int) Math.floor(row.share() * 100))
                    : text("status.inProgress");
            case NOT_STARTED -> row.date().isBefore(today) ? text("status.overdue") : "";
        };
    }
}
