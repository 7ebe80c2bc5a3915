package org.studypath.domain.backup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;
import org.studypath.domain.WebLinks;
import org.studypath.domain.catalog.CatalogData;

/**
 * The contents of a StudyPath backup, version {@value #VERSION}: every table of the user's data with every field and
 * its type, parents before children. Both the store (which reads and writes the rows) and the JSON format (which
 * checks them) work from this one description, so a backup holds everything and a restore checks everything.
 * Search indexes are not part of it: they are rebuilt after a restore.
 */
public final class BackupFormat {
    public static final String FORMAT = "studypath-backup";
    public static final int VERSION = 1;
    /** Longest text a field may hold, in characters. */
    public static final int MAX_TEXT = 100_000;
    private static final Pattern KEY = Pattern.compile(CatalogData.KEY_PATTERN);

    public enum Type { INTEGER, REAL, TEXT, BOOLEAN, DATE, TIMESTAMP }

    /**
     * What a text value must look like on its own, as StudyPath's own writes keep it; rules that need other fields,
     * rows or tables are the store's (RestoreInvariants).
     */
    public enum Text {
        /** Any text. */
        ANY,
        /** No white space at either end ({@link #isTrimmed}): StudyPath strips such texts before it stores them. */
        TRIMMED,
        /** Trimmed and not empty: a name, title or note. */
        NAME,
        /** The key of a catalog, category, resource or unit ({@link CatalogData#KEY_PATTERN}), as catalogs give it. */
        KEY,
        /** Empty, or an http or https address with a host ({@link #isLink}). */
        LINK,
        /**
         * A setting's value: checked by the app as the Settings dialog checks it, text included, and left out with a
         * warning when it fails, rather than refusing the whole backup.
         */
        SETTING
    }

    /**
     * One field of a row; {@code allowed} lists the only values a text field may take (empty: any text), and
     * {@code text} what it must look like. A text field is one line (a title, a name, an address) unless
     * {@code multiLine} (a note), which may also hold line breaks and tabs; no text field takes any other control
     * character.
     */
    public record Field(String name, Type type, boolean nullable, Set<String> allowed, Text text, boolean multiLine) {
        public Field {
            Objects.requireNonNull(name);
            Objects.requireNonNull(type);
            allowed = Set.copyOf(allowed);
            Objects.requireNonNull(text);
        }

        public Field(String name, Type type, boolean nullable, Set<String> allowed, Text text) {
            this(name, type, nullable, allowed, text, false);
        }

        public Field(String name, Type type, boolean nullable, Set<String> allowed) {
            this(name, type, nullable, allowed, Text.ANY, false);
        }
    }

    /**
     * A table of the backup: its name and fields, and how people call its rows ("resources"). An {@code optional}
     * table was added after version 1 of the format: a file without it (written before it existed) restores it empty.
     */
    public record Table(String name, String rows, List<Field> fields, boolean optional) {
        public Table {
            fields = List.copyOf(fields);
        }

        public Table(String name, String rows, List<Field> fields) {
            this(name, rows, fields, false);
        }

