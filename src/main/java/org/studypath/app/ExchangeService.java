package org.studypath.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.studypath.domain.Notice;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.backup.BackupSink;
import org.studypath.domain.catalog.CatalogData;
import org.studypath.domain.catalog.PackMerge;
import org.studypath.domain.report.CalendarEvent;
import org.studypath.domain.report.PlanReport;
import org.studypath.exchange.CatalogFormatException;
import org.studypath.exchange.CatalogJsonReader;
import org.studypath.exchange.JsonProblems;
import org.studypath.exchange.backup.BackupFormatException;
import org.studypath.exchange.backup.BackupJsonReader;
import org.studypath.exchange.backup.BackupJsonWriter;
import org.studypath.exchange.plan.CsvPlanWriter;
import org.studypath.exchange.plan.HtmlReportWriter;
import org.studypath.exchange.plan.IcsPlanWriter;
import org.studypath.exchange.plan.MarkdownPlanWriter;
import org.studypath.exchange.plan.PdfReportWriter;
import org.studypath.store.CatalogStore;
import org.studypath.store.SqliteBackupStore;
import org.studypath.store.SqliteCalendarLedger;

/**
 * Exports (calendar, spreadsheet, checklist, report, backup) and imports (backup restore, catalog packs), for the
 * window and the command line alike. Every method does I/O: call it off the FX thread.
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

    private final PlanService plans;
    private final CatalogService catalog;
    private final SqliteBackupStore backups;
    private final CatalogStore catalogStore;
    private final CatalogSeeder seeder;
    /** Brings the bundled catalog up to date (and whatever else follows the restored data) after a restore. */
    private final Runnable afterRestore;
    private final Clock clock;
    private final Supplier<List<java.nio.file.Path>> cjkFonts;
    /** Checked copies of the database as it is, taken before a restore replaces it. */
    private final SafetyCopies safetyCopy;
    /** The calendar events each path's exports wrote, so the next export can cancel what is no longer planned. */
    private final SqliteCalendarLedger calendarLedger;

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
                           Runnable afterRestore, SqliteCalendarLedger calendarLedger) {
        this.calendarLedger = calendarLedger;
        this.safetyCopy = safetyCopy;
        this.afterRestore = afterRestore;
        this.plans = plans;
        this.catalog = catalog;
        this.backups = backups;
        this.catalogStore = catalogStore;
        this.seeder = seeder;
        this.clock = clock;
        this.cjkFonts = cjkFonts;
    }

    public static String generator() {
        return AppInfo.NAME + " " + AppInfo.version();
    }

    public PlanReport report(long pathId) throws ExchangeException {
        return report(pathId, Locale.UK);
    }

    /** The report every export of {@code pathId} is written from, its sentences in {@code language}. */
    public PlanReport report(long pathId, Locale language) throws ExchangeException {
        PlanService.PlannedPath planned = plans.planned(pathId)
                .orElseThrow(() -> new ExchangeException(Notice.of("store.noPath", pathId)));
        return ReportBuilder.build(planned, catalog::resource, clock.instant(), generator(), language);
    }

    /**
     * Writes {@code pathId}'s plan in {@code format} to {@code out} ({@link ExportFormat#JSON}: the backup of
     * everything, {@code pathId} ignored). The stream is flushed, not closed.
     */
    public void export(long pathId, ExportFormat format, ExportOptions options, OutputStream out) throws ExchangeException, IOException {
        if (format == ExportFormat.JSON) {
            backup(out);
            return;
        }
        Locale language = options.language();
        PlanReport report = report(pathId, language);
        switch (format) {
            case ICS -> {
                // what earlier exports of this path sent out, so what is no longer planned goes out as cancelled
                List<CalendarEvent> written = new IcsPlanWriter(options.dayStart(), options.zone(), language)
                        .write(report, calendarLedger.issued(pathId), out);
                out.flush();
                calendarLedger.record(pathId, written);
                return;
            }
            case CSV -> new CsvPlanWriter(options.byteOrderMark()).write(report, out);
            // the weeks of the checklist and the reports start on the day the window's weeks start (Settings)
            case MD -> new MarkdownPlanWriter(language, options.weekStart()).write(report, out);
            case HTML -> new HtmlReportWriter(language, options.weekStart()).write(report, out);
            case PDF -> new PdfReportWriter(cjkFonts.get(), language, options.weekStart()).write(report, out);
            default -> throw new IllegalStateException(format.name());
        }
        out.flush();
    }

    /**
     * Exports to a file: written beside it under a temporary name, then moved over it, so a failed export never
     * leaves half a file or spoils the one that was there.
     */
    public void exportTo(long pathId, ExportFormat format, ExportOptions options, Path file) throws ExchangeException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExchangeException(Notice.of("export.noFolder", target, folder));
        }
        if (Files.isDirectory(target)) {
            throw new ExchangeException(Notice.of("export.isFolder", target));
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".studypath-export-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                export(pathId, format, options, out);
            }
            readableLikeOtherFiles(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new ExchangeException(Notice.of("export.permissionDenied", target), e);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("export.cannotWrite", target, e.getMessage()), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is best-effort cleanup
                }
            }
        }
    }

    /** A temporary file is private (rw-------); the export gets the old file's permissions, or rw-r--r--. */
    private static void readableLikeOtherFiles(Path temp, Path target) {
        try {
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, Files.exists(target)
                        ? Files.getPosixFilePermissions(target)
                        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // permissions are a nicety; the export itself is complete
        }
    }

    /** The complete backup of everything in the store, streamed to {@code out}. */
    public void backup(OutputStream out) throws ExchangeException, IOException {
        BackupJsonWriter writer = new BackupJsonWriter(out, generator(), clock.instant());
        try {
            backups.dump(writer);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ExchangeException(Notice.of("export.backupUnreadable", Notice.reasonOf(e)), e);
        }
        writer.close();
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
        checkReadable(file);
        try {
            if (Files.size(file) == 0) {
                throw new ExchangeException(Notice.of("import.empty", name(file)));
            }
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", name(file), Notice.reasonOf(e)), e);
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
            throw new ExchangeException(Notice.of("import.notJson", name(file), JsonProblems.describe(e)), e);
        } catch (CharConversionException e) {
            throw new ExchangeException(Notice.of("import.notJson", name(file), JsonProblems.describe(e)), e);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", name(file), Notice.reasonOf(e)), e);
        }
        throw new ExchangeException(Notice.of("import.noFormat", name(file)));
    }

    /** Reads and checks the whole backup, and says what restoring it would replace. Changes nothing. */
    public RestorePreview previewRestore(Path file, WorkProgress progress) throws ExchangeException {
        checkReadable(file);
        try (InputStream in = counting(file, progress)) {
            BackupJsonReader.Summary summary = new BackupJsonReader().read(in, name(file),
                    cancelling(BackupSink.discard(), progress));
            return new RestorePreview(summary.generator(), summary.exportedAt(), summary.rows(), backups.counts());
        } catch (BackupFormatException e) {
            throw cancelledOr(e);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", name(file), Notice.reasonOf(e)), e);
        }
    }

    /**
     * Replaces everything in the store with the backup, all or nothing: a bad row, a broken reference, an error
     * reading the file or a cancel leaves the store exactly as it was. First a checked copy of the store as it is
     * is taken ({@link Restored#before()}, listed under Backups as "before restore"), so the restore can itself be
     * undone; without that copy nothing is restored. Settings that fail the window's own checks are left out
     * ({@link Restored#warnings()}, see {@link SettingsCheck}). Then brings the bundled catalog up to date.
     */
    public Restored restore(Path file, WorkProgress progress) throws ExchangeException {
        checkReadable(file);
        Path before;
        try {
            before = safetyCopy.take();
        } catch (RuntimeException e) {
            throw new ExchangeException(Notice.of("import.safetyCopyFailed", Notice.reasonOf(e)), e);
        }
        List<Notice> warnings = new ArrayList<>();
        Map<String, Long> rows;
        try {
            BackupJsonReader.Summary[] summary = new BackupJsonReader.Summary[1];
            backups.replaceAll(sink -> {
                try (InputStream in = counting(file, progress)) {
                    summary[0] = new BackupJsonReader().read(in, name(file), cancelling(checkingSettings(sink, warnings), progress));
                }
            });
            rows = summary[0].rows();
        } catch (Exception e) {
            // nothing was changed, so the copy of it is not needed: a refused file leaves no trace
            safetyCopy.discard(before);
            throw refusal(file, e);
        }
        try {
            afterRestore.run();
        } catch (RuntimeException e) {
            // the restore itself is committed: say what did not follow it rather than call the restore failed
            warnings.add(Notice.of("import.afterRestoreFailed", Notice.reasonOf(e)));
        }
        return new Restored(rows, warnings, before);
    }

    private static ExchangeException refusal(Path file, Exception e) {
        if (e instanceof BackupFormatException format) {
            return cancelledOr(format);
        }
        if (e instanceof ExchangeException exchange) {
            return exchange;
        }
        if (e instanceof IOException) {
            return new ExchangeException(Notice.of("import.cannotRead", name(file), Notice.reasonOf(e)), e);
        }
        return new ExchangeException(Notice.of("import.restoreFailed", firstLine(e)), e);
    }

    /** Passes rows on, but a setting whose value StudyPath would not accept is left out, with a warning. */
    private static BackupSink checkingSettings(BackupSink sink, List<Notice> warnings) {
        return new BackupSink() {
            private boolean settings;

            @Override
            public void startTable(BackupFormat.Table table) throws Exception {
                settings = table.name().equals("setting");
                sink.startTable(table);
            }

            @Override
            public void row(Object[] values) throws Exception {
                if (settings) {
                    var problem = SettingsCheck.problem((String) values[0], (String) values[1]);
                    if (problem.isPresent()) {
                        warnings.add(problem.get());
                        return;
                    }
                }
                sink.row(values);
            }

            @Override
            public void endTable(BackupFormat.Table table) throws Exception {
                sink.endTable(table);
            }
        };
    }

    /** What merging the catalog pack would add and leave out. Changes nothing. */
    public PackMerge previewPack(Path file) throws ExchangeException {
        return catalogStore.merge(readPack(file), false);
    }

    public PackMerge importPack(Path file) throws ExchangeException {
        return catalogStore.merge(readPack(file), true);
    }

    private CatalogData readPack(Path file) throws ExchangeException {
        checkReadable(file);
        try {
            long size = Files.size(file);
            if (size > MAX_PACK_BYTES) {
                throw new ExchangeException(Notice.of("import.packTooBig", name(file), megabytes(size),
                        megabytes(MAX_PACK_BYTES)));
            }
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", name(file), Notice.reasonOf(e)), e);
        }
        CatalogData pack;
        try (InputStream in = Files.newInputStream(file)) {
            pack = new CatalogJsonReader().read(in, name(file));
        } catch (CatalogFormatException e) {
            throw new ExchangeException(Notice.reasonOf(e), e);
        } catch (IOException e) {
            throw new ExchangeException(Notice.of("import.cannotRead", name(file), Notice.reasonOf(e)), e);
        }
        for (String bundled : CatalogSeeder.BUNDLED) {
            if (seeder.readBundled(bundled).id().equals(pack.id())) {
                throw new ExchangeException(Notice.of("import.ownCatalog", name(file), pack.id()));
            }
        }
        return pack;
    }

    /**
     * The checks of {@link ImportFile#open}, and that {@code file} is a regular file: a pipe or a device is never
     * opened here, where reading it could block or find it empty the second time ({@link #open} copies one).
     */
    private static void checkReadable(Path file) throws ExchangeException {
        if (!ImportFile.check(file).isRegularFile()) {
            throw new ExchangeException(Notice.of("import.notRegular", name(file)));
        }
    }

    private static String name(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
    }

    /** The first line of what {@code failure} says (its notice, else its message), for a one-line message. */
    private static Notice firstLine(Exception failure) {
        if (failure.getMessage() == null) {
            return Notice.of("import.unknownError");
        }
        Notice reason = Notice.reasonOf(failure);
        return reason.key().equals(Notice.TEXT) ? Notice.text(firstLine(failure.getMessage())) : reason;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static ExchangeException cancelledOr(BackupFormatException e) {
        if (e.getCause() instanceof CancellationException) {
            return new ExchangeException(Notice.of("import.cancelled"), e.getCause());
        }
        return new ExchangeException(Notice.reasonOf(e), e);
    }

    /** Passes rows on, and stops the read (and so the restore's transaction) when the user cancels. */
    private static BackupSink cancelling(BackupSink sink, WorkProgress progress) {
        return new BackupSink() {
            private int rows;

            @Override
            public void startTable(BackupFormat.Table table) throws Exception {
                check();
                sink.startTable(table);
            }

            @Override
            public void row(Object[] values) throws Exception {
                if ((++rows & 1023) == 0) {
                    check();
                }
                sink.row(values);
            }

            @Override
            public void endTable(BackupFormat.Table table) throws Exception {
                sink.endTable(table);
            }

            private void check() {
                if (progress.cancelled()) {
                    throw new CancellationException("cancelled");
                }
            }
        };
    }

    /** The file to read went away between the checks and the reading. */
    private static final class Gone extends IOException implements Notice.Carrier {
        private static final long serialVersionUID = 1L;

        Gone(NoSuchFileException cause) {
            super(Notice.of("import.gone").toString(), cause);
        }

        @Override
        public Notice notice() {
            return Notice.of("import.gone");
        }
    }

    /** The file, buffered, telling {@code progress} how many of its bytes were read. */
    private static InputStream counting(Path file, WorkProgress progress) throws IOException {
        long total;
        try {
            total = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new Gone(e);
        }
        InputStream raw = Files.newInputStream(file);
        return new BufferedInputStream(new FilterInputStream(raw) {
            private long read;
            private long reported;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    read += n;
                    if (read - reported >= 256 * 1024 || read == total) {
                        reported = read;
                        progress.progress(read, total);
                    }
                }
                return n;
            }
        }, 64 * 1024);
    }
}
