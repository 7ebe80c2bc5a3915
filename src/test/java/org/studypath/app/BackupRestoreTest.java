package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studypath.app.ExchangeFixture.CLOCK;
import static org.studypath.app.ExchangeFixture.LATER;
import static org.studypath.app.ExchangeFixture.backup;
import static org.studypath.app.ExchangeFixture.text;
import static org.studypath.app.ExchangeFixture.withoutExportedAt;
import static org.studypath.app.ExchangeFixture.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.UnitStatus;

/** A backup of a data folder restored into another one gives back the same data, or changes nothing at all. */
class BackupRestoreTest {
    @TempDir
    Path dirA;
    @TempDir
    Path dirB;
    @TempDir
    Path files;

    @Test
    void aRestoredBackupIsTheSameBackup() throws Exception {
        byte[] original;
        ExchangeFixture.UserData data;
        try (Services a = Services.open(dirA, CLOCK)) {
            data = ExchangeFixture.addUserData(a);
            original = backup(a);
        }
        String json = text(original);
        assertThat(json).startsWith("{\"format\":\"studypath-backup\",\n\"version\":2,\n\"generator\":\"StudyPath ")
                .contains("\"exported_at\":\"2026-01-14T09:30:00Z\"");
        for (BackupFormat.Table table : BackupFormat.TABLES) {
            assertThat(json).as("every table is in the backup").contains("\"" + table.name() + "\":[");
        }
        Path file = write(files, "backup.json", original);

        byte[] again;
        try (Services b = Services.open(dirB, LATER)) {
            assertThat(b.plans().paths()).hasSize(1);
            b.exchange().restore(file, WorkProgress.NONE);
            again = backup(b);

            // the restored store works: paths, progress, notes, search, the user's own resource
            assertThat(b.plans().paths()).extracting(PathSummary::id, PathSummary::name).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(data.starterPathId(), PlanService.STARTER_PATH_NAME),
                    org.assertj.core.groups.Tuple.tuple(data.secondPathId(), ExchangeFixture.SECOND_PATH));
            var starter = b.plans().planned(data.starterPathId()).orElseThrow();
            assertThat(starter.isDone(data.doneUnitId())).isTrue();
            assertThat(starter.units().get(data.loggedUnitId()).status()).isEqualTo(UnitStatus.IN_PROGRESS);
            assertThat(starter.progress().doneMinutes()).isPositive();
            assertThat(b.progress().logs(data.loggedUnitId())).singleElement()
                    .satisfies(log -> assertThat(log.minutes()).isEqualTo(25));
            assertThat(b.progress().unitNote(data.doneUnitId())).contains(ExchangeFixture.NOTE_WORD);
            assertThat(org.studypath.TestSearch.find(b.catalog(), ExchangeFixture.NOTE_WORD)).as("notes are searchable after a restore")
                    .isNotEmpty();
            assertThat(org.studypath.TestSearch.find(b.catalog(), "我的笔记")).containsExactly(data.userResourceId());
            assertThat(b.catalog().resource(data.userResourceId()).orElseThrow().units()).hasSize(3);
            var second = b.plans().planned(data.secondPathId()).orElseThrow();
            assertThat(second.path().availability().target()).isEqualTo(ExchangeFixture.TODAY.plusMonths(3));
            assertThat(second.path().availability().daysOff()).hasSize(2);
            assertThat(b.settings().get("test.setting")).contains("value with ünïcödé");
            assertThat(b.exchange().report(data.secondPathId()).sessions()).isNotEmpty();
        }
        assertThat(text(again)).contains("\"exported_at\":\"2026-01-17T09:31:01Z\"");
        assertThat(withoutExportedAt(again)).isEqualTo(withoutExportedAt(original));
        assertThat(again.length).isEqualTo(original.length);

