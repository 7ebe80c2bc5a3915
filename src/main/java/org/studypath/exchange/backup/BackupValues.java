package org.studypath.exchange.backup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.studypath.domain.Notice;
import org.studypath.domain.PlausibleDates;
import org.studypath.domain.SafeText;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.catalog.CatalogData;

/**
 * The checks of one value of a backup as {@link BackupJsonReader} reads it: its JSON type against the field's, dates
 * and times that exist, text length, Unicode and control characters, values from fixed lists, and the shape a text has
 * when StudyPath writes it. A value that fails stops the read with the failure the reader makes for its place.
 */
final class BackupValues {
    /** Makes the failure for {@code problem} at {@code where}, on the line the parser is at. */
    interface Failures {
        BackupFormatException fail(BackupPlace where, Notice problem);
    }

    private final JsonParser parser;
    private final Failures failures;

    BackupValues(JsonParser parser, Failures failures) {
        this.parser = parser;
        this.failures = failures;
    }

    /** The value of {@code field} that {@code token} starts, checked, as the sink takes it. */
    Object value(BackupFormat.Field field, JsonToken token, BackupPlace where) throws IOException, BackupFormatException {
        String name = field.name();
        if (token == JsonToken.VALUE_NULL) {
            if (!field.nullable()) {
                throw failures.fail(where, Notice.of("backup.valueMissing", name));
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
                    throw failures.fail(where, Notice.of("backup.notFinite", name));
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
                    throw failures.fail(where, Notice.of("backup.badDate", name, SafeText.quote(text), PlausibleDates.FIRST_YEAR,
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
                    throw failures.fail(where, Notice.of("backup.textTooLong", name, BackupFormat.MAX_TEXT));
                }
                checkText(text, field, where);
                if (!field.allowed().isEmpty() && !field.allowed().contains(text)) {
                    throw failures.fail(where, Notice.of("backup.notAllowed", name, String.join(", ",
                            new java.util.TreeSet<>(field.allowed())), SafeText.quote(text)));
                }
                Notice wrong = wrongText(field, text);
                if (wrong != null) {
                    throw failures.fail(where, wrong);
                }
                return text;
            }
        }
    }

    /**
     * What is wrong with a text that StudyPath's own writes would never store in {@code field}, or null. Checked
     * here, as it is read, rather than in the store after the inserts: cheaper in Java than as a function call a
     * text in SQL, and the preview can say it too.
     */
    static Notice wrongText(BackupFormat.Field field, String text) {
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

    void timestamp(String text, BackupPlace where, String name) throws BackupFormatException {
        if (PlausibleDates.timestamp(text).isEmpty()) {
            throw failures.fail(where, Notice.of("backup.badTime", name, SafeText.quote(text), PlausibleDates.FIRST_YEAR,
                    PlausibleDates.LAST_YEAR));
        }
    }

    /**
     * Refuses text that SQLite would store changed (not valid Unicode) or that the app never writes (a control
     * character in a field of one line; in a note, any but line breaks and tabs).
     */
    private void checkText(String text, BackupFormat.Field field, BackupPlace where) throws BackupFormatException {
        if (field.text() == BackupFormat.Text.SETTING) {
            return; // the app's SettingsCheck leaves a bad one out, with a warning
        }
        var problem = SafeText.problem(text, !field.multiLine());
        if (problem.isPresent()) {
            throw failures.fail(where, Notice.of(problem.get() == SafeText.Problem.NOT_UNICODE ? "backup.notUnicode"
                    : field.multiLine() ? "backup.controlInNote" : "backup.controlInLine", field.name(), SafeText.quote(text)));
        }
    }

    String string(JsonToken token, BackupPlace where, String name) throws IOException, BackupFormatException {
        if (token != JsonToken.VALUE_STRING) {
            throw wrongType(where, name, "backup.notText", token);
        }
        return parser.getText();
    }

    /** {@code key} says that field {0} must be of some type, and not {1}: what was found. */
    private BackupFormatException wrongType(BackupPlace where, String name, String key, JsonToken token) throws IOException {
        Notice found = switch (token) {
            case START_OBJECT -> Notice.of("backup.found.object");
            case START_ARRAY -> Notice.of("backup.found.list");
            case VALUE_STRING -> Notice.of("backup.found.text", SafeText.quote(parser.getText()));
            case VALUE_TRUE, VALUE_FALSE -> Notice.text(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Notice.text(SafeText.quote(parser.getText()));
            default -> Notice.text(token.asString() == null ? token.name() : token.asString());
        };
        return failures.fail(where, Notice.of(key, name, found));
    }
}
