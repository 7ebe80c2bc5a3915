package org.studypath.exchange.backup;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.backup.BackupSink;

/**
 * Writes a backup as JSON, streamed: {@code {"format":"studypath-backup","version":2,"generator":…,"exported_at":…,
 * "tables":{"category":[{…},…],…}}} with one row per line, so a diff or an error message's line number is useful.
 */
public final class BackupJsonWriter implements BackupSink, AutoCloseable {
    private final JsonGenerator json;
    private BackupFormat.Table table;

    public BackupJsonWriter(OutputStream out, String generator, Instant exportedAt) throws IOException {
        json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(new RowPerLine());
        json.writeStartObject();
        json.writeStringField("format", BackupFormat.FORMAT);
        json.writeNumberField("version", BackupFormat.VERSION);
        json.writeStringField("generator", generator);
        json.writeStringField("exported_at", exportedAt.toString());
        json.writeObjectFieldStart("tables");
    }

    @Override
    public void startTable(BackupFormat.Table table) throws IOException {
        this.table = table;
        json.writeArrayFieldStart(table.name());
    }

    @Override
    public void row(Object[] values) throws IOException {
        List<BackupFormat.Field> fields = table.fields();
        json.writeStartObject();
        for (int i = 0; i < fields.size(); i++) {
            BackupFormat.Field field = fields.get(i);
            Object value = values[i];
            json.writeFieldName(field.name());
            if (value == null) {
                json.writeNull();
            } else {
                switch (field.type()) {
                    case INTEGER -> json.writeNumber(((Number) value).longValue());
                    case REAL -> json.writeNumber(((Number) value).doubleValue());
                    case BOOLEAN -> json.writeBoolean(((Number) value).longValue() != 0);
                    case TEXT, DATE, TIMESTAMP -> json.writeString(value.toString());
                }
            }
        }
        json.writeEndObject();
    }

    @Override
    public void endTable(BackupFormat.Table table) throws IOException {
        json.writeEndArray();
    }

    /** Ends the document and flushes it; the output stream stays open. */
    @Override
    public void close() throws IOException {
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    /** Compact rows, one per line. */
    private static final class RowPerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            g.writeRaw(nrOfValues > 0 ? "\n]" : "]");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(g.getOutputContext().getParent().inRoot() || g.getOutputContext().getParent().inObject() ? ",\n" : ",");
        }
    }
}
