package org.studypath.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.studypath.domain.progress.NoteTexts;
import org.studypath.domain.Notice;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.catalog.PackMerge;
import org.studypath.domain.report.PlanReport;
import org.studypath.exchange.JsonProblems;
import org.studypath.store.CatalogStore;
import org.studypath.store.SqliteBackupStore;
import org.studypath.store.SqliteCalendarLedger;

/**
 * Exports (calendar, spreadsheet, checklist, report, backup) and imports (backup restore, catalog packs), for the
 * window and the command line alike. Every method does I/O: call it off the FX thread.
 *
 * <p>The work is done by {@link PlanExports}, {@link BackupRestore} and {@link PackImport}; this class is what the
 * window, the command line and the tests call, with the choices and results they share.
 */
public final class ExchangeService {
    /** A catalog pack is read whole; a bigger file is refused before reading it. */
    public static final long MAX_PACK_BYTES = 20L * 1024 * 1024;

    /**
     * Choices for the exports: a byte order mark for Excel, when a day's study starts (calendar), and the language of
     * the readable exports (the UI's; the CSV and the backup are the same in every language).
     */
    public record ExportOptions(boolean byteOrderMark, LocalTime dayStart, ZoneId zone, Locale language,
                                DayOfWeek weekStart) {
        public static final LocalTime DEFAULT_DAY_START = LocalTime.of(19, 0);

        public ExportOptions {
            Objects.requireNonNull(dayStart);
            Objects.requireNonNull(zone);
            Objects.requireNonNull(language);
            Objects.requireNonNull(weekStart);
        }

        /** Weeks start as is the custom where {@code language} is spoken (Monday in Britain and China). */
        public ExportOptions(boolean byteOrderMark, LocalTime dayStart, ZoneId zone, Locale language) {
            this(byteOrderMark, dayStart, zone, language, java.time.temporal.WeekFields.of(language).getFirstDayOfWeek());
        }

        /** In English. */
        public ExportOptions(boolean byteOrderMark, LocalTime dayStart, ZoneId zone) {
            this(byteOrderMark, dayStart, zone, Locale.UK);
        }

        public static ExportOptions defaults() {
            return new ExportOptions(false, DEFAULT_DAY_START, ZoneId.systemDefault());
        }
    }

    public enum ImportKind { BACKUP, CATALOG_PACK }

    /** What restoring a backup would replace: rows per table in the backup and in the store now. */
    public record RestorePreview(String generator, String exportedAt, Map<String, Long> backup, Map<String, Long> current) {
        public RestorePreview {
            backup = Map.copyOf(backup);
            current = Map.copyOf(current);
        }

        /** "Study paths: 1 now, 3 in the backup", for the tables a learner knows. */
        public List<String> changes() {
            List<String> lines = new ArrayList<>();
            for (String table : List.of("study_path", "resource", "unit_progress", "time_log", "unit_note",
                    "resource_note", "setting")) {
                String name = BackupFormat.table(table).map(BackupFormat.Table::rows).orElse(table);
                lines.add(Character.toUpperCase(name.charAt(0)) + name.substring(1) + ": " + current.getOrDefault(table, 0L)
                        + " now, " + backup.getOrDefault(table, 0L) + " in the backup");
            }
            return lines;
        }
    }

    private final PlanExports exports;
    private final BackupRestore restores;
    private final PackImport packs;

    /** Takes a checked copy of the data as it is (returning its file), and throws one away that was not needed. */
    public interface SafetyCopies {
        Path take();

        void discard(Path copy);
    }

    /** What a restore did: the rows restored per table, the settings it left out, and where the data from before is. */
    public record Restored(Map<String, Long> rows, List<Notice> warnings, Path before) {
        public Restored {
            rows = Map.copyOf(rows);
            warnings = List.copyOf(warnings);
        }
    }

    public ExchangeService(PlanService plans, CatalogService catalog, SqliteBackupStore backups, CatalogStore catalogStore,
                           CatalogSeeder seeder, Clock clock, Supplier<List<Path>> cjkFonts, SafetyCopies safetyCopy,
                           Runnable afterRestore, SqliteCalendarLedger calendarLedger, Supplier<NoteTexts> notes) {
        this.exports = new PlanExports(plans, catalog, backups, clock, cjkFonts, calendarLedger, notes);
        this.restores = new BackupRestore(backups, safetyCopy, afterRestore);
        this.packs = new PackImport(catalogStore, seeder);
    }

