package org.studypath.domain.report;

import java.util.List;
import java.util.Objects;
import org.studypath.domain.LocalizedText;

/**
 * A resource with the learner's notes on it, as the notes export writes it: its title, link, category (in both
 * languages), the titles of its units, its topics' keys, its own note and its units' notes in unit order (notes are
 * raw Markdown as written). Only resources with at least one note are exported.
 *
 * @param units the titles of the resource's current units, in order (the front matter's {@code units})
 * @param tags  the keys of its topics ({@code linear-algebra}), usable as Obsidian tags
 */
public record ResourceNotes(long resourceId, String title, String url, LocalizedText category, List<String> units,
                            List<String> tags, String note, List<UnitNote> unitNotes) {
    /** A unit's note; {@code unit} is the unit's title (also of a unit no longer in the resource: its note is kept). */
    public record UnitNote(long unitId, String unit, String note) {
        public UnitNote {
            Objects.requireNonNull(unit);
            note = note == null ? "" : note;
        }
    }

    public ResourceNotes {
        Objects.requireNonNull(title);
        url = url == null ? "" : url;
        category = category == null ? new LocalizedText("", "") : category;
        units = List.copyOf(units);
        tags = List.copyOf(tags);
        note = note == null ? "" : note;
        unitNotes = List.copyOf(unitNotes);
    }

    /** How many notes: its own (when it has one) and its units'. */
    public int noteCount() {
        return (note.isBlank() ? 0 : 1) + unitNotes.size();
    }
}