        // and it survives closing and opening the data folder again
        try (Services b = Services.open(dirB, LATER)) {
            assertThat(withoutExportedAt(backup(b))).isEqualTo(withoutExportedAt(original));
        }
    }

    @Test
    void restoringOverTheSameDataChangesNothing() throws Exception {
        try (Services a = Services.open(dirA, CLOCK)) {
            ExchangeFixture.addUserData(a);
            byte[] before = backup(a);
            a.exchange().restore(write(files, "same.json", before), WorkProgress.NONE);
            assertThat(backup(a)).isEqualTo(before);
        }
    }

    @Test
    void aRestoreKeepsEveryIndexWhetherItSucceedsOrFails() throws Exception {
        byte[] good;
        try (Services a = Services.open(dirA, CLOCK)) {
            ExchangeFixture.addUserData(a);
            good = backup(a);
        }
        Path goodFile = write(files, "good.json", good);
        Path badFile = write(files, "bad.json", text(good).replaceFirst("\"minutes_mon\":\\d+", "\"minutes_mon\":5000"));
        try (Services b = Services.open(dirB, CLOCK)) {
            b.plans().paths();
        }
        List<String> schema = schema(dirB);
        assertThat(schema).anyMatch(row -> row.startsWith("index unit_resource "))
                .noneMatch(row -> row.contains("_search")); // the catalog is searched in memory
        try (Services b = Services.open(dirB, CLOCK)) {
            assertThatThrownBy(() -> b.exchange().restore(badFile, WorkProgress.NONE)).isInstanceOf(ExchangeException.class);
        }
        assertThat(schema(dirB)).as("after a failed restore").isEqualTo(schema);
        try (Services b = Services.open(dirB, CLOCK)) {
            b.exchange().restore(goodFile, WorkProgress.NONE);
        }
        assertThat(schema(dirB)).as("after a restore").isEqualTo(schema);
    }

    private static List<String> schema(Path dataDir) throws Exception {
        List<String> rows = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(org.studypath.store.Database.FILE_NAME));
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' "
                     + "ORDER BY type, name")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    @Test
    void thePreviewCountsRowsAndChangesNothing() throws Exception {
        Path file;
        try (Services a = Services.open(dirA, CLOCK)) {
            ExchangeFixture.addUserData(a);
            file = write(files, "backup.json", backup(a));
        }
        try (Services b = Services.open(dirB, CLOCK)) {
            byte[] before = backup(b);
            List<long[]> reported = new ArrayList<>();
            ExchangeService.RestorePreview preview = b.exchange().previewRestore(file, new WorkProgress() {
                @Override
                public void progress(long done, long total) {
                    reported.add(new long[] {done, total});
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            assertThat(preview.backup()).containsEntry("study_path", 2L).containsEntry("time_log", 1L)
                    .containsEntry("unit_note", 1L).containsEntry("resource_note", 1L).containsEntry("path_day_off", 2L);
            assertThat(preview.current()).containsEntry("study_path", 1L).containsEntry("time_log", 0L);
            assertThat(preview.exportedAt()).isEqualTo("2026-01-14T09:30:00Z");
            assertThat(preview.generator()).startsWith("StudyPath ");
            assertThat(preview.changes()).contains("Study paths: 1 now, 2 in the backup", "Time logs: 0 now, 1 in the backup");
            assertThat(reported).isNotEmpty();
            assertThat(reported.get(reported.size() - 1)).containsExactly(Files.size(file), Files.size(file));
            assertThat(backup(b)).isEqualTo(before);
        }
    }

    @Test
    void aBadRowLateInTheFileLeavesTheStoreExactlyAsItWas() throws Exception {
        String json;
        try (Services a = Services.open(dirA, CLOCK)) {
            ExchangeFixture.addUserData(a);
            json = text(backup(a));
        }
        // time_log comes after every catalog, path and progress row: all of those were already inserted
        String bad = json.replaceFirst("(\"time_log\":\\[\n\\{\"id\":\\d+,\"unit_id\":\\d+,\"day\":\"[0-9-]+\",\"minutes\":)25",
                "$1\"twenty-five\"");
        assertThat(bad).isNotEqualTo(json);
        int line = lineOf(bad, "\"twenty-five\"");
        Path file = write(files, "bad.json", bad);
        try (Services b = Services.open(dirB, CLOCK)) {
            ExchangeFixture.addUserData(b);
            byte[] before = backup(b);
            assertThatThrownBy(() -> b.exchange().restore(file, WorkProgress.NONE))
                    .isInstanceOf(ExchangeException.class)
                    .hasMessage("bad.json line " + line + ": time_log row 1: \"minutes\" must be a whole number, "
                            + "not \"twenty-five\"");
            assertThat(backup(b)).isEqualTo(before);
            assertThat(org.studypath.TestSearch.find(b.catalog(), ExchangeFixture.NOTE_WORD)).as("the search index too").isNotEmpty();
        }
    }

    @Test
    void aRowTheDatabaseRefusesLeavesTheStoreAsItWas() throws Exception {
        String json;
        try (Services a = Services.open(dirA, CLOCK)) {
            ExchangeFixture.addUserData(a);
            json = text(backup(a));
        }
        // a study path's minutes per day are checked by the database (0..1440), not by the reader
        String bad = json.replaceFirst("\"minutes_mon\":\\d+", "\"minutes_mon\":5000");
        Path file = write(files, "refused.json", bad);
        try (Services b = Services.open(dirB, CLOCK)) {
            byte[] before = backup(b);
            assertThatThrownBy(() -> b.exchange().restore(file, WorkProgress.NONE))
                    .isInstanceOf(ExchangeException.class)
                    .hasMessageStartingWith("refused.json line " + lineOf(bad, "\"minutes_mon\":5000") + ": study_path row 1: ")
                    .hasMessageContaining("cannot be restored").hasMessageContaining("minutes_mon");
            assertThat(backup(b)).isEqualTo(before);
        }
    }

    @Test
    void aCancelledRestoreChangesNothing() throws Exception {
        Path file;
        try (Services a = Services.open(dirA, CLOCK)) {
            ExchangeFixture.addUserData(a);
            file = write(files, "backup.json", backup(a));
        }
        try (Services b = Services.open(dirB, CLOCK)) {
            byte[] before = backup(b);
            AtomicInteger asked = new AtomicInteger();
            WorkProgress cancel = new WorkProgress() {
                @Override
                public void progress(long done, long total) {
                }

                @Override
                public boolean cancelled() {
                    asked.incrementAndGet();
                    return true;
                }
            };
            assertThatThrownBy(() -> b.exchange().restore(file, cancel))
                    .isInstanceOf(ExchangeException.class).hasMessage("Cancelled: nothing was changed.");
            assertThat(asked).hasPositiveValue();
            assertThat(backup(b)).isEqualTo(before);
            assertThatThrownBy(() -> b.exchange().previewRestore(file, cancel))
                    .isInstanceOf(ExchangeException.class).hasMessageStartingWith("Cancelled");
        }
    }

    @Test
    void aCancelHalfWayThroughTheRowsChangesNothing() throws Exception {
        // more than 1024 rows, so that the cancel comes in the middle of a table, after rows were inserted
        Path file;
        try (Services a = Services.open(dirA, CLOCK)) {
            ExchangeFixture.UserData data = ExchangeFixture.addUserData(a);
            for (int i = 0; i < 1100; i++) {
                a.progress().logTime(data.loggedUnitId(), ExchangeFixture.TODAY.minusDays(i % 300), 5);
            }
            file = write(files, "big.json", backup(a));
        }
        try (Services b = Services.open(dirB, CLOCK)) {
            byte[] before = backup(b);
            AtomicInteger asked = new AtomicInteger();
            WorkProgress cancelLate = new WorkProgress() {
                @Override
                public void progress(long done, long total) {
                }

                @Override
                public boolean cancelled() {
                    return asked.incrementAndGet() > BackupFormat.TABLES.size();
                }
            };
            assertThatThrownBy(() -> b.exchange().restore(file, cancelLate))
                    .isInstanceOf(ExchangeException.class).hasMessage("Cancelled: nothing was changed.");
            assertThat(backup(b)).isEqualTo(before);
        }
    }

    @Test
    void detectTellsBackupsFromCatalogPacks() throws Exception {
        Path backupFile;
        try (Services a = Services.open(dirA, CLOCK)) {
            backupFile = write(files, "backup.json", backup(a));
            assertThat(a.exchange().detect(backupFile)).isEqualTo(ExchangeService.ImportKind.BACKUP);
            Path pack = write(files, "pack.json", CatalogPackImportTest.pack("my-pack", "https://example.org/new-course"));
            assertThat(a.exchange().detect(pack)).isEqualTo(ExchangeService.ImportKind.CATALOG_PACK);
            Path other = write(files, "other.json", "{\"name\":\"x\"}");
            assertThatThrownBy(() -> a.exchange().detect(other)).isInstanceOf(ExchangeException.class)
                    .hasMessageContaining("other.json is not a StudyPath backup or catalog pack");
            Path notJson = write(files, "notes.txt", "hello, world");
            assertThatThrownBy(() -> a.exchange().detect(notJson)).isInstanceOf(ExchangeException.class)
                    .hasMessageContaining("notes.txt is not a StudyPath backup or catalog pack");
            assertThatThrownBy(() -> a.exchange().detect(files.resolve("missing.json")))
                    .isInstanceOf(ExchangeException.class).hasMessageContaining("does not exist");
            assertThatThrownBy(() -> a.exchange().detect(files)).isInstanceOf(ExchangeException.class)
                    .hasMessageContaining("is a folder");
        }
    }

    @Test
    void exportToAFileReplacesItWholeAndLeavesNoTemporaryFile() throws Exception {
        try (Services a = Services.open(dirA, CLOCK)) {
            long path = a.plans().paths().get(0).id();
            Path target = files.resolve("plan.csv");
            Files.writeString(target, "old content");
            ExchangeService.ExportOptions options = new ExchangeService.ExportOptions(true,
                    ExchangeService.ExportOptions.DEFAULT_DAY_START, java.time.ZoneId.of("Europe/Berlin"));
            a.exchange().exportTo(path, ExportFormat.CSV, options, target);
            assertThat(text(Files.readAllBytes(target))).startsWith("\uFEFFdate,resource,");
            try (var list = Files.list(files)) {
                assertThat(list.map(p -> p.getFileName().toString())).containsExactly("plan.csv");
            }
            assertThatThrownBy(() -> a.exchange().exportTo(path, ExportFormat.CSV, options, files.resolve("no/such/x.csv")))
                    .isInstanceOf(ExchangeException.class).hasMessageContaining("does not exist");
            assertThatThrownBy(() -> a.exchange().exportTo(9999, ExportFormat.CSV, options, files.resolve("x.csv")))
                    .isInstanceOf(ExchangeException.class).hasMessage("There is no study path with id 9999.");
            try (var list = Files.list(files)) {
                assertThat(list.map(p -> p.getFileName().toString())).as("a failed export leaves nothing behind")
                        .containsExactly("plan.csv");
            }
        }
    }

    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as(needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
