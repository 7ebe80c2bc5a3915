package org.studypath.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceType;
import org.studypath.domain.SafeText;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;
import org.studypath.domain.WebLinks;
import org.studypath.domain.catalog.CatalogCategory;
import org.studypath.domain.catalog.CatalogData;
import org.studypath.domain.catalog.CatalogResource;
import org.studypath.domain.catalog.CatalogUnit;

/**
 * Reads a curated catalog file (see {@code resources/catalog/}) and checks every field, so a broken file fails with
 * a message such as {@code math-for-ml.json: resource "mml-book": units[3].minutes must be a positive whole number}.
 *
 * <p>It is a large class because every field of a catalog is checked here with a message that names its place; the
 * checks follow the file's own structure (catalog, categories, resources, units) and read best in one place.
 */
public final class CatalogJsonReader {
    public static final int FORMAT = 1;
    private static final Pattern KEY = Pattern.compile(CatalogData.KEY_PATTERN);
    private static final int MAX_TEXT = CatalogData.MAX_TEXT;
    /** The editor's limit: a unit is held to the same whether it came from a catalog or was typed in. */
    private static final int MAX_MINUTES = ResourceDraft.MAX_MINUTES;

    /** Made on first use: a start that only checks the bundled catalog's version never loads Jackson's data binding. */
    private ObjectMapper mapper;

    /** A catalog's id and version, from the top of its file. */
    public record Header(String id, int version) {
    }

