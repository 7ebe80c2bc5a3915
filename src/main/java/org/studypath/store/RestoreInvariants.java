package org.studypath.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.SafeText;
import org.studypath.domain.catalog.CatalogData;

/**
 * The rules StudyPath's own writes keep and the schema does not, checked on the tables a restore has just filled,
 * after their references and before the commit: a backup edited by hand or written by another program could
 * otherwise put rows in the store that the app never writes, and that its screens and plans do not expect. Rules a
 * single value shows on its own are checked as the backup is read (BackupJsonReader, by {@code BackupFormat.Text}),
 * at a few nanoseconds a value; the rules here need another field, row or table. They are set-based SQL: one pass
 * over a table finds its first row, in backup order, that breaks any of its rules, along the existing indexes.
 *
 * <p>Kept by the app (table: rule — how the app keeps it), checked here:
 * <ul>
 * <li>path_unit_excluded: the unit belongs to the path item's resource — SqlitePathRepository only leaves out a unit
 *     of the item's own resource (setUnitIncluded, setExcludedUnits), and duplicate copies them item by item.
 * <li>path_item: no two items of a path share a position — items are appended after the last, reorder numbers all.
 * <li>study_path: target_date is not before start_date — saveAvailability refuses it (store.targetBeforeStart).
 * <li>study_path: name at most {@value SqlitePathRepository#MAX_NAME_LENGTH} characters — requireName.
 * <li>unit: minutes at most {@value ResourceDraft#MAX_MINUTES} — ResourceDraft and the catalog reader refuse more.
 * <li>unit: catalog_key on every unit of a catalog resource and on no unit of the user's — the catalog sync keys each
 *     unit it writes; the resource editor never does.
 * <li>unit: retired and estimated only on units of catalog resources — only the catalog sync retires units, and the
 *     editor saves the minutes typed as exact.
 * <li>unit: a resource that is not retired has a unit that is not — the catalog sync keeps the catalog's units and
 *     retires only the others, the editor never retires.
 * <li>unit: the units of a resource that are not retired have distinct positions — the editor numbers them from 0,
 *     the catalog sync numbers the catalog's and retires the rest.
 * <li>resource: at least one unit — the editor and the catalog reader refuse a resource without one, and units of
 *     catalog resources are retired, never deleted.
 * <li>resource: retired only on catalog resources — only the catalog sync retires resources.
 * <li>resource: a catalog resource has a url — the catalog reader requires it (a user's may be empty).
 * <li>resource: the user's title at most {@value ResourceDraft#MAX_TITLE_LENGTH} characters — ResourceDraft.
 * <li>category, resource, unit: a catalog's texts at most {@value CatalogData#MAX_TEXT} characters — the catalog
 *     reader (categories only ever come from catalogs).
 * <li>category: catalog_key is set — categories only come from catalogs, each with its key.
 * <li>catalog_source: version at least 1 — the catalog reader.
 * <li>unit_note, resource_note: at most {@value SqliteProgressRepository#MAX_NOTE_LENGTH} characters — saveNote.
 * <li>path_review: intervals are whole days, growing, separated by commas — ReviewSettings refuses any other ladder
 *     (checked in SQL for the characters and the shape; the growth is checked as the settings are read, which falls
 *     back to the default ladder with a log line).
 * </ul>
 *
 * <p>Kept by the app, checked as the backup is read (BackupFormat marks the fields):
 * <ul>
 * <li>Names, titles, notes, links, languages, creators: no white space at either end — the editor, the catalog
 *     reader, requireName and saveNote all strip what they store.
 * <li>Titles, names, languages, creators, notes: not empty — the editor drops empty creators and writes "en" for no
 *     language, the catalog reader requires the rest.
 * <li>Catalog ids and keys: lowercase letters, digits and dashes, at most {@value CatalogData#MAX_KEY_LENGTH} — the
 *     catalog reader.
 * <li>Links of resources and units: empty or http(s) with a host — WebLinks, in the editor and the catalog reader;
 *     the scheme and the start of the host are checked, and WebLinks.parse checks the whole address again wherever a
 *     link is opened or exported.
 * <li>resource_topic: one of the Topic keys — both writers take topics from the enum.
 * </ul>
 *
 * <p>Not checked:
 * <ul>
 * <li>Prerequisite cycles: the app accepts them (setPrerequisites), and the scheduler reports them
 *     (plan.prerequisiteCircle).
 * <li>Distinct positions of resources in a category, or of categories: not kept (the catalog sync numbers the
 *     catalog's resources from 0 whatever the user's resources in that category hold; packs append categories).
 * <li>Time logged per unit and day: not kept; each log is 1 to 1,440 minutes (the schema), any number of them a day.
 * <li>Days off, unit status dates and log days against the path's dates: not kept, any date is taken.
 * <li>The Chinese texts and duration notes of the user's own resources, which the app leaves empty: every screen shows
 *     them for any resource, and the benchmarks' backups (src/bench) give user resources Chinese titles to search.
 * <li>Positions without gaps (creators, units): only their order is ever read.
 * <li>Lengths are counted as SQLite counts characters, the editor in UTF-16 units: a text with characters outside the
 *     Basic Multilingual Plane may be a little longer than the editor would take.
 * </ul>
 */
