package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.Notice;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.exchange.backup.BackupFormatException;
import org.studypath.exchange.backup.BackupJsonReader;
import org.studypath.store.Database;
import org.studypath.store.SqliteProgressRepository;
import org.studypath.store.StoreErrors;
import org.studypath.store.StoreException;
import org.studypath.ui.common.Messages;

/**
 * Real failures of the store, the data folder and the backup reader carry a notice: the window says them in Chinese,
 * while their message (what the command line prints) stays the English sentence.
 */
class FailuresInChineseTest {
    private static final Messages CHINESE = Messages.of(Locale.SIMPLIFIED_CHINESE);
    private static final Messages ENGLISH = Messages.of(Locale.UK);

    @TempDir
    Path dataDir;

    @Test
    void aFullDiskIsExplainedInChineseWithTheReasonInside() {
        // simulated as in FaultsTest: SQLite may not grow the file, and fails exactly as on a full disk (SQLITE_FULL)
        Services.open(dataDir, ExchangeFixture.CLOCK).close(); // the bundled catalog gives the units to write notes on
        StoreException full;
        try (Database database = Database.openIn(dataDir)) {
            database.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + pageCount(c));
                }
                return null;
            });
            SqliteProgressRepository progress = new SqliteProgressRepository(database);
            List<Long> units = database.read(c -> {
                List<Long> ids = new java.util.ArrayList<>();
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM unit LIMIT 20")) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            });
            full = catchThrowableOfType(() -> {
                for (int i = 0; i < 200; i++) {
                    progress.saveUnitNote(units.get(i % units.size()), "a long note ".repeat(400));
                }
            }, StoreException.class);
        }
        assertThat(full).isNotNull();
        assertThat(full.getMessage()).isEqualTo("Database change failed and was rolled back: the disk is full, so the "
                + "change could not be saved. Nothing was lost: free some space and try again.");
        assertThat(ENGLISH.reason(full)).isEqualTo(full.getMessage());
        assertThat(CHINESE.reason(full)).isEqualTo("数据库更改失败，已回滚：磁盘已满，更改无法保存。没有丢失任何内容：请释放一些空间后重试。");
    }

    @Test
    void aReadOnlyFolderIsNamedInChinese() {
        Path folder = dataDir.resolve("StudyPath");
        Notice notice = StoreErrors.folder("folder.cannotCreate", folder,
                new FileSystemException(folder.toString(), null, "Read-only file system"));
        assertThat(notice.toString()).isEqualTo("Cannot create the data folder " + folder
                + ": the disk or folder is read-only.");
        assertThat(notice.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("无法创建数据文件夹 " + folder + "：磁盘或文件夹是只读的。");
    }

    @Test
    void aBackupErrorNamesItsLineTableRowAndFieldInChinese() {
        String bad = "{\"format\":\"" + BackupFormat.FORMAT + "\",\n\"version\":1,\n\"tables\":{\"unit\":[{\"id\":\"x\"}]}}";
        BackupFormatException e = catchThrowableOfType(() -> new BackupJsonReader().check(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.json"), BackupFormatException.class);
        assertThat(e.getMessage()).isEqualTo("bad.json line 3: unit row 1: \"id\" must be a whole number, not \"x\"");
        assertThat(CHINESE.reason(e)).isEqualTo("bad.json 第 3 行：unit 表第 1 行：“id”必须是整数，而不是“x”");

        String object = "{\"format\":\"" + BackupFormat.FORMAT + "\",\n\"version\":1,\n\"tables\":{\"unit\":[{\"id\":{}}]}}";
        e = catchThrowableOfType(() -> new BackupJsonReader().check(
                new ByteArrayInputStream(object.getBytes(StandardCharsets.UTF_8)), "bad.json"), BackupFormatException.class);
        assertThat(e.getMessage()).endsWith("unit row 1: \"id\" must be a whole number, not an object");
        assertThat(CHINESE.reason(e)).endsWith("unit 表第 1 行：“id”必须是整数，而不是对象");
    }

    @Test
    void aBadBackupFileRefusedByTheServiceIsExplainedInChinese() throws Exception {
        Path file = dataDir.resolve("files").resolve("future.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\":\"" + BackupFormat.FORMAT + "\",\n\"version\":99,\n\"tables\":{}}");
        try (Services services = Services.open(dataDir.resolve("data"), ExchangeFixture.CLOCK)) {
            ExchangeException e = catchThrowableOfType(() -> services.exchange().restore(file, WorkProgress.NONE),
                    ExchangeException.class);
            assertThat(e.getMessage()).isEqualTo("future.json line 2: this backup was written by a newer StudyPath "
                    + "(backup version 99); this version restores backup version " + BackupFormat.VERSION
                    + ". Update StudyPath to restore it");
            assertThat(CHINESE.reason(e)).isEqualTo("future.json 第 2 行：此备份由更新版本的 StudyPath 写入（备份版本 99）；"
                    + "本版本能恢复的备份版本为 " + BackupFormat.VERSION + "。请更新 StudyPath 后再恢复它");

            ExchangeException missing = catchThrowableOfType(() -> services.exchange().detect(file.resolveSibling("no.json")),
                    ExchangeException.class);
            assertThat(missing.getMessage()).isEqualTo(file.resolveSibling("no.json") + " does not exist.");
            assertThat(CHINESE.reason(missing)).isEqualTo(file.resolveSibling("no.json") + " 不存在。");
        }
    }

    @Test
    void aSecondStudyPathWithTheSameFolderIsToldInChinese() {
        try (InstanceLock first = InstanceLock.acquire(dataDir)) {
            AlreadyRunningException e = catchThrowableOfType(() -> InstanceLock.acquire(dataDir),
                    AlreadyRunningException.class);
            assertThat(e.getMessage()).isEqualTo("StudyPath is already running with the data folder " + dataDir
                    + ". Use that window, or quit it first.");
            assertThat(CHINESE.reason(e)).isEqualTo("StudyPath 已经在使用数据文件夹 " + dataDir + " 运行。请使用那个窗口，或先退出它。");
        }
    }

    @Test
    void aRefusedPathNameIsToldInChinese() {
        try (Services services = Services.open(dataDir, ExchangeFixture.CLOCK)) {
            Notice.Refused refused = catchThrowableOfType(() -> services.plans().create(" ", LocalDate.of(2026, 12, 1)),
                    Notice.Refused.class);
            assertThat(refused.getMessage()).isEqualTo("Give the path a name.");
            assertThat(CHINESE.reason(refused)).isEqualTo("请给路径起个名字。");
        }
    }

    private static long pageCount(java.sql.Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
