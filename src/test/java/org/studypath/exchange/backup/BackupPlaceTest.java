package org.studypath.exchange.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studypath.domain.Notice;

/** How a backup problem is said at its place: the file, a table or a row, with or without its line. */
class BackupPlaceTest {
    private static final Notice PROBLEM = Notice.text("wrong");

    @Test
    void eachPlaceHasItsOwnSentenceWithAndWithoutALine() {
        assertThat(BackupPlace.FILE.at("b.json", 3, PROBLEM)).isEqualTo(Notice.of("backup.at.line", "b.json", 3, PROBLEM));
        assertThat(BackupPlace.FILE.at("b.json", -1, PROBLEM)).isEqualTo(Notice.of("backup.at.file", "b.json", PROBLEM));
        BackupPlace table = BackupPlace.table("unit");
        assertThat(table.at("b.json", 0, PROBLEM)).isEqualTo(Notice.of("backup.at.lineTable", "b.json", 0, "unit", PROBLEM));
        assertThat(table.at("b.json", -1, PROBLEM)).isEqualTo(Notice.of("backup.at.table", "b.json", "unit", PROBLEM));
        BackupPlace row = table.row(7);
        assertThat(row.at("b.json", 42, PROBLEM)).isEqualTo(Notice.of("backup.at.lineRow", "b.json", 42, "unit", 7L, PROBLEM));
        assertThat(row.at("b.json", -1, PROBLEM).args()).isEqualTo(List.of("b.json", "unit", 7L, PROBLEM));
    }

    @Test
    void aRowKeepsItsTable() {
        assertThat(BackupPlace.table("unit").row(2)).isEqualTo(new BackupPlace("unit", 2));
        assertThat(BackupPlace.FILE.table()).isNull();
    }
}