final class RestoreInvariants {
    private static final int CATALOG_TEXT = CatalogData.MAX_TEXT;
    private static final List<String> ID = List.of("id");
    private static final String CATALOG = "r.origin = 'CATALOG'";
    private static final String USER = "r.origin = 'USER'";

    private static final List<Pass> PASSES = List.of(
            new Pass("catalog_source", List.of("catalog_id"), "s.*", "catalog_source s", "s.rowid", List.of(
                    new Rule("s.version < 1", row -> Notice.of("backup.invariant.notPositive", "version",
                            row.getLong("version"))))),
            new Pass("category", ID, "c.*", "category c", "c.rowid", List.of(
                    new Rule("c.catalog_key IS NULL", row -> Notice.of("backup.valueMissing", "catalog_key")),
                    longerThan(List.of("c.name_en", "c.name_zh"), CATALOG_TEXT, "1"))),
            // every rule starts with a plain comparison of the row, so a resource of the user's is cheap to pass
            new Pass("resource", ID, "r.*, (SELECT min(u.id) FROM unit u WHERE u.resource_id = r.id "
                    + "AND u.catalog_key IS NULL) AS keyless_unit", "resource r", "r.rowid", List.of(
                    longerThan(List.of("r.title"), ResourceDraft.MAX_TITLE_LENGTH, USER),
                    longerThan(List.of("r.title", "r.title_zh", "r.url", "r.language", "r.note_en", "r.note_zh",
                            "r.duration_note_en", "r.duration_note_zh"), CATALOG_TEXT, CATALOG),
                    new Rule(CATALOG + " AND r.url = ''", row -> Notice.of("backup.invariant.notWebLink", "url", "")),
                    new Rule(USER + " AND r.retired = 1", row -> Notice.of("backup.invariant.retiredUserRow", "retired",
                            row.getLong("id"))),
                    // from the catalog resources through the (resource_id, catalog_key) index to a unit without a
                    // key, rather than from every unit to its resource; said as that unit's fault
                    new Rule(CATALOG + " AND EXISTS (SELECT 1 FROM unit u WHERE u.resource_id = r.id "
                            + "AND u.catalog_key IS NULL)", row -> Notice.of("backup.invariant.row", "unit",
                            Notice.of("backup.invariant.key", "id", row.getString("keyless_unit")), Notice.of(
                            "backup.invariant.catalogKeyMissing", "catalog_key", row.getLong("id"))), true))),
            // the references are sound by now: as many distinct resource_id in unit as resources means none is missing
            new Pass("resource", ID, "r.*", "resource r", "r.rowid",
                    "SELECT (SELECT count(*) FROM resource) = (SELECT count(DISTINCT resource_id) FROM unit)", List.of(
                    new Rule("NOT EXISTS (SELECT 1 FROM unit u WHERE u.resource_id = r.id)", row -> Notice.of(
                            "backup.invariant.noUnits", "resource_id", row.getLong("id"))))),
            // every rule starts with what the unit row says, so its resource is looked up only for the rare unit that
            // may break it; past the first two rules (and the keyless one of resource), a unit with a key is a
            // catalog resource's and one without is the user's
            new Pass("unit", ID, "u.*", "unit u", "u.rowid", List.of(
                    new Rule("u.minutes > " + ResourceDraft.MAX_MINUTES, row -> Notice.of(
                            "backup.invariant.unitTooLong", "minutes", row.getLong("minutes"),
                            ResourceDraft.MAX_MINUTES)),
                    new Rule("u.catalog_key IS NOT NULL AND " + originOf("u") + " = 'USER'", row -> Notice.of(
                            "backup.invariant.catalogKeyOnUserUnit", "catalog_key", row.getLong("resource_id"))),
                    longerThan(List.of("u.title", "u.url"), CATALOG_TEXT, "u.catalog_key IS NOT NULL"),
                    new Rule("u.retired = 1 AND u.catalog_key IS NULL AND " + originOf("u") + " = 'USER'",
                            row -> Notice.of("backup.invariant.retiredUserRow", "retired", row.getLong("resource_id"))),
                    new Rule("u.estimated = 1 AND u.catalog_key IS NULL AND " + originOf("u") + " = 'USER'",
                            row -> Notice.of("backup.invariant.estimatedUserUnit", "estimated",
                                    row.getLong("resource_id"))),
                    new Rule("u.retired = 1 AND (SELECT retired FROM resource WHERE id = u.resource_id) = 0 AND NOT "
                            + "EXISTS (SELECT 1 FROM unit v WHERE v.resource_id = u.resource_id AND v.retired = 0)",
                            row -> Notice.of("backup.invariant.lastUnitRetired", "retired",
                                    row.getLong("resource_id"))))),
            // the unit_resource index alone says whether any two units share a position, and which; only their rows
            // are read, to leave out retired ones
            new Pass("unit", ID, "a.*, b.id AS other_id", "(SELECT resource_id, position FROM unit "
                    + "GROUP BY resource_id, position HAVING count(*) > 1) s "
                    + "JOIN unit a ON a.resource_id = s.resource_id AND a.position = s.position "
                    + "JOIN unit b ON b.resource_id = s.resource_id AND b.position = s.position", "a.rowid",
                    "SELECT (SELECT count(*) FROM unit) = (SELECT count(*) FROM (SELECT DISTINCT resource_id, "
                            + "position FROM unit))", List.of(
                    new Rule("b.id < a.id AND a.retired = 0 AND b.retired = 0", row -> Notice.of(
                            "backup.invariant.unitPositionTaken", "position", row.getLong("position"),
                            row.getLong("other_id"), row.getLong("resource_id"))))),
            new Pass("study_path", ID, "p.*", "study_path p", "p.rowid", List.of(
                    longerThan(List.of("p.name"), SqlitePathRepository.MAX_NAME_LENGTH, "1"),
                    new Rule(day("p.target_date") + " < " + day("p.start_date"), row -> Notice.of(
                            "backup.invariant.targetBeforeStart", "target_date", row.getString("target_date"),
                            "start_date", row.getString("start_date"))))),
            new Pass("path_item", ID, "a.*, b.id AS other_id",
                    "path_item a JOIN path_item b ON b.path_id = a.path_id AND b.position = a.position", "a.rowid",
                    "SELECT (SELECT count(*) FROM path_item) = "
                            + "(SELECT count(*) FROM (SELECT DISTINCT path_id, position FROM path_item))", List.of(
                    new Rule("b.id < a.id", row -> Notice.of("backup.invariant.pathItemPositionTaken", "position",
                            row.getLong("position"), row.getLong("other_id"), row.getLong("path_id"))))),
            new Pass("path_unit_excluded", List.of("path_item_id", "unit_id"),
                    "x.*, u.resource_id AS unit_resource_id, i.resource_id AS item_resource_id",
                    "path_unit_excluded x JOIN path_item i ON i.id = x.path_item_id JOIN unit u ON u.id = x.unit_id",
                    "x.rowid", List.of(
                    new Rule("u.resource_id <> i.resource_id", row -> Notice.of("backup.invariant.unitOfOtherResource",
                            "unit_id", row.getLong("unit_id"), row.getLong("unit_resource_id"),
                            row.getLong("item_resource_id"), row.getLong("path_item_id"))))),
            new Pass("unit_note", List.of("unit_id"), "n.*", "unit_note n", "n.rowid", List.of(
                    longerThan(List.of("n.text"), SqliteProgressRepository.MAX_NOTE_LENGTH, "1"))),
            new Pass("resource_note", List.of("resource_id"), "n.*", "resource_note n", "n.rowid", List.of(
                    longerThan(List.of("n.text"), SqliteProgressRepository.MAX_NOTE_LENGTH, "1"))),
            new Pass("path_review", List.of("path_id"), "r.*", "path_review r", "r.rowid", List.of(
                    new Rule(SqliteReviewRepository.BAD_INTERVALS.formatted("r.intervals"), row -> Notice.of(
                            "backup.invariant.reviewIntervals", "intervals", SafeText.quote(row.getString("intervals")))))));

