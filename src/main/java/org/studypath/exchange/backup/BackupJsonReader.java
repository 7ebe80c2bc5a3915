package org.studypath.exchange.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.backup.BackupSink;

/**
 * Reads a backup written by {@link BackupJsonWriter}, streamed, and checks every field as it goes: the format and
 * version, each table and field name, each value's type, dates that exist, values from fixed lists, text length.
 * Anything wrong stops the read with a {@link BackupFormatException} such as
 * {@code backup.json line 42: unit row 7: "minutes" must be a whole number, not "ten"}. What the sink does with the
 * rows is its business; a restore runs it inside one transaction, so a bad file changes nothing.
 */
public final class BackupJsonReader {
    /** What a backup holds, for the preview before a restore. */
    public record Summary(String generator, String exportedAt, Map<String, Long> rows) {
        public Summary {
            rows = Map.copyOf(rows);
        }

        public long rows(String table) {
            return rows.getOrDefault(table, 0L);
        }
    }

    private static final int MAX_DEPTH = 8;
    private static final DateTimeFormatter SQLITE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JsonFactory factory;

    public BackupJsonReader() {
        factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(BackupFormat.MAX_TEXT * 4)
                        .maxNumberLength(40)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** Reads the whole file into {@code sink}; returns what it held. */
    public Summary read(InputStream in, String fileName, BackupSink sink) throws BackupFormatException {
        Reading reading = null;
        try (JsonParser parser = factory.createParser(in)) {
            reading = new Reading(parser, fileName, sink);
            return reading.document();
        } catch (BackupFormatException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            // Jackson's limits carry no position: say where the reading was
            String prefix = reading == null ? fileName + ": " : reading.prefix(reading.place);
            String field = reading == null ? null : reading.field;
            throw new BackupFormatException(prefix + limit(e, field), e);
        } catch (JsonProcessingException e) {
            throw new BackupFormatException(fileName + where(e.getLocation()) + ": not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BackupFormatException(fileName + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads and checks the whole file without restoring anything. */
    public Summary check(InputStream in, String fileName) throws BackupFormatException {
        return read(in, fileName, BackupSink.discard());
    }

    private static String limit(StreamConstraintsException e, String field) {
        String message = e.getOriginalMessage();
        if (message.contains("String value length")) {
            return (field == null ? "a text" : "\"" + field + "\"") + " is longer than "
                    + String.format("%,d", BackupFormat.MAX_TEXT) + " characters";
        }
        if (message.contains("Name length")) {
            return "a field name is longer than any a backup has";
        }
        if (message.contains("nesting depth")) {
            return "the data is nested deeper than a backup ever is";
        }
        if (message.contains("Number value length")) {
            return "a number has too many digits";
        }
        return message;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "" : " line " + location.getLineNr();
    }

    private static final class Reading {
        private final JsonParser parser;
        private final String fileName;
        private final BackupSink sink;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        /** Where the reading is, for messages: the table and row, and the field whose value is being read. */
        private String place = "";
        private String field;

        Reading(JsonParser parser, String fileName, BackupSink sink) {
            this.parser = parser;
            this.fileName = fileName;
            this.sink = sink;
        }

        Summary document() throws IOException, BackupFormatException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw fail("", "the file must hold one JSON object (is this a StudyPath backup?)");
            }
            String format = null;
            Long version = null;
            String generator = "";
            String exportedAt = "";
            boolean tables = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                switch (name) {
                    case "format" -> {
                        format = token == JsonToken.VALUE_STRING ? parser.getText() : "";
                        if (!BackupFormat.FORMAT.equals(format)) {
                            throw fail("", "this is not a StudyPath backup (\"format\" must be \"" + BackupFormat.FORMAT + "\")");
                        }
                    }
                    case "version" -> {
                        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                            throw fail("", "\"version\" must be a whole number");
                        }
                        version = (long) parser.getIntValue();
                        if (version > BackupFormat.VERSION) {
                            throw fail("", "this backup was written by a newer StudyPath (backup version " + version
                                    + "); this version restores backup version " + BackupFormat.VERSION
                                    + ". Update StudyPath to restore it");
                        }
                        if (version < 1) {
                            throw fail("", "backup version " + version + " does not exist");
                        }
                    }
                    case "generator" -> generator = string(token, "", "generator");
                    case "exported_at" -> {
                        exportedAt = string(token, "", "exported_at");
                        timestamp(exportedAt, "", "exported_at");
                    }
                    case "tables" -> {
                        if (format == null || version == null) {
                            throw fail("", "\"format\" and \"version\" must come before \"tables\" (is this a StudyPath backup?)");
                        }
                        if (token != JsonToken.START_OBJECT) {
                            throw fail("", "\"tables\" must be an object of tables");
                        }
                        tables();
                        tables = true;
                    }
                    default -> throw fail("", "unknown field \"" + clip(name) + "\"");
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw fail("", "the file must hold one JSON object");
            }
            if (format == null) {
                throw fail("", "this is not a StudyPath backup (no \"format\")");
            }
            if (!tables) {
                throw fail("", "the backup has no \"tables\"");
            }
            if (parser.nextToken() != null) {
                throw fail("", "there is more after the end of the backup");
            }
            return new Summary(generator, exportedAt, counts);
        }

        private void tables() throws IOException, BackupFormatException {
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                BackupFormat.Table table = BackupFormat.table(name).orElseThrow(() -> fail("",
                        "unknown table \"" + clip(name) + "\"; a backup has " + BackupFormat.tableNames()));
                seen.add(name);
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw fail(name, "must be a list of rows");
                }
                call(() -> sink.startTable(table), name);
                long index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    index++;
                    String where = name + " row " + index;
                    place = where;
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        throw fail(where, "must be an object of fields");
                    }
                    Object[] values = row(table, where);
                    call(() -> sink.row(values), where);
                }
                counts.put(name, index);
                place = "";
                call(() -> sink.endTable(table), name);
            }
            for (BackupFormat.Table table : BackupFormat.TABLES) {
                if (!seen.contains(table.name())) {
                    throw fail("", "the table \"" + table.name() + "\" is missing: the backup is incomplete");
                }
            }
        }

        private Object[] row(BackupFormat.Table table, String where) throws IOException, BackupFormatException {
            List<BackupFormat.Field> fields = table.fields();
            Object[] values = new Object[fields.size()];
            boolean[] present = new boolean[fields.size()];
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int i = table.index(name);
                if (i < 0) {
                    throw fail(where, "unknown field \"" + clip(name) + "\"; " + table.name() + " rows have "
                            + String.join(", ", table.fieldNames()));
                }
                present[i] = true;
                field = name;
                values[i] = value(fields.get(i), parser.nextToken(), where);
                field = null;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (!present[i]) {
                    throw fail(where, "the field \"" + fields.get(i).name() + "\" is missing");
                }
            }
            return values;
        }

        private Object value(BackupFormat.Field field, JsonToken token, String where) throws IOException, BackupFormatException {
            String name = field.name();
            if (token == JsonToken.VALUE_NULL) {
                if (!field.nullable()) {
                    throw fail(where, "\"" + name + "\" must have a value");
                }
                return null;
            }
            switch (field.type()) {
                case INTEGER -> {
                    if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        throw wrongType(where, name, "a whole number", token);
                    }
                    return parser.getLongValue();
                }
                case REAL -> {
                    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                        throw wrongType(where, name, "a number", token);
                    }
                    double value = parser.getDoubleValue();
                    if (!Double.isFinite(value)) {
                        throw fail(where, "\"" + name + "\" must be a finite number");
                    }
                    return value;
                }
                case BOOLEAN -> {
                    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                        throw wrongType(where, name, "true or false", token);
                    }
                    return token == JsonToken.VALUE_TRUE ? 1L : 0L;
                }
                case DATE -> {
                    String text = string(token, where, name);
                    try {
                        LocalDate.parse(text);
                    } catch (DateTimeException e) {
                        throw fail(where, "\"" + name + "\" must be a date that exists, written 2026-11-25, not \""
                                + clip(text) + "\"");
                    }
                    return text;
                }
                case TIMESTAMP -> {
                    String text = string(token, where, name);
                    timestamp(text, where, name);
                    return text;
                }
                default -> {
                    String text = string(token, where, name);
                    if (text.length() > BackupFormat.MAX_TEXT) {
                        throw fail(where, "\"" + name + "\" is longer than " + String.format("%,d", BackupFormat.MAX_TEXT)
                                + " characters");
                    }
                    if (!field.allowed().isEmpty() && !field.allowed().contains(text)) {
                        throw fail(where, "\"" + name + "\" must be one of " + String.join(", ",
                                new java.util.TreeSet<>(field.allowed())) + ", not \"" + clip(text) + "\"");
                    }
                    return text;
                }
            }
        }

        private void timestamp(String text, String where, String name) throws BackupFormatException {
            try {
                Instant.parse(text);
            } catch (DateTimeException e) {
                try {
                    LocalDateTime.parse(text, SQLITE_TIME);
                } catch (DateTimeException e2) {
                    throw fail(where, "\"" + name + "\" must be a time that exists, written 2026-11-25T18:30:00Z, not \""
                            + clip(text) + "\"");
                }
            }
        }

        private String string(JsonToken token, String where, String name) throws IOException, BackupFormatException {
            if (token != JsonToken.VALUE_STRING) {
                throw wrongType(where, name, "text", token);
            }
            return parser.getText();
        }

        private BackupFormatException wrongType(String where, String name, String expected, JsonToken token) throws IOException {
            String found = switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                case VALUE_STRING -> "\"" + clip(parser.getText()) + "\"";
                case VALUE_TRUE, VALUE_FALSE -> parser.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> clip(parser.getText());
                default -> token.asString() == null ? token.name() : token.asString();
            };
            return fail(where, "\"" + name + "\" must be " + expected + ", not " + found);
        }

        private interface SinkCall {
            void run() throws Exception;
        }

        /** Runs a sink call; what the sink refuses (a rule of the database, say) is reported at this line. */
        private void call(SinkCall call, String where) throws BackupFormatException {
            try {
                call.run();
            } catch (BackupFormatException e) {
                throw e;
            } catch (Exception e) {
                throw new BackupFormatException(prefix(where) + "cannot be restored: " + e.getMessage(), e);
            }
        }

        private BackupFormatException fail(String where, String message) {
            return new BackupFormatException(prefix(where) + message);
        }

        private String prefix(String where) {
            JsonLocation location = parser.currentLocation();
            return fileName + where(location) + ": " + (where.isEmpty() ? "" : where + ": ");
        }
    }

    /** Puts long or strange user text into a message safely: short, on one line. */
    static String clip(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "…" : oneLine;
    }
}
