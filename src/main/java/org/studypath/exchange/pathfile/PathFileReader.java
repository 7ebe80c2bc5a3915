package org.studypath.exchange.pathfile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceType;
import org.studypath.domain.SafeText;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.exchange.JsonProblems;

/**
 * Reads a {@code .studypath} file and checks all of it before anything is imported: its format and version, every
 * field's type and range, texts (valid Unicode, no control characters, lengths), dates (strict, 1900–2200), the
 * references between resources, prerequisites without a cycle, and how many of everything there are
 * ({@link PathFile#MAX_RESOURCES} and the others). Jackson is held to a nesting depth, a text length, a token count
 * and a document length, so a hostile file is refused while it is parsed rather than after it has filled the
 * memory. Anything wrong is one {@link PathFileFormatException} naming the file, the place and the problem, e.g.
 * {@code friend.studypath: resources[2]: units[3]: minutes must be a positive whole number, was -5}; the field
 * problems are said in the catalog reader's words ({@code catalog.*}), which are the same for any JSON file.
 *
 * <p>Over 300 lines because every field of the file is checked here, in the file's own order (path, items,
 * resources, units), with a message naming its place; split, the checks and the places they name would drift.
 */
public final class PathFileReader {
    /** The most a file may hold, in bytes; the caller refuses a bigger file before reading it. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_TEXT = org.studypath.domain.catalog.CatalogData.MAX_TEXT;
    /** As the Progress page's note editor keeps it ({@code SqliteProgressRepository.MAX_NOTE_LENGTH}). */
    public static final int MAX_NOTE = 20_000;
    private static final int MAX_NAME = 200;
    private static final int MAX_REF = 40;
    private static final int MAX_DAYS_OFF = 3_660;
    private static final java.util.regex.Pattern KEY =
            java.util.regex.Pattern.compile(org.studypath.domain.catalog.CatalogData.KEY_PATTERN);

    private final ObjectMapper mapper;

