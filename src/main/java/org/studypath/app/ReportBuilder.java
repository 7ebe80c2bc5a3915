package org.studypath.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.studypath.domain.Category;
import org.studypath.domain.Resource;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.Session;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.NoteTexts;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.report.PlanReport;
import org.studypath.domain.report.ReportWords;
import org.studypath.domain.review.Rating;
import org.studypath.domain.review.ReviewHistory;

/** Turns a planned path into the {@link PlanReport} every export is written from. Pure: no I/O of its own. */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    /**
     * The sessions are the plan as shown ({@link PlanService.PlannedPath#shown()}), the same the window's Today and
     * Schedule pages read: done units on the day they were done, open ones where the plan puts them.
     *
     * @param resources looks up a resource, for its link (may return empty)
     */
    public static PlanReport build(PlanService.PlannedPath planned, LongFunction<Optional<Resource>> resources,
                                   Instant generatedAt, String generator) {
        return build(planned, resources, generatedAt, generator, Locale.UK);
    }

    /**
     * As {@link #build(PlanService.PlannedPath, LongFunction, Instant, String)}, with the standing and the category
     * names in {@code language} (the UI's): Chinese puts the Chinese name of a category first.
     */
    public static PlanReport build(PlanService.PlannedPath planned, LongFunction<Optional<Resource>> resources,
                                   Instant generatedAt, String generator, Locale language) {
        return build(planned, resources, generatedAt, generator, language, NoteTexts.NONE);
    }

    /**
     * As {@link #build(PlanService.PlannedPath, LongFunction, Instant, String, Locale)}, with the learner's notes on
     * the path's units and resources: {@code notes} may hold every note, those of other paths are left out.
     */
    public static PlanReport build(PlanService.PlannedPath planned, LongFunction<Optional<Resource>> resources,
                                   Instant generatedAt, String generator, Locale language, NoteTexts notes) {
        ReportWords words = ReportWords.of(language);
        Map<Long, PlanItem> items = new LinkedHashMap<>();
        Map<Long, String> urls = new LinkedHashMap<>();
        for (PlanItem item : planned.path().items()) {
            items.put(item.resourceId(), item);
            urls.put(item.resourceId(), resources.apply(item.resourceId()).map(Resource::url).orElse(""));
        }
        List<PlanReport.Row> rows = new ArrayList<>();
        for (Session session : planned.shown().sessions()) {
            rows.add(row(session, planned, items, urls));
        }

        Map<String, Category> categoriesByKey = new LinkedHashMap<>();
        for (PlanItem item : planned.path().items()) {
            if (item.category() != null) {
                categoriesByKey.putIfAbsent(categoryKey(item.category()), item.category());
            }
        }
        Map<String, Progress> byCategory = Progress.by(planned.path().items(), planned.pace(),
                item -> item.category() == null ? "" : categoryKey(item.category()));
        List<PlanReport.Group> categories = new ArrayList<>();
        categoriesByKey.forEach((key, category) -> categories.add(words.chinese()
                ? new PlanReport.Group(category.name().zh(), category.name().en(), byCategory.getOrDefault(key, Progress.NONE))
                : new PlanReport.Group(category.name().en(), category.name().zh(), byCategory.getOrDefault(key, Progress.NONE))));
        List<PlanReport.Group> resourceGroups = new ArrayList<>();
        for (PlanItem item : planned.path().items()) {
            resourceGroups.add(new PlanReport.Group(item.title(), urls.get(item.resourceId()), planned.progress(item),
                    item.resourceId()));
        }
        var standing = planned.standing();
        return new PlanReport(planned.path().id(), "path-" + planned.path().id(), planned.path().name(), planned.today(),
                generatedAt, generator, standing.state(), words.standing(standing, planned.today()),
                standing.plannedFinish(), standing.projectedFinish(), planned.path().availability().target(),
                planned.progress(), categories, resourceGroups, rows, notesOf(planned, notes));
    }

    /** The notes of the path's own units and resources, so a report carries no other path's. */
    private static NoteTexts notesOf(PlanService.PlannedPath planned, NoteTexts notes) {
        if (notes.isEmpty()) {
            return NoteTexts.NONE;
        }
        Map<Long, String> units = new LinkedHashMap<>();
        Map<Long, String> resources = new LinkedHashMap<>();
        for (PlanItem item : planned.path().items()) {
            String resourceNote = notes.resource(item.resourceId());
            if (!resourceNote.isEmpty()) {
                resources.put(item.resourceId(), resourceNote);
            }
            for (PlanItem.PlanUnit unit : item.units()) {
                String unitNote = notes.unit(unit.unitId());
                if (!unitNote.isEmpty()) {
                    units.put(unit.unitId(), unitNote);
                }
            }
        }
        return new NoteTexts(units, resources);
    }

    private static String categoryKey(Category category) {
        return category.key() != null ? category.key() : "#" + category.id();
    }

    private static PlanReport.Row row(Session session, PlanService.PlannedPath planned, Map<Long, PlanItem> items,
                                      Map<Long, String> urls) {
        PlanItem item = items.get(session.resourceId());
        PlanItem.PlanUnit unit = planned.units().get(session.unitId());
        String category = item == null || item.category() == null ? "" : item.category().name().en();
        if (session.isReview()) {
            // a review is done when it was rated on its day (rated reviews stay on the day they were rated)
            Rating rating = planned.path().reviewHistory().on(session.unitId(), session.date())
                    .map(ReviewHistory.Rated::rating).orElse(null);
            return new PlanReport.Row(session.date(), session.resourceId(), session.resourceTitle(), category,
                    urls.getOrDefault(session.resourceId(), ""), session.unitId(), session.unitTitle(), 1, 1,
                    session.minutes(), rating == null ? UnitStatus.NOT_STARTED : UnitStatus.DONE,
                    rating == null ? null : session.date(), session.kind(), session.reviewNumber(), rating);
        }
        UnitStatus status = unit == null ? UnitStatus.NOT_STARTED : unit.status();
        return new PlanReport.Row(session.date(), session.resourceId(), session.resourceTitle(), category,
                urls.getOrDefault(session.resourceId(), ""), session.unitId(), session.unitTitle(), session.part(),
                session.parts(), session.minutes(), status, unit == null ? null : unit.statusDate(),
                unit == null ? 0 : unit.share(), unit == null ? null : unit.resume());
    }
}
