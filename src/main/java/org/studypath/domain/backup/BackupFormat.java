package org.studypath.domain.backup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;

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

    public enum Type { INTEGER, REAL, TEXT, BOOLEAN, DATE, TIMESTAMP }

    /**
     * One field of a row; {@code allowed} lists the only values a text field may take (empty: any text). A text
     * field is one line (a title, a name, an address) unless {@code multiLine} (a note), which may also hold line
     * breaks and tabs; no text field takes any other control character.
     */
    public record Field(String name, Type type, boolean nullable, Set<String> allowed, boolean multiLine) {
        public Field {
            Objects.requireNonNull(name);
            Objects.requireNonNull(type);
            allowed = Set.copyOf(allowed);
        }

        public Field(String name, Type type, boolean nullable, Set<String> allowed) {
            this(name, type, nullable, allowed, false);
        }
    }

    /** A table of the backup: its name and fields, and how people call its rows ("resources"). */
    public record Table(String name, String rows, List<Field> fields) {
        public Table {
            fields = List.copyOf(fields);
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
            table("catalog_source", "catalog versions", text("catalog_id"), integer("version"), timestamp("loaded_at")),
            table("category", "categories", integer("id"), optionalText("catalog_key"), text("name_en"), text("name_zh"),
                    integer("position")),
            table("resource", "resources", integer("id"), optionalText("catalog_key"), optionalText("catalog_id"),
                    oneOf("origin", "CATALOG", "USER"), integer("category_id"), integer("position"), text("title"),
                    text("title_zh"), text("url"), oneOf("type", names(ResourceType.values())),
                    oneOf("unit_kind", names(UnitKind.values())), bool("free"), text("language"), lines("note_en"),
                    lines("note_zh"), lines("duration_note_en"), lines("duration_note_zh"), bool("hidden"), bool("retired"),
                    timestamp("created_at"), timestamp("updated_at")),
            table("resource_creator", "creators", integer("resource_id"), integer("position"), text("name")),
            table("resource_topic", "topics", integer("resource_id"), oneOf("topic", topicKeys())),
            table("unit", "units", integer("id"), integer("resource_id"), optionalText("catalog_key"), integer("position"),
                    text("title"), integer("minutes"), bool("estimated"), text("url"), bool("retired")),
            table("setting", "settings", text("key"), text("value")),
            table("study_path", "study paths", integer("id"), text("name"), date("start_date"), optionalDate("target_date"),
                    integer("minutes_mon"), integer("minutes_tue"), integer("minutes_wed"), integer("minutes_thu"),
                    integer("minutes_fri"), integer("minutes_sat"), integer("minutes_sun"), timestamp("created_at"),
                    timestamp("updated_at")),
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
            table("unit_note", "unit notes", integer("unit_id"), lines("text"), timestamp("updated_at")),
            table("resource_note", "resource notes", integer("resource_id"), lines("text"), timestamp("updated_at")));

    private BackupFormat() {
    }

    public static Optional<Table> table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static String tableNames() {
        return TABLES.stream().map(Table::name).collect(Collectors.joining(", "));
    }

    private static Table table(String name, String rows, Field... fields) {
        return new Table(name, rows, Arrays.asList(fields));
    }

    private static Field integer(String name) {
        return new Field(name, Type.INTEGER, false, Set.of());
    }

    private static Field text(String name) {
        return new Field(name, Type.TEXT, false, Set.of());
    }

    /** Text of several lines: a note. */
    private static Field lines(String name) {
        return new Field(name, Type.TEXT, false, Set.of(), true);
    }

    private static Field optionalText(String name) {
        return new Field(name, Type.TEXT, true, Set.of());
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

    private static String[] topicKeys() {
        return Arrays.stream(Topic.values()).map(Topic::key).toArray(String[]::new);
    }

    private static String[] names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names.toArray(String[]::new);
    }
}
