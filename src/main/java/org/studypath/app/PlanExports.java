package org.studypath.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.studypath.app.ExchangeService.ExportOptions;
import org.studypath.domain.Notice;
import org.studypath.domain.progress.NoteTexts;
import org.studypath.domain.report.CalendarEvent;
import org.studypath.domain.report.PlanReport;
import org.studypath.exchange.backup.BackupJsonWriter;
import org.studypath.exchange.plan.CsvPlanWriter;
import org.studypath.exchange.plan.HtmlReportWriter;
import org.studypath.exchange.plan.IcsPlanWriter;
import org.studypath.exchange.plan.MarkdownPlanWriter;
import org.studypath.exchange.plan.PdfReportWriter;
import org.studypath.store.SqliteBackupStore;
import org.studypath.store.SqliteCalendarLedger;

/**
 * The exports of {@link ExchangeService}: a path's plan as a calendar, spreadsheet, checklist or report, and the
 * backup of everything, to a stream or safely to a file.
 */
final class PlanExports {
    private final PlanService plans;
    private final CatalogService catalog;
    private final SqliteBackupStore backups;
    private final Clock clock;
    private final Supplier<List<Path>> cjkFonts;
    /** The calendar events each path's exports wrote, so the next export can cancel what is no longer planned. */
    private final SqliteCalendarLedger calendarLedger;
    /** The learner's notes, read for each report so an export carries the notes as saved at that moment. */
    private final Supplier<NoteTexts> notes;

    PlanExports(PlanService plans, CatalogService catalog, SqliteBackupStore backups, Clock clock,
                Supplier<List<Path>> cjkFonts, SqliteCalendarLedger calendarLedger, Supplier<NoteTexts> notes) {
        this.plans = plans;
        this.catalog = catalog;
        this.backups = backups;
        this.clock = clock;
        this.cjkFonts = cjkFonts;
        this.calendarLedger = calendarLedger;
        this.notes = notes;
    }

    /** The report every export of {@code pathId} is written from, its sentences in {@code language}. */
    PlanReport report(long pathId, Locale language) throws ExchangeException {
        PlanService.PlannedPath planned = plans.planned(pathId)
                .orElseThrow(() -> new ExchangeException(Notice.of("store.noPath", pathId)));
        return ReportBuilder.build(planned, catalog::resource, clock.instant(), ExchangeService.generator(), language,
                notes.get());
    }

    /**
     * Writes {@code pathId}'s plan in {@code format} to {@code out} ({@link ExportFormat#JSON}: the backup of
     * everything, {@code pathId} ignored). The stream is flushed, not closed.
     */
    void export(long pathId, ExportFormat format, ExportOptions options, OutputStream out) throws ExchangeException, IOException {
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
    void exportTo(long pathId, ExportFormat format, ExportOptions options, Path file) throws ExchangeException {
        writeAtomically(file, out -> export(pathId, format, options, out));
    }

    /** What writes a file's bytes. */
    interface Body {
        void write(OutputStream out) throws IOException, ExchangeException;
    }

    /**
     * Writes {@code file} beside it under a temporary name, readable like the user's other files, then moves it over
     * it: a failed write never leaves half a file or spoils the one that was there. Every export to a file goes here.
     */
    static void writeAtomically(Path file, Body body) throws ExchangeException {
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
                body.write(out);
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
    static void readableLikeOtherFiles(Path temp, Path target) {
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
    void backup(OutputStream out) throws ExchangeException, IOException {
        BackupJsonWriter writer = new BackupJsonWriter(out, ExchangeService.generator(), clock.instant());
        try {
            backups.dump(writer);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ExchangeException(Notice.of("export.backupUnreadable", Notice.reasonOf(e)), e);
        }
        writer.close();
    }
}
