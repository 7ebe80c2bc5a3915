package org.studypath.domain.syllabus;

import java.util.List;
import org.studypath.domain.ResourceDraft;

/**
 * What a pasted list or a playlist file holds: the units to create, the lines that could not be read, and, from a
 * playlist, its title, address and creators and how many of its entries were unavailable (private, deleted) and left out.
 */
public record ParsedCourse(String title, String url, List<String> creators, List<ParsedUnit> units,
                           List<LineProblem> problems, int unavailable) {
    public ParsedCourse {
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        creators = List.copyOf(creators);
        units = List.copyOf(units);
        problems = List.copyOf(problems);
    }

    /** Units only, as a pasted list gives them. */
    public static ParsedCourse of(List<ParsedUnit> units, List<LineProblem> problems) {
        return new ParsedCourse("", "", List.of(), units, problems, 0);
    }

    public int totalMinutes() {
        return units.stream().mapToInt(ParsedUnit::minutes).sum();
    }

    public long estimatedCount() {
        return units.stream().filter(ParsedUnit::estimated).count();
    }

    /** Whether the units can be added: at least one, and no line left unread. */
    public boolean addable() {
        return !units.isEmpty() && problems.isEmpty();
    }

    /** The units as new units of a resource's draft. */
    public List<ResourceDraft.UnitDraft> unitDrafts() {
        return units.stream()
                .map(u -> new ResourceDraft.UnitDraft(0, u.title(), u.minutes(), u.url(), u.estimated())).toList();
    }
}
