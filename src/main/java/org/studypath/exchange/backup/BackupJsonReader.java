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
import org.studypath.domain.SafeText;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.backup.BackupSink;
import org.studypath.exchange.JsonProblems;

/**
 * Reads a backup written by {@link BackupJsonWriter}, streamed, and checks every field as it goes: the format and
 * version, each table and field name, each value's type, dates that exist, values from fixed lists, text length, and
 * what a text must look like as StudyPath writes it ({@link BackupFormat.Text}: trimmed, not empty, a key, a link).
 * Anything wrong stops the read with a {@link BackupFormatException} such as
 * {@code backup.json line 42: unit row 7: "minutes" must be a whole number, not "ten"}. What the sink does with the
 * rows is its business; a restore runs it inside one transaction, so a bad file changes nothing.
 *
 * <p>This class reads the document, its tables and rows; {@link BackupValues} checks each value and
 * {@link BackupPlace} says where a problem is.
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
            throw new BackupFormatException(reading == null ? BackupPlace.FILE.at(fileName, -1, limit)
                    : reading.at(reading.place, limit), e);
        } catch (JsonProcessingException e) {
            throw new BackupFormatException((reading == null ? BackupPlace.FILE : reading.place).at(fileName,
                    JsonProblems.line(e), Notice.of("backup.notJson", JsonProblems.describe(e))), e);
        } catch (CharConversionException e) {
            throw new BackupFormatException(BackupPlace.FILE.at(fileName, -1,
                    Notice.of("backup.notJson", JsonProblems.describe(e))), e);
        } catch (IOException e) {
            throw new BackupFormatException(BackupPlace.FILE.at(fileName, -1,
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

    private static final class Reading {
        private final JsonParser parser;
        private final String fileName;
        private final BackupSink sink;
        private final BackupValues values;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        /** Where the reading is, for messages: the table and row, and the field whose value is being read. */
        private BackupPlace place = BackupPlace.FILE;
        private String field;

        Reading(JsonParser parser, String fileName, BackupSink sink) {
            this.parser = parser;
            this.fileName = fileName;
            this.sink = sink;
            this.values = new BackupValues(parser, this::fail);
        }

        Summary document() throws IOException, BackupFormatException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw fail(BackupPlace.FILE, Notice.of("backup.notOneObjectBackup"));
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
                            throw fail(BackupPlace.FILE, Notice.of("backup.wrongFormat", BackupFormat.FORMAT));
                        }
                    }
                    case "version" -> {
                        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                            throw fail(BackupPlace.FILE, Notice.of("backup.versionNotWhole"));
                        }
                        version = (long) parser.getIntValue();
                        if (version > BackupFormat.VERSION) {
                            throw fail(BackupPlace.FILE, Notice.of("backup.newerVersion", version, BackupFormat.VERSION));
                        }
                        if (version < 1) {
                            throw fail(BackupPlace.FILE, Notice.of("backup.noSuchVersion", version));
                        }
                    }
                    case "generator" -> {
                        generator = values.string(token, BackupPlace.FILE, "generator");
                        if (generator.length() > 200 || SafeText.problem(generator, true).isPresent()) {
                            throw fail(BackupPlace.FILE, Notice.of("backup.badGenerator", clip(generator)));
                        }
                    }
                    case "exported_at" -> {
                        exportedAt = values.string(token, BackupPlace.FILE, "exported_at");
                        values.timestamp(exportedAt, BackupPlace.FILE, "exported_at");
                    }
                    case "tables" -> {
                        if (format == null || version == null) {
                            throw fail(BackupPlace.FILE, Notice.of("backup.tablesTooEarly"));
                        }
                        if (token != JsonToken.START_OBJECT) {
                            throw fail(BackupPlace.FILE, Notice.of("backup.tablesNotObject"));
                        }
                        tables();
                        tables = true;
                    }
                    default -> throw fail(BackupPlace.FILE, Notice.of("backup.unknownField", clip(name)));
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw fail(BackupPlace.FILE, Notice.of("backup.notOneObject"));
            }
            if (format == null) {
                throw fail(BackupPlace.FILE, Notice.of("backup.noFormat"));
            }
            if (!tables) {
                throw fail(BackupPlace.FILE, Notice.of("backup.noTables"));
            }
            if (parser.nextToken() != null) {
                throw fail(BackupPlace.FILE, Notice.of("backup.trailing"));
            }
            return new Summary(generator, exportedAt, counts);
        }

        private void tables() throws IOException, BackupFormatException {
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                // the message names the unknown table only: a list of every table would be longer than a message may be
                BackupFormat.Table table = BackupFormat.table(name).orElseThrow(() -> fail(BackupPlace.FILE,
                        Notice.of("backup.unknownTable", clip(name))));
                seen.add(name);
                BackupPlace inTable = BackupPlace.table(name);
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw fail(inTable, Notice.of("backup.tableNotList"));
                }
                call(() -> sink.startTable(table), inTable);
                long index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    index++;
                    BackupPlace where = inTable.row(index);
                    place = where;
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        throw fail(where, Notice.of("backup.rowNotObject"));
                    }
                    Object[] values = row(table, where);
                    call(() -> sink.row(values), where);
                }
                counts.put(name, index);
                place = BackupPlace.FILE;
                call(() -> sink.endTable(table), inTable);
            }
            for (BackupFormat.Table table : BackupFormat.TABLES) {
                if (!seen.contains(table.name()) && !table.optional()) {
                    throw fail(BackupPlace.FILE, Notice.of("backup.tableMissing", table.name()));
                }
            }
        }

        private Object[] row(BackupFormat.Table table, BackupPlace where) throws IOException, BackupFormatException {
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
                values[i] = this.values.value(fields.get(i), parser.nextToken(), where);
                field = null;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (!present[i]) {
                    throw fail(where, Notice.of("backup.fieldMissing", fields.get(i).name()));
                }
            }
            return values;
        }

        private interface SinkCall {
            void run() throws Exception;
        }

        /** Runs a sink call; what the sink refuses (a rule of the database, say) is reported at this line. */
        private void call(SinkCall call, BackupPlace where) throws BackupFormatException {
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

        private BackupFormatException fail(BackupPlace where, Notice problem) {
            return new BackupFormatException(at(where, problem));
        }

        /** {@code problem} at {@code where}, on the line the reading is at. */
        private Notice at(BackupPlace where, Notice problem) {
            return where.at(fileName, line(parser.currentLocation()), problem);
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