    /**
     * The catalog's id and version, read with Jackson's streaming parser from the top of the file without reading
     * the rest; empty when they are not the first fields or the file is not a JSON object (then {@link #read} says
     * what is wrong). A start uses it to skip a bundled catalog that is already installed.
     */
    public static java.util.Optional<Header> header(InputStream in) throws IOException {
        try (JsonParser parser = new com.fasterxml.jackson.core.JsonFactory().createParser(in)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return java.util.Optional.empty();
            }
            String id = null;
            Integer version = null;
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
                if ("id".equals(name) && value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    id = parser.getText();
                } else if ("version".equals(name) && value == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT) {
                    version = parser.getIntValue();
                } else {
                    parser.skipChildren();
                }
                if (id != null && version != null) {
                    return java.util.Optional.of(new Header(id, version));
                }
            }
            return java.util.Optional.empty();
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return java.util.Optional.empty();
        }
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
            mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32).maxStringLength(100_000).build());
        }
        return mapper;
    }

    public CatalogData read(InputStream in, String fileName) throws CatalogFormatException {
        JsonNode root;
        try {
            root = mapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new CatalogFormatException(JsonProblems.line(e) < 0 || JsonProblems.column(e) < 0
                    ? Notice.of("catalog.notJson", fileName, JsonProblems.describe(e))
                    : Notice.of("catalog.notJsonAt", fileName, JsonProblems.line(e), JsonProblems.column(e),
                            JsonProblems.describe(e)), e);
        } catch (CharConversionException e) {
            throw new CatalogFormatException(Notice.of("catalog.notJson", fileName, JsonProblems.describe(e)), e);
        } catch (IOException e) {
            throw new CatalogFormatException(Notice.of("catalog.cannotRead", fileName, String.valueOf(e.getMessage())), e);
        }
        if (root == null || !root.isObject()) {
            throw new CatalogFormatException(Notice.of("catalog.notOneObject", fileName));
        }
        validUnicode(root, fileName, "");
        Context file = new Context(fileName);
        int format = file.positiveInt(root, "format");
        if (format != FORMAT) {
            throw file.problem("format", "catalog.unknownFormat", format, FORMAT);
        }
        String id = file.key(root, "id");
        int version = file.positiveInt(root, "version");
        JsonNode categoriesNode = file.array(root, "categories");
        List<CatalogCategory> categories = new ArrayList<>();
        Set<String> categoryKeys = new HashSet<>();
        Set<String> resourceKeys = new HashSet<>();
        for (int i = 0; i < categoriesNode.size(); i++) {
            JsonNode node = categoriesNode.get(i);
            Context category = file.in("categories[" + i + "]");
            category.requireObject(node);
            String key = category.key(node, "key");
            category = file.in(Notice.of("catalog.category", key));
            if (!categoryKeys.add(key)) {
                throw category.problem("key", "catalog.categoryKeyTaken");
            }
            LocalizedText name = category.localized(node, "name", true);
            JsonNode resourcesNode = category.array(node, "resources");
            List<CatalogResource> resources = new ArrayList<>();
            for (int r = 0; r < resourcesNode.size(); r++) {
                CatalogResource resource = resource(category.in("resources[" + r + "]"), resourcesNode.get(r), file);
                if (!resourceKeys.add(resource.key())) {
                    throw file.in(Notice.of("catalog.resource", resource.key())).problem("key", "catalog.resourceKeyTaken");
                }
                resources.add(resource);
            }
            categories.add(new CatalogCategory(key, name, resources));
        }
        return new CatalogData(id, version, categories);
    }

    /**
     * Refuses a file with text that is not valid Unicode anywhere, even in a field StudyPath does not read (a pack's
     * own title, say): such a file was not written by a tool that writes JSON correctly, and what else it got wrong
     * cannot be known.
     */
    private static void validUnicode(JsonNode node, String fileName, String path) throws CatalogFormatException {
        if (node.isTextual()) {
            if (notUnicode(node.textValue())) {
                throw new CatalogFormatException(Notice.of("catalog.at", fileName,
                        Notice.of("catalog.notUnicode", SafeText.quote(path), SafeText.quote(node.textValue()))));
            }
            return;
        }
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String inner = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (notUnicode(field.getKey())) {
                throw new CatalogFormatException(Notice.of("catalog.at", fileName,
                        Notice.of("catalog.notUnicode", SafeText.quote(inner), SafeText.quote(field.getKey()))));
            }
            validUnicode(field.getValue(), fileName, inner);
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            validUnicode(node.get(i), fileName, path + "[" + i + "]");
        }
    }

    private static boolean notUnicode(String text) {
        return SafeText.problem(text, false).filter(p -> p == SafeText.Problem.NOT_UNICODE).isPresent();
    }

    private CatalogResource resource(Context position, JsonNode node, Context file) throws CatalogFormatException {
        position.requireObject(node);
        String key = position.key(node, "key");
        Context at = file.in(Notice.of("catalog.resource", key));
        String title = at.text(node, "title", true);
        String titleZh = at.text(node, "titleZh", false);
        JsonNode creatorsNode = at.array(node, "creators");
        List<String> creators = new ArrayList<>();
        for (int i = 0; i < creatorsNode.size(); i++) {
            JsonNode creator = creatorsNode.get(i);
            if (!creator.isTextual() || creator.asText().isBlank()) {
                throw at.problem("creators[" + i + "]", "catalog.emptyText");
            }
            at.checkText("creators[" + i + "]", creator.asText(), false);
            creators.add(creator.asText().strip());
        }
        String url = at.text(node, "url", true);
        if (!WebLinks.isWebLink(url)) {
            throw at.problem("url", "catalog.notWebLink", SafeText.quote(url));
        }
        ResourceType type = at.enumValue(node, "type", ResourceType.class);
        UnitKind unitKind = at.enumValue(node, "unitKind", UnitKind.class);
        boolean free = at.bool(node, "free");
        String language = at.text(node, "language", true);
        JsonNode topicsNode = at.array(node, "topics");
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (int i = 0; i < topicsNode.size(); i++) {
            String topicKey = SafeText.quote(topicsNode.get(i).asText());
            topics.add(Topic.fromKey(topicKey).orElseThrow(() -> at.problem("topics", "catalog.unknownTopic", topicKey,
                    String.join(", ", topicKeys()))));
        }
        LocalizedText note = at.localized(node, "note", true, true);
        LocalizedText durationNote = at.localized(node, "durationNote", false, true);
        JsonNode unitsNode = at.array(node, "units");
        if (unitsNode.isEmpty()) {
            throw at.problem("units", "catalog.noUnits");
        }
        List<CatalogUnit> units = new ArrayList<>();
        Set<String> unitKeys = new HashSet<>();
        for (int i = 0; i < unitsNode.size(); i++) {
            Context unitAt = at.in("units[" + i + "]");
            JsonNode unit = unitsNode.get(i);
            unitAt.requireObject(unit);
            String unitKey = unitAt.key(unit, "key");
            if (!unitKeys.add(unitKey)) {
                throw unitAt.problem("key", "catalog.unitKeyTaken", SafeText.quote(unitKey));
            }
            String unitTitle = unitAt.text(unit, "title", true);
            int minutes = unitAt.positiveInt(unit, "minutes");
            if (minutes > MAX_MINUTES) {
                throw unitAt.problem("minutes", "catalog.unitTooLong", minutes, MAX_MINUTES);
            }
            boolean estimated = unitAt.bool(unit, "estimated");
            String unitUrl = unitAt.text(unit, "url", false);
            if (!unitUrl.isEmpty() && !WebLinks.isWebLink(unitUrl)) {
                throw unitAt.problem("url", "catalog.notWebLink", SafeText.quote(unitUrl));
            }
            units.add(new CatalogUnit(unitKey, unitTitle, minutes, estimated, unitUrl));
        }
        return new CatalogResource(key, title, titleZh, creators, url, type, unitKind, free, language, topics, note,
                durationNote, units);
    }

    private static List<String> topicKeys() {
        List<String> keys = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            keys.add(topic.key());
        }
        return keys;
    }

    /**
     * Where in the file a value is, for messages: "file.json: resource "x": units[2]: minutes …". The place is the
     * file name, or a notice naming the places within places.
     */
    private record Context(Object place) {
        /** The place {@code part} (a text such as "units[2]", or a notice such as {@code catalog.resource}) in this one. */
        Context in(Object part) {
            return new Context(Notice.of("catalog.at", place, part));
        }

        /** The sentence {@code key} about {@code field} ({0}) with {@code args} ({1}, …), said at this place. */
        CatalogFormatException problem(String field, String key, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = field;
            System.arraycopy(args, 0, all, 1, args.length);
            return new CatalogFormatException(Notice.of("catalog.at", place, Notice.of(key, all)));
        }

        void requireObject(JsonNode node) throws CatalogFormatException {
            if (node == null || !node.isObject()) {
                throw new CatalogFormatException(Notice.of("catalog.notObject", place));
            }
        }

        JsonNode field(JsonNode node, String field) throws CatalogFormatException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw problem(field, "catalog.missing");
            }
            return value;
        }

        String text(JsonNode node, String field, boolean required) throws CatalogFormatException {
            return text(node, field, required, false);
        }

        /**
         * A text field: refused when it is not valid Unicode (SQLite would store it changed) or holds a control
         * character (a note of several lines may hold line breaks and tabs).
         */
        String text(JsonNode node, String field, boolean required, boolean multiLine) throws CatalogFormatException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw problem(field, "catalog.missing");
                }
                return "";
            }
            if (!value.isTextual()) {
                throw problem(field, "catalog.notText", value.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            checkText(field, value.asText(), multiLine);
            String text = value.asText().strip();
            if (required && text.isEmpty()) {
                throw problem(field, "catalog.empty");
            }
            if (text.length() > MAX_TEXT) {
                throw problem(field, "catalog.textTooLong", text.length(), MAX_TEXT);
            }
            return text;
        }

        void checkText(String field, String text, boolean multiLine) throws CatalogFormatException {
            var problem = SafeText.problem(text, !multiLine);
            if (problem.isPresent()) {
                throw problem(field, problem.get() == SafeText.Problem.NOT_UNICODE ? "catalog.notUnicode"
                        : multiLine ? "catalog.controlInNote" : "catalog.controlInLine", SafeText.quote(text));
            }
        }

        String key(JsonNode node, String field) throws CatalogFormatException {
            String key = text(node, field, true);
            if (!KEY.matcher(key).matches()) {
                throw problem(field, "catalog.badKey", SafeText.quote(key));
            }
            return key;
        }

        int positiveInt(JsonNode node, String field) throws CatalogFormatException {
            JsonNode value = field(node, field);
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() <= 0) {
                throw problem(field, "catalog.notPositive", SafeText.quote(value.toString()));
            }
            return value.intValue();
        }

        boolean bool(JsonNode node, String field) throws CatalogFormatException {
            JsonNode value = field(node, field);
            if (!value.isBoolean()) {
                throw problem(field, "catalog.notBoolean", SafeText.quote(value.toString()));
            }
            return value.booleanValue();
        }

        JsonNode array(JsonNode node, String field) throws CatalogFormatException {
            JsonNode value = field(node, field);
            if (!value.isArray()) {
                throw problem(field, "catalog.notList");
            }
            return value;
        }

        LocalizedText localized(JsonNode node, String field, boolean required) throws CatalogFormatException {
            return localized(node, field, required, false);
        }

        LocalizedText localized(JsonNode node, String field, boolean required, boolean multiLine) throws CatalogFormatException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw problem(field, "catalog.missing");
                }
                return new LocalizedText("", "");
            }
            if (!value.isObject()) {
                throw problem(field, "catalog.notLocalized");
            }
            Context inner = in(field);
            return new LocalizedText(inner.text(value, "en", required, multiLine), inner.text(value, "zh", required, multiLine));
        }

        <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type) throws CatalogFormatException {
            String text = text(node, field, true);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    names.add(constant.name());
                }
                throw problem(field, "catalog.notOneOf", SafeText.quote(text), String.join(", ", names));
            }
        }
    }
}
