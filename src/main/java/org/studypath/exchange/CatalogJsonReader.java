package org.studypath.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import org.studypath.domain.ResourceType;
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
 */
public final class CatalogJsonReader {
    public static final int FORMAT = 1;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final int MAX_TEXT = 4_000;
    private static final int MAX_MINUTES = 100 * 60;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    public CatalogJsonReader() {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxStringLength(100_000).build());
    }

    public CatalogData read(InputStream in, String fileName) throws CatalogFormatException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new CatalogFormatException(fileName + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogFormatException(fileName + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CatalogFormatException(fileName + ": the file must hold one JSON object");
        }
        Context file = new Context(fileName);
        int format = file.positiveInt(root, "format");
        if (format != FORMAT) {
            throw file.problem("format", "is " + format + " but this StudyPath reads format " + FORMAT);
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
            category = file.in("category \"" + key + "\"");
            if (!categoryKeys.add(key)) {
                throw category.problem("key", "is used by another category");
            }
            LocalizedText name = category.localized(node, "name", true);
            JsonNode resourcesNode = category.array(node, "resources");
            List<CatalogResource> resources = new ArrayList<>();
            for (int r = 0; r < resourcesNode.size(); r++) {
                CatalogResource resource = resource(category.in("resources[" + r + "]"), resourcesNode.get(r), file);
                if (!resourceKeys.add(resource.key())) {
                    throw file.in("resource \"" + resource.key() + "\"").problem("key", "is used by another resource");
                }
                resources.add(resource);
            }
            categories.add(new CatalogCategory(key, name, resources));
        }
        return new CatalogData(id, version, categories);
    }

    private CatalogResource resource(Context position, JsonNode node, Context file) throws CatalogFormatException {
        position.requireObject(node);
        String key = position.key(node, "key");
        Context at = file.in("resource \"" + key + "\"");
        String title = at.text(node, "title", true);
        String titleZh = at.text(node, "titleZh", false);
        JsonNode creatorsNode = at.array(node, "creators");
        List<String> creators = new ArrayList<>();
        for (int i = 0; i < creatorsNode.size(); i++) {
            JsonNode creator = creatorsNode.get(i);
            if (!creator.isTextual() || creator.asText().isBlank()) {
                throw at.problem("creators[" + i + "]", "must be a non-empty text");
            }
            creators.add(creator.asText().strip());
        }
        String url = at.text(node, "url", true);
        if (!WebLinks.isWebLink(url)) {
            throw at.problem("url", "must be an http or https address, was \"" + url + "\"");
        }
        ResourceType type = at.enumValue(node, "type", ResourceType.class);
        UnitKind unitKind = at.enumValue(node, "unitKind", UnitKind.class);
        boolean free = at.bool(node, "free");
        String language = at.text(node, "language", true);
        JsonNode topicsNode = at.array(node, "topics");
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (int i = 0; i < topicsNode.size(); i++) {
            String topicKey = topicsNode.get(i).asText();
            topics.add(Topic.fromKey(topicKey).orElseThrow(() -> at.problem("topics", "has an unknown topic \"" + topicKey
                    + "\" (known: " + String.join(", ", topicKeys()) + ")")));
        }
        LocalizedText note = at.localized(node, "note", true);
        LocalizedText durationNote = at.localized(node, "durationNote", false);
        JsonNode unitsNode = at.array(node, "units");
        if (unitsNode.isEmpty()) {
            throw at.problem("units", "must list at least one unit");
        }
        List<CatalogUnit> units = new ArrayList<>();
        Set<String> unitKeys = new HashSet<>();
        for (int i = 0; i < unitsNode.size(); i++) {
            Context unitAt = at.in("units[" + i + "]");
            JsonNode unit = unitsNode.get(i);
            unitAt.requireObject(unit);
            String unitKey = unitAt.key(unit, "key");
            if (!unitKeys.add(unitKey)) {
                throw unitAt.problem("key", "\"" + unitKey + "\" is used by another unit of this resource");
            }
            String unitTitle = unitAt.text(unit, "title", true);
            int minutes = unitAt.positiveInt(unit, "minutes");
            if (minutes > MAX_MINUTES) {
                throw unitAt.problem("minutes", "is " + minutes + "; a unit may take at most " + MAX_MINUTES + " minutes");
            }
            boolean estimated = unitAt.bool(unit, "estimated");
            String unitUrl = unitAt.text(unit, "url", false);
            if (!unitUrl.isEmpty() && !WebLinks.isWebLink(unitUrl)) {
                throw unitAt.problem("url", "must be an http or https address, was \"" + unitUrl + "\"");
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

    /** Where in the file a value is, for messages: "file.json: resource "x": units[2].minutes …". */
    private record Context(String path) {
        Context in(String part) {
            return new Context(path + ": " + part);
        }

        CatalogFormatException problem(String field, String message) {
            return new CatalogFormatException(path + ": " + field + " " + message);
        }

        void requireObject(JsonNode node) throws CatalogFormatException {
            if (node == null || !node.isObject()) {
                throw new CatalogFormatException(path + " must be a JSON object");
            }
        }

        JsonNode field(JsonNode node, String field) throws CatalogFormatException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw problem(field, "is missing");
            }
            return value;
        }

        String text(JsonNode node, String field, boolean required) throws CatalogFormatException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw problem(field, "is missing");
                }
                return "";
            }
            if (!value.isTextual()) {
                throw problem(field, "must be a text, was " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            String text = value.asText().strip();
            if (required && text.isEmpty()) {
                throw problem(field, "must not be empty");
            }
            if (text.length() > MAX_TEXT) {
                throw problem(field, "is " + text.length() + " characters long; at most " + MAX_TEXT + " are allowed");
            }
            return text;
        }

        String key(JsonNode node, String field) throws CatalogFormatException {
            String key = text(node, field, true);
            if (!KEY.matcher(key).matches()) {
                throw problem(field, "\"" + key + "\" must be lowercase letters, digits and dashes");
            }
            return key;
        }

        int positiveInt(JsonNode node, String field) throws CatalogFormatException {
            JsonNode value = field(node, field);
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() <= 0) {
                throw problem(field, "must be a positive whole number, was " + value);
            }
            return value.intValue();
        }

        boolean bool(JsonNode node, String field) throws CatalogFormatException {
            JsonNode value = field(node, field);
            if (!value.isBoolean()) {
                throw problem(field, "must be true or false, was " + value);
            }
            return value.booleanValue();
        }

        JsonNode array(JsonNode node, String field) throws CatalogFormatException {
            JsonNode value = field(node, field);
            if (!value.isArray()) {
                throw problem(field, "must be a list");
            }
            return value;
        }

        LocalizedText localized(JsonNode node, String field, boolean required) throws CatalogFormatException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw problem(field, "is missing");
                }
                return new LocalizedText("", "");
            }
            if (!value.isObject()) {
                throw problem(field, "must be an object with \"en\" and \"zh\" texts");
            }
            Context inner = in(field);
            return new LocalizedText(inner.text(value, "en", required), inner.text(value, "zh", required));
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
                throw problem(field, "\"" + text + "\" is not one of " + String.join(", ", names));
            }
        }
    }
}