        public int index(String field) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(field)) {
                    return i;
                }
            }
            return -1;
        }

        public List<String> fieldNames() {
            return fields.stream().map(Field::name).toList();
        }
    }

    public static final List<Table> TABLES = List.of(
            table("catalog_source", "catalog versions", text("catalog_id", Text.KEY), integer("version"),
                    timestamp("loaded_at")),
            table("category", "categories", integer("id"), optionalKey("catalog_key"), text("name_en", Text.NAME),
                    text("name_zh", Text.NAME), integer("position")),
            table("resource", "resources", integer("id"), optionalKey("catalog_key"), optionalKey("catalog_id"),
                    oneOf("origin", "CATALOG", "USER"), integer("category_id"), integer("position"),
                    text("title", Text.NAME), text("title_zh", Text.TRIMMED), text("url", Text.LINK),
                    oneOf("type", names(ResourceType.values())), oneOf("unit_kind", names(UnitKind.values())),
                    bool("free"), text("language", Text.NAME), lines("note_en", Text.TRIMMED),
                    lines("note_zh", Text.TRIMMED), lines("duration_note_en", Text.TRIMMED),
                    lines("duration_note_zh", Text.TRIMMED), bool("hidden"), bool("retired"), timestamp("created_at"),
                    timestamp("updated_at")),
            table("resource_creator", "creators", integer("resource_id"), integer("position"), text("name", Text.NAME)),
            table("resource_topic", "topics", integer("resource_id"),
                    oneOf("topic", Arrays.stream(Topic.values()).map(Topic::key).toArray(String[]::new))),
            table("unit", "units", integer("id"), integer("resource_id"), optionalKey("catalog_key"),
                    integer("position"), text("title", Text.NAME), integer("minutes"), bool("estimated"),
                    text("url", Text.LINK), bool("retired")),
            table("setting", "settings", text("key"), text("value", Text.SETTING)),
            table("study_path", "study paths", integer("id"), text("name", Text.NAME), date("start_date"),
                    optionalDate("target_date"), integer("minutes_mon"), integer("minutes_tue"), integer("minutes_wed"),
                    integer("minutes_thu"), integer("minutes_fri"), integer("minutes_sat"), integer("minutes_sun"),
                    timestamp("created_at"), timestamp("updated_at")),
            table("path_day_off", "days off", integer("path_id"), date("day")),
            table("path_item", "path resources", integer("id"), integer("path_id"), integer("resource_id"),
                    integer("position"), new Field("pace_override", Type.REAL, true, Set.of())),
            table("path_unit_excluded", "units left out", integer("path_item_id"), integer("unit_id")),
            table("resource_prerequisite", "prerequisites", integer("resource_id"), integer("requires_id")),
            table("pace_factor", "pace factors", oneOf("resource_type", names(ResourceType.values())),
                    new Field("factor", Type.REAL, false, Set.of())),
            table("unit_progress", "unit progress", integer("unit_id"), oneOf("status", "IN_PROGRESS", "DONE", "SKIPPED"),
                    date("status_date"), timestamp("updated_at")),
            table("time_log", "time logs", integer("id"), integer("unit_id"), date("day"), integer("minutes"),
                    timestamp("created_at")),
            table("unit_note", "unit notes", integer("unit_id"), lines("text", Text.NAME), timestamp("updated_at")),
            table("resource_note", "resource notes", integer("resource_id"), lines("text", Text.NAME),
                    timestamp("updated_at")),
            // spaced review (schema 7): optional, so a backup written before it still restores
            optional(table("review_rating", "review ratings", integer("id"), integer("unit_id"), date("day"),
                    oneOf("rating", "again", "hard", "good", "easy"), timestamp("created_at"))),
            optional(table("path_review", "review settings", integer("path_id"), bool("review_on"),
                    integer("cap_minutes"), oneOf("scope", "units", "resources"), text("intervals", Text.NAME))));

    private BackupFormat() {
    }

    public static Optional<Table> table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Whether {@code text} is as {@link String#strip()} leaves it: no white space at either end. */
    public static boolean isTrimmed(String text) {
        return text.isEmpty() || !Character.isWhitespace(text.codePointAt(0))
                && !Character.isWhitespace(text.codePointBefore(text.length()));
    }

    /** Whether {@code text} looks like a catalog's key: {@link CatalogData#KEY_PATTERN}. */
    public static boolean isKey(String text) {
        return KEY.matcher(text).matches();
    }

    /**
     * Whether {@code text} is empty or starts as an http or https address with a host, in any case. Only the start
     * is checked, as parsing every address of a large backup would slow its restore down; {@link WebLinks#parse}
     * checks the whole address wherever a link is opened or exported.
     */
    public static boolean isLink(String text) {
        if (text.isEmpty()) {
            return true;
        }
        int host = text.regionMatches(true, 0, "https://", 0, 8) ? 8
                : text.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
        if (host < 0 || text.length() <= host || "/?#:".indexOf(text.charAt(host)) >= 0) {
            return false;
        }
        // an address never holds a space; one that does is two words, not a link (a character at a time: cheap)
        for (int i = host; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Table table(String name, String rows, Field... fields) {
        return new Table(name, rows, Arrays.asList(fields));
    }

    private static Table optional(Table table) {
        return new Table(table.name(), table.rows(), table.fields(), true);
    }

    private static Field integer(String name) {
        return new Field(name, Type.INTEGER, false, Set.of());
    }

    private static Field text(String name) {
        return new Field(name, Type.TEXT, false, Set.of());
    }

    private static Field text(String name, Text text) {
        return new Field(name, Type.TEXT, false, Set.of(), text);
    }

    /** Text of several lines: a note. */
    private static Field lines(String name, Text text) {
        return new Field(name, Type.TEXT, false, Set.of(), text, true);
    }

    private static Field optionalKey(String name) {
        return new Field(name, Type.TEXT, true, Set.of(), Text.KEY);
    }

    private static Field bool(String name) {
        return new Field(name, Type.BOOLEAN, false, Set.of());
    }

    private static Field date(String name) {
        return new Field(name, Type.DATE, false, Set.of());
    }

    private static Field optionalDate(String name) {
        return new Field(name, Type.DATE, true, Set.of());
    }

    private static Field timestamp(String name) {
        return new Field(name, Type.TIMESTAMP, false, Set.of());
    }

    private static Field oneOf(String name, String... values) {
        return new Field(name, Type.TEXT, false, Set.of(values));
    }

    private static String[] names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names.toArray(String[]::new);
    }
}