    private RestoreInvariants() {
    }

    /** The first rule the restored tables break, said with its table, row and field; empty when they keep them all. */
    static Optional<Notice> firstBroken(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (Pass pass : PASSES) {
                if (pass.kept() != null) {
                    try (ResultSet rs = statement.executeQuery(pass.kept())) {
                        if (rs.next() && rs.getBoolean(1)) {
                            continue;
                        }
                    }
                }
                try (ResultSet rs = statement.executeQuery(pass.sql())) {
                    if (rs.next()) {
                        return Optional.of(pass.explain(rs));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** What to say about a row that breaks a rule: the sentence after the row's name, which names the field. */
    @FunctionalInterface
    private interface Explain {
        Notice of(ResultSet row) throws SQLException;
    }

    /**
     * A rule as the SQL condition a row that breaks it meets; {@code namesItsRow} when what it says names another row
     * than the one read (a unit found from its resource).
     */
    private record Rule(String broken, Explain explain, boolean namesItsRow) {
        Rule(String broken, Explain explain) {
            this(broken, explain, false);
        }
    }

    /**
     * One read of {@code from} for the first row, in {@code order}, that breaks one of {@code rules}; which one is
     * picked in SQL too, so the rows are read once whatever the number of rules. {@code keys} name the row. When
     * {@code kept} is given, a cheaper query whose one value is true when no row can break the rules, the read is left
     * out while it is. Every piece of SQL here is a constant of this class: nothing comes from the backup.
     */
    private record Pass(String table, List<String> keys, String select, String from, String order, String kept,
                        List<Rule> rules) {
        Pass(String table, List<String> keys, String select, String from, String order, List<Rule> rules) {
            this(table, keys, select, from, order, null, rules);
        }

        String sql() {
            StringBuilder which = new StringBuilder("CASE");
            for (int i = 0; i < rules.size(); i++) {
                which.append(" WHEN ").append(rules.get(i).broken()).append(" THEN ").append(i);
            }
            String any = rules.stream().map(rule -> "(" + rule.broken() + ")").collect(Collectors.joining(" OR "));
            return "SELECT " + which + " END AS broken_rule, " + select + " FROM " + from + " WHERE " + any
                    + " ORDER BY " + order + " LIMIT 1";
        }

        Notice explain(ResultSet row) throws SQLException {
            Rule rule = rules.get(row.getInt("broken_rule"));
            Notice what = rule.explain().of(row);
            if (rule.namesItsRow()) {
                return what;
            }
            Notice which = keys.size() == 1
                    ? Notice.of("backup.invariant.key", keys.get(0), SafeText.quote(row.getString(keys.get(0))))
                    : Notice.of("backup.invariant.keys", keys.get(0), SafeText.quote(row.getString(keys.get(0))),
                            keys.get(1), SafeText.quote(row.getString(keys.get(1))));
            return Notice.of("backup.invariant.row", table, which, what);
        }
    }

    /** The field of a column written as {@code alias.field}. */
    private static String field(String column) {
        return column.substring(column.indexOf('.') + 1);
    }

    /** The origin of the resource of the unit {@code alias}, looked up only where a rule gets that far. */
    private static String originOf(String alias) {
        return "(SELECT origin FROM resource WHERE id = " + alias + ".resource_id)";
    }

    /**
     * A text of {@code columns} longer than {@code max} characters (as SQLite and {@code codePointCount} count them)
     * on a row that meets {@code when}, a cheap condition tested first.
     */
    private static Rule longerThan(List<String> columns, int max, String when) {
        String longest = columns.size() == 1 ? "length(" + columns.get(0) + ")" : columns.stream()
                .map(column -> "length(" + column + ")").collect(Collectors.joining(", ", "max(", ")"));
        return new Rule(when + " AND " + longest + " > " + max, row -> {
            for (String column : columns) {
                String text = row.getString(field(column));
                if (text.codePointCount(0, text.length()) > max) {
                    return Notice.of("backup.textTooLong", field(column), max);
                }
            }
            throw new IllegalStateException("no text of " + columns + " is longer than " + max);
        });
    }

    /**
     * An ISO date (2026-11-25, also +10000-01-01 or -0001-01-01, which LocalDate writes and reads) as a number that
     * sorts as the dates do; text comparison would put +10000 before 2026.
     */
    private static String day(String column) {
        return "(CAST(substr(" + column + ", 1, length(" + column + ") - 6) AS INTEGER) * 10000 + CAST(substr(" + column
                + ", -5, 2) AS INTEGER) * 100 + CAST(substr(" + column + ", -2) AS INTEGER))";
    }
}
