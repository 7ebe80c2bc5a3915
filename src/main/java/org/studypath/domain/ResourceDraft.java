package org.studypath.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A user's own resource as entered in the form, before it is saved.
 * {@code id} is 0 for a new resource; unit ids are 0 for new units.
 */
public record ResourceDraft(
        long id,
        long categoryId,
        String title,
        List<String> creators,
        String url,
        ResourceType type,
        UnitKind unitKind,
        boolean free,
        String language,
        Set<Topic> topics,
        String note,
        List<UnitDraft> units) {

    public static final int MAX_TITLE_LENGTH = 300;
    public static final int MAX_MINUTES = 100 * 60;

    public ResourceDraft {
        title = title == null ? "" : title.strip();
        creators = creators == null ? List.of() : creators.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        url = url == null ? "" : url.strip();
        language = language == null || language.isBlank() ? "en" : language.strip();
        topics = topics == null || topics.isEmpty() ? Set.of() : Set.copyOf(topics);
        note = note == null ? "" : note.strip();
        units = units == null ? List.of() : List.copyOf(units);
    }

    /**
     * One unit as entered: {@code id} is 0 for a unit that is not saved yet; {@code estimated}: its minutes are a
     * guess (a pasted line without a time, pages turned into minutes), shown with ≈ until the learner types a time.
     */
    public record UnitDraft(long id, String title, int minutes, String url, boolean estimated) {
        public UnitDraft {
            title = title == null ? "" : title.strip();
            url = url == null ? "" : url.strip();
        }

        /** A unit whose minutes the learner typed. */
        public UnitDraft(long id, String title, int minutes, String url) {
            this(id, title, minutes, url, false);
        }
    }

    /** A problem with one field, named the way the form names it ("title", "url", "units[2].minutes"). */
    public record Problem(String field, Notice notice) {
        /** The problem in English. */
        public String message() {
            return notice.toString();
        }
    }

    private static void keepable(List<Problem> problems, String field, String text, boolean singleLine) {
        if (SafeText.problem(text, singleLine).isPresent()) {
            problems.add(new Problem(field, Notice.of("input.oddCharacters", SafeText.quote(text))));
        }
    }

    /** Everything wrong with the draft; empty when it can be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(new Problem("title", Notice.of("draft.titleMissing")));
        } else if (title.length() > MAX_TITLE_LENGTH) {
            problems.add(new Problem("title", Notice.of("draft.titleTooLong", MAX_TITLE_LENGTH)));
        }
        if (!url.isEmpty() && !WebLinks.isWebLink(url)) {
            problems.add(new Problem("url", Notice.of("draft.url")));
        }
        // what a paste can bring past a text field's filter (C1 controls, noncharacters): a backup could not carry it
        keepable(problems, "title", title, true);
        keepable(problems, "url", url, true);
        keepable(problems, "language", language, true);
        keepable(problems, "note", note, false);
        for (int i = 0; i < creators.size(); i++) {
            keepable(problems, "creators", creators.get(i), true);
        }
        if (categoryId <= 0) {
            problems.add(new Problem("category", Notice.of("draft.category")));
        }
        if (type == null) {
            problems.add(new Problem("type", Notice.of("draft.type")));
        }
        if (units.isEmpty()) {
            problems.add(new Problem("units", Notice.of("draft.units")));
        }
        for (int i = 0; i < units.size(); i++) {
            UnitDraft unit = units.get(i);
            if (unit.title().isEmpty()) {
                problems.add(new Problem(unitField(i, "title"), Notice.of("draft.unitTitle", i + 1)));
            }
            if (unit.minutes() <= 0) {
                problems.add(new Problem(unitField(i, "minutes"), Notice.of("draft.unitMinutes", i + 1)));
            } else if (unit.minutes() > MAX_MINUTES) {
                problems.add(new Problem(unitField(i, "minutes"), Notice.of("draft.unitTooLong", i + 1, MAX_MINUTES)));
            }
            if (!unit.url().isEmpty() && !WebLinks.isWebLink(unit.url())) {
                problems.add(new Problem(unitField(i, "url"), Notice.of("draft.unitUrl", i + 1)));
            }
            keepable(problems, unitField(i, "title"), unit.title(), true);
            keepable(problems, unitField(i, "url"), unit.url(), true);
        }
        return problems;
    }

    public static String unitField(int index, String field) {
        return "units[" + index + "]." + field;
    }
}
