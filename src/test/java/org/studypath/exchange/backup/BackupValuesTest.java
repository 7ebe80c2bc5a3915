package org.studypath.exchange.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studypath.domain.Notice;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.backup.BackupFormat.Field;
import org.studypath.domain.backup.BackupFormat.Text;
import org.studypath.domain.backup.BackupFormat.Type;

/** The checks of single backup values, each read from a one-value JSON document. */
class BackupValuesTest {
    private static final BackupPlace ROW = BackupPlace.table("unit").row(7);

    /** The value as read, or the key of the problem that refused it. */
    private static Object read(Field field, String json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            BackupValues values = new BackupValues(parser, (where, problem) -> {
                assertThat(where).isEqualTo(ROW);
                return new BackupFormatException(problem);
            });
            try {
                return values.value(field, parser.nextToken(), ROW);
            } catch (BackupFormatException e) {
                return ((Notice.Carrier) e).notice().key();
            }
        }
    }

    @Test
    void wholeNumbersRealsAndBooleans() throws IOException {
        Field minutes = new Field("minutes", Type.INTEGER, false, Set.of());
        assertThat(read(minutes, "42")).isEqualTo(42L);
        assertThat(read(minutes, "\"ten\"")).isEqualTo("backup.notWholeNumber");
        assertThat(read(minutes, "123456789012345678901234567890")).isEqualTo("backup.notWholeNumber");
        assertThat(read(minutes, "null")).isEqualTo("backup.valueMissing");
        assertThat(read(new Field("factor", Type.REAL, true, Set.of()), "null")).isNull();
        assertThat(read(new Field("factor", Type.REAL, false, Set.of()), "1.5")).isEqualTo(1.5);
        assertThat(read(new Field("factor", Type.REAL, false, Set.of()), "true")).isEqualTo("backup.notNumber");
        assertThat(read(new Field("factor", Type.REAL, false, Set.of()), "1e999")).isEqualTo("backup.notFinite");
        assertThat(read(new Field("free", Type.BOOLEAN, false, Set.of()), "true")).isEqualTo(1L);
        assertThat(read(new Field("free", Type.BOOLEAN, false, Set.of()), "false")).isEqualTo(0L);
        assertThat(read(new Field("free", Type.BOOLEAN, false, Set.of()), "1")).isEqualTo("backup.notBoolean");
    }

    @Test
    void datesAndTimesMustExist() throws IOException {
        Field day = new Field("day", Type.DATE, false, Set.of());
        assertThat(read(day, "\"2026-02-28\"")).isEqualTo("2026-02-28");
        assertThat(read(day, "\"2026-02-30\"")).isEqualTo("backup.badDate");
        Field at = new Field("updated_at", Type.TIMESTAMP, false, Set.of());
        assertThat(read(at, "\"not a time\"")).isEqualTo("backup.badTime");
        assertThat(read(at, "{}")).isEqualTo("backup.notText");
    }

    @Test
    void textsAreCheckedForTheirListShapeAndCharacters() throws IOException {
        Field status = new Field("status", Type.TEXT, false, Set.of("DONE", "SKIPPED"));
        assertThat(read(status, "\"DONE\"")).isEqualTo("DONE");
        assertThat(read(status, "\"LATER\"")).isEqualTo("backup.notAllowed");
        Field title = new Field("title", Type.TEXT, false, Set.of(), Text.NAME);
        assertThat(read(title, "\"Linear algebra\"")).isEqualTo("Linear algebra");
        assertThat(read(title, "\"\"")).isEqualTo("backup.invariant.empty");
        assertThat(read(title, "\" padded \"")).isEqualTo("backup.invariant.untrimmed");
        assertThat(read(title, "\"a\\u0007b\"")).isEqualTo("backup.controlInLine");
        assertThat(read(title, "\"a\\ud800b\"")).isEqualTo("backup.notUnicode");
        Field note = new Field("text", Type.TEXT, false, Set.of(), Text.NAME, true);
        assertThat(read(note, "\"two\\nlines\"")).isEqualTo("two\nlines");
        assertThat(read(note, "\"a\\u0007b\"")).isEqualTo("backup.controlInNote");
        assertThat(read(new Field("url", Type.TEXT, false, Set.of(), Text.LINK), "\"ftp://x\""))
                .isEqualTo("backup.invariant.notWebLinkOrEmpty");
        assertThat(read(new Field("catalog_key", Type.TEXT, true, Set.of(), Text.KEY), "\"Not A Key!\""))
                .isEqualTo("backup.invariant.badKey");
        // a setting's value is the app's to check, so any text passes here
        assertThat(read(new Field("value", Type.TEXT, false, Set.of(), Text.SETTING), "\" \\u0007 \"")).isEqualTo(" \u0007 ");
    }

    @Test
    void wrongTextSaysNothingOfTextStudyPathWouldWrite() {
        assertThat(BackupValues.wrongText(new Field("title", Type.TEXT, false, Set.of(), Text.TRIMMED), "")).isNull();
        assertThat(BackupValues.wrongText(new Field("url", Type.TEXT, false, Set.of(), Text.LINK), "")).isNull();
        assertThat(BackupValues.wrongText(new Field("any", Type.TEXT, false, Set.of(), Text.ANY), " x ")).isNull();
    }

    @Test
    void timestampRefusesAnImpossibleTime() {
        assertThatThrownBy(() -> {
            try (JsonParser parser = new JsonFactory().createParser("1")) {
                new BackupValues(parser, (where, problem) -> new BackupFormatException(problem))
                        .timestamp("2026-13-01T00:00:00Z", BackupPlace.FILE, "exported_at");
            }
        }).isInstanceOf(BackupFormatException.class);
    }
}