    public PathFileReader() {
        mapper = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(12).maxStringLength(MAX_NOTE * 4).maxNumberLength(40)
                .maxTokenCount(2_000_000).maxDocumentLength(MAX_BYTES).build());
    }

    public PathFile read(InputStream in, String fileName) throws PathFileFormatException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new PathFileFormatException(JsonProblems.line(e) < 0 || JsonProblems.column(e) < 0
                    ? Notice.of("catalog.notJson", fileName, JsonProblems.describe(e))
                    : Notice.of("catalog.notJsonAt", fileName, JsonProblems.line(e), JsonProblems.column(e),
                            JsonProblems.describe(e)), e);
        } catch (CharConversionException e) {
            throw new PathFileFormatException(Notice.of("catalog.notJson", fileName, JsonProblems.describe(e)), e);
        } catch (IOException e) {
            throw new PathFileFormatException(Notice.of("catalog.cannotRead", fileName, String.valueOf(e.getMessage())), e);
        }
        if (root == null || !root.isObject()) {
            throw new PathFileFormatException(Notice.of("catalog.notOneObject", fileName));
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !PathFile.FORMAT.equals(format.textValue())) {
            throw new PathFileFormatException(Notice.of("pathfile.notPathFile", fileName, PathFile.FORMAT));
        }
        Place file = new Place(fileName);
        JsonNode version = file.field(root, "version");
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() <= 0) {
            throw file.problem("version", "catalog.notPositive", SafeText.quote(version.toString()));
        }
        if (version.intValue() > PathFile.VERSION) {
            throw new PathFileFormatException(Notice.of("pathfile.newerVersion", fileName, version.intValue(),
                    PathFile.VERSION));
        }
        validUnicode(root, file, "");
        JsonNode includesNode = file.object(root, "includes");
        Place includesAt = file.in("includes");
        PathFile.Includes includes = new PathFile.Includes(includesAt.bool(includesNode, "progress"),
                includesAt.bool(includesNode, "notes"), includesAt.bool(includesNode, "logs"));
        JsonNode pathNode = file.object(root, "path");
        Place path = file.in("path");
        String name = path.text(pathNode, "name", true, false, MAX_NAME);
        Availability availability = availability(path, pathNode);
        Map<ResourceType, Double> pace = paceFactors(path.in("paceFactors"), path.object(pathNode, "paceFactors"));
        Counter counter = new Counter();
        JsonNode resourcesNode = file.array(root, "resources");
        if (resourcesNode.size() > PathFile.MAX_RESOURCES) {
            throw file.problem("resources", "pathfile.tooMany", resourcesNode.size(), PathFile.MAX_RESOURCES);
        }
        List<PathFile.FileResource> resources = new ArrayList<>();
        Map<String, PathFile.FileResource> byRef = new LinkedHashMap<>();
        for (int i = 0; i < resourcesNode.size(); i++) {
            PathFile.FileResource resource = resource(file.in("resources[" + i + "]"), resourcesNode.get(i), includes,
                    counter);
            if (byRef.put(resource.ref(), resource) != null) {
                throw file.in("resources[" + i + "]").problem("ref", "pathfile.refTaken", SafeText.quote(resource.ref()));
            }
            resources.add(resource);
        }
        for (int i = 0; i < resources.size(); i++) {
            for (String required : resources.get(i).requires()) {
                if (!byRef.containsKey(required)) {
                    throw file.in("resources[" + i + "]").problem("requires", "pathfile.unknownRef", SafeText.quote(required));
                }
                if (required.equals(resources.get(i).ref())) {
                    throw file.in("resources[" + i + "]").problem("requires", "pathfile.requiresItself");
                }
            }
        }
        List<PathFile.Item> items = items(file, file.array(root, "items"), byRef);
        java.util.Optional<String> cyclic = cycle(resources);
        if (cyclic.isPresent()) {
            throw new PathFileFormatException(Notice.of("pathfile.cycle", fileName, SafeText.quote(cyclic.get())));
        }
        return new PathFile(name, availability, pace, resources, items, includes);
    }

    private static Availability availability(Place path, JsonNode node) throws PathFileFormatException {
        LocalDate start = path.date(node, "start", true);
        LocalDate target = path.date(node, "target", false);
        if (target != null && target.isBefore(start)) {
            throw path.problem("target", "pathfile.targetBeforeStart", target, start);
        }
        JsonNode minutesNode = path.object(node, "minutesPerWeekday");
        Place minutesAt = path.in("minutesPerWeekday");
        Map<DayOfWeek, Integer> minutes = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            minutes.put(day, minutesAt.whole(minutesNode, day.name(), 0, Availability.MAX_MINUTES_PER_DAY));
        }
        onlyKnown(minutesAt, minutesNode, java.util.Arrays.stream(DayOfWeek.values()).map(Enum::name).toList());
        JsonNode daysNode = path.array(node, "daysOff");
        if (daysNode.size() > MAX_DAYS_OFF) {
            throw path.problem("daysOff", "pathfile.tooMany", daysNode.size(), MAX_DAYS_OFF);
        }
        Set<LocalDate> daysOff = new TreeSet<>();
        for (int i = 0; i < daysNode.size(); i++) {
            JsonNode day = daysNode.get(i);
            LocalDate date = day.isTextual() ? org.studypath.domain.PlausibleDates.date(day.textValue()).orElse(null) : null;
            if (date == null) {
                throw path.problem("daysOff[" + i + "]", "pathfile.badDate", SafeText.quote(day.toString()));
            }
            daysOff.add(date);
        }
        return new Availability(minutes, start, target, daysOff);
    }

    private static Map<ResourceType, Double> paceFactors(Place at, JsonNode node) throws PathFileFormatException {
        Map<ResourceType, Double> factors = new EnumMap<>(ResourceType.class);
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            ResourceType type = at.enumName(field.getKey(), ResourceType.class);
            factors.put(type, at.factor(field.getKey(), field.getValue()));
        }
        return factors;
    }

    private static PathFile.FileResource resource(Place at, JsonNode node, PathFile.Includes includes, Counter counter)
            throws PathFileFormatException {
        at.requireObject(node);
        String ref = at.text(node, "ref", true, false, MAX_REF);
        String key = at.text(node, "key", false, false, MAX_TEXT);
        String catalogId = at.text(node, "catalogId", false, false, MAX_TEXT);
        if (!key.isEmpty() && !KEY.matcher(key).matches()) {
            throw at.problem("key", "catalog.badKey", SafeText.quote(key));
        }
        if (!catalogId.isEmpty() && !KEY.matcher(catalogId).matches()) {
            throw at.problem("catalogId", "catalog.badKey", SafeText.quote(catalogId));
        }
        if (key.isEmpty() != catalogId.isEmpty()) {
            throw at.problem(key.isEmpty() ? "key" : "catalogId", "catalog.missing");
        }
        JsonNode categoryNode = at.object(node, "category");
        Place categoryAt = at.in("category");
        // every category comes from a catalog, with its key, here as in the sender's StudyPath
        String categoryKey = categoryAt.text(categoryNode, "key", true, false, MAX_TEXT);
        if (!KEY.matcher(categoryKey).matches()) {
            throw categoryAt.problem("key", "catalog.badKey", SafeText.quote(categoryKey));
        }
        LocalizedText categoryName = categoryAt.localized(categoryNode, "name", true, false);
        String title = at.text(node, "title", true, false, org.studypath.domain.ResourceDraft.MAX_TITLE_LENGTH);
        Place titled = at.in(Notice.of("catalog.resource", title));
        String titleZh = titled.text(node, "titleZh", false, false, MAX_TEXT);
        JsonNode creatorsNode = titled.array(node, "creators");
        if (creatorsNode.size() > PathFile.MAX_CREATORS) {
            throw titled.problem("creators", "pathfile.tooMany", creatorsNode.size(), PathFile.MAX_CREATORS);
        }
        List<String> creators = new ArrayList<>();
        for (int i = 0; i < creatorsNode.size(); i++) {
            creators.add(titled.textValue("creators[" + i + "]", creatorsNode.get(i), true, false, MAX_TEXT));
        }
        String url = titled.link(node, "url");
        ResourceType type = titled.enumName(titled.text(node, "type", true, false, MAX_TEXT), ResourceType.class);
        UnitKind unitKind = titled.enumName(titled.text(node, "unitKind", true, false, MAX_TEXT), UnitKind.class);
        boolean free = titled.bool(node, "free");
        String language = titled.text(node, "language", true, false, 40);
        JsonNode topicsNode = titled.array(node, "topics");
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (int i = 0; i < topicsNode.size(); i++) {
            String topicKey = titled.textValue("topics[" + i + "]", topicsNode.get(i), true, false, MAX_TEXT);
            topics.add(Topic.fromKey(topicKey).orElseThrow(() -> titled.problem("topics", "catalog.unknownTopic",
                    SafeText.quote(topicKey), String.join(", ", java.util.Arrays.stream(Topic.values()).map(Topic::key).toList()))));
        }
        LocalizedText note = titled.localized(node, "note", false, true);
        LocalizedText durationNote = titled.localized(node, "durationNote", false, true);
        List<String> requires = new ArrayList<>();
        JsonNode requiresNode = node.get("requires");
        if (requiresNode != null && !requiresNode.isNull()) {
            JsonNode list = titled.array(node, "requires");
            if (list.size() > PathFile.MAX_RESOURCES) {
                throw titled.problem("requires", "pathfile.tooMany", list.size(), PathFile.MAX_RESOURCES);
            }
            for (int i = 0; i < list.size(); i++) {
                String required = titled.textValue("requires[" + i + "]", list.get(i), true, false, MAX_REF);
                if (!requires.contains(required)) {
                    requires.add(required);
                }
            }
        }
        String myNote = includes.notes() ? titled.text(node, "myNote", false, true, MAX_NOTE) : "";
        JsonNode unitsNode = titled.array(node, "units");
        if (unitsNode.isEmpty()) {
            throw titled.problem("units", "catalog.noUnits");
        }
        if (unitsNode.size() > PathFile.MAX_UNITS_PER_RESOURCE) {
            throw titled.problem("units", "pathfile.tooMany", unitsNode.size(), PathFile.MAX_UNITS_PER_RESOURCE);
        }
        counter.units += unitsNode.size();
        if (counter.units > PathFile.MAX_UNITS) {
            throw titled.problem("units", "pathfile.tooManyUnits", PathFile.MAX_UNITS);
        }
        List<PathFile.FileUnit> units = new ArrayList<>();
        Set<String> unitKeys = new HashSet<>();
        for (int i = 0; i < unitsNode.size(); i++) {
            PathFile.FileUnit unit = unit(titled.in("units[" + i + "]"), unitsNode.get(i), includes, counter);
            if (!unit.key().isEmpty() && !unitKeys.add(unit.key())) {
                throw titled.in("units[" + i + "]").problem("key", "catalog.unitKeyTaken", SafeText.quote(unit.key()));
            }
            units.add(unit);
        }
        return new PathFile.FileResource(ref, key, catalogId, new PathFile.FileCategory(categoryKey, categoryName), title,
                titleZh, creators, url, type, unitKind, free, language, topics, note, durationNote, requires, myNote,
                units);
    }

    /** One unit. A new optional unit field is read here, absent meaning unknown (see {@link PathFile.FileUnit}). */
    private static PathFile.FileUnit unit(Place at, JsonNode node, PathFile.Includes includes, Counter counter)
            throws PathFileFormatException {
        at.requireObject(node);
        String key = at.text(node, "key", false, false, MAX_TEXT);
        if (!key.isEmpty() && !KEY.matcher(key).matches()) {
            throw at.problem("key", "catalog.badKey", SafeText.quote(key));
        }
        String title = at.text(node, "title", true, false, MAX_TEXT);
        int minutes = at.whole(node, "minutes", 1, org.studypath.domain.ResourceDraft.MAX_MINUTES);
        boolean estimated = at.bool(node, "estimated");
        String url = at.link(node, "url");
        Integer firstPage = null;
        JsonNode page = node.get("firstPage");
        if (page != null && !page.isNull()) {
            firstPage = at.whole(node, "firstPage", 1, 1_000_000);
        }
        PathFile.UnitProgress progress = null;
        JsonNode progressNode = node.get("progress");
        if (includes.progress() && progressNode != null && !progressNode.isNull()) {
            Place progressAt = at.in("progress");
            at.object(node, "progress");
            UnitStatus status = progressAt.enumName(progressAt.text(progressNode, "status", true, false, 40), UnitStatus.class);
            if (status == UnitStatus.NOT_STARTED) {
                throw progressAt.problem("status", "pathfile.notStartedProgress");
            }
            progress = new PathFile.UnitProgress(status, progressAt.date(progressNode, "date", true));
        }
        String note = includes.notes() ? at.text(node, "note", false, true, MAX_NOTE) : "";
        List<PathFile.TimeSpent> logs = new ArrayList<>();
        JsonNode logsNode = node.get("logs");
        if (includes.logs() && logsNode != null && !logsNode.isNull()) {
            JsonNode list = at.array(node, "logs");
            if (list.size() > PathFile.MAX_LOGS_PER_UNIT) {
                throw at.problem("logs", "pathfile.tooMany", list.size(), PathFile.MAX_LOGS_PER_UNIT);
            }
            counter.logs += list.size();
            if (counter.logs > PathFile.MAX_LOGS) {
                throw at.problem("logs", "pathfile.tooManyLogs", PathFile.MAX_LOGS);
            }
            for (int i = 0; i < list.size(); i++) {
                Place logAt = at.in("logs[" + i + "]");
                logAt.requireObject(list.get(i));
                logs.add(new PathFile.TimeSpent(logAt.date(list.get(i), "day", true),
                        logAt.whole(list.get(i), "minutes", 1, 24 * 60)));
            }
        }
        return new PathFile.FileUnit(key, title, minutes, estimated, url, firstPage, progress, note, logs);
    }

    private static List<PathFile.Item> items(Place file, JsonNode itemsNode, Map<String, PathFile.FileResource> byRef)
            throws PathFileFormatException {
        List<PathFile.Item> items = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < itemsNode.size(); i++) {
            Place at = file.in("items[" + i + "]");
            JsonNode node = itemsNode.get(i);
            at.requireObject(node);
            String ref = at.text(node, "resource", true, false, MAX_REF);
            PathFile.FileResource resource = byRef.get(ref);
            if (resource == null) {
                throw at.problem("resource", "pathfile.unknownRef", SafeText.quote(ref));
            }
            if (!used.add(ref)) {
                throw at.problem("resource", "pathfile.itemTwice", SafeText.quote(ref));
            }
            Double pace = null;
            JsonNode paceNode = node.get("paceOverride");
            if (paceNode != null && !paceNode.isNull()) {
                pace = at.factor("paceOverride", paceNode);
            }
            Set<Integer> excluded = new HashSet<>();
            JsonNode excludedNode = node.get("excludedUnits");
            if (excludedNode != null && !excludedNode.isNull()) {
                JsonNode list = at.array(node, "excludedUnits");
                for (int e = 0; e < list.size(); e++) {
                    JsonNode index = list.get(e);
                    if (!index.isIntegralNumber() || !index.canConvertToInt() || index.intValue() < 0
                            || index.intValue() >= resource.units().size()) {
                        throw at.problem("excludedUnits[" + e + "]", "pathfile.noSuchUnit", SafeText.quote(index.toString()),
                                resource.units().size());
                    }
                    excluded.add(index.intValue());
                }
            }
            items.add(new PathFile.Item(ref, pace, excluded));
        }
        for (String ref : byRef.keySet()) {
            if (!used.contains(ref)) {
                throw file.in("resources").problem(SafeText.quote(ref), "pathfile.notInPath");
            }
        }
        return items;
    }

    /** The title of a resource in a cycle of prerequisites, if there is one. */
    static java.util.Optional<String> cycle(List<PathFile.FileResource> resources) {
        Map<String, PathFile.FileResource> byRef = new HashMap<>();
        resources.forEach(r -> byRef.put(r.ref(), r));
        Map<String, Integer> state = new HashMap<>(); // 1: on the way, 2: done
        for (PathFile.FileResource start : resources) {
            if (state.containsKey(start.ref())) {
                continue;
            }
            // depth first without recursion, so a long chain cannot overflow the stack
            java.util.ArrayDeque<java.util.Iterator<String>> stack = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<String> refs = new java.util.ArrayDeque<>();
            state.put(start.ref(), 1);
            stack.push(start.requires().iterator());
            refs.push(start.ref());
            while (!stack.isEmpty()) {
                if (stack.peek().hasNext()) {
                    String next = stack.peek().next();
                    Integer seen = state.get(next);
                    if (seen == null) {
                        state.put(next, 1);
                        stack.push(byRef.get(next).requires().iterator());
                        refs.push(next);
                    } else if (seen == 1) {
                        return java.util.Optional.of(byRef.get(next).title());
                    }
                } else {
                    stack.pop();
                    state.put(refs.pop(), 2);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static void onlyKnown(Place at, JsonNode node, List<String> known) throws PathFileFormatException {
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw at.problem(SafeText.quote(name), "catalog.notOneOf", SafeText.quote(name), String.join(", ", known));
            }
        }
    }

    /** Text anywhere in the file, even in a field not read, must be valid Unicode (as for catalog packs). */
    private static void validUnicode(JsonNode node, Place file, String path) throws PathFileFormatException {
        if (node.isTextual()) {
            if (notUnicode(node.textValue())) {
                throw file.problem(path, "catalog.notUnicode", SafeText.quote(node.textValue()));
            }
            return;
        }
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String inner = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (notUnicode(field.getKey())) {
                throw file.problem(SafeText.quote(inner), "catalog.notUnicode", SafeText.quote(field.getKey()));
            }
            validUnicode(field.getValue(), file, inner);
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            validUnicode(node.get(i), file, path + "[" + i + "]");
        }
    }

    private static boolean notUnicode(String text) {
        return SafeText.problem(text, false).filter(p -> p == SafeText.Problem.NOT_UNICODE).isPresent();
    }

    /** How many units and logs the file has shown so far, against the limits for the whole file. */
    private static final class Counter {
        int units;
        int logs;
    }

    /** Where in the file a value is, for messages; the place is the file name, or places within places. */
    private record Place(Object place) {
        Place in(Object part) {
            return new Place(Notice.of("catalog.at", place, part));
        }

        PathFileFormatException problem(String field, String key, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = field;
            System.arraycopy(args, 0, all, 1, args.length);
            return new PathFileFormatException(Notice.of("catalog.at", place, Notice.of(key, all)));
        }

        void requireObject(JsonNode node) throws PathFileFormatException {
            if (node == null || !node.isObject()) {
                throw new PathFileFormatException(Notice.of("catalog.notObject", place));
            }
        }

        JsonNode field(JsonNode node, String field) throws PathFileFormatException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw problem(field, "catalog.missing");
            }
            return value;
        }

        JsonNode object(JsonNode node, String field) throws PathFileFormatException {
            JsonNode value = field(node, field);
            if (!value.isObject()) {
                throw new PathFileFormatException(Notice.of("catalog.notObject", in(field).place()));
            }
            return value;
        }

        JsonNode array(JsonNode node, String field) throws PathFileFormatException {
            JsonNode value = field(node, field);
            if (!value.isArray()) {
                throw problem(field, "catalog.notList");
            }
            return value;
        }

        String text(JsonNode node, String field, boolean required, boolean multiLine, int max)
                throws PathFileFormatException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw problem(field, "catalog.missing");
                }
                return "";
            }
            return textValue(field, value, required, multiLine, max);
        }

        String textValue(String field, JsonNode value, boolean required, boolean multiLine, int max)
                throws PathFileFormatException {
            if (!value.isTextual()) {
                throw problem(field, "catalog.notText", value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            var problem = SafeText.problem(value.textValue(), !multiLine);
            if (problem.isPresent()) {
                throw problem(field, problem.get() == SafeText.Problem.NOT_UNICODE ? "catalog.notUnicode"
                        : multiLine ? "catalog.controlInNote" : "catalog.controlInLine", SafeText.quote(value.textValue()));
            }
            String text = value.textValue().strip();
            if (required && text.isEmpty()) {
                throw problem(field, "catalog.empty");
            }
            if (text.length() > max) {
                throw problem(field, "catalog.textTooLong", text.length(), max);
            }
            return text;
        }

        String link(JsonNode node, String field) throws PathFileFormatException {
            String url = text(node, field, false, false, MAX_TEXT);
            if (!url.isEmpty() && !org.studypath.domain.WebLinks.isWebLink(url)) {
                throw problem(field, "catalog.notWebLink", SafeText.quote(url));
            }
            return url;
        }

        LocalizedText localized(JsonNode node, String field, boolean required, boolean multiLine)
                throws PathFileFormatException {
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
            Place inner = in(field);
            int max = multiLine ? MAX_NOTE : MAX_TEXT;
            return new LocalizedText(inner.text(value, "en", required, multiLine, max),
                    inner.text(value, "zh", false, multiLine, max));
        }

        boolean bool(JsonNode node, String field) throws PathFileFormatException {
            JsonNode value = field(node, field);
            if (!value.isBoolean()) {
                throw problem(field, "catalog.notBoolean", SafeText.quote(value.toString()));
            }
            return value.booleanValue();
        }

        int whole(JsonNode node, String field, int min, int max) throws PathFileFormatException {
            JsonNode value = field(node, field);
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
                throw problem(field, "pathfile.notWhole", SafeText.quote(value.toString()), min, max);
            }
            return value.intValue();
        }

        double factor(String field, JsonNode value) throws PathFileFormatException {
            if (!value.isNumber() || !(value.doubleValue() >= PaceFactors.MIN && value.doubleValue() <= PaceFactors.MAX)) {
                throw problem(field, "pathfile.badFactor", SafeText.quote(value.toString()), PaceFactors.MIN, PaceFactors.MAX);
            }
            return value.doubleValue();
        }

        LocalDate date(JsonNode node, String field, boolean required) throws PathFileFormatException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw problem(field, "catalog.missing");
                }
                return null;
            }
            LocalDate date = value.isTextual() ? org.studypath.domain.PlausibleDates.date(value.textValue()).orElse(null) : null;
            if (date == null) {
                throw problem(field, "pathfile.badDate", SafeText.quote(value.toString()));
            }
            return date;
        }

        <E extends Enum<E>> E enumName(String text, Class<E> type) throws PathFileFormatException {
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    names.add(constant.name());
                }
                throw problem(SafeText.quote(text), "catalog.notOneOf", SafeText.quote(text), String.join(", ", names));
            }
        }
    }
}