    public static String generator() {
        return AppInfo.NAME + " " + AppInfo.version();
    }

    public PlanReport report(long pathId) throws ExchangeException {
        return report(pathId, Locale.UK);
    }

    /** The report every export of {@code pathId} is written from, its sentences in {@code language}. */
    public PlanReport report(long pathId, Locale language) throws ExchangeException {
        return exports.report(pathId, language);
    }

    /**
     * Writes {@code pathId}'s plan in {@code format} to {@code out} ({@link ExportFormat#JSON}: the backup of
     * everything, {@code pathId} ignored). The stream is flushed, not closed.
     */
    public void export(long pathId, ExportFormat format, ExportOptions options, OutputStream out) throws ExchangeException, IOException {
        exports.export(pathId, format, options, out);
    }

    /**
     * Exports to a file: written beside it under a temporary name, then moved over it, so a failed export never
     * leaves half a file or spoils the one that was there.
     */
    public void exportTo(long pathId, ExportFormat format, ExportOptions options, Path file) throws ExchangeException {
        exports.exportTo(pathId, format, options, file);
    }

    /** The complete backup of everything in the store, streamed to {@code out}. */
    public void backup(OutputStream out) throws ExchangeException, IOException {
        exports.backup(out);
    }

    /**
     * {@code file} made ready to import: a regular file as it is, a stream (a named pipe, {@code /dev/stdin}) read
     * once into a private copy; a missing file, a folder, an unreadable file or a device is refused, each with its
     * own sentence ({@link ImportFile}). Every other import method takes the {@link ImportFile#path()} of it.
     */
    public ImportFile open(Path file, WorkProgress progress) throws ExchangeException {
        return ImportFile.open(file, progress);
    }

    /** Whether {@code file} is a StudyPath backup or a catalog pack, from its first field. */
    public ImportKind detect(Path file) throws ExchangeException {
        ImportFile.requireRegular(file);
        try {
            if (Files.size(file) == 0) {
                throw new ExchangeException(Notice.of("import.empty", ImportFile.name(file)));
            }
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", ImportFile.name(file), Notice.reasonOf(e)), e);
        }
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = new JsonFactory().createParser(in)) {
            if (parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && "format".equals(parser.currentName())) {
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && BackupFormat.FORMAT.equals(parser.getText())) {
                    return ImportKind.BACKUP;
                }
                if (value == JsonToken.VALUE_NUMBER_INT) {
                    return ImportKind.CATALOG_PACK;
                }
            }
        } catch (JsonProcessingException e) {
            throw new ExchangeException(Notice.of("import.notJson", ImportFile.name(file), JsonProblems.describe(e)), e);
        } catch (CharConversionException e) {
            throw new ExchangeException(Notice.of("import.notJson", ImportFile.name(file), JsonProblems.describe(e)), e);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", ImportFile.name(file), Notice.reasonOf(e)), e);
        }
        throw new ExchangeException(Notice.of("import.noFormat", ImportFile.name(file)));
    }

    /** Reads and checks the whole backup, and says what restoring it would replace. Changes nothing. */
    public RestorePreview previewRestore(Path file, WorkProgress progress) throws ExchangeException {
        return restores.previewRestore(file, progress);
    }

    /**
     * Replaces everything in the store with the backup, all or nothing: a bad row, a broken reference, an error
     * reading the file or a cancel leaves the store exactly as it was. First a checked copy of the store as it is
     * is taken ({@link Restored#before()}, listed under Backups as "before restore"), so the restore can itself be
     * undone; without that copy nothing is restored. Settings that fail the window's own checks are left out
     * ({@link Restored#warnings()}, see {@link SettingsCheck}). Then brings the bundled catalog up to date.
     */
    public Restored restore(Path file, WorkProgress progress) throws ExchangeException {
        return restores.restore(file, progress);
    }

    /** What merging the catalog pack would add and leave out. Changes nothing. */
    public PackMerge previewPack(Path file) throws ExchangeException {
        return packs.previewPack(file);
    }

    public PackMerge importPack(Path file) throws ExchangeException {
        return packs.importPack(file);
    }
}
