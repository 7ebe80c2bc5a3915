package org.studypath.exchange.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studypath.domain.Notice;
import org.studypath.domain.PlausibleDates;
import org.studypath.domain.SafeText;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.backup.BackupSink;
import org.studypath.domain.catalog.CatalogData;
import org.studypath.exchange.JsonProblems;

/**
 * Reads a backup written by {@link BackupJsonWriter}, streamed, and checks every field as it goes: the format and
 * version, each table and field name, each value's type, dates that exist, values from fixed lists, text length, and
 * what a text must look like as StudyPath writes it ({@link BackupFormat.Text}: trimmed, not empty, a key, a link).
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
            Notice limit = limit(e, reading == null ? null : reading.field);
            throw new BackupFormatException(reading == null ? at(fileName, -1, Where.FILE, limit)
                    : reading.at(reading.place, limit), e);
        } catch (JsonProcessingException e) {
            throw new BackupFormatException(at(fileName, JsonProblems.line(e), reading == null ? Where.FILE : reading.place,
                    Notice.of("backup.notJson", JsonProblems.describe(e))), e);
        } catch (CharConversionException e) {
            throw new BackupFormatException(at(fileName, -1, Where.FILE,
                    Notice.of("backup.notJson", JsonProblems.describe(e))), e);
        } catch (IOException e) {
            throw new BackupFormatException(at(fileName, -1, Where.FILE,
                    Notice.of("backup.cannotRead", String.valueOf(e.getMessage()))), e);
        }
    }

    /** Reads and checks the whole file without restoring anything. */
    public Summary check(InputStream in, String fileName) throws BackupFormatException {
        return read(in, fileName, BackupSink.discard());
    }

    /** A text too long names its field and the backup's limit; every other limit is said as for any JSON file. */
    private static Notice limit(StreamConstraintsException e, String field) {
        if (String.valueOf(e.getOriginalMessage()).contains("String value length")) {
            return field == null ? Notice.of("backup.someTextTooLong", BackupFormat.MAX_TEXT)
                    : Notice.of("backup.textTooLong", field, BackupFormat.MAX_TEXT);
        }
        return JsonProblems.describe(e);
    }

    /** The line of {@code location}, or -1 when it has none. */
    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? -1 : location.getLineNr();
    }

    /** Where in the backup a problem is: the file as a whole, a table, or a row of a table (counted from 1). */
    private record Where(String table, long row) {
        static final Where FILE = new Where(null, 0);

        static Where table(String name) {
            return new Where(name, 0);
        }

        Where row(long index) {
            return new Where(table, index);
        }
    }

    /**
     * {@code problem} said at its place: "backup.json line 42: unit row 7: "minutes" must be a whole number, not
     * "ten"" ({@code line} -1 when unknown).
     */
    private static Notice at(String fileName, int line, Where where, Notice problem) {
        boolean hasLine = line >= 0;
        if (where.table() == null) {
            return hasLine ? Notice.of("backup.at.line", fileName, line, problem)
                    : Notice.of("backup.at.file", fileName, problem);
        }
        if (where.row() == 0) {
            return hasLine ? Notice.of("backup.at.lineTable", fileName, line, where.table(), problem)
                    : Notice.of("backup.at.table", fileName, where.table(), problem);
        }
        return hasLine ? Notice.of("backup.at.lineRow", fileName, line, where.table(), where.row(), problem)
                : Notice.of("backup.at.row", fileName, where.table(), where.row(), problem);
    }

    private static final class Reading {
        private final JsonParser parser;
        private final String fileName;
        private final BackupSink sink;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        /** Where the reading is, for messages: the table and row, and the field whose value is being read. */
        private Where place = Where.FILE;
        private String field;

        Reading(JsonParser parser, String fileName, BackupSink sink) {
            this.parser = parser;
            this.fileName = fileName;
            this.sink = sink;
        }

        Summary document() throws IOException, BackupFormatException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw fail(Where.FILE, Notice.of("backup.notOneObjectBackup"));
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
                            throw fail(Where.FILE, Notice.of("backup.wrongFormat", BackupFormat.FORMAT));
                        }
                    }
                    case "version" -> {
                        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                            throw fail(Where.FILE, Notice.of("backup.versionNotWhole"));
                        }
                        version = (long) parser.getIntValue();
                        if (version > BackupFormat.VERSION) {
                            throw fail(Where.FILE, Notice.of("backup.newerVersion", version, BackupFormat.VERSION));
                        }
                        if (version < 1) {
                            throw fail(Where.FILE, Notice.of("backup.noSuchVersion", version));
                        }
                    }
                    case "generator" -> {
                        generator = string(token, Where.FILE, "generator");
                        if (generator.length() > 200 || SafeText.problem(generator, true).isPresent()) {
                            throw fail(Where.FILE, Notice.of("backup.badGenerator", clip(generator)));
                        }
                    }
                    case "exported_at" -> {
                        exportedAt = string(token, Where.FILE, "exported_at");
                        timestamp(exportedAt, Where.FILE, "exported_at");
                    }
                    case "tables" -> {
                        if (format == null || version == null) {
                            throw fail(Where.FILE, Notice.of("backup.tablesTooEarly"));
                        }
                        if (token != JsonToken.START_OBJECT) {
                            throw fail(Where.FILE, Notice.of("backup.tablesNotObject"));
                        }
                        tables();
                        tables = true;
                    }
                    default -> throw fail(Where.FILE, Notice.of("backup.unknownField", clip(name)));
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw fail(Where.FILE, Notice.of("backup.notOneObject"));
            }
            if (format == null) {
                throw fail(Where.FILE, Notice.of("backup.noFormat"));
            }
            if (!tables) {
                throw fail(Where.FILE, Notice.of("backup.noTables"));
            }
            if (parser.nextToken() != null) {
                throw fail(Where.FILE, Notice.of("backup.trailing"));
            }
            return new Summary(generator, exportedAt, counts);
        }

        private void tables() throws IOException, BackupFormatException {
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                // the names of all 17 tables made the message longer than a message may be (300 characters)
                BackupFormat.Table table = BackupFormat.table(name).orElseThrow(() -> fail(Where.FILE,
                        Notice.of("backup.unknownTable", clip(name))));
                seen.add(name);
                Where inTable = Where.table(name);
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw fail(inTable, Notice.of("backup.tableNotList"));
                }
                call(() -> sink.startTable(table), inTable);
                long index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    index++;
                    Where where = inTable.row(index);
                    place = where;
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        throw fail(where, Notice.of("backup.rowNotObject"));
                    }
                    Object[] values = row(table, where);
                    call(() -> sink.row(values), where);
                }
                counts.put(name, index);
                place = Where.FILE;
                call(() -> sink.endTable(table), inTable);
            }
            for (BackupFormat.Table table : BackupFormat.TABLES) {
                if (!seen.contains(table.name())) {
                    throw fail(Where.FILE, Notice.of("backup.tableMissing", table.name()));
                }
            }
        }

        private Object[] row(BackupFormat.Table table, Where where) throws IOException, BackupFormatException {
            List<BackupFormat.Field> fields = table.fields();
            Object[] values = new Object[fields.size()];
            boolean[] present = new boolean[fields.size()];
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int i = table.index(name);
                if (i < 0) {
                    throw fail(where, Notice.of("backup.unknownRowField", clip(name), table.name(), fieldList(table)));
                }
                present[i] = true;
                field = name;
                values[i] = value(fields.get(i), parser.nextToken(), where);
                field = null;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (!present[i]) {
                    throw fail(where, Notice.of("backup.fieldMissing", fields.get(i).name()));
                }
            }
            return values;
        }

        private Object value(BackupFormat.Field field, JsonToken token, Where where) throws IOException, BackupFormatException {
            String name = field.name();
            if (token == JsonToken.VALUE_NULL) {
                if (!field.nullable()) {
                    throw fail(where, Notice.of("backup.valueMissing", name));
                }
                return null;
            }
            switch (field.type()) {
                case INTEGER -> {
                    if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        throw wrongType(where, name, "backup.notWholeNumber", token);
                    }
                    return parser.getLongValue();
                }
                case REAL -> {
                    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                        throw wrongType(where, name, "backup.notNumber", token);
                    }
                    double value = parser.getDoubleValue();
                    if (!Double.isFinite(value)) {
                        throw fail(where, Notice.of("backup.notFinite", name));
                    }
                    return value;
                }
                case BOOLEAN -> {
                    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                        throw wrongType(where, name, "backup.notBoolean", token);
                    }
                    return token == JsonToken.VALUE_TRUE ? 1L : 0L;
                }
                case DATE -> {
                    String text = string(token, where, name);
                    if (PlausibleDates.date(text).isEmpty()) {
                        throw fail(where, Notice.of("backup.badDate", name, clip(text), PlausibleDates.FIRST_YEAR,
                                PlausibleDates.LAST_YEAR));
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
                        throw fail(where, Notice.of("backup.textTooLong", name, BackupFormat.MAX_TEXT));
                    }
                    checkText(text, field, where);
                    if (!field.allowed().isEmpty() && !field.allowed().contains(text)) {
                        throw fail(where, Notice.of("backup.notAllowed", name, String.join(", ",
                                new java.util.TreeSet<>(field.allowed())), clip(text)));
                    }
                    Notice wrong = wrongText(field, text);
                    if (wrong != null) {
                        throw fail(where, wrong);
                    }
                    return text;
                }
            }
        }

        /**
         * What is wrong with a text that StudyPath's own writes would never store in {@code field}, or null. Checked
         * here, as it is read, rather than in the store after the inserts: a few nanoseconds a text in Java, a
         * function call a text in SQL, and the preview can say it too.
         */
        private static Notice wrongText(BackupFormat.Field field, String text) {
            String name = field.name();
            BackupFormat.Text shape = field.text();
            boolean trimmed = shape == BackupFormat.Text.ANY || shape == BackupFormat.Text.KEY
                    || shape == BackupFormat.Text.SETTING || BackupFormat.isTrimmed(text);
            if (!trimmed) {
                return Notice.of("backup.invariant.untrimmed", name, SafeText.quote(text));
            }
            return switch (shape) {
                case NAME -> text.isEmpty() ? Notice.of("backup.invariant.empty", name) : null;
                case KEY -> BackupFormat.isKey(text) ? null : Notice.of("backup.invariant.badKey", name,
                        CatalogData.MAX_KEY_LENGTH, SafeText.quote(text));
                case LINK -> BackupFormat.isLink(text) ? null : Notice.of("backup.invariant.notWebLinkOrEmpty", name,
                        SafeText.quote(text));
                default -> null;
            };
        }

        private void timestamp(String text, Where where, String name) throws BackupFormatException {
            if (PlausibleDates.timestamp(text).isEmpty()) {
                throw fail(where, Notice.of("backup.badTime", name, clip(text), PlausibleDates.FIRST_YEAR,
                        PlausibleDates.LAST_YEAR));
            }
        }

        /**
         * Refuses text that SQLite would store changed (not valid Unicode) or that the app never writes (a control
         * character in a field of one line; in a note, any but line breaks and tabs).
         */
        private void checkText(String text, BackupFormat.Field field, Where where) throws BackupFormatException {
            if (field.text() == BackupFormat.Text.SETTING) {
                return; // the app's SettingsCheck leaves a bad one out, with a warning
            }
            var problem = SafeText.problem(text, !field.multiLine());
            if (problem.isPresent()) {
                throw fail(where, Notice.of(problem.get() == SafeText.Problem.NOT_UNICODE ? "backup.notUnicode"
                        : field.multiLine() ? "backup.controlInNote" : "backup.controlInLine", field.name(), clip(text)));
            }
        }

        private String string(JsonToken token, Where where, String name) throws IOException, BackupFormatException {
            if (token != JsonToken.VALUE_STRING) {
                throw wrongType(where, name, "backup.notText", token);
            }
            return parser.getText();
        }

        /** {@code key} says that field {0} must be of some type, and not {1}: what was found. */
        private BackupFormatException wrongType(Where where, String name, String key, JsonToken token) throws IOException {
            Notice found = switch (token) {
                case START_OBJECT -> Notice.of("backup.found.object");
                case START_ARRAY -> Notice.of("backup.found.list");
                case VALUE_STRING -> Notice.of("backup.found.text", clip(parser.getText()));
                case VALUE_TRUE, VALUE_FALSE -> Notice.text(parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Notice.text(clip(parser.getText()));
                default -> Notice.text(token.asString() == null ? token.name() : token.asString());
            };
            return fail(where, Notice.of(key, name, found));
        }

        private interface SinkCall {
            void run() throws Exception;
        }

        /** Runs a sink call; what the sink refuses (a rule of the database, say) is reported at this line. */
        private void call(SinkCall call, Where where) throws BackupFormatException {
            try {
                call.run();
            } catch (BackupFormatException e) {
                throw e;
            } catch (Exception e) {
                // a message-less failure reads "null", as it always has
                Notice reason = e.getMessage() == null ? Notice.text(String.valueOf(e.getMessage())) : Notice.reasonOf(e);
                throw new BackupFormatException(at(where, Notice.of("backup.rowRefused", reason)), e);
            }
        }

        private BackupFormatException fail(Where where, Notice problem) {
            return new BackupFormatException(at(where, problem));
        }

        /** {@code problem} at {@code where}, on the line the reading is at. */
        private Notice at(Where where, Notice problem) {
            return BackupJsonReader.at(fileName, line(parser.currentLocation()), where, problem);
        }
    }

    /** A table's field names for a message: all of a short table's, the first few of a long one's. */
    static String fieldList(BackupFormat.Table table) {
        List<String> names = table.fieldNames();
        return names.size() <= 10 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 6)) + ", … " + names.get(names.size() - 1);
    }

    /** Puts long or strange user text into a message safely: short, on one line, what a terminal obeys escaped. */
    static String clip(String text) {
        return SafeText.quote(text);
    }
}
