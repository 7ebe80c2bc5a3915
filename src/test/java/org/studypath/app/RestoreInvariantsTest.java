package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.app.BackupHostileInputTest.catchExchange;
import static org.studypath.app.ExchangeFixture.CLOCK;
import static org.studypath.app.ExchangeFixture.backup;
import static org.studypath.app.ExchangeFixture.text;
import static org.studypath.app.ExchangeFixture.withoutExportedAt;
import static org.studypath.app.ExchangeFixture.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A backup that breaks a rule StudyPath's own writes keep, and the schema does not, is refused as a whole: each test
 * takes a valid backup, breaks exactly one such rule, and expects one sentence naming the table, the row and the
 * field, with the store left exactly as it was. The rules are listed on {@code org.studypath.store.RestoreInvariants};
 * those a value shows on its own are said as the backup is read (with its line, as the preview says them too), the
 * others once the rows are in, before the commit.
 */
class RestoreInvariantsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFUSED = "The backup could not be restored, nothing was changed: ";
    /** A valid backup with user data in every table, made once by the app itself. */
    static String valid;

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Services services;
    byte[] before;
    /** The valid backup, to break. */
    ObjectNode backup;

    @BeforeAll
    static void makeBackup(@TempDir Path source) throws Exception {
        try (Services a = Services.open(source, CLOCK)) {
            ExchangeFixture.addUserData(a);
            valid = text(backup(a));
        }
    }

    @BeforeEach
    void open() throws Exception {
        services = Services.open(dir, CLOCK);
        services.plans().create("Mine before the restore", ExchangeFixture.TODAY);
        before = backup(services);
        backup = (ObjectNode) JSON.readTree(valid);
    }

    @AfterEach
    void close() {
        services.close();
    }

    // ---- the backup as rows

    ArrayNode rows(String table) {
        return (ArrayNode) backup.get("tables").get(table);
    }

    Stream<ObjectNode> rows(String table, Predicate<JsonNode> which) {
        return StreamSupport.stream(rows(table).spliterator(), false).filter(which).map(ObjectNode.class::cast);
    }

    ObjectNode row(String table, Predicate<JsonNode> which) {
        return rows(table, which).findFirst().orElseThrow(() -> new AssertionError("no such row in " + table));
    }

    static Predicate<JsonNode> where(String field, Object value) {
        return row -> row.get(field).asText().equals(String.valueOf(value));
    }

    ObjectNode userResource() {
        return row("resource", where("origin", "USER"));
    }

    ObjectNode catalogResource() {
        return row("resource", where("origin", "CATALOG"));
    }

    ObjectNode unitOf(ObjectNode resource) {
        return row("unit", where("resource_id", id(resource)));
    }

    static long id(JsonNode row) {
        return row.get("id").asLong();
    }

    /**
     * Restores the (broken) backup: it must fail with one line and change nothing. Returns what it says after
     * {@link #REFUSED}.
     */
    String refused() throws Exception {
        ExchangeException e = catchExchange(() -> services.exchange().restore(file(), WorkProgress.NONE));
        assertThat(backup(services)).as("the store is unchanged").isEqualTo(before);
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(REFUSED);
        return e.getMessage().substring(REFUSED.length());
    }

    /**
     * Restores the (broken) backup, which must fail as it is read, with one line naming the file, the line, the table
     * and the row, and change nothing; the preview says the same. Returns what it says after "broken.json line N: ".
     */
    String refusedWhileReading() throws Exception {
        Path file = file();
        ExchangeException e = catchExchange(() -> services.exchange().restore(file, WorkProgress.NONE));
        assertThat(backup(services)).as("the store is unchanged").isEqualTo(before);
        assertThat(e.getMessage()).doesNotContain("\n").matches("broken\\.json line \\d+: .*");
        ExchangeException preview = catchExchange(() -> services.exchange().previewRestore(file, WorkProgress.NONE));
        assertThat(preview.getMessage()).isEqualTo(e.getMessage());
        return e.getMessage().replaceFirst("^broken\\.json line \\d+: ", "");
    }

    /** The row of {@code table} as the reader counts it, from 1. */
    int index(String table, JsonNode row) {
        for (int i = 0; i < rows(table).size(); i++) {
            if (rows(table).get(i) == row) {
                return i + 1;
            }
        }
        throw new AssertionError("not a row of " + table);
    }

    Path file() throws Exception {
        return write(files, "broken.json", JSON.writeValueAsBytes(backup));
    }

    // ---- the tests

    @Test
    void theAppsOwnDataKeepsEveryRule() throws Exception {
        services.exchange().restore(file(), WorkProgress.NONE);
        assertThat(withoutExportedAt(backup(services))).isEqualTo(withoutExportedAt(valid.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anExcludedUnitBelongsToThePathItemsResource() throws Exception {
        ObjectNode excluded = (ObjectNode) rows("path_unit_excluded").get(0);
        long itemId = excluded.get("path_item_id").asLong();
        long itemResource = row("path_item", where("id", itemId)).get("resource_id").asLong();
        ObjectNode other = userResource();
        assertThat(id(other)).isNotEqualTo(itemResource);
        long unit = id(unitOf(other));
        excluded.put("unit_id", unit);
        String message = refused();
        assertThat(message).isEqualTo("path_unit_excluded row with path_item_id " + itemId + " and unit_id " + unit
                + ": \"unit_id\": unit " + unit + " belongs to resource " + id(other) + ", not to resource "
                + itemResource + " of path item " + itemId);
    }

    @Test
    void theRefusalIsSaidInChineseToo() throws Exception {
        ObjectNode excluded = (ObjectNode) rows("path_unit_excluded").get(0);
        long itemId = excluded.get("path_item_id").asLong();
        long itemResource = row("path_item", where("id", itemId)).get("resource_id").asLong();
        ObjectNode other = userResource();
        long unit = id(unitOf(other));
        excluded.put("unit_id", unit);
        ExchangeException e = catchExchange(() -> services.exchange().restore(file(), WorkProgress.NONE));
        assertThat(e.notice().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("无法恢复备份，没有做任何更改："
                + "path_unit_excluded 表中 path_item_id " + itemId + "、unit_id " + unit + " 的行："
                + "“unit_id”：单元 " + unit + " 属于资源 " + id(other) + "，而不属于路径项 " + itemId + " 的资源 "
                + itemResource);
    }

    @Test
    void twoItemsOfAPathNeverShareAPosition() throws Exception {
        ObjectNode second = (ObjectNode) rows("path_item").get(rows("path_item").size() - 1);
        long path = second.get("path_id").asLong();
        ObjectNode first = row("path_item", where("path_id", path));
        assertThat(id(first)).isLessThan(id(second));
        second.put("position", first.get("position").asLong());
        assertThat(refused()).isEqualTo("path_item row with id " + id(second) + ": \"position\" "
                + first.get("position").asLong() + " is also the position of path item " + id(first) + " in study path "
                + path);
    }

    @Test
    void aTargetDateIsNeverBeforeTheStart() throws Exception {
        ObjectNode path = row("study_path", row -> !row.get("target_date").isNull());
        path.put("target_date", "2026-01-13");
        path.put("start_date", "2026-01-14");
        assertThat(refused()).isEqualTo("study_path row with id " + id(path) + ": \"target_date\" 2026-01-13 is before "
                + "\"start_date\" 2026-01-14");
    }

    @Test
    void datesAtTheEdgesOfTheirRangeCompareAsDates() throws Exception {
        // dates are four-digit years 1900-2200 (PlausibleDates), so comparing them as text compares them as dates
        ObjectNode path = row("study_path", row -> !row.get("target_date").isNull());
        path.put("start_date", "1900-01-01");
        path.put("target_date", "2200-12-31");
        services.exchange().restore(file(), WorkProgress.NONE);
        path.put("start_date", "2200-12-31");
        path.put("target_date", "2200-12-30");
        before = backup(services);
        assertThat(refused()).isEqualTo("study_path row with id " + id(path) + ": \"target_date\" 2200-12-30 is before "
                + "\"start_date\" 2200-12-31");
    }

    @Test
    void aPathNameIsAtMost200Characters() throws Exception {
        ObjectNode path = row("study_path", where("name", ExchangeFixture.SECOND_PATH));
        path.put("name", "x".repeat(201));
        assertThat(refused()).isEqualTo("study_path row with id " + id(path) + ": \"name\" is longer than 200 "
                + "characters");
    }

    @Test
    void aUnitTakesAtMost6000Minutes() throws Exception {
        ObjectNode unit = unitOf(userResource());
        unit.put("minutes", 6001);
        assertThat(refused()).isEqualTo("unit row with id " + id(unit) + ": \"minutes\" is 6001; a unit may take at "
                + "most 6000 minutes");
    }

    @Test
    void onlyUnitsOfCatalogResourcesHaveACatalogKey() throws Exception {
        ObjectNode resource = userResource();
        ObjectNode unit = unitOf(resource);
        unit.put("catalog_key", "01");
        assertThat(refused()).isEqualTo("unit row with id " + id(unit) + ": \"catalog_key\" is set, but resource "
                + id(resource) + " is the user’s own: only the units of catalog resources have one");
    }

    @Test
    void everyUnitOfACatalogResourceHasACatalogKey() throws Exception {
        ObjectNode resource = catalogResource();
        ObjectNode unit = unitOf(resource);
        unit.putNull("catalog_key");
        assertThat(refused()).isEqualTo("unit row with id " + id(unit) + ": \"catalog_key\" is missing, but resource "
                + id(resource) + " comes from a catalog, whose units all have one");
    }

    @Test
    void everyCategoryHasACatalogKey() throws Exception {
        ObjectNode category = (ObjectNode) rows("category").get(0);
        category.putNull("catalog_key");
        assertThat(refused()).isEqualTo("category row with id " + id(category) + ": \"catalog_key\" must have a value");
    }

    static Stream<Arguments> keys() {
        return Stream.of(Arguments.of("category", "catalog_key", "Has Spaces"),
                Arguments.of("resource", "catalog_key", "-starts-with-a-dash"),
                Arguments.of("unit", "catalog_key", "UPPER"),
                Arguments.of("unit", "catalog_key", "k".repeat(81)),
                Arguments.of("catalog_source", "catalog_id", "math_for_ml"));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("keys")
    void catalogKeysAreLowercaseLettersDigitsAndDashes(String table, String field, String key) throws Exception {
        ObjectNode row = rows(table, r -> !r.get(field).isNull()).findFirst().orElseThrow();
        String old = row.get(field).asText();
        row.put(field, key);
        if (table.equals("catalog_source")) {
            rows("resource", where("catalog_id", old)).forEach(r -> r.put("catalog_id", key));
        }
        String shown = key.length() > 61 ? key.substring(0, 30) + "…" + key.substring(key.length() - 30) : key;
        assertThat(refusedWhileReading()).isEqualTo(table + " row " + index(table, row) + ": \"" + field + "\" must be "
                + "lowercase letters, digits and dashes (at most 80, not starting with a dash), not \"" + shown + "\"");
    }

    @Test
    void aCatalogVersionIsAtLeast1() throws Exception {
        ObjectNode source = (ObjectNode) rows("catalog_source").get(0);
        source.put("version", 0);
        assertThat(refused()).isEqualTo("catalog_source row with catalog_id " + source.get("catalog_id").asText()
                + ": \"version\" must be 1 or more, not 0");
    }

    @Test
    void onlyCatalogResourcesAreRetired() throws Exception {
        ObjectNode resource = userResource();
        resource.put("retired", true);
        assertThat(refused()).isEqualTo("resource row with id " + id(resource) + ": \"retired\" is true, but resource "
                + id(resource) + " is the user’s own: only catalog resources and their units are retired");
    }

    @Test
    void onlyUnitsOfCatalogResourcesAreRetired() throws Exception {
        ObjectNode resource = userResource();
        // a second unit stays, so the resource still has one that is not retired
        ObjectNode unit = rows("unit", where("resource_id", id(resource))).skip(1).findFirst().orElseThrow();
        unit.put("retired", true);
        assertThat(refused()).isEqualTo("unit row with id " + id(unit) + ": \"retired\" is true, but resource "
                + id(resource) + " is the user’s own: only catalog resources and their units are retired");
    }

    @Test
    void unitsOfTheUsersOwnResourcesMayBeEstimates() throws Exception {
        // a pasted line without a time, or pages turned into minutes, is saved as an estimate (issue 20)
        ObjectNode resource = userResource();
        ObjectNode unit = unitOf(resource);
        unit.put("estimated", true);
        services.exchange().restore(file(), WorkProgress.NONE);
        assertThat(services.catalog().resource(id(resource)).orElseThrow().units())
                .anySatisfy(u -> assertThat(u.estimated()).isTrue());
    }

    @Test
    void unitsOfAResourceThatAreNotRetiredNeverShareAPosition() throws Exception {
        ObjectNode resource = userResource();
        List<ObjectNode> units = rows("unit", where("resource_id", id(resource))).toList();
        units.get(1).put("position", units.get(0).get("position").asLong());
        assertThat(refused()).isEqualTo("unit row with id " + id(units.get(1)) + ": \"position\" "
                + units.get(0).get("position").asLong() + " is also the position of unit " + id(units.get(0))
                + " of resource " + id(resource) + ", and neither unit is retired");
    }

    @Test
    void aRetiredUnitMayShareItsPosition() throws Exception {
        // as the catalog sync leaves it: a unit the catalog dropped keeps its place, another takes the same number
        ObjectNode resource = catalogResource();
        List<ObjectNode> units = rows("unit", where("resource_id", id(resource))).toList();
        units.get(1).put("position", units.get(0).get("position").asLong());
        units.get(1).put("retired", true);
        services.exchange().restore(file(), WorkProgress.NONE);
    }

    @Test
    void everyResourceHasAUnit() throws Exception {
        ObjectNode resource = userResource();
        ArrayNode units = rows("unit");
        List<Long> removed = new ArrayList<>();
        for (int i = units.size() - 1; i >= 0; i--) {
            if (units.get(i).get("resource_id").asLong() == id(resource)) {
                removed.add(id(units.remove(i)));
            }
        }
        assertThat(removed).isNotEmpty();
        for (String table : List.of("unit_progress", "time_log", "unit_note", "path_unit_excluded")) {
            assertThat(rows(table, row -> removed.contains(row.get("unit_id").asLong()))).as("nothing points at them")
                    .isEmpty();
        }
        assertThat(refused()).isEqualTo("resource row with id " + id(resource) + ": no unit row has \"resource_id\" "
                + id(resource) + ": every resource has at least one unit");
    }

    @Test
    void aResourceThatIsNotRetiredHasAUnitThatIsNotRetired() throws Exception {
        ObjectNode resource = catalogResource();
        rows("unit", where("resource_id", id(resource))).forEach(unit -> unit.put("retired", true));
        ObjectNode first = unitOf(resource);
        assertThat(refused()).isEqualTo("unit row with id " + id(first) + ": \"retired\" is true, as for every unit of "
                + "resource " + id(resource) + ", which is not retired itself: it needs a unit that is not");
    }

    @Test
    void aRetiredResourceMayHaveOnlyRetiredUnits() throws Exception {
        // as the catalog sync leaves a resource dropped after some of its units were
        ObjectNode resource = catalogResource();
        resource.put("retired", true);
        rows("unit", where("resource_id", id(resource))).forEach(unit -> unit.put("retired", true));
        services.exchange().restore(file(), WorkProgress.NONE);
    }

    /** Texts the app always strips, each with white space at one end as Java's {@code strip()} sees it. */
    static Stream<Arguments> untrimmed() {
        return Stream.of(Arguments.of("resource", "title", "Calculus ", "Calculus "),
                Arguments.of("resource", "title", "\u3000Calculus", "\\u3000Calculus"),
                Arguments.of("resource", "title_zh", "微积分\u3000", "微积分\\u3000"),
                Arguments.of("resource", "url", "https://example.org/ ", "https://example.org/ "),
                Arguments.of("resource", "language", "en\u2003", "en\\u2003"),
                Arguments.of("resource", "note_en", "\r\nWhy", "\\r\\nWhy"),
                Arguments.of("unit", "title", "\u2028Limits", "\\u2028Limits"),
                Arguments.of("unit", "url", " https://example.org/u", " https://example.org/u"),
                Arguments.of("category", "name_en", "Videos\u2002", "Videos\\u2002"),
                Arguments.of("category", "name_zh", "\u1680视频", "\\u1680视频"),
                Arguments.of("resource_creator", "name", " Me", " Me"),
                Arguments.of("study_path", "name", "Evenings\u2029", "Evenings\\u2029"),
                Arguments.of("unit_note", "text", "Remember\u2003", "Remember\\u2003"),
                Arguments.of("resource_note", "text", "\u205FWatch", "\\u205FWatch"),
                Arguments.of("resource", "title", " " + "y".repeat(100),
                        " " + "y".repeat(29) + "…" + "y".repeat(30)));
    }

    @ParameterizedTest(name = "{0}.{1} = \"{3}\"")
    @MethodSource("untrimmed")
    void textsAreTrimmed(String table, String field, String text, String shown) throws Exception {
        ObjectNode row = (ObjectNode) rows(table).get(0);
        row.put(field, text);
        assertThat(refusedWhileReading()).isEqualTo(table + " row 1: \"" + field + "\" starts or ends with white "
                + "space, which StudyPath always trims: \"" + shown + "\"");
    }

    @Test
    void spacesThatJavaDoesNotStripAreKept() throws Exception {
        // a no-break space is not white space to String.strip(), so the editor keeps it, and so does a restore
        userResource().put("title", "\u00A0My own notes\u202F");
        row("unit_note", r -> true).put("text", "\u2007Remember");
        services.exchange().restore(file(), WorkProgress.NONE);
    }

    static Stream<Arguments> empty() {
        return Stream.of(Arguments.of("category", "name_en"), Arguments.of("category", "name_zh"),
                Arguments.of("resource", "title"), Arguments.of("resource", "language"),
                Arguments.of("resource_creator", "name"), Arguments.of("unit", "title"),
                Arguments.of("study_path", "name"), Arguments.of("unit_note", "text"),
                Arguments.of("resource_note", "text"));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("empty")
    void namesTitlesLanguagesAndNotesAreNotEmpty(String table, String field) throws Exception {
        ObjectNode row = (ObjectNode) rows(table).get(0);
        row.put(field, "");
        assertThat(refusedWhileReading()).isEqualTo(table + " row 1: \"" + field + "\" must not be empty");
    }

    @Test
    void aTitleOfTheUsersOwnIsAtMost300Characters() throws Exception {
        ObjectNode resource = userResource();
        resource.put("title", "t".repeat(301));
        assertThat(refused()).isEqualTo("resource row with id " + id(resource) + ": \"title\" is longer than 300 "
                + "characters");
    }

    static Stream<Arguments> catalogTexts() {
        return Stream.of(Arguments.of("resource", "title"), Arguments.of("resource", "note_zh"),
                Arguments.of("resource", "duration_note_en"), Arguments.of("unit", "title"),
                Arguments.of("category", "name_en"));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("catalogTexts")
    void aCatalogTextIsAtMost4000Characters(String table, String field) throws Exception {
        ObjectNode row = table.equals("unit") ? unitOf(catalogResource())
                : table.equals("resource") ? catalogResource() : (ObjectNode) rows(table).get(0);
        row.put(field, "c".repeat(4001));
        assertThat(refused()).isEqualTo(table + " row with id " + id(row) + ": \"" + field + "\" is longer than 4,000 "
                + "characters");
    }

    @Test
    void aUserResourcesNoteMayBeLongerThanACatalogsText() throws Exception {
        userResource().put("note_en", "n".repeat(5000));
        services.exchange().restore(file(), WorkProgress.NONE);
    }

    @Test
    void aNoteIsAtMost20000Characters() throws Exception {
        ObjectNode note = (ObjectNode) rows("resource_note").get(0);
        note.put("text", "n".repeat(20_001));
        assertThat(refused()).isEqualTo("resource_note row with resource_id " + note.get("resource_id").asLong()
                + ": \"text\" is longer than 20,000 characters");
    }

    static Stream<Arguments> links() {
        return Stream.of(Arguments.of("catalog resource", "javascript:alert(1)"),
                Arguments.of("catalog resource", "https:///no-host"),
                Arguments.of("user resource", "file:///etc/passwd"),
                Arguments.of("user resource", "http://"),
                Arguments.of("user resource", "https:example.org"),
                Arguments.of("unit", "ftp://example.org/a"),
                Arguments.of("unit", "data:text/html,<script>"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("links")
    void linksAreHttpOrHttpsAddresses(String where, String url) throws Exception {
        ObjectNode row = switch (where) {
            case "catalog resource" -> catalogResource();
            case "user resource" -> userResource();
            default -> unitOf(userResource());
        };
        row.put("url", url);
        String table = where.equals("unit") ? "unit" : "resource";
        assertThat(refusedWhileReading()).isEqualTo(table + " row " + index(table, row) + ": \"url\" must be empty "
                + "or an http or https address, not \"" + url + "\"");
    }

    @Test
    void aCatalogResourceHasALink() throws Exception {
        ObjectNode resource = catalogResource();
        resource.put("url", "");
        assertThat(refused()).isEqualTo("resource row with id " + id(resource) + ": \"url\" must be an http or https "
                + "address, not \"\"");
    }

    @Test
    void linksMayBeEmptyWhereTheAppLeavesThemEmptyAndAnyCase() throws Exception {
        userResource().put("url", "");
        unitOf(catalogResource()).put("url", "HTTPS://Example.org/Unit");
        services.exchange().restore(file(), WorkProgress.NONE);
    }

    @Test
    void aTopicIsOneStudyPathKnows() throws Exception {
        ObjectNode topic = (ObjectNode) rows("resource_topic").get(0);
        topic.put("topic", "astrology");
        assertThat(refusedWhileReading()).isEqualTo("resource_topic row 1: \"topic\" must be one of calculus, "
                + "deep-learning, linear-algebra, machine-learning, numerical-linear-algebra, optimisation, "
                + "probability-statistics, not \"astrology\"");
    }

    @Test
    void aRowThatPointsAtNothingIsStillSaidAsThat() throws Exception {
        // the references are checked before the rules: all the user's units moved to a resource that is not there
        // leave the resource without units too, but the missing resource is what is wrong
        ObjectNode resource = userResource();
        rows("unit", where("resource_id", id(resource))).forEach(unit -> unit.put("resource_id", 999_999));
        assertThat(refused()).contains("a row of unit (row id ").contains("points at a resource that is not there");
    }
}
