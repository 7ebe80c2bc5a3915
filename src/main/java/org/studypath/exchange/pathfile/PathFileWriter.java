package org.studypath.exchange.pathfile;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.TreeSet;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.pathfile.PathFile;

/**
 * Writes a {@link PathFile} as a {@code .studypath} file: UTF-8 JSON, indented so a person can read and diff it,
 * {@code "format"} first so an import knows it from its first field. Fields that are empty are left out, and
 * progress, notes and logs appear only when the file includes them. {@link PathFileReader} reads it back.
 */
public final class PathFileWriter {
    private final JsonFactory factory = new JsonFactory();

    /** Writes {@code file} to {@code out}, which is flushed, not closed; {@code generator} names the writing app. */
    public void write(PathFile file, String generator, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", PathFile.FORMAT);
            json.writeNumberField("version", PathFile.VERSION);
            json.writeStringField("generator", generator);
            json.writeObjectFieldStart("includes");
            json.writeBooleanField("progress", file.includes().progress());
            json.writeBooleanField("notes", file.includes().notes());
            json.writeBooleanField("logs", file.includes().logs());
            json.writeEndObject();
            path(json, file);
            json.writeArrayFieldStart("items");
            for (PathFile.Item item : file.items()) {
                json.writeStartObject();
                json.writeStringField("resource", item.resource());
                if (item.paceOverride() != null) {
                    json.writeNumberField("paceOverride", item.paceOverride());
                }
                if (!item.excludedUnits().isEmpty()) {
                    json.writeArrayFieldStart("excludedUnits");
                    for (int index : new TreeSet<>(item.excludedUnits())) {
                        json.writeNumber(index);
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("resources");
            for (PathFile.FileResource resource : file.resources()) {
                resource(json, resource, file.includes());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }

    private static void path(JsonGenerator json, PathFile file) throws IOException {
        json.writeObjectFieldStart("path");
        json.writeStringField("name", file.name());
        json.writeStringField("start", file.availability().start().toString());
        if (file.availability().target() != null) {
            json.writeStringField("target", file.availability().target().toString());
        }
        json.writeObjectFieldStart("minutesPerWeekday");
        for (DayOfWeek day : DayOfWeek.values()) {
            json.writeNumberField(day.name(), file.availability().minutesPerWeekday().get(day));
        }
        json.writeEndObject();
        json.writeArrayFieldStart("daysOff");
        for (LocalDate day : new TreeSet<>(file.availability().daysOff())) {
            json.writeString(day.toString());
        }
        json.writeEndArray();
        json.writeObjectFieldStart("paceFactors");
        for (ResourceType type : ResourceType.values()) {
            Double factor = file.paceFactors().get(type);
            if (factor != null) {
                json.writeNumberField(type.name(), factor);
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void resource(JsonGenerator json, PathFile.FileResource r, PathFile.Includes includes) throws IOException {
        json.writeStartObject();
        json.writeStringField("ref", r.ref());
        if (r.fromCatalog()) {
            json.writeStringField("key", r.key());
            json.writeStringField("catalogId", r.catalogId());
        }
        json.writeObjectFieldStart("category");
        if (!r.category().key().isEmpty()) {
            json.writeStringField("key", r.category().key());
        }
        localized(json, "name", r.category().name());
        json.writeEndObject();
        json.writeStringField("title", r.title());
        optional(json, "titleZh", r.titleZh());
        json.writeArrayFieldStart("creators");
        for (String creator : r.creators()) {
            json.writeString(creator);
        }
        json.writeEndArray();
        optional(json, "url", r.url());
        json.writeStringField("type", r.type().name());
        json.writeStringField("unitKind", r.unitKind().name());
        json.writeBooleanField("free", r.free());
        json.writeStringField("language", r.language());
        json.writeArrayFieldStart("topics");
        for (Topic topic : Topic.values()) {
            if (r.topics().contains(topic)) {
                json.writeString(topic.key());
            }
        }
        json.writeEndArray();
        if (!r.note().isBlank()) {
            localized(json, "note", r.note());
        }
        if (!r.durationNote().isBlank()) {
            localized(json, "durationNote", r.durationNote());
        }
        if (!r.requires().isEmpty()) {
            json.writeArrayFieldStart("requires");
            for (String ref : r.requires()) {
                json.writeString(ref);
            }
            json.writeEndArray();
        }
        if (includes.notes()) {
            optional(json, "myNote", r.myNote());
        }
        json.writeArrayFieldStart("units");
        for (PathFile.FileUnit unit : r.units()) {
            unit(json, unit, includes);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** One unit; its optional fields (such as {@code firstPage}) are written only when known. */
    private static void unit(JsonGenerator json, PathFile.FileUnit unit, PathFile.Includes includes) throws IOException {
        json.writeStartObject();
        optional(json, "key", unit.key());
        json.writeStringField("title", unit.title());
        json.writeNumberField("minutes", unit.minutes());
        json.writeBooleanField("estimated", unit.estimated());
        optional(json, "url", unit.url());
        if (unit.firstPage() != null) {
            json.writeNumberField("firstPage", unit.firstPage());
        }
        if (includes.progress() && unit.progress() != null) {
            json.writeObjectFieldStart("progress");
            json.writeStringField("status", unit.progress().status().name());
            json.writeStringField("date", unit.progress().date().toString());
            json.writeEndObject();
        }
        if (includes.notes()) {
            optional(json, "note", unit.note());
        }
        if (includes.logs() && !unit.logs().isEmpty()) {
            json.writeArrayFieldStart("logs");
            for (PathFile.TimeSpent log : unit.logs()) {
                json.writeStartObject();
                json.writeStringField("day", log.day().toString());
                json.writeNumberField("minutes", log.minutes());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String field, String text) throws IOException {
        if (text != null && !text.isEmpty()) {
            json.writeStringField(field, text);
        }
    }

    private static void localized(JsonGenerator json, String field, LocalizedText text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("en", text.en());
        json.writeStringField("zh", text.zh());
        json.writeEndObject();
    }

}
